// Buffer lifetimes of read-ahead blocks: a pooled block buffer goes back only when the cache, its
// fetch and every read copying from it have let go.
import { TrackingPool } from '@hivefs/common/testing';
import { describe, expect, it } from 'vitest';
import { ReadAhead } from './reader.js';

const B = 64 * 1024;
const SIZE = 64 * B;

interface PendingFetch {
  start: number;
  length: number;
  into: Buffer;
  /** Fills the first `n` bytes with `fill` and resolves a view of them; undefined: missing chunk. */
  resolve(fill: number | undefined, n?: number): void;
  reject(e: Error): void;
}

function harness(window = 4 * B) {
  const pool = new TrackingPool(16 * B);
  const fetches: PendingFetch[] = [];
  const ra = new ReadAhead({
    blockSize: B,
    windowBytes: window,
    pool,
    isDirty: () => false,
    fetch: (start, length, into) =>
      new Promise((res, rej) => {
        fetches.push({
          start, length, into,
          resolve: (fill, n = length) => res(fill === undefined ? undefined : into.fill(fill, 0, n).subarray(0, n)),
          reject: rej,
        });
      }),
  });
  /** The latest fetch of block k. */
  const fetchOf = (k: number): PendingFetch => fetches.filter((f) => f.start === k * B).at(-1)!;
  return { ra, pool, fetches, fetchOf };
}

/** Two exact continuations from 0: streaming with blocks 0 and 1 in flight. */
function stream(ra: ReadAhead): void {
  ra.advise(0, 10, SIZE);
  ra.advise(10, 10, SIZE);
}

const settle = (): Promise<void> => new Promise((r) => setImmediate(r));

