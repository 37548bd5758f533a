// A BufferPool for tests of buffer lifetimes: it knows which buffers are out and records misuse.
import { BufferPool } from '../buffer-pool.js';

/** A {@link BufferPool} that tracks the buffers it handed out. */
export class TrackingPool extends BufferPool {
  /** Buffers taken and not given back yet. */
  readonly out = new Set<Buffer>();
  /** Every give, in order. */
  readonly given: Buffer[] = [];
  /** Gives of a buffer that was not out (given twice, or never taken): each one a bug. */
  readonly violations: string[] = [];

  override take(size: number): Buffer {
    const b = super.take(size);
    if (this.out.has(b)) this.violations.push(`a buffer of ${size} bytes was handed out twice`);
    this.out.add(b);
    return b;
  }

  override give(buf: Buffer): void {
    if (!this.out.delete(buf)) {
      this.violations.push(`a buffer of ${buf.length} bytes was given back while not out`);
      return;
    }
    this.given.push(buf);
    super.give(buf);
  }

  /** Whether `buf` has been given back since it was last taken. */
  isFree(buf: Buffer): boolean {
    return !this.out.has(buf);
  }
}
