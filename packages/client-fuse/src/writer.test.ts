import { describe, expect, it } from 'vitest';
import { BufferPool } from '@hivefs/common';
import { Writer } from './writer.js';

const U = 64 * 1024;

interface Sent {
  offset: number;
  data: Buffer;
  resolve: (reusable?: boolean) => void;
  reject: (e: Error) => void;
}

/** A Writer whose sends are recorded and settled by the test; `auto` settles them at once. */
function harness(opts: { maxDirty?: number; auto?: boolean; onError?: (e: unknown) => void } = {}) {
  const sent: Sent[] = [];
  const file = Buffer.alloc(16 * U);
  const pool = new BufferPool(8 * U);
  const w = new Writer({
    unitSize: U,
    maxDirtyBytes: opts.maxDirty ?? 8 * U,
    pool,
    send: (offset, data) =>
      new Promise<boolean>((resolve, reject) => {
        const s: Sent = {
          offset,
          data: Buffer.from(data),
          resolve: (r = true) => {
            data.copy(file, offset);
            resolve(r);
          },
          reject,
        };
        sent.push(s);
        if (opts.auto) s.resolve();
      }),
    ...(opts.onError ? { onError: opts.onError } : {}),
  });
  return { w, sent, file, pool };
}

const bytes = (n: number, seed: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 7 + seed) & 0xff));
const tick = () => new Promise<void>((r) => setImmediate(r));

describe('Writer coalescing and alignment', () => {
  it('coalesces sequential small writes into one send per full unit', async () => {
    const { w, sent, file } = harness({ auto: true });
    const src = bytes(3 * U, 1);
    for (let off = 0; off < src.length; off += 16 * 1024) await w.write(src.subarray(off, off + 16 * 1024), 16 * 1024, off);
    expect(sent.map((s) => [s.offset, s.data.length])).toEqual([[0, U], [U, U], [2 * U, U]]);
    await w.flush();
    expect(file.subarray(0, 3 * U).equals(src)).toBe(true);
  });

  it('keeps partial units until flush and splits an unaligned write at unit boundaries', async () => {
    const { w, sent, file } = harness({ auto: true });
    const src = bytes(2 * U + 100, 2);
    await w.write(src, src.length, U - 50);
    // only the units the write covers completely go out at once
    expect(sent.map((s) => [s.offset, s.data.length])).toEqual([[U, U], [2 * U, U]]);
    expect(w.pending).toBe(true);
    await w.flush();
    expect(sent.map((s) => [s.offset, s.data.length]).sort((a, b) => a[0]! - b[0]!)).toEqual(expectSplit(U - 50, src.length));
    expect(file.subarray(U - 50, U - 50 + src.length).equals(src)).toBe(true);
    expect(w.pending).toBe(false);
  });

  it('sends the earlier range first when a write is not contiguous within a unit', async () => {
    const { w, sent, file } = harness({ auto: true });
    await w.write(bytes(100, 3), 100, 0);
    await w.write(bytes(100, 4), 100, 100); // contiguous: merged
    expect(sent).toHaveLength(0);
    await w.write(bytes(10, 5), 10, 5000); // gap: [0,200) goes out
    expect(sent.map((s) => [s.offset, s.data.length])).toEqual([[0, 200]]);
    await w.write(bytes(10, 6), 10, 4990); // adjacent before: merged
    await w.flush();
    expect(sent.map((s) => [s.offset, s.data.length])).toEqual([[0, 200], [4990, 20]]);
    expect(file.subarray(4990, 5000).equals(bytes(10, 6))).toBe(true);
  });

  it('merges an overlapping rewrite so the last write wins', async () => {
    const { w, file } = harness({ auto: true });
    await w.write(Buffer.alloc(300, 1), 300, 100);
    await w.write(Buffer.alloc(100, 2), 100, 200);
    await w.flush();
    expect([...file.subarray(99, 401)]).toEqual([0, ...Array(100).fill(1), ...Array(100).fill(2), ...Array(100).fill(1), 0]);
  });

  it('does not keep the caller buffer: changing it after write() changes nothing', async () => {
    const { w, file } = harness({ auto: true });
    const src = Buffer.alloc(1000, 9);
    await w.write(src, 1000, 0);
    src.fill(0);
    await w.flush();
    expect(file.subarray(0, 1000).every((b) => b === 9)).toBe(true);
  });
});

/** Expected sends of one write of `len` bytes at `pos`, split at U boundaries. */
function expectSplit(pos: number, len: number): number[][] {
  const out: number[][] = [];
  for (let p = pos; p < pos + len; ) {
    const n = Math.min(pos + len - p, U - (p % U));
    out.push([p, n]);
    p += n;
  }
  return out;
}

