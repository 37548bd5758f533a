// Chooses the storage targets (buddy groups when mirrored) of a new file: its pool's Online ones,
// normal capacity pool first; says why when fewer than the pattern asks for are used.
import type { Logger } from '@hivefs/common';
import { ErrCode, fail, hivefs } from '@hivefs/protocol';
import type { Pattern, TargetChoice } from '../store/types.js';
import { poolGroups, poolTargets, type PoolGroups, type PoolTargets } from './candidates.js';
import { describeShortfall, groupPrimaryLabel, isGroups, ShortfallLog } from './shortfall.js';

export { poolGroups, poolTargets, type PoolGroups, type PoolTargets } from './candidates.js';

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

const count = (tiers: number[][]): number => tiers.reduce((n, t) => n + t.length, 0);

/** Picks distinct target ids (buddy group ids for mirrored patterns) for new files, as the pattern asks. */
export class StripeChooser {
  /** Round-robin position per kind of candidate (targets, groups). */
  private readonly rotation = new Map<string, number>();
  private readonly logged = new ShortfallLog();
  /** Candidates per kind and pool for the map they were computed from (the map object changes with every refresh). */
  private readonly byPool = new Map<string, { map: hivefs.IClusterMap | undefined; targets: PoolTargets | PoolGroups }>();

  constructor(private readonly init: StripeChooserInit) {}

  /**
   * min(numTargets, usable) distinct Online targets of the pattern's pool: normal ones first,
   * then low, then emergency; within a tier shuffled (randomized) or rotated (roundrobin). With
   * no Online target at all (e.g. right after mgmtd restarted, before the targets reported), the
   * Probably-offline ones are used instead; Offline ones never. When fewer targets than asked
   * are used, `shortfall` says why (and it is logged once per situation). Throws NO_TARGETS
   * when the pool has no usable target. A BUDDY_MIRROR pattern gets storage buddy groups of its
   * pool instead, by the same rules applied to each group's current primary target (a group's
   * capacity pool is the worse of its members').
   */
  choose(pattern: Pattern): TargetChoice {
    const map = this.init.map();
    const pool = pattern.storagePoolId || 1;
    const mirrored = pattern.type === hivefs.PatternType.BUDDY_MIRROR;
    const kind = mirrored ? 'groups' : 'targets';
    const targets = this.candidatesOf(map, kind, pool);
    const fallback = count(targets.online) === 0;
    const tiers = fallback ? targets.probablyOffline : targets.online;
    const usable = count(tiers);
    if (usable === 0) {
      if (!map) fail(ErrCode.NO_TARGETS, 'no cluster map from mgmtd yet');
      fail(ErrCode.NO_TARGETS, `${isGroups(targets) ? noGroupReason(targets, pool) : noTargetReason(targets, pool)}; map version ${map.version ?? 0}`);
    }
    const desired = Math.max(1, pattern.numTargets);
    const want = Math.min(desired, usable);
    const rotation = this.rotation.get(kind) ?? 0;
    const order = tiers.flatMap((t) => (this.init.mode === 'roundrobin' ? rotate(t, rotation) : this.shuffle(t)));
    if (this.init.mode === 'roundrobin') this.rotation.set(kind, rotation + want);
    const shortfall = want < desired || fallback ? describeShortfall({ used: want, desired, pool, targets, fallback }) : '';
    if (this.logged.first(`${kind}:${pool}`, targets, shortfall)) this.init.log?.warn({ storagePoolId: pool, mapVersion: map?.version ?? 0 }, `new ${mirrored ? 'mirrored ' : ''}files get ${shortfall}`);
    return { ids: order.slice(0, want), shortfall: want < desired ? shortfall : '' };
  }

  /** {@link poolTargets} or {@link poolGroups}, computed once per map, kind and pool. */
  private candidatesOf(map: hivefs.IClusterMap | undefined, kind: 'targets' | 'groups', pool: number): PoolTargets | PoolGroups {
    const key = `${kind}:${pool}`;
    const hit = this.byPool.get(key);
    if (hit && hit.map === map) return hit.targets;
    const targets = kind === 'groups' ? poolGroups(map, pool) : poolTargets(map, pool);
    this.byPool.set(key, { map, targets });
    return targets;
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

/** `ids` rotated to start at position `rotation` (modulo their number). */
function rotate(ids: number[], rotation: number): number[] {
  if (ids.length === 0) return ids;
  const start = rotation % ids.length;
  return [...ids.slice(start), ...ids.slice(0, start)];
}

/** Why a pool offers no target for a new file. */
function noTargetReason(targets: PoolTargets, pool: number): string {
  const offline = targets.offline.length ? ` (offline: ${targets.offline.join(', ')})` : '';
  return `no storage target of pool ${pool} is online${offline}`;
}

/** Why a pool offers no buddy group for a new mirrored file. */
function noGroupReason(groups: PoolGroups, pool: number): string {
  if (groups.offline.length === 0) return `no storage buddy group in pool ${pool} for a buddy-mirrored directory pattern (define groups with hivefs-ctl --addmirrorgroup)`;
  return `no storage buddy group of pool ${pool} has its primary online (${groups.offline.map((g) => groupPrimaryLabel(groups, g)).join(', ')} offline)`;
}