describe('ReadAhead block buffers', () => {
  it('a block dropped while a read waits for it stays out of the pool until that read let go', async () => {
    const { ra, pool, fetchOf } = harness();
    stream(ra);
    const held = ra.hold(100, 200)!;
    expect(held.blocks.map((b) => b.start)).toEqual([0]);
    const buf0 = fetchOf(0).into;
    ra.clear(); // e.g. a truncate: both blocks leave the cache
    expect(ra.cachedBlocks).toEqual([]);
    expect(pool.isFree(buf0)).toBe(false);
    fetchOf(0).resolve(0xa0);
    fetchOf(1).resolve(0xa1);
    const data = await held.blocks[0]!.data;
    await settle();
    expect(pool.isFree(buf0)).toBe(false); // the read still holds it
    expect(pool.isFree(fetchOf(1).into)).toBe(true); // nobody held block 1
    // a writer taking a unit now gets block 1's buffer, never block 0's
    const unit = pool.take(B);
    expect(unit !== buf0, 'another buffer').toBe(true);
    unit.fill(0xee);
    expect(data!.length).toBe(B);
    expect(data!.every((x) => x === 0xa0)).toBe(true);
    held.release();
    held.release(); // idempotent
    expect(pool.isFree(buf0)).toBe(true);
    pool.give(unit);
    expect(pool.out.size).toBe(0);
    expect(pool.violations).toEqual([]);
  });

  it('a dropped block whose fetch is in flight goes back only when the fetch settles, failed or not', async () => {
    const { ra, pool, fetchOf } = harness();
    stream(ra);
    const [f0, f1] = [fetchOf(0), fetchOf(1)];
    ra.invalidate(0, 2 * B); // own writes there
    expect(ra.cachedBlocks).toEqual([]);
    await settle();
    expect(pool.isFree(f0.into)).toBe(false); // the RPC may still be receiving into it
    expect(pool.isFree(f1.into)).toBe(false);
    f0.reject(new Error('timed out'));
    await settle();
    expect(pool.isFree(f0.into)).toBe(true);
    expect(pool.isFree(f1.into)).toBe(false);
    f1.resolve(1);
    await settle();
    expect(pool.isFree(f1.into)).toBe(true);
    expect(pool.given).toHaveLength(2);
    expect(pool.violations).toEqual([]);
  });

  it('a read letting go of a block still cached leaves it cached; it goes back when the cache drops it', async () => {
    const { ra, pool, fetchOf } = harness();
    stream(ra);
    fetchOf(0).resolve(7);
    const held = ra.hold(0, 100)!;
    expect(Buffer.from((await held.blocks[0]!.data)!.subarray(0, 3))).toEqual(Buffer.from([7, 7, 7]));
    held.release();
    await settle();
    expect(pool.isFree(fetchOf(0).into)).toBe(false); // still cached for the next reads
    expect(ra.hold(100, 200)!.blocks[0]!.start).toBe(0);
    ra.invalidate(0, 1);
    expect(pool.isFree(fetchOf(0).into)).toBe(false); // the second read has not let go
    fetchOf(1).resolve(8);
    ra.clear();
    await settle();
    expect(pool.isFree(fetchOf(1).into)).toBe(true);
    expect(pool.out.size).toBe(1);
    expect(pool.violations).toEqual([]);
  });

  it('a failed fetch: the block leaves the cache, a waiting read gets null, the buffer returns after the read let go', async () => {
    const { ra, pool, fetchOf } = harness();
    stream(ra);
    const held = ra.hold(B, B + 5)!;
    fetchOf(1).reject(new Error('target down'));
    expect(await held.blocks[0]!.data).toBeNull();
    expect(ra.cachedBlocks).toEqual([0]);
    expect(pool.isFree(fetchOf(1).into)).toBe(false);
    held.release();
    expect(pool.isFree(fetchOf(1).into)).toBe(true);
    expect(pool.violations).toEqual([]);
  });

  it('short and missing data resolve as such and their buffers still return', async () => {
    const { ra, pool, fetchOf } = harness();
    stream(ra);
    fetchOf(0).resolve(3, 100); // the chunk file ends after 100 bytes
    fetchOf(1).resolve(undefined); // no chunk file
    const held = ra.hold(0, 2 * B)!;
    const [d0, d1] = await Promise.all(held.blocks.map((b) => b.data));
    expect(d0!.length).toBe(100);
    expect(d1).toBeUndefined();
    held.release();
    ra.clear();
    expect(pool.out.size).toBe(0);
    expect(pool.violations).toEqual([]);
  });

  it('random streams, drops, failures and a scribbling writer never corrupt what reads copy or leak a buffer', async () => {
    let seed = 12345;
    const rnd = (n: number): number => {
      // mulberry32
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * n | 0;
    };
    for (let round = 0; round < 20; round++) {
      const { ra, pool, fetches } = harness(8 * B);
      const fillOf = new Map<ArrayBufferLike, number>();
      const problems: string[] = [];
      const reads: Promise<void>[] = [];
      const units: Buffer[] = [];
      let pos = 0;
      let nextFill = 1;
      const pending = (): PendingFetch[] => fetches.filter((f) => !(f as { done?: boolean }).done);
      const finish = (f: PendingFetch, ok: boolean): void => {
        (f as { done?: boolean }).done = true;
        if (!ok) return f.reject(new Error('failed'));
        const fill = (nextFill++ % 250) + 1;
        fillOf.set(f.into.buffer, fill);
        f.resolve(fill, rnd(4) === 0 ? rnd(f.length) + 1 : f.length);
      };
      for (let step = 0; step < 400; step++) {
        const op = rnd(10);
        if (op < 4) {
          const len = B / 4;
          if (rnd(8) === 0) pos = rnd(SIZE / len) * len; // a random read now and then
          ra.advise(pos, len, SIZE);
          const held = ra.hold(pos, pos + len);
          pos = (pos + len) % SIZE;
          if (!held) continue;
          reads.push(
            Promise.all(held.blocks.map((b) => b.data)).then((datas) => {
              for (const d of datas) {
                if (!d) continue;
                const want = fillOf.get(d.buffer);
                if ([...pool.out].every((o) => o.buffer !== d.buffer)) problems.push('a read copies from a buffer back in the pool');
                if (!d.every((x) => x === want)) problems.push(`a read sees bytes other than ${want}`);
              }
              held.release();
            }),
          );
        } else if (op < 7) {
          const p = pending();
          if (p.length) finish(p[rnd(p.length)]!, rnd(5) !== 0);
        } else if (op === 7) {
          const at = rnd(3) === 0 ? rnd(SIZE) : Math.max(0, pos - B); // often where reads wait
          ra.invalidate(at, at + rnd(2 * B) + 1);
        } else if (op === 8) {
          if (rnd(3) === 0) ra.clear();
        } else if (units.length < 4 && rnd(2) === 0) {
          // a writer filling pooled units, as write-behind does, and sending them a while later
          const unit = pool.take(B);
          unit.fill(0xee);
          fillOf.delete(unit.buffer);
          units.push(unit);
        } else if (units.length) {
          const unit = units.splice(rnd(units.length), 1)[0]!;
          if (!unit.every((x) => x === 0xee)) problems.push('a fetch wrote into a unit the writer owned');
          pool.give(unit);
        }
        await settle();
      }
      for (const u of units) pool.give(u);
      for (const f of pending()) finish(f, true);
      await Promise.all(reads);
      ra.clear();
      await settle();
      expect(problems).toEqual([]);
      expect(pool.violations).toEqual([]);
      expect(pool.out.size).toBe(0);
    }
  });
});
