// Read-ahead for one open handle: detects sequential reads and prefetches whole blocks into a small cache.

/** What a ReadAhead needs. */
export interface ReadAheadInit {
  /** Prefetch unit: a power of two that divides the chunk size (one RPC per block). */
  blockSize: number;
  /** Bytes to keep prefetched ahead of a sequential reader (tuneReadAheadSize); 0 disables. */
  windowBytes: number;
  /** Reads file bytes [start, start + length), which lie in one chunk; may resolve short. */
  fetch: (start: number, length: number) => Promise<Buffer | undefined>;
  /** True when own writes not yet on storage overlap the range; such blocks are not prefetched. */
  isDirty: (start: number, end: number) => boolean;
}

/** A cached block: its first file byte, the length asked for, and the data (null: fetch failed). */
export interface CachedBlock {
  start: number;
  length: number;
  data: Promise<Buffer | null | undefined>;
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
  private readonly blocks = new Map<number, CachedBlock>();
  /** Where the furthest read of the current run ended. */
  private nextPos = 0;
  /** Exact continuations in a row. */
  private run = 0;
  /** Current window in blocks (0 while not streaming). */
  private window = 0;
  /** Block the last streaming read started in. */
  private lastFirst = -1;
  private readonly windowBlocks: number;

  constructor(private readonly init: ReadAheadInit) {
    this.windowBlocks = Math.floor(init.windowBytes / init.blockSize);
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
    for (const k of this.blocks.keys()) if (k < first - 1) this.blocks.delete(k);
    const last = Math.min(first + this.window - 1, Math.ceil(size / B) - 1);
    const started: number[] = [];
    for (let k = first; k <= last; k++) {
      if (this.blocks.has(k) || this.init.isDirty(k * B, (k + 1) * B)) continue;
      this.start(k, Math.min(B, size - k * B));
      started.push(k);
    }
    this.trim(first);
    return started;
  }

  /** The cached blocks that together hold [start, end), or undefined when one is missing. */
  covering(start: number, end: number): CachedBlock[] | undefined {
    const B = this.init.blockSize;
    const out: CachedBlock[] = [];
    for (let k = Math.floor(start / B); k * B < end; k++) {
      const b = this.blocks.get(k);
      if (!b || b.start + b.length < Math.min(end, (k + 1) * B)) return undefined;
      out.push(b);
    }
    return out;
  }

  /** Drops the blocks overlapping [start, end) (own writes there). */
  invalidate(start: number, end: number): void {
    const B = this.init.blockSize;
    for (let k = Math.floor(start / B); k * B < end; k++) this.blocks.delete(k);
  }

  /** Drops every block (truncate) and restarts sequential detection. */
  clear(): void {
    this.blocks.clear();
    this.nextPos = 0;
    this.run = 0;
    this.window = 0;
    this.lastFirst = -1;
  }

  /** Indexes of the cached blocks, ascending (for tests and stats). */
  get cachedBlocks(): number[] {
    return [...this.blocks.keys()].sort((a, b) => a - b);
  }

  private start(k: number, length: number): void {
    const block: CachedBlock = { start: k * this.init.blockSize, length, data: Promise.resolve(null) };
    block.data = this.init.fetch(block.start, length).catch(() => {
      if (this.blocks.get(k) === block) this.blocks.delete(k);
      return null;
    });
    this.blocks.set(k, block);
  }

  private trim(first: number): void {
    const max = 2 * this.windowBlocks + 2;
    if (this.blocks.size <= max) return;
    const far = [...this.blocks.keys()].sort((a, b) => Math.abs(b - first) - Math.abs(a - first));
    for (const k of far.slice(0, this.blocks.size - max)) this.blocks.delete(k);
  }
}

/** The read-ahead block size for a chunk size and window: the largest power of two ≤ both. */
export function readAheadBlockSize(chunkSize: number, windowBytes: number): number {
  let b = chunkSize;
  while (b > windowBytes && b > 4096) b /= 2;
  return b;
}
