// Read-ahead for one open handle: detects sequential reads and prefetches whole blocks into a small cache.
import type { BufferPool } from '@hivefs/common';

/** What a ReadAhead needs. */
export interface ReadAheadInit {
  /** Prefetch unit: a power of two that divides the chunk size (one RPC per block). */
  blockSize: number;
  /** Bytes to keep prefetched ahead of a sequential reader (tuneReadAheadSize); 0 disables. */
  windowBytes: number;
  /**
   * Reads `length` bytes of the chunk file that holds file byte `start`, from where that byte
   * lies, into `into`; resolves to a view of it, shorter or undefined where the chunk file ends
   * or is missing. For one block these are file bytes [start, start + length); for a run (see
   * `runBlocks`) the blocks' bytes one after the other. Must not write to `into` once settled:
   * the buffer then goes back to the pool.
   */
  fetch: (start: number, length: number, into: Buffer) => Promise<Buffer | undefined>;
  /**
   * Most blocks one fetch carries (default 1). Block k's fetch also takes blocks k + runStride,
   * k + 2 runStride, ... when they are due soon and not cached: their bytes follow block k's in
   * the same chunk file (blocks as large as chunks, runStride = the file's stripe width), so a
   * sequential reader asks each target for runBlocks chunks at once, in one request.
   */
  runBlocks?: number;
  /** The distance in blocks from a block to the next one in its chunk file (with runBlocks). */
  runStride?: number;
  /** True when own writes not yet on storage overlap the range; such blocks are not prefetched. */
  isDirty: (start: number, end: number) => boolean;
  /** Where block buffers (blockSize bytes) come from and go back to. */
  pool: BufferPool;
  /** Bytes all read-ahead of a mount may hold at once, shared by its handles (none: no cap). */
  budget?: ReadAheadBudget;
}

/**
 * The prefetched bytes of all streams of one mount together: a block is only started while the
 * total stays within `maxBytes`, so many sequential readers cannot pin unbounded memory (each
 * still gets its window while few stream at once). Bytes come back when a block's buffer does.
 */
export class ReadAheadBudget {
  private used = 0;

  constructor(readonly maxBytes: number) {}

  /** Takes `n` bytes if they fit. */
  tryTake(n: number): boolean {
    if (this.used + n > this.maxBytes) return false;
    this.used += n;
    return true;
  }

  give(n: number): void {
    this.used -= n;
  }

  /** Bytes held by blocks now (for tests and stats). */
  get usedBytes(): number {
    return this.used;
  }
}

/**
 * A cached block: its first file byte, the length asked for, and the data (null: fetch failed).
 * The data is a view of a pooled buffer: read it only while holding the block (see {@link ReadAhead.hold}).
 */
export interface CachedBlock {
  readonly start: number;
  readonly length: number;
  readonly data: Promise<Buffer | null | undefined>;
}

/** Blocks held by one read until it has copied from them. */
export interface HeldBlocks {
  blocks: CachedBlock[];
  /** Lets go of the blocks (idempotent); their buffers return to the pool once nobody holds them. */
  release(): void;
}

/** A pooled buffer that one fetch fills for one or more blocks; back to the pool when the last of them lets go. */
class Backing {
  constructor(readonly buf: Buffer, private users: number, private readonly pool: BufferPool, private readonly budget?: ReadAheadBudget) {}

  release(): void {
    if (--this.users !== 0) return;
    this.pool.give(this.buf);
    this.budget?.give(this.buf.length);
  }
}

/**
 * A block and its buffer's holders: the cache while the block is in it, the fetch until it settles
 * (the RPC may be writing into the buffer), and each read that copies from it. The last one to
 * let go releases its part of the buffer, so a dropped block is never reused while its bytes
 * are still arriving or being copied.
 */
class Block implements CachedBlock {
  data: Promise<Buffer | null | undefined> = Promise.resolve(null);
  private refs = 2; // the cache and the fetch

  constructor(readonly start: number, readonly length: number, private readonly backing: Backing) {}

  hold(): void {
    this.refs++;
  }

  unref(): void {
    if (--this.refs === 0) this.backing.release();
  }
}

/** Exact continuations in a row (the first read of a handle at offset 0 counts as one) before prefetching starts. */
export const READ_AHEAD_MIN_RUN = 2;

