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

/**
 * A read is sequential when it starts within one block of where the previous read ended
 * (FUSE may deliver the kernel's parallel read-ahead slightly out of order). A sequential read
 * keeps the blocks from the one it starts in to `windowBytes` beyond fetched or in flight.
 */
export class ReadAhead {
  private readonly blocks = new Map<number, CachedBlock>();
  private nextPos = 0;
  private readonly windowBlocks: number;

  constructor(private readonly init: ReadAheadInit) {
    this.windowBlocks = Math.floor(init.windowBytes / init.blockSize);
  }

  /**
   * Notes a read of [pos, pos + len) in a file of `size` bytes and starts the prefetches it
   * calls for. Returns the indexes of the blocks it started.
   */
  advise(pos: number, len: number, size: number): number[] {
    const B = this.init.blockSize;
    const sequential = Math.abs(pos - this.nextPos) <= B;
    this.nextPos = pos + len;
    if (!sequential || this.windowBlocks === 0) return [];
    const first = Math.floor(pos / B);
    for (const k of this.blocks.keys()) if (k < first - 1) this.blocks.delete(k);
    const last = Math.min(first + this.windowBlocks - 1, Math.ceil(size / B) - 1);
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
