// A per-VFS pool of write-behind buffers, so that streaming writes do not allocate chunk memory each time.

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