/** Blocks in the window when prefetching starts; it doubles each time the reader enters a new block, up to `windowBytes`. */
export const READ_AHEAD_INITIAL_BLOCKS = 2;

/**
 * A read is sequential when it starts exactly where the previous one ended; after
 * {@link READ_AHEAD_MIN_RUN} of them in a row the handle streams: each sequential read keeps the
 * blocks from the one it starts in to the current window beyond fetched or in flight. The window
 * starts at {@link READ_AHEAD_INITIAL_BLOCKS} blocks and doubles whenever the reader moves on to a
 * new block, up to `windowBytes`. While streaming, a read that lands inside blocks already fetched
 * or in flight also counts as sequential (FUSE may deliver the kernel's parallel reads slightly
 * out of order). Any other read is random: the run and the window start over.
 */
export class ReadAhead {
  private readonly blocks = new Map<number, Block>();
  /** Where the furthest read of the current run ended. */
  private nextPos = 0;
  /** Exact continuations in a row. */
  private run = 0;
  /** Current window in blocks (0 while not streaming). */
  private window = 0;
  /** Block the last streaming read started in. */
  private lastFirst = -1;
  private readonly windowBlocks: number;
  /** Most blocks kept: twice the window and the blocks around it, plus how far runs reach beyond it. */
  private readonly maxCached: number;

  constructor(private readonly init: ReadAheadInit) {
    this.windowBlocks = Math.floor(init.windowBytes / init.blockSize);
    this.maxCached = 2 * this.windowBlocks + 2 + ((init.runBlocks ?? 1) - 1) * (init.runStride ?? 0);
  }

  /** Whether the handle is streaming (prefetching on sequential reads). */
  get streaming(): boolean {
    return this.window > 0;
  }

  /** The current window in blocks (0 while not streaming; for tests and stats). */
  get windowSize(): number {
    return this.window;
  }

  /**
   * Notes a read of [pos, pos + len) in a file of `size` bytes and starts the prefetches it
   * calls for. Returns the indexes of the blocks it started.
   */
  advise(pos: number, len: number, size: number): number[] {
    const B = this.init.blockSize;
    const end = pos + len;
    if (pos === this.nextPos) {
      this.run++;
      this.nextPos = end;
    } else if (this.streaming && this.covering(pos, Math.min(end, size)) !== undefined) {
      this.nextPos = Math.max(this.nextPos, end); // out of order, inside what is prefetched
    } else {
      this.run = 0;
      this.window = 0;
      this.lastFirst = -1;
      this.nextPos = end;
      return [];
    }
    if (this.windowBlocks === 0 || (!this.streaming && this.run < READ_AHEAD_MIN_RUN)) return [];
    const first = Math.floor(pos / B);
    if (!this.streaming) this.window = Math.min(READ_AHEAD_INITIAL_BLOCKS, this.windowBlocks);
    else if (first > this.lastFirst) this.window = Math.min(2 * this.window, this.windowBlocks);
    this.lastFirst = Math.max(this.lastFirst, first);
    for (const k of [...this.blocks.keys()]) if (k < first - 1) this.drop(k);
    const last = Math.min(first + this.window - 1, Math.ceil(size / B) - 1);
    const started: number[] = [];
    for (let k = first; k <= last; k++) {
      if (this.blocks.has(k) || this.init.isDirty(k * B, (k + 1) * B)) continue;
      const run = this.runFrom(k, size);
      if (!this.start(run, size)) break; // the mount's budget is used up
      started.push(...run);
    }
    this.trim(first);
    return started;
  }

  /** The cached blocks that together hold [start, end), or undefined when one is missing. */
  covering(start: number, end: number): CachedBlock[] | undefined {
    return this.find(start, end);
  }

  /**
   * {@link covering}, with the blocks held until `release()`: their buffers stay out of the pool
   * while the read waits for and copies their data, even when the cache drops them meanwhile.
   */
  hold(start: number, end: number): HeldBlocks | undefined {
    const blocks = this.find(start, end);
    if (!blocks) return undefined;
    for (const b of blocks) b.hold();
    let held = true;
    return {
      blocks,
      release: () => {
        if (!held) return;
        held = false;
        for (const b of blocks) b.unref();
      },
    };
  }

  /** Drops the blocks overlapping [start, end) (own writes there). */
  invalidate(start: number, end: number): void {
    const B = this.init.blockSize;
    for (let k = Math.floor(start / B); k * B < end; k++) this.drop(k);
  }

