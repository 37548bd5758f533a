// BufferPool: reuse by size within the idle budget, and idle buffers of other sizes making room.
import { describe, expect, it } from 'vitest';
import { BufferPool } from './buffer-pool.js';

const KiB = 1024;

describe('BufferPool', () => {
  it('hands back a given buffer of the same size and keeps idle bytes within the budget', () => {
    const pool = new BufferPool(2 * 512 * KiB);
    const a = pool.take(512 * KiB);
    const b = pool.take(512 * KiB);
    const c = pool.take(512 * KiB);
    pool.give(a);
    pool.give(b);
    pool.give(c); // over the budget: dropped
    expect(pool.idleBytes).toBe(1024 * KiB);
    const again = [pool.take(512 * KiB), pool.take(512 * KiB)];
    expect(again).toContain(a);
    expect(again).toContain(b);
    expect(pool.idleBytes).toBe(0);
    expect(pool.take(512 * KiB) === c).toBe(false); // identity only: toBe on big buffers compares bytes when it fails
  });

  it('drops idle buffers of other sizes to keep a buffer of the size given now', () => {
    const pool = new BufferPool(4 * 512 * KiB);
    const small = [0, 1, 2, 3].map(() => pool.take(512 * KiB));
    for (const s of small) pool.give(s); // the pool is full of 512 KiB buffers
    const big = pool.take(1024 * KiB);
    pool.give(big);
    expect(pool.idleBytes).toBe(4 * 512 * KiB); // two small ones made room
    expect(pool.take(1024 * KiB) === big).toBe(true);
    const left = [pool.take(512 * KiB), pool.take(512 * KiB)];
    for (const b of left) expect(small).toContain(b);
    expect(small.includes(pool.take(512 * KiB))).toBe(false); // the other two were dropped
  });

  it('keeps what it holds when given a buffer larger than the whole budget', () => {
    const pool = new BufferPool(1024 * KiB);
    const a = pool.take(512 * KiB);
    const b = pool.take(512 * KiB);
    pool.give(a);
    pool.give(b);
    const huge = pool.take(2048 * KiB);
    pool.give(huge);
    expect(pool.idleBytes).toBe(1024 * KiB);
    expect(pool.take(2048 * KiB) === huge).toBe(false);
    const kept = [pool.take(512 * KiB), pool.take(512 * KiB)];
    expect(kept.includes(a) && kept.includes(b)).toBe(true);
  });
});
