// The read of a small file's head that an open starts beside its meta request: used for the first
// read when it still describes the file, dropped (its buffer back in the pool) otherwise.
import { TrackingPool } from '@hivefs/common/testing';
import { hivefs } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import type { VfsContext } from './context.js';
import { open, read, release, truncate } from './file-ops.js';
import { O } from './flags.js';
import { HandleTable } from './handles.js';
import { ReadAheadBudget } from './reader.js';
import type { FileLayout } from './storage-io.js';

const KiB = 1024;
const ROOT = { uid: 0, gid: 0, gids: [] };
const ENTRY = '1-1-1';
const settle = (): Promise<void> => new Promise((r) => setImmediate(r));

/** A deferred answer a test gives when it wants to. */
function gate<T>(): { promise: Promise<T>; open: (v: T) => void; fail: (e: unknown) => void } {
  let open!: (v: T) => void;
  let fail!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((open = res), (fail = rej)));
  return { promise, open, fail };
}

/**
 * A VFS context over one file: `cachedSize` is what the path cache knows, `meta.size` what meta
 * answers to an open (the file as it is now), `stored` the file's bytes on storage. Storage reads
 * are recorded and answered at once unless `storageGate` holds them; meta may fail the open.
 */
function setup(o: { cachedSize: number; size?: number; stored?: Buffer; openReadBytes?: number; metaFails?: boolean; metaGate?: Promise<void>; storageGate?: Promise<void>; storageFails?: boolean }) {
  const pattern = { type: hivefs.PatternType.RAID0, chunkSize: 512 * KiB, numTargets: 4, ids: [1, 2, 3, 4] };
  const attr = (size: number): hivefs.IAttr => ({ entryId: ENTRY, type: hivefs.EntryType.REGULAR, mode: 0o100644, size, nlink: 1, pattern });
  let stored = o.stored ?? Buffer.alloc(o.size ?? o.cachedSize, 0x61);
  const reads: { index: number; offset: number; length: number }[] = [];
  const once: boolean[] = [];
  const metaCalls: string[] = [];
  const pool = new TrackingPool(16 * 1024 * KiB);
  const budget = new ReadAheadBudget(64 * 1024 * KiB);
  const storage = {
    readChunk: async (_l: FileLayout, index: number, offset: number, length: number, into?: Buffer, single = false): Promise<Buffer | undefined> => {
      reads.push({ index, offset, length });
      once.push(single);
      const snapshot = Buffer.from(stored.subarray(offset, offset + length)); // what storage holds when asked
      if (o.storageGate) await o.storageGate;
      if (o.storageFails) throw new Error('target unreachable');
      if (snapshot.length === 0) return undefined;
      const out = into ? into.subarray(0, snapshot.length) : Buffer.alloc(snapshot.length);
      snapshot.copy(out);
      return out;
    },
  };
  const ctx = {
    config: { tuneReadAheadSize: 16 * 1024 * KiB, tuneOpenReadBytes: o.openReadBytes ?? 64 * KiB, connMaxFrameBytes: 64 * 1024 * KiB },
    storage,
    pool,
    readAheadBudget: budget,
    handles: new HandleTable(),
    resolver: { resolve: async () => ({ entryId: ENTRY, attr: attr(o.cachedSize) }) },
    cache: { putAttr: () => undefined, dropAttr: () => undefined },
    hidden: { closed: () => undefined },
    meta: {
      call: async (def: { name: string }, _route: string, req: { flags?: number; size?: number }) => {
        metaCalls.push(def.name);
        if (def.name === 'open') {
          await (o.metaGate ?? settle());
          if (o.metaFails) throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
          return { attr: attr(stored.length), handleId: 9 };
        }
        if (def.name === 'setAttr') return { attr: attr(req.size ?? 0) };
        return {};
      },
    },
    clientId: () => 1,
  } as unknown as VfsContext;
  return { ctx, reads, once, metaCalls, pool, budget, setStored: (b: Buffer) => (stored = b) };
}

async function openReadClose(ctx: VfsContext, flags = O.RDONLY, length = 4 * KiB): Promise<Buffer> {
  const fh = await open(ctx, '/f', flags, ROOT);
  const buf = Buffer.alloc(length);
  const n = await read(ctx, fh, buf, length, 0);
  await release(ctx, fh);
  return buf.subarray(0, n);
}