  /** Drops every block (truncate, release) and restarts sequential detection. */
  clear(): void {
    for (const k of [...this.blocks.keys()]) this.drop(k);
    this.nextPos = 0;
    this.run = 0;
    this.window = 0;
    this.lastFirst = -1;
  }

  /** Indexes of the cached blocks, ascending (for tests and stats). */
  get cachedBlocks(): number[] {
    return [...this.blocks.keys()].sort((a, b) => a - b);
  }

  private find(start: number, end: number): Block[] | undefined {
    const B = this.init.blockSize;
    const out: Block[] = [];
    for (let k = Math.floor(start / B); k * B < end; k++) {
      const b = this.blocks.get(k);
      if (!b || b.start + b.length < Math.min(end, (k + 1) * B)) return undefined;
      out.push(b);
    }
    return out;
  }

  /**
   * Takes over a fetch of block `k` started elsewhere (an open's read of the file's head): `buf`
   * is a pooled block buffer counted in the budget, `fetched` its fetch of `length` bytes (null:
   * unusable, read again). Ignored (the buffer still handed back) when block `k` is cached.
   */
  adopt(k: number, length: number, buf: Buffer, fetched: Promise<Buffer | null | undefined>): void {
    const block = new Block(k * this.init.blockSize, length, new Backing(buf, 1, this.init.pool, this.init.budget));
    this.track(k, block, fetched);
    if (this.blocks.get(k) !== block) block.unref(); // the cache's reference was never taken
  }

  /** Block k and the blocks due soon that one fetch can carry with it (see ReadAheadInit.runBlocks). */
  private runFrom(k: number, size: number): number[] {
    const { blockSize: B, runBlocks = 1, runStride = 0 } = this.init;
    const run = [k];
    for (let next = k + runStride; runStride > 0 && run.length < runBlocks; next += runStride) {
      // every block before `next` is whole, so their bytes in the chunk file meet
      if (next * B >= size || this.blocks.has(next) || this.init.isDirty(next * B, (next + 1) * B)) break;
      run.push(next);
    }
    return run;
  }

  /** Starts one fetch for the blocks of `run`; false when the mount's budget has no room for them. */
  private start(run: readonly number[], size: number): boolean {
    const { blockSize: B, budget, pool } = this.init;
    const bytes = run.length * B;
    if (budget && !budget.tryTake(bytes)) return false;
    const backing = new Backing(pool.take(bytes), run.length, pool, budget);
    const lengths = run.map((k) => Math.min(B, size - k * B));
    let fetched: Promise<Buffer | undefined>;
    try {
      fetched = this.init.fetch(run[0]! * B, bytes - B + lengths[run.length - 1]!, backing.buf);
    } catch (e) {
      fetched = Promise.reject(e);
    }
    run.forEach((k, j) => {
      const part = run.length === 1 ? fetched : fetched.then((d) => d?.subarray(Math.min(j * B, d.length), Math.min(j * B + lengths[j]!, d.length)));
      this.track(k, new Block(k * B, lengths[j]!, backing), part);
    });
    return true;
  }

  /** Caches `block` as block `k` (unless one is there) and settles its data from `fetched`. */
  private track(k: number, block: Block, fetched: Promise<Buffer | null | undefined>): void {
    block.data = fetched.then(
      (d) => {
        if (d === null && this.blocks.get(k) === block) this.drop(k);
        block.unref();
        return d;
      },
      () => {
        if (this.blocks.get(k) === block) this.drop(k);
        block.unref();
        return null;
      },
    );
    if (!this.blocks.has(k)) this.blocks.set(k, block);
  }

  private drop(k: number): void {
    const b = this.blocks.get(k);
    if (!b) return;
    this.blocks.delete(k);
    b.unref();
  }

  private trim(first: number): void {
    if (this.blocks.size <= this.maxCached) return;
    const far = [...this.blocks.keys()].sort((a, b) => Math.abs(b - first) - Math.abs(a - first));
    for (const k of far.slice(0, this.blocks.size - this.maxCached)) this.drop(k);
  }
}

/** The read-ahead block size for a chunk size and window: the largest power of two ≤ both. */
export function readAheadBlockSize(chunkSize: number, windowBytes: number): number {
  let b = chunkSize;
  while (b > windowBytes && b > 4096) b /= 2;
  return b;
}
