import { describe, expect, it } from 'vitest';
import { ErrCode, HiveError } from './errors.js';
import { FrameReader } from './frame-reader.js';
import { FLAG_ERROR, FLAG_RESPONSE, HEADER_SIZE, POOLED_PAYLOAD_MIN, encodeHeader, type Frame, type FrameHeader } from './framing.js';
import { fill } from './testing/helpers.js';

const MAX = 16 * 1024 * 1024;

function frameBytes(reqId: number, body: Buffer, payload?: Buffer, flags = FLAG_RESPONSE): Buffer {
  const header = encodeHeader({ flags, msgType: 3003, reqId, mapVersion: 5, bodyLength: body.length, payloadLength: payload?.length ?? 0 });
  return Buffer.concat([header, body, ...(payload ? [payload] : [])]);
}

/**
 * Feeds `bytes` as a socket with `onread` does: every piece lands in the same scratch buffer,
 * which is scribbled over right after each push (so any view kept of it would show garbage).
 */
function feed(r: FrameReader, bytes: Buffer, sizes: () => number): Frame[] {
  const scratch = Buffer.alloc(64 * 1024);
  const out: Frame[] = [];
  for (let off = 0; off < bytes.length; ) {
    const n = Math.min(sizes(), scratch.length, bytes.length - off);
    bytes.copy(scratch, 0, off, off + n);
    out.push(...r.push(scratch, 0, n));
    scratch.fill(0xdd);
    off += n;
  }
  return out;
}

const rng = (seed: number) => (): number => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed;
};

