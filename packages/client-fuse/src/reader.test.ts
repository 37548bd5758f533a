import { describe, expect, it } from 'vitest';
import { ReadAhead, readAheadBlockSize } from './reader.js';

const B = 64 * 1024;

function harness(opts: { window?: number; dirty?: [number, number][] } = {}) {
  const fetched: [number, number][] = [];
  const ra = new ReadAhead({
    blockSize: B,
    windowBytes: opts.window ?? 4 * B,
    fetch: async (start, length) => {
      fetched.push([start, length]);
      return Buffer.alloc(length, start / B);
    },
    isDirty: (s, e) => (opts.dirty ?? []).some(([a, b]) => a < e && s < b),
  });
  return { ra, fetched };
}

describe('ReadAhead window', () => {
  it('prefetches the window from the block of a sequential read, then only what the window gains', () => {
    const { ra, fetched } = harness();
    expect(ra.advise(0, 16 * 1024, 100 * B)).toEqual([0, 1, 2, 3]);
    expect(ra.advise(16 * 1024, 16 * 1024, 100 * B)).toEqual([]);
    expect(ra.advise(B, 16 * 1024, 100 * B)).toEqual([4]);
    expect(ra.advise(B + 16 * 1024, B, 100 * B)).toEqual([]);
    expect(ra.advise(2 * B + 16 * 1024, B, 100 * B)).toEqual([5]);
    expect(fetched.map(([s]) => s / B)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(fetched.every(([, len]) => len === B)).toBe(true);
  });

  it('does not prefetch for random reads', () => {
    const { ra, fetched } = harness();
    ra.advise(50 * B, 4096, 100 * B); // far from 0: not sequential
    ra.advise(10 * B, 4096, 100 * B);
    ra.advise(70 * B, 4096, 100 * B);
    expect(fetched).toEqual([]);
  });

  it('tolerates reads that arrive slightly out of order', () => {
    const { ra } = harness({ window: 8 * B });
    ra.advise(0, 32 * 1024, 100 * B);
    expect(ra.advise(64 * 1024, 32 * 1024, 100 * B)).toEqual([8]); // skipped one 32K read: window moves on
    expect(ra.advise(32 * 1024, 32 * 1024, 100 * B)).toEqual([]); // the late one is still sequential and cached
    expect(ra.covering(32 * 1024, 64 * 1024)).toHaveLength(1);
    expect(ra.advise(96 * 1024, 32 * 1024, 100 * B)).toEqual([]);
    expect(ra.cachedBlocks).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('stops at the known file size and fetches a short last block', () => {
    const { ra, fetched } = harness();
    ra.advise(0, 1000, 2 * B + 100);
    expect(fetched).toEqual([[0, B], [B, B], [2 * B, 100]]);
    expect(ra.covering(2 * B, 2 * B + 100)).toHaveLength(1);
    expect(ra.covering(2 * B, 2 * B + 101)).toBeUndefined();
  });

  it('skips blocks with own unsent writes', () => {
    const { ra, fetched } = harness({ dirty: [[B + 10, B + 20]] });
    ra.advise(0, 100, 100 * B);
    expect(fetched.map(([s]) => s / B)).toEqual([0, 2, 3]);
  });

  it('drops consumed blocks and keeps the cache bounded', () => {
    const { ra } = harness();
    for (let pos = 0; pos < 40 * B; pos += B) ra.advise(pos, B, 100 * B);
    const cached = ra.cachedBlocks;
    expect(cached.length).toBeLessThanOrEqual(4 + 1);
    expect(cached[0]).toBeGreaterThanOrEqual(38);
  });

  it('is off with a window of 0', () => {
    const { ra, fetched } = harness({ window: 0 });
    expect(ra.advise(0, B, 100 * B)).toEqual([]);
    expect(fetched).toEqual([]);
  });
});

describe('ReadAhead cache', () => {
  it('covers a range only when every block of it is cached', async () => {
    const { ra } = harness();
    ra.advise(0, 10, 100 * B);
    const c = ra.covering(B - 10, 3 * B + 10);
    expect(c?.map((b) => b.start / B)).toEqual([0, 1, 2, 3]);
    expect((await c![2]!.data)?.[0]).toBe(2);
    expect(ra.covering(3 * B, 4 * B + 1)).toBeUndefined();
  });

  it('invalidate drops the overlapping blocks only; clear drops all and restarts detection', () => {
    const { ra, fetched } = harness();
    ra.advise(0, 10, 100 * B);
    ra.invalidate(B + 5, 2 * B + 1);
    expect(ra.cachedBlocks).toEqual([0, 3]);
    ra.advise(10, 10, 100 * B); // sequential again: refetches the dropped blocks
    expect(fetched.map(([s]) => s / B)).toEqual([0, 1, 2, 3, 1, 2]);
    ra.clear();
    expect(ra.cachedBlocks).toEqual([]);
    ra.advise(0, 10, 100 * B);
    expect(ra.cachedBlocks).toEqual([0, 1, 2, 3]);
  });

  it('forgets a block whose fetch failed and resolves it to null', async () => {
    const ra = new ReadAhead({ blockSize: B, windowBytes: 2 * B, fetch: async (s) => { if (s === B) throw new Error('down'); return Buffer.alloc(1); }, isDirty: () => false });
    ra.advise(0, 10, 10 * B);
    const blocks = ra.covering(B, B + 1)!;
    expect(await blocks[0]!.data).toBeNull();
    expect(ra.cachedBlocks).toEqual([0]);
  });

  it('picks the block size as the largest power of two within chunk and window', () => {
    expect(readAheadBlockSize(512 * 1024, 4 * 1024 * 1024)).toBe(512 * 1024);
    expect(readAheadBlockSize(1024 * 1024, 300 * 1024)).toBe(256 * 1024);
    expect(readAheadBlockSize(64 * 1024, 64 * 1024)).toBe(64 * 1024);
  });
});
