// statfs: space and inode figures summed over the file systems of the storage targets that answer.
import type { StoreContext } from './context.js';

/** Totals over all answering targets. */
export interface FsStats {
  totalBytes: number;
  freeBytes: number;
  /** Bytes in use (root-reserved blocks not counted as used, unlike totalBytes - freeBytes). */
  usedBytes: number;
  totalInodes: number;
  freeInodes: number;
  numTargets: number;
}

/**
 * Sums space and inodes of the storage targets that answered, each file system once: targets
 * that share a file system (the same fsId: one disk of one host) share its size and free space,
 * so adding them up would count that disk once per target. A target without an fsId counts on
 * its own. `numTargets` counts the targets.
 */
export async function statFs(ctx: StoreContext): Promise<FsStats> {
  const spaces = await ctx.chunks.targetSpaces();
  const sum: FsStats = { totalBytes: 0, freeBytes: 0, usedBytes: 0, totalInodes: 0, freeInodes: 0, numTargets: 0 };
  const seenTargets = new Set<number>();
  const seenFs = new Set<string>();
  for (const s of spaces) {
    if (seenTargets.has(s.targetId)) continue;
    seenTargets.add(s.targetId);
    sum.numTargets += 1;
    if (s.fsId) {
      if (seenFs.has(s.fsId)) continue;
      seenFs.add(s.fsId);
    }
    sum.totalBytes += s.totalBytes;
    sum.freeBytes += s.freeBytes;
    sum.usedBytes += s.usedBytes || s.totalBytes - s.freeBytes;
    sum.totalInodes += s.totalInodes;
    sum.freeInodes += s.freeInodes;
  }
  return sum;
}
