// Builds the cluster map that getMap returns: registry records plus runtime states.
import { hivefs } from '@hivefs/protocol';
import type { MgmtdApp } from './app-context.js';
import { nodeLiveKey, reachKeyOf, targetLiveKey } from './state/runtime.js';
import type { NodeRecord, TargetRecord } from './store/records.js';

const N = hivefs.NodeType;

function nodeInfo(app: MgmtdApp, n: NodeRecord): hivefs.INodeInfo {
  const key = nodeLiveKey(n.type, n.nodeId);
  const reachability = n.type === N.CLIENT ? hivefs.Reachability.ONLINE : app.runtime.reachability(key);
  return {
    type: n.type,
    nodeId: n.nodeId,
    alias: n.alias,
    addrs: n.addrs.map((a) => ({ host: a.host, port: a.port })),
    reachability,
    lastSeenMs: Math.floor(app.runtime.live.get(key)?.seenMs ?? 0),
    hostname: n.hostname,
    version: n.version,
    pid: n.pid,
    registeredMs: n.registeredMs,
  };
}

function targetInfo(app: MgmtdApp, t: TargetRecord, resyncing: Set<string>): hivefs.ITargetInfo {
  const key = targetLiveKey(t.nodeType, t.targetId);
  const liveKey = reachKeyOf(t.nodeType, t.targetId);
  const space = app.runtime.space.get(key);
  return {
    targetId: t.targetId,
    nodeId: t.nodeId,
    nodeType: t.nodeType,
    reachability: app.runtime.reachability(liveKey),
    consistency: t.consistency,
    capacityPool: app.runtime.pools.get(key) ?? hivefs.CapacityPool.EMERGENCY,
    ...(space ? { space } : {}),
    storagePoolId: t.poolId,
    resyncing: resyncing.has(key),
  };
}

/**
 * The whole map under one version: nodes with reachability, targets with reachability,
 * consistency, capacity pool, space and whether a resync to them runs, buddy groups, storage pools with their members, and
 * the root meta node (and its meta buddy group once mirrored). Built synchronously, so it is always one consistent state.
 */
export function buildClusterMap(app: MgmtdApp): hivefs.IClusterMap {
  const r = app.registry;
  const storageTargets = r.targets(N.STORAGE);
  const storageGroups = r.groups().filter((g) => g.nodeType === N.STORAGE);
  const resyncing = app.runtime.resyncingTargets();
  return {
    version: r.version,
    nodes: r.nodes().map((n) => nodeInfo(app, n)),
    targets: r.targets().map((t) => targetInfo(app, t, resyncing)),
    groups: r.groups().map((g) => ({ nodeType: g.nodeType, groupId: g.groupId, primaryId: g.primaryId, secondaryId: g.secondaryId, storagePoolId: g.poolId, primarySince: g.primarySince })),
    pools: r.pools().map((p) => ({
      poolId: p.poolId,
      alias: p.alias,
      targetIds: storageTargets.filter((t) => t.poolId === p.poolId).map((t) => t.targetId),
      groupIds: storageGroups.filter((g) => g.poolId === p.poolId).map((g) => g.groupId),
    })),
    rootNodeId: r.rootNodeId,
    rootGroupId: r.rootGroupId,
  };
}