describe('Writer ordering, backpressure and errors', () => {
  it('chains sends of the same unit in order and runs different units in parallel', async () => {
    const { w, sent } = harness();
    await w.write(Buffer.alloc(10, 1), 10, 0);
    await w.write(Buffer.alloc(10, 2), 10, 100); // gap: first range sent
    void w.write(Buffer.alloc(U, 3), U, U); // full unit 1: sent at once
    const f = w.flush();
    await tick();
    // unit 0's second range waits for its first; unit 1 is in flight beside it
    expect(sent.map((s) => s.offset)).toEqual([0, U]);
    sent[0]!.resolve();
    await tick();
    expect(sent.map((s) => s.offset)).toEqual([0, U, 100]);
    sent[1]!.resolve();
    sent[2]!.resolve();
    await f;
  });

  it('makes write() wait while outstanding bytes exceed maxDirtyBytes', async () => {
    const { w, sent } = harness({ maxDirty: 2 * U });
    await w.write(Buffer.alloc(U), U, 0);
    await w.write(Buffer.alloc(U), U, U);
    let third = false;
    const p = w.write(Buffer.alloc(U), U, 2 * U).then(() => (third = true));
    await tick();
    expect(third).toBe(false);
    expect(w.outstandingBytes).toBe(3 * U);
    sent[0]!.resolve();
    await p;
    expect(third).toBe(true);
    expect(w.outstandingBytes).toBe(2 * U);
  });

  it('sends old partial units when their buffers exceed the limit', async () => {
    const { w, sent } = harness({ maxDirty: 2 * U, auto: true });
    for (let i = 0; i < 5; i++) {
      await w.write(Buffer.alloc(10, i), 10, i * U);
      expect(w.outstandingBytes).toBeLessThanOrEqual(2 * U);
    }
    // the oldest partial units went out, in age order; the newest is still buffered
    expect(sent.map((s) => s.offset)).toEqual([0, U, 2 * U, 3 * U]);
    expect(w.overlaps(4 * U, 4 * U + 10)).toBe(true);
  });

  it('is write-through with maxDirtyBytes 0', async () => {
    const { w, sent } = harness({ maxDirty: 0, auto: true });
    await w.write(Buffer.alloc(10), 10, 0);
    expect(sent).toHaveLength(1);
    expect(w.pending).toBe(false);
  });

  it('after a failed send, every later write and flush rejects with its error (sticky), copying nothing', async () => {
    const errors: unknown[] = [];
    const { w, sent } = harness({ onError: (e) => errors.push(e) });
    await w.write(Buffer.alloc(U), U, 0);
    await w.write(Buffer.alloc(10), 10, 2 * U); // buffered, not yet sent
    sent[0]!.reject(new Error('target down'));
    await tick();
    for (let i = 0; i < 3; i++) await expect(w.write(Buffer.alloc(10, 9), 10, U)).rejects.toThrow('target down');
    expect(w.overlaps(U, U + 10)).toBe(false); // the rejected writes buffered nothing
    const f = w.flush(); // still sends what was buffered before the failure
    await tick();
    expect(sent.map((s) => s.offset)).toEqual([0, 2 * U]);
    sent[1]!.resolve();
    await expect(f).rejects.toThrow('target down');
    await expect(w.flush()).rejects.toThrow('target down');
    expect(w.error).toBeInstanceOf(Error);
    expect(errors).toHaveLength(1);
  });

  it('a write that waits for backpressure rejects when a send fails meanwhile', async () => {
    const { w, sent } = harness({ maxDirty: U });
    await w.write(Buffer.alloc(U), U, 0);
    const p = w.write(Buffer.alloc(U), U, U); // waits: 2 units outstanding
    await tick();
    sent[0]!.reject(new Error('lost'));
    await expect(p).rejects.toThrow('lost');
  });

  it('write-through (maxDirtyBytes 0): the write whose send fails rejects itself', async () => {
    const { w, sent } = harness({ maxDirty: 0 });
    const p = w.write(Buffer.alloc(10), 10, 0);
    await tick();
    sent[0]!.reject(new Error('no space'));
    await expect(p).rejects.toThrow('no space');
  });

  it('fail() makes a writer failed from outside, keeping its first error', async () => {
    const { w } = harness({ auto: true });
    await w.write(Buffer.alloc(10), 10, 0);
    w.fail(new Error('lost elsewhere'));
    w.fail(new Error('second'));
    await expect(w.write(Buffer.alloc(10), 10, 10)).rejects.toThrow('lost elsewhere');
    await expect(w.flush()).rejects.toThrow('lost elsewhere');
  });

  it('reports overlap with buffered and in-flight data and settles only what overlaps', async () => {
    const { w, sent } = harness();
    await w.write(Buffer.alloc(100), 100, 1000);
    await w.write(Buffer.alloc(U), U, 4 * U);
    expect(w.overlaps(1050, 1051)).toBe(true);
    expect(w.overlaps(0, 1000)).toBe(false);
    expect(w.overlaps(4 * U + 5, 4 * U + 6)).toBe(true);
    const s = w.settle(0, 2000);
    await tick();
    expect(sent.map((x) => x.offset)).toEqual([4 * U, 1000]);
    sent[1]!.resolve();
    await s;
    expect(w.overlaps(1000, 1100)).toBe(false);
    expect(w.overlaps(4 * U, 5 * U)).toBe(true);
  });

  it('returns buffers to the pool only when the send says they are reusable', async () => {
    const { w, sent, pool } = harness();
    await w.write(Buffer.alloc(U), U, 0);
    await w.write(Buffer.alloc(U), U, U);
    sent[0]!.resolve(false);
    sent[1]!.resolve(true);
    await w.flush();
    expect(pool.idleBytes).toBe(U);
  });
});
