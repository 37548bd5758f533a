import { describe, expect, it } from 'vitest';
import { ErrCode, HiveError } from './errors.js';
import {
  FLAG_ERROR,
  FLAG_RESPONSE,
  FRAME_MAGIC,
  FrameDecoder,
  HEADER_SIZE,
  PROTOCOL_VERSION,
  decodeHeader,
  encodeHeader,
  type Frame,
  type FrameHeader,
} from './framing.js';
import { fill } from './testing/helpers.js';

const MAX = 1024 * 1024;

function frameBytes(h: Omit<FrameHeader, 'bodyLength' | 'payloadLength'>, body: Buffer, payload?: Buffer): Buffer {
  const header = encodeHeader({ ...h, bodyLength: body.length, payloadLength: payload?.length ?? 0 });
  return Buffer.concat([header, body, ...(payload ? [payload] : [])]);
}

interface Expected {
  flags: number;
  msgType: number;
  reqId: number;
  mapVersion: number;
  body: Buffer;
  payload?: Buffer;
}

const SAMPLE: Expected[] = [
  { flags: 0, msgType: 10, reqId: 1, mapVersion: 0, body: fill(13, 1) }, // body only
  { flags: FLAG_RESPONSE, msgType: 3001, reqId: 0xfffffffe, mapVersion: 77, body: fill(9, 2), payload: fill(40, 3) }, // body + payload
  { flags: FLAG_RESPONSE | FLAG_ERROR, msgType: 1, reqId: 5, mapVersion: 0xffffffff, body: Buffer.alloc(0) }, // empty
  { flags: 0, msgType: 3000, reqId: 6, mapVersion: 3, body: Buffer.alloc(0), payload: fill(17, 4) }, // payload only
];

function sampleStream(): Buffer {
  return Buffer.concat(SAMPLE.map((e) => frameBytes(e, e.body, e.payload)));
}

function checkFrames(got: Frame[]): void {
  expect(got).toHaveLength(SAMPLE.length);
  got.forEach((f, i) => {
    const e = SAMPLE[i]!;
    expect(f.flags).toBe(e.flags);
    expect(f.msgType).toBe(e.msgType);
    expect(f.reqId).toBe(e.reqId);
    expect(f.mapVersion).toBe(e.mapVersion);
    expect(f.bodyLength).toBe(e.body.length);
    expect(f.payloadLength).toBe(e.payload?.length ?? 0);
    expect(Buffer.compare(f.body, e.body)).toBe(0);
    if (e.payload) {
      expect(f.payload).toBeDefined();
      expect(Buffer.compare(f.payload!, e.payload)).toBe(0);
    } else {
      expect(f.payload).toBeUndefined();
    }
  });
}

function catchErr(fn: () => unknown): HiveError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(HiveError);
    return e as HiveError;
  }
  throw new Error('expected a throw');
}

describe('encodeHeader / decodeHeader', () => {
  it('round-trips every field, including extremes', () => {
    const cases: FrameHeader[] = [
      { flags: 0, msgType: 0, reqId: 0, mapVersion: 0, bodyLength: 0, payloadLength: 0 },
      { flags: FLAG_RESPONSE | FLAG_ERROR, msgType: 0xffff, reqId: 0xffffffff, mapVersion: 0xffffffff, bodyLength: 1000, payloadLength: 2000 },
      { flags: 0xff, msgType: 3002, reqId: 123456789, mapVersion: 42, bodyLength: 7, payloadLength: MAX - 7 },
    ];
    for (const h of cases) {
      const b = encodeHeader(h);
      expect(b.length).toBe(HEADER_SIZE);
      expect(decodeHeader(b, MAX)).toEqual(h);
    }
  });

  it('lays out the documented wire format', () => {
    const b = encodeHeader({ flags: 3, msgType: 0x0bb8, reqId: 0x01020304, mapVersion: 0x0a0b0c0d, bodyLength: 0x11, payloadLength: 0x22 });
    expect(b.readUInt16BE(0)).toBe(FRAME_MAGIC);
    expect(b.subarray(0, 2).toString('latin1')).toBe('HF');
    expect(b[2]).toBe(PROTOCOL_VERSION);
    expect(b[3]).toBe(3);
    expect(b.readUInt16BE(4)).toBe(0x0bb8);
    expect(b.readUInt16BE(6)).toBe(0);
    expect(b.readUInt32BE(8)).toBe(0x01020304);
    expect(b.readUInt32BE(12)).toBe(0x0a0b0c0d);
    expect(b.readUInt32BE(16)).toBe(0x11);
    expect(b.readUInt32BE(20)).toBe(0x22);
  });

  it('bad magic -> BAD_FRAME', () => {
    const b = encodeHeader({ flags: 0, msgType: 10, reqId: 1, mapVersion: 0, bodyLength: 0, payloadLength: 0 });
    b.writeUInt16BE(0x4847, 0);
    expect(catchErr(() => decodeHeader(b, MAX)).code).toBe(ErrCode.BAD_FRAME);
  });

  it('unsupported version -> BAD_FRAME', () => {
    for (const v of [0, PROTOCOL_VERSION + 1, 255]) {
      const b = encodeHeader({ flags: 0, msgType: 10, reqId: 1, mapVersion: 0, bodyLength: 0, payloadLength: 0 });
      b.writeUInt8(v, 2);
      const e = catchErr(() => decodeHeader(b, MAX));
      expect(e.code).toBe(ErrCode.BAD_FRAME);
      expect(e.message).toContain(String(v));
    }
  });

  it('body + payload beyond the limit -> FRAME_TOO_LARGE; exactly the limit is fine', () => {
    expect(decodeHeader(encodeHeader({ flags: 0, msgType: 10, reqId: 1, mapVersion: 0, bodyLength: 10, payloadLength: MAX - 10 }), MAX).payloadLength).toBe(MAX - 10);
    expect(catchErr(() => decodeHeader(encodeHeader({ flags: 0, msgType: 10, reqId: 1, mapVersion: 0, bodyLength: 10, payloadLength: MAX - 9 }), MAX)).code).toBe(ErrCode.FRAME_TOO_LARGE);
    expect(catchErr(() => decodeHeader(encodeHeader({ flags: 0, msgType: 10, reqId: 1, mapVersion: 0, bodyLength: MAX + 1, payloadLength: 0 }), MAX)).code).toBe(ErrCode.FRAME_TOO_LARGE);
    // both u32 fields at their maximum must not wrap around to something small
    expect(catchErr(() => decodeHeader(encodeHeader({ flags: 0, msgType: 10, reqId: 1, mapVersion: 0, bodyLength: 0xffffffff, payloadLength: 0xffffffff }), MAX)).code).toBe(ErrCode.FRAME_TOO_LARGE);
    expect(catchErr(() => decodeHeader(encodeHeader({ flags: 0, msgType: 10, reqId: 1, mapVersion: 0, bodyLength: 1, payloadLength: 0xffffffff }), MAX)).code).toBe(ErrCode.FRAME_TOO_LARGE);
  });
});

