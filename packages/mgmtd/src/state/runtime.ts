// Runtime state that is never stored: liveness, published reachability, space, capacity pools,
// primary leases and resync reports.
import { hivefs } from '@hivefs/protocol';
import type { Registry } from '../store/registry.js';
import { typedId } from '../store/records.js';
import { capacityPoolOf } from './capacity.js';
import { leaseOverAt } from './lease.js';
import type { StateLimits } from './limits.js';
import { clientExpired, reachabilityOf, type Liveness } from './reachability.js';

const N = hivefs.NodeType;

/** Liveness of one node or storage target plus what the map currently says about it. */
export interface LiveEntry extends Liveness {
  /** Clock time of the last report (0: none since mgmtd started). */
  seenMs: number;
  /** Reachability as published in the map (undefined: not yet published). */
  reachability?: hivefs.Reachability;
}

/** Changes of the runtime state that are due; applying them needs a map version bump. */
export interface StateDelta {
  /** Live key -> new reachability. */
  reach: Map<string, hivefs.Reachability>;
  /** Target key -> new capacity pool. */
  pools: Map<string, hivefs.CapacityPool>;
  /** Clients to drop. */
  expiredClients: number[];
}

/** Live key of a node; meta targets share their node's key. */
export const nodeLiveKey = (type: hivefs.NodeType, nodeId: number): string => `n${typedId(type, nodeId)}`;

/** Live key of a storage target, and key of any target's space and pool. */
export const targetLiveKey = (nodeType: hivefs.NodeType, targetId: number): string => `t${typedId(nodeType, targetId)}`;
/**
 * The live key whose reachability a target has: its own for a storage target, its node's for a
 * meta node seen as a target (target id = node id; a meta node reports no targets of its own).
 */
export const reachKeyOf = (nodeType: hivefs.NodeType, targetId: number): string =>
  nodeType === hivefs.NodeType.META ? nodeLiveKey(nodeType, targetId) : targetLiveKey(nodeType, targetId);

/** Whether a delta changes nothing. */
export function isEmptyDelta(d: StateDelta): boolean {
  return d.reach.size === 0 && d.pools.size === 0 && d.expiredClients.length === 0;
}

/** Liveness, space and published states of every node and target, in memory only. */
export class Runtime {
  readonly live = new Map<string, LiveEntry>();
  readonly space = new Map<string, hivefs.ITargetSpace>();
  readonly pools = new Map<string, hivefs.CapacityPool>();
  /** Node live key -> clock time at which the last primary lease granted to it surely ran out. */
  readonly leaseOver = new Map<string, number>();
  /** Node live key -> target live keys it said it is resyncing in its last heartbeat. */
  readonly resyncing = new Map<string, string[]>();
  /** Typed group id (typedId) -> why it waits for a switchover or has no usable member, as last logged. */
  readonly groupNotes = new Map<string, string>();

  /** `startMs` is mgmtd's start: entities that have not reported age from there. */
  constructor(private readonly startMs: number) {}

  /** Records a report (heartbeat or registration) of a node or storage target. */
  heard(key: string, nowMs: number): void {
    const e = this.live.get(key);
    if (e) Object.assign(e, { reported: true, heardAtMs: nowMs, seenMs: nowMs });
    else this.live.set(key, { reported: true, heardAtMs: nowMs, seenMs: nowMs });
  }

  /** Records the last space report of a target. */
  setSpace(nodeType: hivefs.NodeType, targetId: number, space: hivefs.ITargetSpace): void {
    this.space.set(targetLiveKey(nodeType, targetId), space);
  }

  /** Records that a primary lease of `leaseMs` was granted to a node at `nowMs`. */
  grantLease(nodeKey: string, nowMs: number, leaseMs: number): void {
    this.leaseOver.set(nodeKey, leaseOverAt(nowMs, leaseMs));
  }

  /**
   * Whether every lease granted to a node has surely run out at `nowMs`. A node not granted one
   * since mgmtd started counts as granted at the start (a lease of the previous mgmtd may run).
   */
  leaseExpired(nodeKey: string, nowMs: number, leaseMs: number): boolean {
    return nowMs >= (this.leaseOver.get(nodeKey) ?? leaseOverAt(this.startMs, leaseMs));
  }

  /** Replaces the targets a node says it is resyncing (target live keys). */
  setResyncing(nodeKey: string, targetKeys: string[]): void {
    if (targetKeys.length) this.resyncing.set(nodeKey, targetKeys);
    else this.resyncing.delete(nodeKey);
  }

  /** Target live keys some node is resyncing now. */
  resyncingTargets(): Set<string> {
    return new Set([...this.resyncing.values()].flat());
  }

  /** The published reachability of a key (Probably-offline until first published). */
  reachability(key: string): hivefs.Reachability {
    return this.live.get(key)?.reachability ?? hivefs.Reachability.PROBABLY_OFFLINE;
  }

  /** Computes every due change at `nowMs` against the registry (nothing is applied). */
  collect(nowMs: number, registry: Registry, limits: StateLimits): StateDelta {
    const d: StateDelta = { reach: new Map(), pools: new Map(), expiredClients: [] };
    const check = (key: string): void => {
      const e = this.live.get(key) ?? { reported: false, heardAtMs: this.startMs, seenMs: 0 };
      const r = reachabilityOf(e, nowMs, limits);
      if (r !== e.reachability) d.reach.set(key, r);
    };
    for (const n of registry.nodes()) {
      if (n.type !== N.CLIENT) check(nodeLiveKey(n.type, n.nodeId));
      else if (clientExpired(this.live.get(nodeLiveKey(n.type, n.nodeId))?.heardAtMs ?? this.startMs, nowMs, limits)) d.expiredClients.push(n.nodeId);
    }
    for (const t of registry.targets()) {
      const key = targetLiveKey(t.nodeType, t.targetId);
      if (t.nodeType === N.STORAGE) check(key);
      const pool = capacityPoolOf(this.space.get(key), t.nodeType === N.META ? limits.meta : limits.storage);
      if (pool !== this.pools.get(key)) d.pools.set(key, pool);
    }
    return d;
  }

  /** Publishes a delta and forgets entities the registry no longer has. */
  apply(d: StateDelta, registry: Registry): void {
    for (const [key, r] of d.reach) {
      const e = this.live.get(key);
      if (e) e.reachability = r;
      else this.live.set(key, { reported: false, heardAtMs: this.startMs, seenMs: 0, reachability: r });
      if (r === hivefs.Reachability.OFFLINE) this.resyncing.delete(key);
    }
    for (const [key, p] of d.pools) this.pools.set(key, p);
    this.prune(registry);
  }

  private prune(registry: Registry): void {
    const keep = new Set<string>();
    for (const n of registry.nodes()) keep.add(nodeLiveKey(n.type, n.nodeId));
    for (const t of registry.targets()) keep.add(targetLiveKey(t.nodeType, t.targetId));
    for (const m of [this.live, this.space, this.pools, this.leaseOver, this.resyncing]) {
      for (const key of m.keys()) if (!keep.has(key)) m.delete(key);
    }
  }
}
