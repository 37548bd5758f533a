// ByteQueue: reads exact byte counts and lines from a stream of chunks, copying only what spans chunks.

/** Pulls chunks from an async source on demand and hands out exact byte runs. */
export class ByteQueue {
  private readonly chunks: Buffer[] = [];
  /** Offset of the first unread byte in chunks[0]. */
  private off = 0;
  /** Unread bytes held. */
  length = 0;
  private ended = false;
  private readonly it: AsyncIterator<Uint8Array>;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.it = source[Symbol.asyncIterator]();
  }

  /** Buffers at least `n` bytes; false when the source ends first (what there is stays readable). */
  async fill(n: number): Promise<boolean> {
    while (this.length < n) {
      if (!(await this.pull())) return false;
    }
    return true;
  }

  /** Pulls one more chunk; false at the end of the source. */
  async pull(): Promise<boolean> {
    if (this.ended) return false;
    for (;;) {
      const r = await this.it.next();
      if (r.done) {
        this.ended = true;
        return false;
      }
      if (r.value.length === 0) continue;
      const b = Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value.buffer, r.value.byteOffset, r.value.length);
      this.chunks.push(b);
      this.length += b.length;
      return true;
    }
  }

  /** The next `n` buffered bytes (a view when they lie in one chunk, else a copy); needs `length >= n`. */
  take(n: number): Buffer {
    if (n > this.length) throw new RangeError(`take(${n}) with ${this.length} bytes buffered`);
    const first = this.chunks[0];
    if (n === 0 || !first) return Buffer.alloc(0);
    if (first.length - this.off >= n) {
      const out = first.subarray(this.off, this.off + n);
      this.advance(n);
      return out;
    }
    const out = Buffer.allocUnsafe(n);
    let pos = 0;
    while (pos < n) {
      const c = this.chunks[0]!;
      const k = Math.min(n - pos, c.length - this.off);
      c.copy(out, pos, this.off, this.off + k);
      pos += k;
      this.advance(k);
    }
    return out;
  }

  /** The u32 big-endian at the first unread byte, without consuming it; needs `length >= 4`. */
  peekU32(): number {
    if (this.length < 4) throw new RangeError(`peekU32 with ${this.length} bytes buffered`);
    const first = this.chunks[0]!;
    if (first.length - this.off >= 4) return first.readUInt32BE(this.off);
    const b = Buffer.allocUnsafe(4);
    let pos = 0;
    for (const [i, c] of this.chunks.entries()) {
      pos += c.copy(b, pos, i === 0 ? this.off : 0, Math.min(c.length, (i === 0 ? this.off : 0) + 4 - pos));
      if (pos === 4) break;
    }
    return b.readUInt32BE(0);
  }

  /** Index (from the first unread byte) of the first `byte` among the buffered bytes, or -1. */
  indexOf(byte: number): number {
    let base = 0;
    for (const [i, c] of this.chunks.entries()) {
      const start = i === 0 ? this.off : 0;
      const at = c.indexOf(byte, start);
      if (at >= 0) return base + at - start;
      base += c.length - start;
    }
    return -1;
  }

  /** Reads up to and including the next newline; undefined when the source ends first; throws when longer than `max`. */
  async line(max: number, tooLong: () => Error): Promise<Buffer | undefined> {
    for (;;) {
      const nl = this.indexOf(0x0a);
      if (nl >= 0) {
        if (nl > max) throw tooLong();
        return this.take(nl + 1);
      }
      if (this.length > max) throw tooLong();
      if (!(await this.pull())) return undefined;
    }
  }

  /** The number of bytes left in the source (buffered and unread); reads the source to its end. */
  async rest(): Promise<number> {
    while (await this.pull());
    return this.length;
  }

  private advance(n: number): void {
    this.off += n;
    this.length -= n;
    while (this.chunks.length > 0 && this.off >= this.chunks[0]!.length) {
      this.off -= this.chunks[0]!.length;
      this.chunks.shift();
    }
  }
}
