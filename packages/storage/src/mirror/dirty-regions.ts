// Which ranges of each dirty chunk file changed, in memory: a resync copies those ranges instead of the whole chunk file.

/** Granularity of the ranges: a resync copies changed chunk files in aligned pieces of this size. */
export const REGION_BYTES = 512 * 1024;

/** More changed regions than this in one chunk file: copy the whole file (and keep no list). */
export const MAX_REGIONS_PER_FILE = 1024;

/** The regions of one chunk file to copy: region indexes, or everything. */
export type Regions = ReadonlySet<number> | 'all';

/**
 * The changed regions of the dirty set's chunk files. Kept only in memory: the durable dirty set
 * names the chunk files, and a chunk file whose regions are not known here (after a restart, or
 * after an unlink or truncate) is copied whole, which is always right, only slower.
 */
export class DirtyRegions {
  private readonly byEntry = new Map<string, Set<number> | 'all'>();

  /** Records a write of `length` bytes at `offset` of `entryId`. */
  write(entryId: string, offset: number, length: number): void {
    const cur = this.byEntry.get(entryId);
    if (cur === 'all') return;
    if (length <= 0) {
      if (!cur) this.byEntry.set(entryId, new Set());
      return;
    }
    const set = cur ?? new Set<number>();
    const last = Math.floor((offset + length - 1) / REGION_BYTES);
    for (let r = Math.floor(offset / REGION_BYTES); r <= last; r++) set.add(r);
    this.byEntry.set(entryId, set.size > MAX_REGIONS_PER_FILE ? 'all' : set);
  }

  /** Records a change of `entryId` whose extent is not known (truncate, unlink): copy it whole. */
  whole(entryId: string): void {
    this.byEntry.set(entryId, 'all');
  }

  /** The regions recorded for `entryId` ('all' when unknown), left in place. */
  peek(entryId: string): Regions {
    return this.byEntry.get(entryId) ?? 'all';
  }

  /** The regions to copy for `entryId` ('all' when unknown), forgetting them: a copy is about to take them. */
  take(entryId: string): Regions {
    const r = this.byEntry.get(entryId) ?? 'all';
    this.byEntry.delete(entryId);
    return r;
  }

  /** Puts back what a failed copy took (merged with what changed meanwhile). */
  restore(entryId: string, regions: Regions): void {
    if (regions === 'all') return this.whole(entryId);
    for (const r of regions) this.write(entryId, r * REGION_BYTES, 1);
  }

  /** Forgets everything (the secondary is in sync). */
  clear(): void {
    this.byEntry.clear();
  }
}
