// TCP framing: a 24-byte header, the protobuf body, then an optional raw payload for bulk data.
//
//   0 u16 magic 0x4846 ('HF')   2 u8 protocol version   3 u8 flags
//   4 u16 message type          6 u16 reserved (0)
//   8 u32 request id           12 u32 map version (sender's; 0 = none)
//  16 u32 body length          20 u32 payload length
import { ErrCode, HiveError } from './errors.js';

export const FRAME_MAGIC = 0x4846;
export const PROTOCOL_VERSION = 1;
export const HEADER_SIZE = 24;

/** Header flag bits. */
export const FLAG_RESPONSE = 1;
export const FLAG_ERROR = 2;

export interface FrameHeader {
  flags: number;
  msgType: number;
  reqId: number;
  mapVersion: number;
  bodyLength: number;
  payloadLength: number;
}

/** A decoded frame; body and payload are views into the received bytes where possible. */
export interface Frame extends FrameHeader {
  body: Buffer;
  payload: Buffer | undefined;
  /** The payload is a buffer of the decoder's payload pool (it spanned socket reads). */
  pooledPayload?: boolean;
}

/** Where a {@link FrameDecoder} gets the buffers that join a large payload's socket reads. */
export interface PayloadPool {
  /** A buffer of exactly `size` bytes, contents undefined. */
  take(size: number): Buffer;
  /** Takes back a buffer that nobody references any more. */
  give(buf: Buffer): void;
}

/** Payloads this large that span socket reads are joined in a pool buffer. */
export const POOLED_PAYLOAD_MIN = 64 * 1024;

/** Encodes a frame header. */
export function encodeHeader(h: FrameHeader): Buffer {
  const b = Buffer.allocUnsafe(HEADER_SIZE);
  b.writeUInt16BE(FRAME_MAGIC, 0);
  b.writeUInt8(PROTOCOL_VERSION, 2);
  b.writeUInt8(h.flags, 3);
  b.writeUInt16BE(h.msgType, 4);
  b.writeUInt16BE(0, 6);
  b.writeUInt32BE(h.reqId >>> 0, 8);
  b.writeUInt32BE(h.mapVersion >>> 0, 12);
  b.writeUInt32BE(h.bodyLength, 16);
  b.writeUInt32BE(h.payloadLength, 20);
  return b;
}

/** Decodes and checks a header; throws BAD_FRAME or FRAME_TOO_LARGE. */
export function decodeHeader(b: Buffer, maxFrameBytes: number): FrameHeader {
  if (b.readUInt16BE(0) !== FRAME_MAGIC) throw new HiveError(ErrCode.BAD_FRAME, 'bad frame magic');
  const version = b.readUInt8(2);
  if (version !== PROTOCOL_VERSION) throw new HiveError(ErrCode.BAD_FRAME, `unsupported protocol version ${version}`);
  const h: FrameHeader = {
    flags: b.readUInt8(3),
    msgType: b.readUInt16BE(4),
    reqId: b.readUInt32BE(8),
    mapVersion: b.readUInt32BE(12),
    bodyLength: b.readUInt32BE(16),
    payloadLength: b.readUInt32BE(20),
  };
  if (h.bodyLength + h.payloadLength > maxFrameBytes) {
    const err = new HiveError(ErrCode.FRAME_TOO_LARGE, `frame of ${h.bodyLength + h.payloadLength} bytes exceeds the limit of ${maxFrameBytes}`);
    throw Object.assign(err, { reqId: h.reqId });
  }
  return h;
}

/**
 * Reassembles frames from a byte stream. Chunks are kept in a list; a body or payload that lies
 * inside one chunk is returned as a view of it (no copy), one spanning chunks is copied once.
 * A payload of {@link POOLED_PAYLOAD_MIN} bytes or more that spans chunks (a chunk write is 512
 * KiB, a socket read at most 64 KiB) is joined in a buffer of `payloadPool` when there is one:
 * a fresh buffer of that size is fresh memory, a page fault on each page and garbage afterwards.
 * The frame says so (`pooledPayload`); whoever is done with it may give it back.
 */
export class FrameDecoder {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private header: FrameHeader | undefined;

  /** Largest frame accepted; may be raised later (servers start small until a peer authenticates). */
  constructor(public maxFrameBytes: number, private readonly payloadPool?: PayloadPool) {}

  /** Adds received bytes and returns the frames now complete. Throws on a bad header. */
  push(chunk: Buffer): Frame[] {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    const frames: Frame[] = [];
    for (;;) {
      if (!this.header) {
        if (this.buffered < HEADER_SIZE) break;
        this.header = decodeHeader(this.take(HEADER_SIZE), this.maxFrameBytes);
      }
      const h = this.header;
      const need = h.bodyLength + h.payloadLength;
      if (this.buffered < need) break;
      this.header = undefined;
      const body = this.take(h.bodyLength);
      if (h.payloadLength === 0) {
        frames.push({ ...h, body, payload: undefined });
        continue;
      }
      const pool = h.payloadLength >= POOLED_PAYLOAD_MIN && this.chunks[0]!.length < h.payloadLength ? this.payloadPool : undefined;
      frames.push({ ...h, body, payload: this.take(h.payloadLength, pool), ...(pool ? { pooledPayload: true } : {}) });
    }
    return frames;
  }

  /** Bytes received but not yet part of a returned frame. */
  get pendingBytes(): number {
    return this.buffered + (this.header ? HEADER_SIZE : 0);
  }

  /** The next `n` bytes: a view of the first chunk when it holds them, else joined in a buffer (from `pool` if given). */
  private take(n: number, pool?: PayloadPool): Buffer {
    if (n === 0) return Buffer.alloc(0);
    const first = this.chunks[0]!;
    if (first.length >= n) {
      const out = first.subarray(0, n);
      if (first.length === n) this.chunks.shift();
      else this.chunks[0] = first.subarray(n);
      this.buffered -= n;
      return out;
    }
    const out = pool ? pool.take(n) : Buffer.allocUnsafe(n);
    let filled = 0;
    while (filled < n) {
      const c = this.chunks[0]!;
      const k = Math.min(c.length, n - filled);
      c.copy(out, filled, 0, k);
      filled += k;
      if (k === c.length) this.chunks.shift();
      else this.chunks[0] = c.subarray(k);
    }
    this.buffered -= n;
    return out;
  }
}
