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

  /**
   * Returns a buffer nobody references any more. When the pool is full, idle buffers of other
   * sizes make room for it: the sizes a workload uses change (a file written in write-behind
   * units, then read in read-ahead runs), and memory parked in sizes nobody asks for any more
   * would send every new buffer back to the allocator (fresh pages, a page fault on each).
   */
  give(buf: Buffer): void {
    if (buf.length > this.maxBytes) return;
    if (this.pooled + buf.length > this.maxBytes) this.evictOtherSizes(buf.length, this.pooled + buf.length - this.maxBytes);
    if (this.pooled + buf.length > this.maxBytes) return;
    let list = this.free.get(buf.length);
    if (!list) this.free.set(buf.length, (list = []));
    list.push(buf);
    this.pooled += buf.length;
  }

  /** Drops idle buffers of sizes other than `keep` until `bytes` are freed or none are left. */
  private evictOtherSizes(keep: number, bytes: number): void {
    for (const [size, list] of this.free) {
      if (size === keep) continue;
      while (bytes > 0 && list.pop()) {
        this.pooled -= size;
        bytes -= size;
      }
      if (list.length === 0) this.free.delete(size);
      if (bytes <= 0) return;
    }
  }

  /** Bytes held idle. */
  get idleBytes(): number {
    return this.pooled;
  }
}