describe('reading the head of a small file with its open', () => {
  it('answers the first read from the read started with the open: one storage read, the right bytes, every buffer back', async () => {
    const data = Buffer.from('hello, small file\n'.repeat(30));
    const { ctx, reads, pool, budget } = setup({ cachedSize: data.length, stored: data });
    expect((await openReadClose(ctx)).equals(data)).toBe(true);
    expect(reads).toEqual([{ index: 0, offset: 0, length: 4 * KiB }]); // the size rounded up to a page
    await settle();
    expect(pool.out.size).toBe(0);
    expect(pool.violations).toEqual([]);
    expect(budget.usedBytes).toBe(0);
  });

  it('starts before meta answers the open', async () => {
    const meta = gate<void>();
    const { ctx, reads, metaCalls } = setup({ cachedSize: 100, metaGate: meta.promise });
    const opening = open(ctx, '/f', O.RDONLY, ROOT);
    await settle();
    expect(metaCalls).toEqual(['open']);
    expect(reads).toHaveLength(1); // sent beside the meta request, before its answer
    meta.open();
    await release(ctx, await opening);
  });

  it('is not started for writers, O_TRUNC, empty or large files, when turned off, or when the file is open here already', async () => {
    for (const [what, s, flags] of [
      ['O_RDWR', setup({ cachedSize: 100 }), O.RDWR],
      ['O_TRUNC', setup({ cachedSize: 100 }), O.RDONLY | O.TRUNC],
      ['empty', setup({ cachedSize: 0 }), O.RDONLY],
      ['large', setup({ cachedSize: 64 * KiB + 1 }), O.RDONLY],
      ['off', setup({ cachedSize: 100, openReadBytes: 0 }), O.RDONLY],
    ] as const) {
      const fh = await open(s.ctx, '/f', flags, ROOT);
      expect(s.reads, what).toEqual([]);
      await release(s.ctx, fh);
    }
    const { ctx, reads } = setup({ cachedSize: 100 });
    const first = await open(ctx, '/f', O.RDONLY, ROOT);
    expect(reads).toHaveLength(1);
    const second = await open(ctx, '/f', O.RDONLY, ROOT);
    expect(reads).toHaveLength(1);
    await release(ctx, second);
    await release(ctx, first);
  });

  it('is read again when the file grew while both requests were in flight', async () => {
    const meta = gate<void>();
    const s = setup({ cachedSize: 100, stored: Buffer.alloc(100, 0x61), metaGate: meta.promise });
    const fh = open(s.ctx, '/f', O.RDONLY, ROOT);
    await settle();
    expect(s.reads).toHaveLength(1); // storage answered with the 100 bytes it had
    s.setStored(Buffer.concat([Buffer.alloc(100, 0x61), Buffer.alloc(200, 0x62)])); // a writer elsewhere appends and closes
    meta.open(); // meta's answer has the new size
    const h = await fh;
    const buf = Buffer.alloc(4 * KiB);
    const n = await read(s.ctx, h, buf, buf.length, 0);
    expect(n).toBe(300);
    expect(buf.subarray(100, 300).equals(Buffer.alloc(200, 0x62))).toBe(true); // not zeros
    expect(s.reads).toHaveLength(2);
    await release(s.ctx, h);
  });

  it('is not used after this client changed the file while the open was in flight', async () => {
    const meta = gate<void>();
    const s = setup({ cachedSize: 100, stored: Buffer.alloc(100, 0x61), metaGate: meta.promise });
    const opening = open(s.ctx, '/f', O.RDONLY, ROOT);
    await settle();
    expect(s.reads).toHaveLength(1); // the head read has the old bytes
    // another thread of this client empties the file and extends it again: zeros now
    await truncate(s.ctx, '/f', 0, ROOT);
    await truncate(s.ctx, '/f', 100, ROOT);
    s.setStored(Buffer.alloc(100));
    meta.open();
    const fh = await opening;
    const buf = Buffer.alloc(4 * KiB, 0xee);
    expect(await read(s.ctx, fh, buf, buf.length, 0)).toBe(100);
    expect(buf.subarray(0, 100).equals(Buffer.alloc(100))).toBe(true);
    await release(s.ctx, fh);
  });

  it('gives its buffer back when the open fails, once the read settled', async () => {
    const g = gate<void>();
    const s = setup({ cachedSize: 100, metaFails: true, storageGate: g.promise });
    await expect(open(s.ctx, '/f', O.RDONLY, ROOT)).rejects.toMatchObject({ code: 'EACCES' });
    expect(s.pool.out.size).toBe(1); // storage may still be writing into it
    g.open();
    await settle();
    await settle();
    expect(s.pool.out.size).toBe(0);
    expect(s.budget.usedBytes).toBe(0);
  });

  it('a failed head read leaves the read to ask storage itself', async () => {
    const s = setup({ cachedSize: 100, storageFails: true });
    await expect(openReadClose(s.ctx)).rejects.toThrow('target unreachable');
    expect(s.reads).toHaveLength(2);
    expect(s.once).toEqual([true, false]); // the speculative read is never retried; the real one follows the mount's failure mode
    await settle();
    expect(s.pool.out.size).toBe(0);
  });
});

describe('own changes (HandleTable.noteChange)', () => {
  it('are remembered per file; beyond the files it keeps, every file counts as changed', () => {
    const t = new HandleTable();
    const at = t.changeCount;
    t.noteChange('a');
    expect(t.changedSince('a', at)).toBe(true);
    expect(t.changedSince('b', at)).toBe(false);
    expect(t.changedSince('a', t.changeCount)).toBe(false);
    const later = t.changeCount;
    for (let i = 0; i < 5000; i++) t.noteChange(`f${i}`);
    expect(t.changedSince('b', later)).toBe(true); // 'b' may have been among the forgotten
    expect(t.changedSince('b', t.changeCount)).toBe(false);
  });
});
