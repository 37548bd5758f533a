// The storage targets, or buddy groups, a new file may get: a pool's, sorted by reachability and capacity pool.
import { hivefs } from '@hivefs/protocol';

const R = hivefs.Reachability;

/** Capacity pools in the order new files use them. */
export const CAPACITY_TIERS = [hivefs.CapacityPool.NORMAL, hivefs.CapacityPool.LOW, hivefs.CapacityPool.EMERGENCY];

const sorted = (ids: number[]): number[] => ids.sort((a, b) => a - b);

/** Index in {@link CAPACITY_TIERS} of a target's capacity pool (unset: normal; unknown: the last). */
function tierOf(t: hivefs.ITargetInfo): number {
  const tier = CAPACITY_TIERS.indexOf(t.capacityPool ?? hivefs.CapacityPool.NORMAL);
  return tier < 0 ? CAPACITY_TIERS.length - 1 : tier;
}

/** The storage targets of one pool by reachability; the usable ones grouped by capacity pool. */
export interface PoolTargets {
  /** Online targets (and those whose reachability the map leaves unset) by capacity pool: normal, low, emergency. */
  online: number[][];
  /** Probably-offline targets by capacity pool. */
  probablyOffline: number[][];
  /** Offline targets: never chosen. */
  offline: number[];
}

/**
 * The storage targets of pool `poolId`, each group sorted by id. Targets without a pool count
 * as pool 1; meta nodes and other pools are left out.
 */
export function poolTargets(map: hivefs.IClusterMap | undefined, poolId: number): PoolTargets {
  const out: PoolTargets = { online: CAPACITY_TIERS.map(() => []), probablyOffline: CAPACITY_TIERS.map(() => []), offline: [] };
  for (const t of map?.targets ?? []) {
    const id = t.targetId ?? 0;
    if (id <= 0 || (t.nodeType ?? hivefs.NodeType.STORAGE) !== hivefs.NodeType.STORAGE || (t.storagePoolId || 1) !== poolId) continue;
    if (t.reachability === R.OFFLINE) {
      out.offline.push(id);
      continue;
    }
    (t.reachability === R.PROBABLY_OFFLINE ? out.probablyOffline : out.online)[tierOf(t)]!.push(id);
  }
  return { online: out.online.map(sorted), probablyOffline: out.probablyOffline.map(sorted), offline: sorted(out.offline) };
}

/** {@link PoolTargets} whose ids are buddy group ids, with each group's current primary target. */
export interface PoolGroups extends PoolTargets {
  /** Group id -> its primary's target id (as the map had it). */
  primaries: Record<number, number>;
}

/**
 * The storage buddy groups of pool `poolId`, each list sorted by id. A group is usable as its
 * current primary target is: Online (or unset), Probably-offline, Offline; a primary missing from
 * the map counts as Offline. Its capacity pool is the worse of its two members' (a member missing
 * from the map: emergency). Groups without a pool count as pool 1.
 */
export function poolGroups(map: hivefs.IClusterMap | undefined, poolId: number): PoolGroups {
  const out: PoolGroups = { online: CAPACITY_TIERS.map(() => []), probablyOffline: CAPACITY_TIERS.map(() => []), offline: [], primaries: {} };
  const targets = new Map<number, hivefs.ITargetInfo>();
  for (const t of map?.targets ?? []) if ((t.nodeType ?? hivefs.NodeType.STORAGE) === hivefs.NodeType.STORAGE) targets.set(t.targetId ?? 0, t);
  for (const g of map?.groups ?? []) {
    const id = g.groupId ?? 0;
    if (id <= 0 || (g.nodeType ?? hivefs.NodeType.STORAGE) !== hivefs.NodeType.STORAGE || (g.storagePoolId || 1) !== poolId) continue;
    const primary = g.primaryId ?? 0;
    out.primaries[id] = primary;
    const p = targets.get(primary);
    if (!p || p.reachability === R.OFFLINE) {
      out.offline.push(id);
      continue;
    }
    const secondary = targets.get(g.secondaryId ?? 0);
    const tier = secondary ? Math.max(tierOf(p), tierOf(secondary)) : CAPACITY_TIERS.length - 1;
    (p.reachability === R.PROBABLY_OFFLINE ? out.probablyOffline : out.online)[tier]!.push(id);
  }
  return { online: out.online.map(sorted), probablyOffline: out.probablyOffline.map(sorted), offline: sorted(out.offline), primaries: out.primaries };
}
