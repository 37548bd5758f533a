// Chooses the owner of a new directory: random among usable META targets (or, under a mirrored
// directory, among meta buddy groups with an Online primary), or the parent's.
import { groupOwner, hivefs, isGroupOwner } from '@hivefs/protocol';

/** `random`: any Online meta node of the best capacity pool; `parent`: the parent's owner. */
export type DirOwnerMode = 'random' | 'parent';

/** What the chooser reads. */
export interface DirOwnerDeps {
  mode: DirOwnerMode;
  map: () => hivefs.IClusterMap | undefined;
  random?: () => number;
}

/**
 * The owner of a directory created in one owned by `parentOwner` (an owner number). Under a
 * mirrored directory (a group owner) the new one is mirrored too: with `random`, a random meta
 * buddy group whose primary is Online, else the parent's group. Under an unmirrored directory,
 * with `random`, a random META
 * target of the map that is Online in the `normal` capacity pool, else in `low`, else
 * `parentOwner` itself (also when the map is not known yet).
 */
export function chooseDirOwner(d: DirOwnerDeps, parentOwner: number): number {
  if (d.mode === 'parent') return parentOwner;
  if (isGroupOwner(parentOwner)) return chooseGroupOwner(d, parentOwner);
  const metas = (d.map()?.targets ?? []).filter((t) => t.nodeType === hivefs.NodeType.META && t.reachability === hivefs.Reachability.ONLINE && t.nodeId);
  for (const pool of [hivefs.CapacityPool.NORMAL, hivefs.CapacityPool.LOW]) {
    const ids = metas.filter((t) => (t.capacityPool ?? hivefs.CapacityPool.NORMAL) === pool).map((t) => t.nodeId!);
    if (ids.length > 0) return ids[Math.floor((d.random ?? Math.random)() * ids.length)]!;
  }
  return parentOwner;
}

/** A random meta buddy group of the map whose primary is Online, as an owner number; else `parentOwner`. */
function chooseGroupOwner(d: DirOwnerDeps, parentOwner: number): number {
  const map = d.map();
  const online = new Set((map?.targets ?? []).filter((t) => t.nodeType === hivefs.NodeType.META && t.reachability === hivefs.Reachability.ONLINE).map((t) => t.nodeId));
  const groups = (map?.groups ?? []).filter((g) => g.nodeType === hivefs.NodeType.META && g.groupId && online.has(g.primaryId));
  if (groups.length === 0) return parentOwner;
  return groupOwner(groups[Math.floor((d.random ?? Math.random)() * groups.length)]!.groupId!);
}
