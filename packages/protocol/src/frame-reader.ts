// Frames from a socket that reads into one reused buffer (net `onread`). Nothing may keep a view of
// that buffer past the read callback, so the reader copies what it keeps: headers and bodies (small)
// into buffers of their own, a raw payload straight into a destination chosen when its header
// arrives (the caller's buffer for a bulk read). No chunk list, no reassembly copy.
import { HEADER_SIZE, POOLED_PAYLOAD_MIN, decodeHeader, type Frame, type FrameHeader, type PayloadPool } from './framing.js';

/**
 * Picks where the payload of a frame goes, once its header is known: a buffer of at least
 * `h.payloadLength` bytes, null to skip the bytes (nobody waits for them), or undefined to leave
 * it to the reader: a buffer of its pool for a payload of {@link POOLED_PAYLOAD_MIN} bytes or
 * more (the frame says `pooledPayload`: whoever is done with it may give it back), else one of
 * its own.
 */
export type PayloadDestination = (h: FrameHeader) => Buffer | null | undefined;

const EMPTY = Buffer.alloc(0);

/** Incremental frame decoder over transient input; see the file comment. */
export class FrameReader {
  private readonly head = Buffer.allocUnsafe(HEADER_SIZE);
  private headFilled = 0;
  private header: FrameHeader | undefined;
  private body: Buffer = EMPTY;
  private bodyFilled = 0;
  private dest: Buffer | null = null;
  /** Whether `dest` came from the pool. */
  private pooled = false;
  private payloadFilled = 0;

  /** Largest frame accepted. `destination` is asked once per frame with a payload. */
  constructor(public maxFrameBytes: number, private readonly destination: PayloadDestination, private readonly pool?: PayloadPool) {}

  /**
   * Consumes src[start, end) entirely (src may be overwritten once this returns) and returns the
   * frames it completed. Throws on a bad header (the stream is then unusable).
   */
  push(src: Buffer, start = 0, end = src.length): Frame[] {
    const frames: Frame[] = [];
    let i = start;
    for (;;) {
      if (!this.header) {
        if (i >= end) break;
        const k = Math.min(HEADER_SIZE - this.headFilled, end - i);
        src.copy(this.head, this.headFilled, i, i + k);
        this.headFilled += k;
        i += k;
        if (this.headFilled < HEADER_SIZE) break;
        this.begin(decodeHeader(this.head, this.maxFrameBytes));
      }
      const h = this.header!;
      if (this.bodyFilled < h.bodyLength) {
        const k = Math.min(h.bodyLength - this.bodyFilled, end - i);
        src.copy(this.body, this.bodyFilled, i, i + k);
        this.bodyFilled += k;
        i += k;
        if (this.bodyFilled < h.bodyLength) break;
      }
      if (this.payloadFilled < h.payloadLength) {
        const k = Math.min(h.payloadLength - this.payloadFilled, end - i);
        if (this.dest) src.copy(this.dest, this.payloadFilled, i, i + k);
        this.payloadFilled += k;
        i += k;
        if (this.payloadFilled < h.payloadLength) break;
      }
      const dest = this.dest;
      const payload = h.payloadLength > 0 && dest ? (dest.length === h.payloadLength ? dest : dest.subarray(0, h.payloadLength)) : undefined;
      frames.push({ ...h, body: this.body, payload, ...(payload && this.pooled ? { pooledPayload: true } : {}) });
      this.header = undefined;
      this.dest = null;
      this.pooled = false;
    }
    return frames;
  }

  /**
   * Stops copying the payload now being received when it belongs to request `reqId` (any request
   * when omitted): its caller was told the request failed and may reuse its buffer at once. The
   * rest of the payload is skipped and the frame completes without one.
   */
  discardPayload(reqId?: number): void {
    if (!this.header || (reqId !== undefined && this.header.reqId !== reqId)) return;
    if (this.pooled && this.dest) this.pool!.give(this.dest);
    this.dest = null;
    this.pooled = false;
  }

  /** Bytes received but not yet part of a returned frame. */
  get pendingBytes(): number {
    return this.header ? HEADER_SIZE + this.bodyFilled + this.payloadFilled : this.headFilled;
  }

  private begin(h: FrameHeader): void {
    this.header = h;
    this.headFilled = 0;
    this.body = h.bodyLength > 0 ? Buffer.allocUnsafe(h.bodyLength) : EMPTY;
    this.bodyFilled = 0;
    this.payloadFilled = 0;
    let dest = h.payloadLength > 0 ? this.destination(h) : null;
    this.pooled = dest === undefined && !!this.pool && h.payloadLength >= POOLED_PAYLOAD_MIN;
    if (this.pooled) dest = this.pool!.take(h.payloadLength);
    // a destination too small would be overrun: the payload gets a buffer of its own instead
    else if (dest === undefined || (dest && dest.length < h.payloadLength)) dest = Buffer.allocUnsafe(h.payloadLength);
    this.dest = dest;
  }
}
