// statfs: space and inode figures summed over the storage targets that answer.
import type { StoreContext } from './context.js';

/** Totals over all answering targets. */
export interface FsStats {
  totalBytes: number;
  freeBytes: number;
  totalInodes: number;
  freeInodes: number;
  numTargets: number;
}

/** Sums space and inodes of every storage target that answered; `numTargets` counts them. */
export async function statFs(ctx: StoreContext): Promise<FsStats> {
  const spaces = await ctx.chunks.targetSpaces();
  const sum: FsStats = { totalBytes: 0, freeBytes: 0, totalInodes: 0, freeInodes: 0, numTargets: 0 };
  const seen = new Set<number>();
  for (const s of spaces) {
    if (seen.has(s.targetId)) continue;
    seen.add(s.targetId);
    sum.totalBytes += s.totalBytes;
    sum.freeBytes += s.freeBytes;
    sum.totalInodes += s.totalInodes;
    sum.freeInodes += s.freeInodes;
    sum.numTargets += 1;
  }
  return sum;
}
