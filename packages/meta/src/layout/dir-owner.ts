// Chooses the meta node that owns a new directory: random among usable META targets, or the parent's.
import { hivefs } from '@hivefs/protocol';

/** `random`: any Online meta node of the best capacity pool; `parent`: the parent's owner. */
export type DirOwnerMode = 'random' | 'parent';

/** What the chooser reads. */
export interface DirOwnerDeps {
  mode: DirOwnerMode;
  map: () => hivefs.IClusterMap | undefined;
  random?: () => number;
}

/**
 * The owner of a directory created in one owned by `parentOwner`: with `random`, a random META
 * target of the map that is Online in the `normal` capacity pool, else in `low`, else
 * `parentOwner` itself (also when the map is not known yet).
 */
export function chooseDirOwner(d: DirOwnerDeps, parentOwner: number): number {
  if (d.mode === 'parent') return parentOwner;
  const metas = (d.map()?.targets ?? []).filter((t) => t.nodeType === hivefs.NodeType.META && t.reachability === hivefs.Reachability.ONLINE && t.nodeId);
  for (const pool of [hivefs.CapacityPool.NORMAL, hivefs.CapacityPool.LOW]) {
    const ids = metas.filter((t) => (t.capacityPool ?? hivefs.CapacityPool.NORMAL) === pool).map((t) => t.nodeId!);
    if (ids.length > 0) return ids[Math.floor((d.random ?? Math.random)() * ids.length)]!;
  }
  return parentOwner;
}
