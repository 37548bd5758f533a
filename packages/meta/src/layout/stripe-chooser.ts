// Chooses the storage targets of a new file: its pool's Online targets, normal capacity pool
// first; says why when fewer than the pattern asks for are used.
import type { Logger } from '@hivefs/common';
import { ErrCode, fail, hivefs } from '@hivefs/protocol';
import type { Pattern, TargetChoice } from '../store/types.js';
import { describeShortfall, ShortfallLog } from './shortfall.js';

/** How targets are picked among equals. */
export type ChooserMode = 'randomized' | 'roundrobin';

/** Options of {@link StripeChooser}. */
export interface StripeChooserInit {
  mode: ChooserMode;
  /** The current cluster map (undefined before the first fetch). */
  map: () => hivefs.IClusterMap | undefined;
  /** Where shortfalls and fallbacks are logged (once per situation); silent when unset. */
  log?: Pick<Logger, 'warn'>;
  /** Uniform random number in [0, 1); Math.random by default. */
  random?: () => number;
}

const R = hivefs.Reachability;
const TIERS = [hivefs.CapacityPool.NORMAL, hivefs.CapacityPool.LOW, hivefs.CapacityPool.EMERGENCY];

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
  const out: PoolTargets = { online: TIERS.map(() => []), probablyOffline: TIERS.map(() => []), offline: [] };
  for (const t of map?.targets ?? []) {
    const id = t.targetId ?? 0;
    if (id <= 0 || (t.nodeType ?? hivefs.NodeType.STORAGE) !== hivefs.NodeType.STORAGE || (t.storagePoolId || 1) !== poolId) continue;
    if (t.reachability === R.OFFLINE) {
      out.offline.push(id);
      continue;
    }
    const tier = TIERS.indexOf(t.capacityPool ?? hivefs.CapacityPool.NORMAL);
    (t.reachability === R.PROBABLY_OFFLINE ? out.probablyOffline : out.online)[tier < 0 ? TIERS.length - 1 : tier]!.push(id);
  }
  const sorted = (ids: number[]): number[] => ids.sort((a, b) => a - b);
  return { online: out.online.map(sorted), probablyOffline: out.probablyOffline.map(sorted), offline: sorted(out.offline) };
}

const count = (tiers: number[][]): number => tiers.reduce((n, t) => n + t.length, 0);

/** Picks distinct target ids for new files, as the pattern asks. */
export class StripeChooser {
  private rotation = 0;
  private readonly logged = new ShortfallLog();
  /** poolTargets per pool for the map they were computed from (the map object changes with every refresh). */
  private readonly byPool = new Map<number, { map: hivefs.IClusterMap | undefined; targets: PoolTargets }>();

  constructor(private readonly init: StripeChooserInit) {}

  /**
   * min(numTargets, usable) distinct Online targets of the pattern's pool: normal ones first,
   * then low, then emergency; within a tier shuffled (randomized) or rotated (roundrobin). With
   * no Online target at all (e.g. right after mgmtd restarted, before the targets reported), the
   * Probably-offline ones are used instead; Offline ones never. When fewer targets than asked
   * are used, `shortfall` says why (and it is logged once per situation). Throws NO_TARGETS
   * when the pool has no usable target.
   */
  choose(pattern: Pattern): TargetChoice {
    const map = this.init.map();
    const pool = pattern.storagePoolId || 1;
    const targets = this.targetsOf(map, pool);
    const fallback = count(targets.online) === 0;
    const tiers = fallback ? targets.probablyOffline : targets.online;
    const usable = count(tiers);
    if (usable === 0) {
      if (!map) fail(ErrCode.NO_TARGETS, 'no cluster map from mgmtd yet');
      const offline = targets.offline.length ? ` (offline: ${targets.offline.join(', ')})` : '';
      fail(ErrCode.NO_TARGETS, `no storage target of pool ${pool} is online${offline}; map version ${map.version ?? 0}`);
    }
    const desired = Math.max(1, pattern.numTargets);
    const want = Math.min(desired, usable);
    const order = tiers.flatMap((t) => (this.init.mode === 'roundrobin' ? this.rotate(t) : this.shuffle(t)));
    if (this.init.mode === 'roundrobin') this.rotation += want;
    const shortfall = want < desired || fallback ? describeShortfall({ used: want, desired, pool, targets, fallback }) : '';
    if (this.logged.first(pool, targets, shortfall)) this.init.log?.warn({ storagePoolId: pool, mapVersion: map?.version ?? 0 }, `new files get ${shortfall}`);
    return { ids: order.slice(0, want), shortfall: want < desired ? shortfall : '' };
  }

  /** {@link poolTargets}, computed once per map and pool. */
  private targetsOf(map: hivefs.IClusterMap | undefined, pool: number): PoolTargets {
    const hit = this.byPool.get(pool);
    if (hit && hit.map === map) return hit.targets;
    const targets = poolTargets(map, pool);
    this.byPool.set(pool, { map, targets });
    return targets;
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
