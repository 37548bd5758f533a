import { BufferPool } from '@hivefs/common';
import { TrackingPool } from '@hivefs/common/testing';
import { describe, expect, it } from 'vitest';
import { ReadAhead, ReadAheadBudget, readAheadBlockSize } from './reader.js';

const B = 64 * 1024;

function harness(opts: { window?: number; dirty?: [number, number][] } = {}) {
  const fetched: [number, number][] = [];
  const ra = new ReadAhead({
    blockSize: B,
    windowBytes: opts.window ?? 4 * B,
    fetch: async (start, length, into) => {
      fetched.push([start, length]);
      return into.fill(start / B, 0, length).subarray(0, length);
    },
    isDirty: (s, e) => (opts.dirty ?? []).some(([a, b]) => a < e && s < b),
    pool: new BufferPool(64 * B),
  });
  return { ra, fetched };
}

/** Starts streaming with two exact continuations of 10 bytes from 0: the window is then 2 blocks (0 and 1). */
function stream(ra: ReadAhead, size = 100 * B): void {
  ra.advise(0, 10, size);
  ra.advise(10, 10, size);
}

describe('ReadAhead window', () => {
  it('prefetches only after two exact continuations, then grows the window by doubling per new block', () => {
    const { ra, fetched } = harness({ window: 8 * B });
    expect(ra.advise(0, 16 * 1024, 100 * B)).toEqual([]); // one continuation (of offset 0) is not a stream yet
    expect(ra.advise(16 * 1024, 16 * 1024, 100 * B)).toEqual([0, 1]); // second: window of 2 blocks
    expect(ra.windowSize).toBe(2);
    expect(ra.advise(32 * 1024, 32 * 1024, 100 * B)).toEqual([]); // same block: nothing new
    expect(ra.advise(B, B, 100 * B)).toEqual([2, 3, 4]); // new block: window 4 -> blocks 1..4
    expect(ra.advise(2 * B, B, 100 * B)).toEqual([5, 6, 7, 8, 9]); // window 8 -> 2..9
    expect(ra.windowSize).toBe(8);
    expect(ra.advise(3 * B, B, 100 * B)).toEqual([10]); // capped at tuneReadAheadSize: 3..10
    expect(ra.windowSize).toBe(8);
    expect(fetched.map(([s]) => s / B)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(fetched.every(([, len]) => len === B)).toBe(true);
  });

  it('does not prefetch for random reads, not even for reads within a block of the previous end', () => {
    const { ra, fetched } = harness();
    ra.advise(50 * B, 4096, 100 * B);
    ra.advise(10 * B, 4096, 100 * B);
    ra.advise(10 * B + 8192, 4096, 100 * B); // near, not exact
    ra.advise(10 * B + 4096, 4096, 100 * B); // backwards, near
    ra.advise(70 * B, 4096, 100 * B);
    for (let i = 0; i < 1000; i++) ra.advise(((i * 7919) % 25_000) * 4096, 4096, 100 * B);
    expect(fetched).toEqual([]);
    expect(ra.streaming).toBe(false);
  });

  it('needs two exact continuations again after a random read, and starts over with the small window', () => {
    const { ra, fetched } = harness({ window: 8 * B });
    stream(ra);
    ra.advise(B, B, 100 * B);
    expect(ra.windowSize).toBe(4);
    expect(ra.advise(60 * B, 4096, 100 * B)).toEqual([]); // random: reset
    expect(ra.streaming).toBe(false);
    expect(ra.advise(60 * B + 4096, 4096, 100 * B)).toEqual([]); // one continuation
    expect(ra.advise(60 * B + 8192, 4096, 100 * B)).toEqual([60, 61]); // two: window 2 again
    expect(fetched.map(([s]) => s / B)).toEqual([0, 1, 2, 3, 4, 60, 61]);
  });

  it('while streaming, tolerates reads that arrive out of order inside the prefetched window', () => {
    const { ra } = harness({ window: 8 * B });
    const K = B / 4; // like the kernel's 128 KiB FUSE reads in 512 KiB blocks
    ra.advise(0, K, 100 * B);
    ra.advise(K, K, 100 * B); // streaming: blocks 0, 1
    expect(ra.advise(3 * K, K, 100 * B)).toEqual([]); // skipped 2K, still inside block 0: sequential
    expect(ra.advise(2 * K, K, 100 * B)).toEqual([]); // the late one: sequential and cached
    expect(ra.covering(2 * K, 3 * K)).toHaveLength(1);
    expect(ra.advise(5 * K, K, 100 * B)).toEqual([2, 3, 4]); // skipped 4K, inside block 1: window grows
    expect(ra.advise(4 * K, K, 100 * B)).toEqual([]); // late
    expect(ra.advise(6 * K, K, 100 * B)).toEqual([]); // exact after the furthest end
    expect(ra.streaming).toBe(true);
    expect(ra.cachedBlocks).toEqual([0, 1, 2, 3, 4]);
  });

  it('streams a file read in order in 128 KiB reads at the full window', () => {
    const { ra, fetched } = harness({ window: 8 * B });
    const K = 32 * 1024;
    for (let pos = 0; pos < 40 * B; pos += K) {
      ra.advise(pos, K, 40 * B);
      if (pos > 0) expect(ra.covering(pos, pos + K), `read at ${pos}`).toBeDefined(); // every read after the first is prefetched
    }
    expect(ra.windowSize).toBe(8);
    expect(fetched.map(([s]) => s / B)).toEqual([...Array(40).keys()]); // each block fetched once
  });

  it('stops at the known file size and fetches a short last block', () => {
    const { ra, fetched } = harness();
    stream(ra, B + 100);
    expect(fetched).toEqual([[0, B], [B, 100]]);
    expect(ra.covering(B, B + 100)).toHaveLength(1);
    expect(ra.covering(B, B + 101)).toBeUndefined();
  });

  it('skips blocks with own unsent writes', () => {
    const { ra, fetched } = harness({ dirty: [[B + 10, B + 20]] });
    stream(ra);
    expect(fetched.map(([s]) => s / B)).toEqual([0]);
    ra.advise(20, B - 20, 100 * B);
    ra.advise(B, 10, 100 * B); // into block 1: window 4
    expect(fetched.map(([s]) => s / B)).toEqual([0, 2, 3, 4]);
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
    for (let pos = 0; pos < 10 * B; pos += B) expect(ra.advise(pos, B, 100 * B)).toEqual([]);
    expect(fetched).toEqual([]);
  });
});

describe('ReadAhead cache', () => {
  it('covers a range only when every block of it is cached', async () => {
    const { ra } = harness();
    stream(ra);
    ra.advise(20, B, 100 * B); // window 2 -> 4 only when a new block starts: still 0, 1
    ra.advise(B + 20, 10, 100 * B); // block 1: window 4 -> 1..4
    const c = ra.covering(B - 10, 3 * B + 10);
    expect(c?.map((b) => b.start / B)).toEqual([0, 1, 2, 3]);
    expect((await c![2]!.data)?.[0]).toBe(2);
    expect(ra.covering(4 * B, 5 * B + 1)).toBeUndefined();
  });

  it('invalidate drops the overlapping blocks only; clear drops all and restarts detection', () => {
    const { ra, fetched } = harness();
    stream(ra);
    ra.invalidate(B + 5, B + 6);
    expect(ra.cachedBlocks).toEqual([0]);
    ra.advise(20, 10, 100 * B); // sequential again: refetches the dropped block
    expect(fetched.map(([s]) => s / B)).toEqual([0, 1, 1]);
    ra.clear();
    expect(ra.cachedBlocks).toEqual([]);
    expect(ra.streaming).toBe(false);
    expect(ra.advise(0, 10, 100 * B)).toEqual([]);
    expect(ra.advise(10, 10, 100 * B)).toEqual([0, 1]);
  });

  it('forgets a block whose fetch failed and resolves it to null', async () => {
    const ra = new ReadAhead({ blockSize: B, windowBytes: 2 * B, fetch: async (s, _n, into) => { if (s === B) throw new Error('down'); return into.subarray(0, 1); }, isDirty: () => false, pool: new BufferPool(0) });
    stream(ra, 10 * B);
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

describe('ReadAheadBudget', () => {
  it('caps the blocks all streams of a mount hold, and lets prefetching go on as blocks are dropped', async () => {
    const budget = new ReadAheadBudget(6 * B);
    const pool = new BufferPool(64 * B);
    const make = () =>
      new ReadAhead({ blockSize: B, windowBytes: 8 * B, fetch: async (start, length, into) => into.fill(1, 0, length).subarray(0, length), isDirty: () => false, pool, budget });
    const a = make();
    const b = make();
    stream(a);
    a.advise(20, B - 20, 100 * B);
    a.advise(B, B, 100 * B); // a's window grows to 4 blocks: 1..4 (and 0)
    expect(budget.usedBytes).toBe(5 * B);
    stream(b); // b wants 0 and 1; only one fits
    expect(b.cachedBlocks).toEqual([0]);
    expect(budget.usedBytes).toBe(6 * B);
    await Promise.resolve();
    a.advise(3 * B, B, 100 * B); // a moves on: blocks 0 and 1 go (below first - 1)
    await new Promise((r) => setImmediate(r));
    expect(budget.usedBytes).toBeLessThanOrEqual(6 * B);
    expect(a.cachedBlocks[0]).toBe(2);
    expect(a.cachedBlocks.length).toBeGreaterThan(3); // the freed bytes went to a's window at once
    a.clear();
    b.clear();
    await new Promise((r) => setImmediate(r));
    expect(budget.usedBytes).toBe(0);
  });
});

describe('ReadAhead runs (several chunks of one target in one fetch)', () => {
  const S = 4; // stripe width: block k and block k + S follow each other in one chunk file

  /**
   * Chunk-sized blocks over S targets: a fetch from block k's place reads the chunk file on, so
   * its i-th block's worth holds block k + i * S, each filled with (its index + 1).
   */
  function runs(opts: { window?: number; dirty?: [number, number][]; fail?: boolean; budget?: ReadAheadBudget } = {}) {
    const fetched: { first: number; length: number }[] = [];
    const pool = new TrackingPool(64 * B);
    const ra = new ReadAhead({
      blockSize: B,
      windowBytes: opts.window ?? 8 * B,
      runBlocks: 2,
      runStride: S,
      fetch: async (start, length, into) => {
        fetched.push({ first: start / B, length });
        if (opts.fail) throw new Error('target down');
        for (let i = 0; i * B < length; i++) into.fill(start / B + i * S + 1, i * B, Math.min(length, (i + 1) * B));
        return into.subarray(0, length);
      },
      isDirty: (s, e) => (opts.dirty ?? []).some(([a, b]) => a < e && s < b),
      pool,
      ...(opts.budget ? { budget: opts.budget } : {}),
    });
    return { ra, fetched, pool };
  }

  it('fetches block k together with block k + stride, and each block holds its own bytes', async () => {
    const { ra, fetched } = runs();
    stream(ra); // window 2: blocks 0 and 1, each with its partner 4 and 5
    expect(fetched).toEqual([{ first: 0, length: 2 * B }, { first: 1, length: 2 * B }]);
    expect(ra.cachedBlocks).toEqual([0, 1, 4, 5]);
    for (let pos = 20; pos < 20 * B; pos += B / 2) ra.advise(pos, B / 2, 100 * B);
    const got = fetched.flatMap((f) => [f.first, f.first + S]).sort((a, b) => a - b);
    expect(new Set(got).size).toBe(got.length); // no block fetched twice
    expect(fetched.every((f) => f.length === 2 * B)).toBe(true);
    for (const k of ra.cachedBlocks) {
      const [blk] = ra.covering(k * B, (k + 1) * B)!;
      const data = await blk!.data;
      expect(data!.length).toBe(B);
      expect(data!.every((v) => v === k + 1)).toBe(true);
    }
  });

  it('ends a run at the file end (a short last block), at cached blocks and at own unsent writes', () => {
    const size = 5 * B + 100; // block 5 is short
    const { ra, fetched } = runs({ dirty: [[4 * B + 1, 4 * B + 2]] });
    stream(ra, size);
    // block 0's partner 4 is dirty, block 1's partner 5 is the short last block
    expect(fetched).toEqual([{ first: 0, length: B }, { first: 1, length: B + 100 }]);
    ra.advise(B, B, size); // window 4 from block 1: 2, 3 (partners 6, 7 are past the end)
    expect(fetched.slice(2)).toEqual([{ first: 2, length: B }, { first: 3, length: B }]);
    expect(ra.covering(5 * B, size)).toHaveLength(1);
  });

  it('gives a run its budget for all its blocks, or not at all', () => {
    const budget = new ReadAheadBudget(3 * B);
    const { ra, fetched } = runs({ budget });
    stream(ra); // block 0 and 4 fit, block 1 and 5 do not
    expect(fetched).toEqual([{ first: 0, length: 2 * B }]);
    expect(budget.usedBytes).toBe(2 * B);
  });

  it('returns the shared buffer once, after the last of its blocks is let go; a failed run reads as null for each block', async () => {
    const { ra, pool } = runs();
    stream(ra);
    await new Promise((r) => setImmediate(r));
    const held = ra.hold(4 * B, 5 * B)!; // the second half of block 0's buffer
    ra.clear();
    expect(pool.out.size).toBe(1); // block 0 is gone, its run's buffer still lent to block 4's reader
    expect((await held.blocks[0]!.data)!.every((v) => v === 5)).toBe(true);
    held.release();
    held.release();
    expect(pool.out.size).toBe(0);
    expect(pool.violations).toEqual([]);

    const failing = runs({ fail: true });
    stream(failing.ra);
    const blocks = failing.ra.covering(0, B)!.concat(failing.ra.covering(4 * B, 5 * B)!);
    expect(await Promise.all(blocks.map((b) => b.data))).toEqual([null, null]);
    expect(failing.ra.cachedBlocks).toEqual([]);
    expect(failing.pool.out.size).toBe(0);
    expect(failing.pool.violations).toEqual([]);
  });
});
