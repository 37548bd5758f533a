// Why a new file got fewer targets (or buddy groups) than its pattern asks for (or Probably-offline
// ones), in words, and which of those reasons were already logged.
import type { PoolGroups, PoolTargets } from './candidates.js';

/** What {@link describeShortfall} needs to know about one choice. */
export interface ShortfallFacts {
  /** Targets chosen. */
  used: number;
  /** Targets the pattern asks for. */
  desired: number;
  pool: number;
  /** The pool's candidates: targets, or buddy groups (for mirrored files; then the reasons name each group's primary). */
  targets: PoolTargets | PoolGroups;
  /** No target was Online, so Probably-offline ones were chosen. */
  fallback: boolean;
}

/** Ids listed in a reason before the rest is only counted. */
const MAX_LISTED = 8;

/** `201, 202` (and `... and 3 more` past eight ids). */
function idList(ids: readonly (number | string)[]): string {
  const shown = ids.slice(0, MAX_LISTED).join(', ');
  return ids.length > MAX_LISTED ? `${shown} and ${ids.length - MAX_LISTED} more` : shown;
}

/** Whether `c` lists buddy groups (not targets). */
export function isGroups(c: PoolTargets | PoolGroups): c is PoolGroups {
  return 'primaries' in c;
}

/** `group 2's primary 201`. */
export function groupPrimaryLabel(groups: PoolGroups, groupId: number): string {
  return `group ${groupId}'s primary ${groups.primaries[groupId] ?? 0}`;
}

/**
 * `<used> of <desired> targets: <reasons>`, the reasons joined by `; `: the targets left out as
 * `201, 202 probably-offline` and `301 offline`, `no target online, probably-offline ones used`
 * for a fallback, and `pool 1 has 3 targets` when the pool is smaller than the pattern. For buddy
 * groups: `<used> of <desired> buddy groups usable; <reasons>`, each group left out named with
 * its primary (`group 2's primary 201 is offline`).
 */
export function describeShortfall(f: ShortfallFacts): string {
  const reasons: string[] = [];
  const groups = isGroups(f.targets) ? f.targets : undefined;
  const probablyOffline = f.targets.probablyOffline.flat().sort((a, b) => a - b);
  const left = (ids: number[], state: string): string => (groups ? `${idList(ids.map((g) => groupPrimaryLabel(groups, g)))} is ${state}` : `${idList(ids)} ${state}`);
  if (f.fallback) reasons.push(groups ? "no group's primary online, probably-offline ones used" : 'no target online, probably-offline ones used');
  else if (probablyOffline.length) reasons.push(left(probablyOffline, 'probably-offline'));
  if (f.targets.offline.length) reasons.push(left(f.targets.offline, 'offline'));
  const poolSize = f.targets.online.flat().length + probablyOffline.length + f.targets.offline.length;
  const noun = groups ? 'buddy group' : 'target';
  if (poolSize < f.desired) reasons.push(`pool ${f.pool} has ${poolSize} ${noun}${poolSize === 1 ? '' : 's'}`);
  return groups ? `${f.used} of ${f.desired} buddy groups usable; ${reasons.join('; ')}` : `${f.used} of ${f.desired} targets: ${reasons.join('; ')}`;
}

/** Reasons remembered per pool before they are forgotten (and may be logged again). */
const MAX_REMEMBERED = 64;

/**
 * Remembers which reasons were logged while a pool's targets stay as they are: a reason is
 * logged once per situation, not once per file; when the targets' states change, anew.
 */
export class ShortfallLog {
  private readonly pools = new Map<string, { targets: PoolTargets; situation: string; seen: Set<string> }>();

  /**
   * True the first time `reason` comes up for `pool` in this situation of its `targets`. Called
   * for every choice (`reason` '' when there is none), so that a situation that ends and comes
   * back is logged again.
   */
  first(pool: string, targets: PoolTargets, reason: string): boolean {
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