describe('FrameDecoder', () => {
  it('several frames coalesced in one chunk', () => {
    const d = new FrameDecoder(MAX);
    checkFrames(d.push(sampleStream()));
    expect(d.pendingBytes).toBe(0);
  });

  it('a stream split at every possible byte boundary', () => {
    const all = sampleStream();
    for (let i = 0; i <= all.length; i++) {
      const d = new FrameDecoder(MAX);
      const got = [...d.push(all.subarray(0, i)), ...d.push(all.subarray(i))];
      checkFrames(got);
      expect(d.pendingBytes).toBe(0);
    }
  });

  it('a stream split at every pair of byte boundaries (three chunks)', () => {
    const all = sampleStream();
    for (let i = 0; i <= all.length; i += 2) {
      for (let j = i; j <= all.length; j += 5) {
        const d = new FrameDecoder(MAX);
        const got = [...d.push(all.subarray(0, i)), ...d.push(all.subarray(i, j)), ...d.push(all.subarray(j))];
        checkFrames(got);
      }
    }
  });

  it('a stream fed one byte at a time, with empty chunks in between', () => {
    const all = sampleStream();
    const d = new FrameDecoder(MAX);
    const got: Frame[] = [];
    for (let i = 0; i < all.length; i++) {
      got.push(...d.push(Buffer.alloc(0)));
      got.push(...d.push(all.subarray(i, i + 1)));
    }
    checkFrames(got);
    expect(d.pendingBytes).toBe(0);
  });

  it('pendingBytes counts every received byte not yet returned in a frame (including a parsed header)', () => {
    const all = sampleStream();
    const d = new FrameDecoder(MAX);
    let returned = 0;
    for (let i = 0; i < all.length; i++) {
      returned += d.push(all.subarray(i, i + 1)).length;
      const consumed = SAMPLE.slice(0, returned).reduce((s, e) => s + HEADER_SIZE + e.body.length + (e.payload?.length ?? 0), 0);
      expect(d.pendingBytes, `after byte ${i}`).toBe(i + 1 - consumed);
    }
  });

  it('returns nothing until a frame is complete', () => {
    const one = frameBytes({ flags: 0, msgType: 10, reqId: 9, mapVersion: 0 }, fill(5, 5), fill(100, 6));
    const d = new FrameDecoder(MAX);
    expect(d.push(one.subarray(0, HEADER_SIZE - 1))).toEqual([]);
    expect(d.push(one.subarray(HEADER_SIZE - 1, one.length - 1))).toEqual([]);
    const f = d.push(one.subarray(one.length - 1));
    expect(f).toHaveLength(1);
    expect(f[0]!.payload!.length).toBe(100);
  });

  it('zero-copy: a frame inside one chunk is returned as views of that chunk', () => {
    const bytes = frameBytes({ flags: 0, msgType: 3000, reqId: 1, mapVersion: 0 }, fill(20, 1), fill(64 * 1024, 2));
    // a chunk with its own ArrayBuffer, as a socket delivers it
    const chunk = Buffer.from(new ArrayBuffer(bytes.length));
    bytes.copy(chunk);
    const d = new FrameDecoder(MAX);
    const [f] = d.push(chunk);
    expect(f).toBeDefined();
    expect(f!.payload!.buffer).toBe(chunk.buffer);
    expect(f!.body.buffer).toBe(chunk.buffer);
    expect(f!.payload!.byteOffset).toBe(chunk.byteOffset + HEADER_SIZE + 20);
    expect(f!.body.byteOffset).toBe(chunk.byteOffset + HEADER_SIZE);
    expect(Buffer.compare(f!.payload!, fill(64 * 1024, 2))).toBe(0);
  });

  it('zero-copy for every frame of a coalesced chunk and for a frame whose header came earlier', () => {
    const a = frameBytes({ flags: 0, msgType: 3000, reqId: 1, mapVersion: 0 }, fill(3, 1), fill(1000, 2));
    const b = frameBytes({ flags: 0, msgType: 3000, reqId: 2, mapVersion: 0 }, fill(4, 3), fill(2000, 4));
    const chunk = Buffer.from(new ArrayBuffer(a.length + b.length));
    a.copy(chunk);
    b.copy(chunk, a.length);
    const d = new FrameDecoder(MAX);
    const fr = d.push(chunk);
    expect(fr).toHaveLength(2);
    for (const f of fr) expect(f.payload!.buffer).toBe(chunk.buffer);

    // header alone first, then body+payload in one chunk: no copy needed either
    const d2 = new FrameDecoder(MAX);
    expect(d2.push(Buffer.from(b.subarray(0, HEADER_SIZE)))).toEqual([]);
    const rest = Buffer.from(new ArrayBuffer(b.length - HEADER_SIZE));
    b.copy(rest, 0, HEADER_SIZE);
    const [g] = d2.push(rest);
    expect(g!.payload!.buffer).toBe(rest.buffer);
    expect(Buffer.compare(g!.payload!, fill(2000, 4))).toBe(0);
  });

  it('a frame spanning chunks is reassembled correctly', () => {
    const payload = fill(300_000, 9);
    const bytes = frameBytes({ flags: 0, msgType: 3000, reqId: 1, mapVersion: 0 }, fill(30, 8), payload);
    const d = new FrameDecoder(MAX);
    const got: Frame[] = [];
    for (let off = 0; off < bytes.length; off += 65_536) got.push(...d.push(Buffer.from(bytes.subarray(off, off + 65_536))));
    expect(got).toHaveLength(1);
    expect(Buffer.compare(got[0]!.payload!, payload)).toBe(0);
    expect(Buffer.compare(got[0]!.body, fill(30, 8))).toBe(0);
  });

  it('bad magic in the stream -> BAD_FRAME', () => {
    const d = new FrameDecoder(MAX);
    const good = frameBytes({ flags: 0, msgType: 10, reqId: 1, mapVersion: 0 }, fill(4, 1));
    const bad = Buffer.from(good);
    bad.writeUInt16BE(0xdead, 0);
    expect(d.push(good)).toHaveLength(1);
    expect(catchErr(() => d.push(bad)).code).toBe(ErrCode.BAD_FRAME);
  });

  it('bad magic is detected once the header is complete, even split in two', () => {
    const d = new FrameDecoder(MAX);
    const bad = Buffer.alloc(HEADER_SIZE, 0x41);
    expect(d.push(bad.subarray(0, 10))).toEqual([]);
    expect(catchErr(() => d.push(bad.subarray(10))).code).toBe(ErrCode.BAD_FRAME);
  });

  it('bad version -> BAD_FRAME', () => {
    const d = new FrameDecoder(MAX);
    const bad = frameBytes({ flags: 0, msgType: 10, reqId: 1, mapVersion: 0 }, fill(4, 1));
    bad.writeUInt8(PROTOCOL_VERSION + 1, 2);
    expect(catchErr(() => d.push(bad)).code).toBe(ErrCode.BAD_FRAME);
  });

  it('oversized frame -> FRAME_TOO_LARGE as soon as the header arrives, before any body', () => {
    const d = new FrameDecoder(1000);
    const h = encodeHeader({ flags: 0, msgType: 3000, reqId: 1, mapVersion: 0, bodyLength: 10, payloadLength: 991 });
    expect(catchErr(() => d.push(h)).code).toBe(ErrCode.FRAME_TOO_LARGE);
    const ok = new FrameDecoder(1000);
    const h2 = encodeHeader({ flags: 0, msgType: 3000, reqId: 1, mapVersion: 0, bodyLength: 10, payloadLength: 990 });
    expect(ok.push(h2)).toEqual([]);
    expect(ok.push(Buffer.alloc(1000))).toHaveLength(1);
  });

  it('an error frame from the server decodes with its flags', () => {
    const d = new FrameDecoder(MAX);
    const [f] = d.push(frameBytes({ flags: FLAG_RESPONSE | FLAG_ERROR, msgType: 1, reqId: 3, mapVersion: 0 }, fill(6, 1)));
    expect(f!.flags & FLAG_ERROR).toBeTruthy();
    expect(f!.flags & FLAG_RESPONSE).toBeTruthy();
  });
});
