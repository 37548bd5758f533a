import { hivefs, type AnyRpcDef } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import * as attrs from './attrs.js';
import { BufferPool } from '@hivefs/common';
import { defaultClientConfig } from './config.js';
import type { VfsContext } from './context.js';
import * as files from './file-ops.js';
import { O } from './flags.js';
import { HandleTable } from './handles.js';
import { HiddenFiles } from './hidden.js';
import type { Cred, Timespec } from './types.js';

const ROOT: Cred = { uid: 0, gid: 0, gids: [] };
const T: Timespec = { sec: 981_173_106, nsec: 123_456_789 };
const FILE: hivefs.IAttr = {
  entryId: '1-2-1', type: hivefs.EntryType.REGULAR, mode: 0o644, size: 0, nlink: 1,
  pattern: { type: hivefs.PatternType.RAID0, chunkSize: 512 * 1024, numTargets: 1, ids: [101] },
};

/** One request the fake cluster saw, in order: a meta RPC by name, or a chunk write. */
interface Seen {
  op: string;
  req?: Record<string, unknown>;
}

/**
 * A VFS context over a fake cluster that records every meta call and chunk write in order.
 * Chunk writes wait until `releaseWrites()` when `holdWrites` is set (bytes still in flight).
 */
function fakeCluster(opts: { holdWrites?: boolean } = {}) {
  const seen: Seen[] = [];
  const held: (() => void)[] = [];
  let hold = opts.holdWrites ?? false;
  const config = { ...defaultClientConfig(), tuneWriteBehindBytes: 4 * 1024 * 1024, tuneReadAheadSize: 0 };
  const ctx = {
    config,
    log: { debug() {}, info() {}, warn() {}, error() {} },
    handles: new HandleTable(),
    hidden: new HiddenFiles(),
    pool: new BufferPool(config.tuneWriteBehindBytes),
    clientId: () => 7,
    cache: { putAttr() {}, dropAttr() {} },
    resolver: {
      resolve: async () => ({ entryId: FILE.entryId, attr: FILE }),
      byId: async () => ({ entryId: FILE.entryId, attr: FILE }),
    },
    meta: {
      call: async (def: AnyRpcDef, _route: string, req: Record<string, unknown>) => {
        seen.push({ op: def.name, req });
        return { attr: FILE, handleId: 5 };
      },
    },
    storage: {
      writeChunk: async (_l: unknown, _i: number, offset: number, data: Buffer) => {
        if (hold) await new Promise<void>((r) => held.push(r));
        seen.push({ op: 'writeChunk', req: { offset, length: data.length } });
        return { attempts: 1, blocks: Math.ceil((offset + data.length) / 512) }; // as a chunk file without holes

      },
    },
  } as unknown as VfsContext;
  const releaseWrites = (): void => {
    hold = false;
    for (const r of held.splice(0)) r();
  };
  return { ctx, seen, releaseWrites };
}

const ops = (seen: Seen[]): string[] => seen.map((s) => s.op);
const last = (seen: Seen[], op: string): Record<string, unknown> => seen.filter((s) => s.op === op).at(-1)!.req!;

