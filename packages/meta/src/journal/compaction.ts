// Which journal records a compaction trims: the pure policy, apart from the store.

/** What compaction keeps. Sizes count the stored bytes of the records. */
export interface CompactionPolicy {
  /** Acknowledged records younger than this many seconds are kept (for a short absence of the secondary). */
  keepSeconds: number;
  /** ...but the journal keeps at most this many bytes of acknowledged records. */
  keepBytes: number;
  /**
   * Hard cap: past it the oldest records are trimmed even when the secondary has not
   * acknowledged them (it then needs a full resync). At least `keepBytes`.
   */
  hardCapBytes: number;
}

/** Defaults: 10 minutes, 64 MiB of tail, 1 GiB hard cap. */
export const DEFAULT_COMPACTION: CompactionPolicy = { keepSeconds: 600, keepBytes: 64 << 20, hardCapBytes: 1 << 30 };

/** A journal record as compaction sees it. */
export interface RecordInfo {
  seq: number;
  atMs: number;
  bytes: number;
}

/** The records a compaction trims: every seq up to `upTo` (none when `count` is 0). */
export interface TrimPlan {
  upTo: number;
  count: number;
  bytes: number;
  /** True when the plan trims records after `acked` (the hard cap was hit). */
  forced: boolean;
}

/** Throws a RangeError unless the policy's numbers are sound. */
export function checkPolicy(p: CompactionPolicy): CompactionPolicy {
  for (const k of ['keepSeconds', 'keepBytes', 'hardCapBytes'] as const) {
    if (!(Number.isFinite(p[k]) && p[k] >= 0)) throw new RangeError(`journal compaction ${k} must be a non-negative number, got ${p[k]}`);
  }
  if (p.hardCapBytes < p.keepBytes) throw new RangeError(`journal compaction hardCapBytes (${p.hardCapBytes}) is below keepBytes (${p.keepBytes})`);
  return p;
}

/**
 * Plans a compaction of `records` (in seq order, `total` bytes in all). Records up to `acked`
 * (acknowledged by the secondary, or all of them on a node that has no secondary) go when they
 * are older than the span, or, oldest first, while the journal is over `keepBytes`. Records after
 * `acked` are kept unless the journal is over `hardCapBytes`; then the oldest go until it is not.
 * Trims are always a prefix of the journal.
 */
export function planTrim(records: readonly RecordInfo[], total: number, acked: number, nowMs: number, policy: CompactionPolicy): TrimPlan {
  const oldest = nowMs - policy.keepSeconds * 1000;
  let left = total;
  let i = 0;
  for (; i < records.length; i++) {
    const r = records[i]!;
    if (r.seq > acked) break;
    if (r.atMs >= oldest && left <= policy.keepBytes) break;
    left -= r.bytes;
  }
  let forced = false;
  for (; i < records.length && left > policy.hardCapBytes; i++) {
    left -= records[i]!.bytes;
    forced = true;
  }
  return { upTo: i > 0 ? records[i - 1]!.seq : 0, count: i, bytes: total - left, forced };
}
