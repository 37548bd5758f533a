// A pool of large I/O buffers (client write-behind units and read-ahead blocks, storage read replies):
// streaming I/O then reuses chunk-sized memory instead of allocating and collecting it per request.

/** Free buffers by size, up to a byte budget. */
export class BufferPool {
  private readonly free = new Map<number, Buffer[]>();
  private pooled = 0;

  /** `maxBytes`: most bytes kept idle in the pool. */
  constructor(private readonly maxBytes: number) {}

  /** A buffer of exactly `size` bytes with undefined contents. */
  take(size: number): Buffer {
    const list = this.free.get(size);
    const b = list?.pop();
    if (b) {
      this.pooled -= size;
      return b;
    }
    return Buffer.allocUnsafeSlow(size);
  }

  /** Returns a buffer nobody references any more. */
  give(buf: Buffer): void {
    if (this.pooled + buf.length > this.maxBytes) return;
    let list = this.free.get(buf.length);
    if (!list) this.free.set(buf.length, (list = []));
    list.push(buf);
    this.pooled += buf.length;
  }

  /** Bytes held idle. */
  get idleBytes(): number {
    return this.pooled;
  }
}