describe('setattr that sets mtime on a file with buffered writes', () => {
  it('sends and reports the writes first, and close does not move mtime back to them (write, futimens, close)', async () => {
    const { ctx, seen } = fakeCluster();
    const fh = await files.open(ctx, '/b', O.WRONLY, ROOT);
    await files.write(ctx, fh, Buffer.from('x'), 1, 0);
    expect(ops(seen)).toEqual(['open']); // buffered
    await attrs.setattr(ctx, '/b', { atime: T, mtime: T }, ROOT);
    expect(ops(seen)).toEqual(['open', 'writeChunk', 'reportWrite', 'setAttr']);
    expect(last(seen, 'reportWrite')).toMatchObject({ sizeHint: 1, mtime: expect.anything() });
    expect(last(seen, 'setAttr')).toMatchObject({ mtime: T });
    await files.flush(ctx, fh);
    await files.release(ctx, fh);
    expect(ops(seen)).toEqual(['open', 'writeChunk', 'reportWrite', 'setAttr', 'close']);
    expect(last(seen, 'close')).toMatchObject({ sizeHint: 0 }); // reported before the setAttr: not repeated
    expect(last(seen, 'close')).not.toHaveProperty('mtime');
  });

  it('waits for writes still in flight before the setAttr goes out', async () => {
    const { ctx, seen, releaseWrites } = fakeCluster({ holdWrites: true });
    const fh = await files.open(ctx, '/b', O.RDWR, ROOT);
    await files.write(ctx, fh, Buffer.alloc(3000), 3000, 0);
    const set = attrs.setattr(ctx, '/b', { mtime: 'now' }, ROOT);
    await new Promise((r) => setImmediate(r));
    expect(ops(seen)).toEqual(['open']);
    releaseWrites();
    await set;
    expect(ops(seen)).toEqual(['open', 'writeChunk', 'reportWrite', 'setAttr']);
    expect(last(seen, 'setAttr')).toMatchObject({ valid: 128 }); // MTIME_NOW
    await files.release(ctx, fh);
    expect(last(seen, 'close')).not.toHaveProperty('mtime');
  });

  it('writes made after the change move mtime again', async () => {
    const { ctx, seen } = fakeCluster();
    const fh = await files.open(ctx, '/b', O.WRONLY, ROOT);
    await files.write(ctx, fh, Buffer.from('a'), 1, 0);
    await attrs.setattr(ctx, '/b', { mtime: T }, ROOT);
    await files.write(ctx, fh, Buffer.from('b'), 1, 1);
    expect(attrs.statOf(ctx, { ...FILE, mtime: T }).mtime).not.toEqual(T); // this client's newer write shows
    await files.release(ctx, fh);
    expect(last(seen, 'close')).toMatchObject({ sizeHint: 2, mtime: expect.objectContaining({ sec: expect.any(Number) }) });
    expect(last(seen, 'close')['mtime']).not.toEqual(T);
  });

  it('covers every handle of the file on this client, and stat shows the set mtime, not a buffered write\'s', async () => {
    const { ctx, seen } = fakeCluster();
    const a = await files.open(ctx, '/b', O.WRONLY, ROOT);
    const b = await files.open(ctx, '/b', O.WRONLY, ROOT);
    await files.write(ctx, a, Buffer.from('a'), 1, 0);
    await files.write(ctx, b, Buffer.from('b'), 1, 10);
    await attrs.setattr(ctx, '/b', { mtime: T }, ROOT);
    expect(ops(seen).filter((o) => o === 'reportWrite')).toHaveLength(2);
    expect(ops(seen).indexOf('setAttr')).toBe(ops(seen).length - 1);
    expect(attrs.statOf(ctx, { ...FILE, mtime: T }).mtime).toEqual(T);
    await files.release(ctx, a);
    await files.release(ctx, b);
    for (const c of seen.filter((s) => s.op === 'close')) expect(c.req).not.toHaveProperty('mtime');
  });

  it('a truncate (which stamps mtime in meta) also orders after buffered writes', async () => {
    const { ctx, seen } = fakeCluster();
    const fh = await files.open(ctx, '/b', O.RDWR, ROOT);
    await files.write(ctx, fh, Buffer.alloc(100), 100, 0);
    await files.ftruncate(ctx, fh, 10);
    expect(ops(seen)).toEqual(['open', 'writeChunk', 'reportWrite', 'setAttr']);
    await files.release(ctx, fh);
    expect(last(seen, 'close')).toEqual(expect.objectContaining({ sizeHint: 0 })); // reported before the truncate: not repeated
    expect(last(seen, 'close')).not.toHaveProperty('mtime');
  });

  it('a change of mode or owner only does not touch the writes', async () => {
    const { ctx, seen } = fakeCluster();
    const fh = await files.open(ctx, '/b', O.WRONLY, ROOT);
    await files.write(ctx, fh, Buffer.from('x'), 1, 0);
    await attrs.setattr(ctx, '/b', { mode: 0o600, uid: 5 }, ROOT);
    expect(ops(seen)).toEqual(['open', 'setAttr']);
    await files.release(ctx, fh);
    expect(ops(seen)).toEqual(['open', 'setAttr', 'writeChunk', 'close']);
    expect(last(seen, 'close')).toHaveProperty('mtime');
  });
});

describe('blocks of the chunk files this client writes', () => {
  it('reportWrite and close carry the largest figure the write replies gave per stripe index, and stat shows it until meta knows more', async () => {
    const { ctx, seen } = fakeCluster();
    const fh = await files.open(ctx, '/b', O.WRONLY, ROOT);
    await files.write(ctx, fh, Buffer.alloc(3000), 3000, 0);
    await files.flush(ctx, fh);
    expect(last(seen, 'reportWrite')).toMatchObject({ chunkBlocks: [{ index: 0, blocks: 6 }] });
    expect(attrs.statOf(ctx, { ...FILE, size: 3000, blocks: 0 }).blocks).toBe(6);
    expect(attrs.statOf(ctx, { ...FILE, size: 3000, blocks: 40 }).blocks).toBe(40);
    await files.write(ctx, fh, Buffer.alloc(100), 100, 0); // the reply reports fewer: the larger figure stays
    await files.release(ctx, fh);
    expect(last(seen, 'close')).toMatchObject({ sizeHint: 3000, chunkBlocks: [{ index: 0, blocks: 6 }] });
    expect(attrs.statOf(ctx, { ...FILE, size: 3000, blocks: 0 }).blocks).toBe(0); // closed: meta's figure only
  });

  it('a truncate forgets them (meta takes the blocks from the truncate)', async () => {
    const { ctx, seen } = fakeCluster();
    const fh = await files.open(ctx, '/b', O.RDWR, ROOT);
    await files.write(ctx, fh, Buffer.alloc(10_000), 10_000, 0);
    await files.ftruncate(ctx, fh, 10);
    expect(last(seen, 'reportWrite')).toMatchObject({ chunkBlocks: [{ index: 0, blocks: 20 }] });
    expect(attrs.statOf(ctx, { ...FILE, size: 10, blocks: 8 }).blocks).toBe(8);
    await files.write(ctx, fh, Buffer.alloc(10), 10, 600);
    await files.release(ctx, fh);
    expect(last(seen, 'close')).toMatchObject({ chunkBlocks: [{ index: 0, blocks: 2 }] });
  });
});