describe('FrameReader', () => {
  it('a payload split across many tiny reads lands intact in the destination; the body is a copy', () => {
    const dest = Buffer.alloc(300_000, 0x11);
    const payload = fill(200_000, 3);
    const body = fill(40, 1);
    const asked: FrameHeader[] = [];
    const r = new FrameReader(MAX, (h) => (asked.push(h), dest));
    const next = rng(7);
    const frames = feed(r, frameBytes(9, body, payload), () => 1 + (next() % 97));
    expect(frames).toHaveLength(1);
    expect(asked.map((h) => [h.reqId, h.payloadLength])).toEqual([[9, 200_000]]);
    const f = frames[0]!;
    expect(f.payload!.buffer === dest.buffer, 'same memory').toBe(true);
    expect(f.payload!.byteOffset).toBe(dest.byteOffset);
    expect(f.payload!.length).toBe(200_000);
    expect(Buffer.compare(f.payload!, payload)).toBe(0);
    expect(dest.subarray(200_000).every((x) => x === 0x11)).toBe(true); // nothing past the payload
    expect(Buffer.compare(f.body, body)).toBe(0); // survived the scribbling: its own copy
    expect(f.mapVersion).toBe(5);
    expect(r.pendingBytes).toBe(0);
  });

  it('several frames per read and frames split anywhere decode the same', () => {
    const frames = [
      frameBytes(1, fill(10, 1)),
      frameBytes(2, fill(3, 2), fill(5000, 3)),
      frameBytes(3, Buffer.alloc(0)),
      frameBytes(4, Buffer.alloc(0), fill(70_000, 4)),
      frameBytes(5, fill(7, 5), undefined, FLAG_RESPONSE | FLAG_ERROR),
    ];
    const all = Buffer.concat(frames);
    for (const step of [1, 2, 23, 24, 25, 4096, 65536]) {
      const r = new FrameReader(MAX, (h) => Buffer.alloc(h.payloadLength));
      const got = feed(r, all, () => step);
      expect(got.map((f) => f.reqId)).toEqual([1, 2, 3, 4, 5]);
      expect(Buffer.compare(got[1]!.payload!, fill(5000, 3))).toBe(0);
      expect(Buffer.compare(got[3]!.payload!, fill(70_000, 4))).toBe(0);
      expect(got[3]!.body.length).toBe(0);
      expect(got[2]!.payload).toBeUndefined();
      expect(Buffer.compare(got[4]!.body, fill(7, 5))).toBe(0);
    }
  });

  it('discardPayload mid-payload: the destination gets no byte more and the stream stays in sync', () => {
    const dest = Buffer.alloc(100_000);
    const r = new FrameReader(MAX, (h) => (h.reqId === 1 ? dest : Buffer.alloc(h.payloadLength)));
    const first = frameBytes(1, fill(5, 1), fill(100_000, 2));
    const second = frameBytes(2, fill(6, 3), fill(1000, 4));
    expect(r.push(first, 0, HEADER_SIZE + 5 + 30_000)).toEqual([]);
    expect(Buffer.compare(dest.subarray(0, 30_000), fill(100_000, 2).subarray(0, 30_000))).toBe(0);
    r.discardPayload(2); // another request: no effect
    r.push(first, HEADER_SIZE + 5 + 30_000, HEADER_SIZE + 5 + 40_000);
    r.discardPayload(1);
    dest.fill(0x5a); // the caller has its buffer back
    const got = [...r.push(first, HEADER_SIZE + 5 + 40_000), ...r.push(second)];
    expect(dest.every((x) => x === 0x5a)).toBe(true);
    expect(got.map((f) => f.reqId)).toEqual([1, 2]);
    expect(got[0]!.payload).toBeUndefined();
    expect(Buffer.compare(got[1]!.payload!, fill(1000, 4))).toBe(0);
  });

  it('discardPayload() without an id drops any payload in progress; before a header it changes nothing', () => {
    const dest = Buffer.alloc(10);
    const r = new FrameReader(MAX, () => dest);
    r.discardPayload();
    const bytes = frameBytes(1, Buffer.alloc(0), fill(10, 1));
    r.push(bytes, 0, HEADER_SIZE + 4);
    r.discardPayload();
    dest.fill(0);
    const [f] = r.push(bytes, HEADER_SIZE + 4);
    expect(f!.payload).toBeUndefined();
    expect(dest.every((x) => x === 0)).toBe(true);
    const [g] = r.push(bytes);
    expect(Buffer.compare(g!.payload!, fill(10, 1))).toBe(0);
  });

  it('a destination smaller than the payload is never overrun: the payload gets its own buffer', () => {
    const small = Buffer.alloc(100, 0x77);
    const r = new FrameReader(MAX, () => small);
    const [f] = r.push(frameBytes(1, Buffer.alloc(0), fill(1000, 9)));
    expect(f!.payload!.buffer !== small.buffer, 'other memory').toBe(true);
    expect(Buffer.compare(f!.payload!, fill(1000, 9))).toBe(0);
    expect(small.every((x) => x === 0x77)).toBe(true);
  });

  it('an undefined destination leaves it to the reader: large payloads in pool buffers (marked pooled), small ones in their own', () => {
    const taken: Buffer[] = [];
    const given: Buffer[] = [];
    const pool = { take: (n: number) => (taken.push(Buffer.alloc(n)), taken.at(-1)!), give: (b: Buffer) => void given.push(b) };
    const r = new FrameReader(MAX, () => undefined, pool);
    const big = fill(POOLED_PAYLOAD_MIN, 4);
    const small = fill(POOLED_PAYLOAD_MIN - 1, 5);
    const got = feed(r, Buffer.concat([frameBytes(1, fill(8, 1), big), frameBytes(2, fill(8, 2), small)]), () => 1500);
    expect(got[0]!.pooledPayload).toBe(true);
    expect(got[0]!.payload).toBe(taken[0]); // the pool's buffer itself: it can go back as it is
    expect(Buffer.compare(got[0]!.payload!, big)).toBe(0);
    expect(got[1]!.pooledPayload).toBeUndefined();
    expect(Buffer.compare(got[1]!.payload!, small)).toBe(0);
    expect(taken).toHaveLength(1);
    const noPool = new FrameReader(MAX, () => undefined).push(frameBytes(3, Buffer.alloc(0), big));
    expect(noPool[0]!.pooledPayload).toBeUndefined();
    expect(Buffer.compare(noPool[0]!.payload!, big)).toBe(0);
    expect(given).toHaveLength(0);
  });

  it('a pooled payload dropped half-way (discardPayload) goes back to the pool', () => {
    const given: Buffer[] = [];
    const buf = Buffer.alloc(POOLED_PAYLOAD_MIN);
    const r = new FrameReader(MAX, () => undefined, { take: () => buf, give: (b) => void given.push(b) });
    const bytes = frameBytes(7, Buffer.alloc(0), fill(POOLED_PAYLOAD_MIN, 6));
    r.push(bytes, 0, HEADER_SIZE + 100);
    r.discardPayload(7);
    expect(given).toEqual([buf]);
    const [f] = r.push(bytes, HEADER_SIZE + 100);
    expect(f!.payload).toBeUndefined();
    expect(f!.pooledPayload).toBeUndefined();
  });

  it('a null destination skips the payload', () => {
    const r = new FrameReader(MAX, () => null);
    const got = feed(r, Buffer.concat([frameBytes(1, fill(2, 1), fill(50_000, 2)), frameBytes(2, fill(3, 3))]), () => 777);
    expect(got.map((f) => [f.reqId, f.payload, f.payloadLength])).toEqual([[1, undefined, 50_000], [2, undefined, 0]]);
  });

  it('a bad or oversized header throws', () => {
    const bad = frameBytes(1, fill(4, 1));
    bad.writeUInt16BE(0xdead, 0);
    expect(() => new FrameReader(MAX, () => null).push(bad)).toThrow(HiveError);
    try {
      new FrameReader(1000, () => null).push(frameBytes(1, Buffer.alloc(0), Buffer.alloc(1001)));
      throw new Error('expected a throw');
    } catch (e) {
      expect((e as HiveError).code).toBe(ErrCode.FRAME_TOO_LARGE);
    }
  });
});
