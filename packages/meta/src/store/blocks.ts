// Allocated blocks of regular files: what a stat reports, and how storage's figures update an inode.
import { ErrCode, fail, hivefs } from '@hivefs/protocol';
import type { Inode } from './types.js';

/** The 512-byte blocks one chunk file holds, by the file's stripe index (as a storage reply said). */
export interface ChunkBlocks {
  index: number;
  blocks: number;
}

/** Sum of per-chunk block counts. */
export function sumBlocks(blocks: readonly number[]): number {
  let n = 0;
  for (const b of blocks) n += b;
  return n;
}

/** Whether `i` is a regular file stored before blocks were tracked (it has targets but no chunk blocks). */
export function blocksUntracked(i: Inode): boolean {
  return i.type === hivefs.EntryType.REGULAR && i.chunkBlocks.length === 0 && i.pattern.ids.length > 0;
}

/**
 * The 512-byte blocks a stat of `i` reports: for a regular file the sum over its chunk files
 * (for a file stored before blocks were tracked, the old estimate from its size); 0 for other
 * types (the client shows directories and symlinks by their size).
 */
export function blocksOf(i: Inode): number {
  if (i.type !== hivefs.EntryType.REGULAR) return 0;
  return blocksUntracked(i) ? Math.ceil(i.size / 512) : sumBlocks(i.chunkBlocks);
}

/** Throws INVALID_ARGUMENT unless every figure is a non-negative integer (the stripe index is checked by {@link mergeChunkBlocks}). */
export function checkChunkBlocks(reported: readonly ChunkBlocks[], what: string): void {
  for (const r of reported) {
    if (!Number.isSafeInteger(r.blocks) || r.blocks < 0) fail(ErrCode.INVALID_ARGUMENT, `${what}: ${r.blocks} blocks reported for stripe index ${r.index} is not a block count`);
  }
}

/**
 * `i` with reported chunk blocks merged in: each stripe index keeps the larger of its stored and
 * reported figure (writes only add blocks; a truncate sets them from storage's replies instead).
 * A file stored before blocks were tracked is tracked from a report that names every index on;
 * a partial report leaves it on the estimate. Returns `i` itself when nothing changes;
 * INVALID_ARGUMENT for an index beyond the file's stripe width.
 */
export function mergeChunkBlocks(i: Inode, reported: readonly ChunkBlocks[], what: string): Inode {
  if (reported.length === 0 || i.type !== hivefs.EntryType.REGULAR) return i;
  const width = i.pattern.ids.length;
  for (const r of reported) {
    if (!Number.isInteger(r.index) || r.index < 0 || r.index >= width) fail(ErrCode.INVALID_ARGUMENT, `${what}: stripe index ${r.index} reported for ${i.entryId}, which has ${width} targets`);
  }
  const untracked = blocksUntracked(i);
  if (untracked && new Set(reported.map((r) => r.index)).size < width) return i;
  const next = untracked ? new Array<number>(width).fill(0) : [...i.chunkBlocks];
  let changed = untracked;
  for (const r of reported) {
    if (r.blocks <= (next[r.index] ?? 0)) continue;
    next[r.index] = r.blocks;
    changed = true;
  }
  return changed ? { ...i, chunkBlocks: next } : i;
}
