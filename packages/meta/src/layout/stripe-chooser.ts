// Chooses the storage targets of a new file: its pool's non-offline targets, normal pool first.
import { ErrCode, fail, hivefs } from '@hivefs/protocol';
import type { Pattern } from '../store/types.js';

/** How targets are picked among equals. */
export type ChooserMode = 'randomized' | 'roundrobin';

/** Options of {@link StripeChooser}. */
export interface StripeChooserInit {
  mode: ChooserMode;
  /** The current cluster map (undefined before the first fetch). */
  map: () => hivefs.IClusterMap | undefined;
  /** Uniform random number in [0, 1); Math.random by default. */
  random?: () => number;
}

const TIERS = [hivefs.CapacityPool.NORMAL, hivefs.CapacityPool.LOW, hivefs.CapacityPool.EMERGENCY];

/**
 * Storage target ids of pool `poolId` that are not Offline, grouped by capacity pool
 * (normal, low, emergency), each group sorted by id. Targets without a pool count as pool 1.
 */
export function candidateTiers(map: hivefs.IClusterMap | undefined, poolId: number): number[][] {
  const tiers: number[][] = TIERS.map(() => []);
  for (const t of map?.targets ?? []) {
    if ((t.nodeType ?? hivefs.NodeType.STORAGE) !== hivefs.NodeType.STORAGE) continue;
    if ((t.storagePoolId || 1) !== poolId || t.reachability === hivefs.Reachability.OFFLINE) continue;
    const tier = TIERS.indexOf(t.capacityPool ?? hivefs.CapacityPool.NORMAL);
    tiers[tier < 0 ? TIERS.length - 1 : tier]!.push(t.targetId ?? 0);
  }
  return tiers.map((ids) => ids.filter((id) => id > 0).sort((a, b) => a - b));
}

/** Picks distinct target ids for new files, as the pattern asks. */
export class StripeChooser {
  private rotation = 0;

  constructor(private readonly init: StripeChooserInit) {}

  /**
   * min(numTargets, available) distinct targets of the pattern's pool: normal ones first,
   * then low, then emergency; within a tier shuffled (randomized) or rotated (roundrobin).
   * Throws NO_TARGETS when the pool has no usable target.
   */
  choose(pattern: Pattern): number[] {
    const pool = pattern.storagePoolId || 1;
    const tiers = candidateTiers(this.init.map(), pool);
    const total = tiers.reduce((n, t) => n + t.length, 0);
    if (total === 0) fail(ErrCode.NO_TARGETS, `no storage target of pool ${pool} is available (map version ${this.init.map()?.version ?? 0})`);
    const want = Math.min(Math.max(1, pattern.numTargets), total);
    const order = tiers.flatMap((t) => (this.init.mode === 'roundrobin' ? this.rotate(t) : this.shuffle(t)));
    if (this.init.mode === 'roundrobin') this.rotation += want;
    return order.slice(0, want);
  }

  private rotate(ids: number[]): number[] {
    if (ids.length === 0) return ids;
    const start = this.rotation % ids.length;
    return [...ids.slice(start), ...ids.slice(0, start)];
  }

  private shuffle(ids: number[]): number[] {
    const out = [...ids];
    const random = this.init.random ?? Math.random;
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}
