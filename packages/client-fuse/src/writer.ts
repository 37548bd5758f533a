// Write-behind for one open handle: copies writes into unit buffers aligned to the stripe chunk and sends them in the background.
import type { BufferPool } from '@hivefs/common';

/** What a Writer needs. */
export interface WriterInit {
  /** Buffer unit: a power of two that divides the chunk size, so a unit never spans two chunks. */
  unitSize: number;
  /** write() waits while buffered capacity plus bytes in flight exceed this. */
  maxDirtyBytes: number;
  pool: BufferPool;
  /**
   * Sends the file bytes [fileOffset, fileOffset + data.length), which lie in one unit.
   * Resolves true when `data`'s buffer may be reused, false when a socket may still hold it.
   */
  send: (fileOffset: number, data: Buffer) => Promise<boolean>;
  /** Called once, at the first send of this writer that fails. */
  onError?: (err: unknown) => void;
}

interface UnitBuf {
  unit: number;
  buf: Buffer;
  /** Dirty range inside the unit. */
  lo: number;
  hi: number;
}

interface Inflight {
  start: number;
  end: number;
}

/**
 * Each unit buffer holds one contiguous dirty range. A full unit is sent at once; a write that
 * is not contiguous with its unit's range sends that range first. Sends of the same unit are
 * chained in order; different units go out in parallel. A failed send makes the writer failed
 * for good (as the kernel's page cache does for a file's open descriptors): every later write()
 * and flush() rejects with that error, so no write is acknowledged after data was lost.
 */
export class Writer {
  private readonly open = new Map<number, UnitBuf>();
  private readonly inflight = new Set<Inflight>();
  private readonly tails = new Map<number, Promise<void>>();
  private waiters: (() => void)[] = [];
  private inflightBytes = 0;
  private failure: unknown;
  private sendFailed = false;

  constructor(private readonly init: WriterInit) {}

  /**
   * Copies src[0, len) as file bytes [pos, pos + len) before its first await, sends the units it
   * completes, then waits while too much is outstanding. Rejects, copying nothing, once a send
   * failed; also when one fails while it waits.
   */
  async write(src: Uint8Array, len: number, pos: number): Promise<void> {
    this.throwIfFailed();
    const U = this.init.unitSize;
    for (let done = 0; done < len; ) {
      const p = pos + done;
      const unit = Math.floor(p / U);
      const off = p - unit * U;
      const n = Math.min(len - done, U - off);
      let b = this.open.get(unit);
      if (b && (off > b.hi || off + n < b.lo)) {
        this.send(b);
        b = undefined;
      }
      if (!b) this.open.set(unit, (b = { unit, buf: this.init.pool.take(U), lo: off, hi: off }));
      b.buf.set(src.subarray(done, done + n), off);
      b.lo = Math.min(b.lo, off);
      b.hi = Math.max(b.hi, off + n);
      if (b.lo === 0 && b.hi === U) this.send(b);
      done += n;
    }
    await this.relieve();
    this.throwIfFailed();
  }

  /** Sends everything buffered and waits for all sends; rejects when any send has failed, ever. */
  async flush(): Promise<void> {
    for (const b of [...this.open.values()]) this.send(b);
    while (this.inflight.size) await this.nextCompletion();
    this.throwIfFailed();
  }

  /** Sends and waits for whatever overlaps [start, end); does not throw (see {@link error}). */
  async settle(start: number, end: number): Promise<void> {
    for (const b of [...this.open.values()]) if (this.unitOverlaps(b, start, end)) this.send(b);
    while ([...this.inflight].some((r) => r.start < end && start < r.end)) await this.nextCompletion();
  }

  /** Whether buffered or in-flight data overlaps the file range [start, end). */
  overlaps(start: number, end: number): boolean {
    for (const b of this.open.values()) if (this.unitOverlaps(b, start, end)) return true;
    for (const r of this.inflight) if (r.start < end && start < r.end) return true;
    return false;
  }

  /** Whether anything is buffered or in flight. */
  get pending(): boolean {
    return this.open.size > 0 || this.inflight.size > 0;
  }

  /** Buffered capacity plus bytes in flight: what backpressure limits. */
  get outstandingBytes(): number {
    return this.open.size * this.init.unitSize + this.inflightBytes;
  }

  /** The error this writer failed with (its first send error, or one given to {@link fail}); undefined while it has not. */
  get error(): unknown {
    return this.failure;
  }

  /** Makes the writer failed with `err` unless it already is (another writer of the file lost data this one depends on). */
  fail(err: unknown): void {
    this.failure ??= err;
  }

  private throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure;
  }

  private unitOverlaps(b: UnitBuf, start: number, end: number): boolean {
    const base = b.unit * this.init.unitSize;
    return base + b.lo < end && start < base + b.hi;
  }

  private async relieve(): Promise<void> {
    const max = this.init.maxDirtyBytes;
    while (this.outstandingBytes > max) {
      const oldest = this.open.values().next().value;
      if (oldest && (this.inflightBytes < max || this.inflight.size === 0)) this.send(oldest);
      else await this.nextCompletion();
    }
  }

  private send(b: UnitBuf): void {
    this.open.delete(b.unit);
    if (b.hi <= b.lo) return this.init.pool.give(b.buf);
    const rec: Inflight = { start: b.unit * this.init.unitSize + b.lo, end: b.unit * this.init.unitSize + b.hi };
    const data = b.buf.subarray(b.lo, b.hi);
    this.inflight.add(rec);
    this.inflightBytes += data.length;
    const prev = this.tails.get(b.unit);
    const done = this.transmit(prev, rec.start, data).then((reusable) => {
      this.inflight.delete(rec);
      this.inflightBytes -= data.length;
      if (this.tails.get(b.unit) === done) this.tails.delete(b.unit);
      if (reusable) this.init.pool.give(b.buf);
      const w = this.waiters;
      this.waiters = [];
      for (const wake of w) wake();
    });
    this.tails.set(b.unit, done);
  }

  private async transmit(prev: Promise<void> | undefined, start: number, data: Buffer): Promise<boolean> {
    if (prev) await prev;
    try {
      return await this.init.send(start, data);
    } catch (err) {
      this.failure ??= err;
      if (!this.sendFailed) {
        this.sendFailed = true;
        this.init.onError?.(err);
      }
      return false;
    }
  }

  private nextCompletion(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}
