// Why a new file got fewer targets than its pattern asks for (or Probably-offline ones), in
// words, and which of those reasons were already logged.
import type { PoolTargets } from './stripe-chooser.js';

/** What {@link describeShortfall} needs to know about one choice. */
export interface ShortfallFacts {
  /** Targets chosen. */
  used: number;
  /** Targets the pattern asks for. */
  desired: number;
  pool: number;
  targets: PoolTargets;
  /** No target was Online, so Probably-offline ones were chosen. */
  fallback: boolean;
}

/** Ids listed in a reason before the rest is only counted. */
const MAX_LISTED = 8;

/** `201, 202` (and `... and 3 more` past eight ids). */
function idList(ids: readonly number[]): string {
  const shown = ids.slice(0, MAX_LISTED).join(', ');
  return ids.length > MAX_LISTED ? `${shown} and ${ids.length - MAX_LISTED} more` : shown;
}

/**
 * `<used> of <desired> targets: <reasons>`, the reasons joined by `; `: the targets left out as
 * `201, 202 probably-offline` and `301 offline`, `no target online, probably-offline ones used`
 * for a fallback, and `pool 1 has 3 targets` when the pool is smaller than the pattern.
 */
export function describeShortfall(f: ShortfallFacts): string {
  const reasons: string[] = [];
  const probablyOffline = f.targets.probablyOffline.flat().sort((a, b) => a - b);
  if (f.fallback) reasons.push('no target online, probably-offline ones used');
  else if (probablyOffline.length) reasons.push(`${idList(probablyOffline)} probably-offline`);
  if (f.targets.offline.length) reasons.push(`${idList(f.targets.offline)} offline`);
  const poolSize = f.targets.online.flat().length + probablyOffline.length + f.targets.offline.length;
  if (poolSize < f.desired) reasons.push(`pool ${f.pool} has ${poolSize} target${poolSize === 1 ? '' : 's'}`);
  return `${f.used} of ${f.desired} targets: ${reasons.join('; ')}`;
}

/** Reasons remembered per pool before they are forgotten (and may be logged again). */
const MAX_REMEMBERED = 64;

/**
 * Remembers which reasons were logged while a pool's targets stay as they are: a reason is
 * logged once per situation, not once per file; when the targets' states change, anew.
 */
export class ShortfallLog {
  private readonly pools = new Map<number, { targets: PoolTargets; situation: string; seen: Set<string> }>();

  /**
   * True the first time `reason` comes up for `pool` in this situation of its `targets`. Called
   * for every choice (`reason` '' when there is none), so that a situation that ends and comes
   * back is logged again.
   */
  first(pool: number, targets: PoolTargets, reason: string): boolean {
    let p = this.pools.get(pool);
    if (p?.targets !== targets) {
      // Another map: the same situation unless the targets' states differ.
      const situation = JSON.stringify(targets);
      if (!p || p.situation !== situation) p = { targets, situation, seen: new Set() };
      else p.targets = targets;
      this.pools.set(pool, p);
    }
    if (p.seen.size >= MAX_REMEMBERED) p.seen.clear();
    if (reason === '' || p.seen.has(reason)) return false;
    p.seen.add(reason);
    return true;
  }
}
