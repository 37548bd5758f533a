// readData against an in-process fake storage: read-ahead blocks from the pool, replies received
// in place, and when the caller's buffer is free again.
import { TrackingPool } from '@hivefs/common/testing';
import { ErrCode, HiveError } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import type { VfsContext } from './context.js';
import { readData } from './file-io.js';
import { O } from './flags.js';
import { HandleTable, type Handle } from './handles.js';
import type { FileLayout } from './storage-io.js';

const KiB = 1024;
const MiB = 1024 * KiB;
const CHUNK = 512 * KiB;
const LAYOUT: FileLayout = { entryId: '1-1-1', chunkSize: CHUNK, ids: [1, 2, 3, 4], mirrored: false };

/** File byte at offset x. */
const byteAt = (x: number): number => (x * 7 + (x >>> 13)) & 0xff;

function expected(pos: number, n: number, stored: number): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = pos + i < stored ? byteAt(pos + i) : 0;
  return b;
}

interface Call {
  fileOffset: number;
  length: number;
  into: Buffer | undefined;
}

/**
 * A VFS context whose storage holds file bytes [0, stored). `reply` may replace an answer: it gets
 * the call and the default answer and returns a promise of its own.
 */
function setup(opts: { size: number; stored?: number; readAhead?: number; runChunks?: number; reply?: (c: Call, dflt: () => Buffer | undefined) => Promise<Buffer | undefined> }) {
  const stored = opts.stored ?? opts.size;
  const pool = new TrackingPool(64 * MiB);
  const calls: Call[] = [];
  const storage = {
    readChunk: (layout: FileLayout, index: number, chunkOffset: number, length: number, into?: Buffer): Promise<Buffer | undefined> => {
      const width = layout.ids.length;
      // the file byte at offset c of this target's chunk file (its chunks are the stripe width apart in the file)
      const fileByte = (c: number): number => (Math.floor(c / CHUNK) * width + index) * CHUNK + (c % CHUNK);
      const call = { fileOffset: fileByte(chunkOffset), length, into };
      calls.push(call);
      const dflt = (): Buffer | undefined => {
        const stripes = Math.floor(stored / (CHUNK * width));
        const chunkFileLength = stripes * CHUNK + Math.max(0, Math.min(CHUNK, stored - stripes * CHUNK * width - index * CHUNK));
        const n = Math.max(0, Math.min(length, chunkFileLength - chunkOffset));
        if (n === 0) return undefined;
        const out = into ? into.subarray(0, n) : Buffer.alloc(n);
        for (let i = 0; i < n; i++) out[i] = byteAt(fileByte(chunkOffset + i));
        return out;
      };
      return opts.reply ? opts.reply(call, dflt) : Promise.resolve().then(dflt);
    },
  };
  const ctx = { config: { tuneReadAheadSize: opts.readAhead ?? 4 * MiB, tuneReadAheadRunChunks: opts.runChunks ?? 2, connMaxFrameBytes: 64 * MiB }, storage, pool } as unknown as VfsContext;
  const handles = new HandleTable();
  const h = handles.add({ entryId: LAYOUT.entryId, size: opts.size }, LAYOUT, 1, O.RDONLY, { uid: 0, gid: 0, gids: [] });
  return { ctx, h, handles, pool, calls, stored };
}

async function readAll(ctx: VfsContext, h: Handle, size: number, step: number, check: (pos: number, got: Buffer) => void): Promise<void> {
  for (let pos = 0; pos < size; pos += step) {
    const buf = Buffer.alloc(step, 0xee);
    const n = await readData(ctx, h, buf, step, pos);
    check(pos, buf.subarray(0, n));
  }
}

const settle = (): Promise<void> => new Promise((r) => setImmediate(r));

/** Reads the whole file in order, 128 KiB at a time, checking every read against what storage holds. */
function readChecked(ctx: VfsContext, h: Handle, size: number, stored = size): Promise<void> {
  return readAll(ctx, h, size, 128 * KiB, (pos, got) => expect(got.equals(expected(pos, Math.min(128 * KiB, size - pos), stored)), `at ${pos}`).toBe(true));
}

/** Releases the handle once fetches settled: every pooled buffer must be back, each given once. */
async function releaseChecked(handles: HandleTable, h: Handle, pool: TrackingPool): Promise<void> {
  await settle();
  handles.remove(h);
  expect(pool.out.size).toBe(0);
  expect(pool.violations).toEqual([]);
}

describe('readData buffers', () => {
  it('a sequential read is served from pooled blocks with the right bytes; releasing the handle returns them all', async () => {
    const size = 8 * MiB + 1000;
    const { ctx, h, handles, pool, calls } = setup({ size });
    await readChecked(ctx, h, size);
    const blockFetches = calls.filter((c) => c.into && pool.out.has(c.into));
    expect(calls.length).toBeLessThan(size / CHUNK + 4); // one fetch per block, the first reads aside
    expect(blockFetches.length).toBeGreaterThan(0);
    expect(pool.out.size).toBeGreaterThan(0); // cached blocks
    await releaseChecked(handles, h, pool);
  });

  it('a sequential read asks each target for two of its chunks at once, and the bytes come out in file order', async () => {
    const size = 8 * MiB;
    const { ctx, h, handles, calls, pool } = setup({ size });
    await readChecked(ctx, h, size);
    const runs = calls.filter((c) => c.into && c.length === 2 * CHUNK);
    expect(runs.length).toBeGreaterThanOrEqual(6); // 16 chunks: the first reads go aside, most of the rest in pairs
    for (const c of runs) expect(pool.out.has(c.into!) || pool.isFree(c.into!)).toBe(true);
    expect(calls.every((c) => c.length <= 2 * CHUNK)).toBe(true);
    await releaseChecked(handles, h, pool);
  });

  it('with tuneReadAheadRunChunks = 1 every read-ahead request is one chunk', async () => {
    const size = 8 * MiB;
    const { ctx, h, calls } = setup({ size, runChunks: 1 });
    await readChecked(ctx, h, size);
    expect(calls.length).toBeGreaterThan(10);
    expect(calls.every((c) => c.length <= CHUNK)).toBe(true);
  });

  it('holes and a short last chunk read as zeros through read-ahead', async () => {
    const size = 3 * MiB;
    const stored = 2 * MiB + 5000; // the rest was never written
    const { ctx, h, handles, pool } = setup({ size, stored });
    await readChecked(ctx, h, size, stored);
    await releaseChecked(handles, h, pool);
  });

  it('a read past read-ahead receives straight into the caller buffer, zero-filling what the chunk lacks', async () => {
    const { ctx, h, calls } = setup({ size: 4 * MiB, stored: 700 * KiB, readAhead: 0 });
    const buf = Buffer.alloc(400 * KiB, 0xee);
    expect(await readData(ctx, h, buf, buf.length, 400 * KiB)).toBe(400 * KiB);
    expect(calls.map((c) => [c.fileOffset, c.length])).toEqual([[400 * KiB, 112 * KiB], [512 * KiB, 288 * KiB]]);
    for (const c of calls) expect(c.into!.buffer === buf.buffer, 'the caller buffer').toBe(true);
    expect(buf.equals(expected(400 * KiB, 400 * KiB, 700 * KiB))).toBe(true);
  });

  it('a read with a failed piece settles only after its other pieces: none may write into the buffer afterwards', async () => {
    let finishSecond: (() => void) | undefined;
    const { ctx, h } = setup({
      size: 4 * MiB,
      readAhead: 0,
      reply: (c, dflt) => {
        if (c.fileOffset < CHUNK) return Promise.reject(new HiveError(ErrCode.IO, 'target down'));
        return new Promise((resolve) => (finishSecond = () => resolve(dflt())));
      },
    });
    const buf = Buffer.alloc(256 * KiB);
    let settled = false;
    const p = readData(ctx, h, buf, buf.length, CHUNK - 128 * KiB).finally(() => (settled = true));
    p.catch(() => undefined);
    await settle();
    await settle();
    expect(finishSecond).toBeDefined();
    expect(settled).toBe(false); // the second piece is still receiving into buf
    finishSecond!();
    await expect(p).rejects.toMatchObject({ code: ErrCode.IO });
  });

  it('a block whose fetch failed is read directly instead, and its buffer still returns', async () => {
    let failed = 0;
    const size = 4 * MiB;
    const { ctx, h, handles, pool } = setup({
      size,
      reply: (c, dflt) => {
        if (c.into && c.fileOffset === 2 * CHUNK && failed++ === 0) return Promise.reject(new HiveError(ErrCode.TIMEOUT, 'slow'));
        return Promise.resolve().then(dflt);
      },
    });
    await readChecked(ctx, h, size);
    expect(failed).toBeGreaterThan(0);
    await releaseChecked(handles, h, pool);
  });
});
