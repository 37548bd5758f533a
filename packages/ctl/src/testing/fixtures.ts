// Fixed cluster maps and rows for unit tests: two meta nodes, two storage nodes with targets in every state.
import { hivefs } from '@hivefs/protocol';
import type { TargetRow } from '../api/targets.js';

const { NodeType: T, Reachability: R, Consistency: C, CapacityPool: P } = hivefs;

const GIB = 1024 ** 3;

/** Wall clock the fixture's heartbeat times are relative to. */
export const FIXTURE_NOW_MS = 1_700_000_000_000;

function node(type: hivefs.NodeType, nodeId: number, alias: string, port: number, reachability = R.ONLINE, ageMs = 250): hivefs.INodeInfo {
  return { type, nodeId, alias, addrs: [{ host: '127.0.0.1', port }], reachability, lastSeenMs: FIXTURE_NOW_MS - ageMs, hostname: 'host1', version: '0.1.0', pid: 1000 + nodeId };
}

function space(total: number, free: number, itotal: number, ifree: number): hivefs.ITargetSpace {
  return { totalBytes: total, freeBytes: free, totalInodes: itotal, freeInodes: ifree };
}

/** A map with meta 1, 2 (meta02 never heard from), storage 1, 2 (2 Offline), client 7, and targets 101, 102, 201, 202. */
export function fixtureMap(): hivefs.IClusterMap {
  return {
    version: 42,
    rootNodeId: 1,
    nodes: [
      node(T.STORAGE, 2, 'storage02', 8013, R.OFFLINE, 7000),
      node(T.META, 2, 'meta02', 8006, R.ONLINE),
      node(T.STORAGE, 1, 'storage01', 8003),
      node(T.META, 1, 'meta01', 8005),
      node(T.CLIENT, 7, 'client07', 0),
      node(T.MGMTD, 1, 'mgmtd', 8008),
    ],
    targets: [
      { targetId: 201, nodeId: 2, nodeType: T.STORAGE, reachability: R.OFFLINE, consistency: C.NEEDS_RESYNC, capacityPool: P.EMERGENCY, resyncing: true, storagePoolId: 1 },
      { targetId: 101, nodeId: 1, nodeType: T.STORAGE, reachability: R.ONLINE, consistency: C.GOOD, capacityPool: P.NORMAL, storagePoolId: 1, space: space(227.9 * GIB, 200.1 * GIB, 1_200_000, 1_100_000) },
      { targetId: 102, nodeId: 1, nodeType: T.STORAGE, reachability: R.PROBABLY_OFFLINE, consistency: C.GOOD, capacityPool: P.LOW, storagePoolId: 1, space: space(2048 * GIB, 102.4 * GIB, 10_000_000, 500_000) },
      { targetId: 202, nodeId: 2, reachability: R.OFFLINE, consistency: C.BAD, capacityPool: P.EMERGENCY, storagePoolId: 1 },
      { targetId: 1, nodeId: 1, nodeType: T.META, reachability: R.ONLINE, consistency: C.GOOD, capacityPool: P.NORMAL, space: space(100 * GIB, 50 * GIB, 6_500_000, 6_400_000) },
      { targetId: 2, nodeId: 2, nodeType: T.META, reachability: R.ONLINE, consistency: C.GOOD, capacityPool: P.NORMAL, space: space(100 * GIB, 25 * GIB, 6_500_000, 3_250_000) },
    ],
    groups: [],
    pools: [{ poolId: 1, alias: 'Default', targetIds: [101, 102, 201, 202] }],
  };
}

/** A target row with defaults (Online, Good, normal, node Online) and the given fields. */
export function targetRow(fields: Partial<TargetRow> & { targetId: number; nodeId: number }): TargetRow {
  return {
    nodeAlias: `storage0${fields.nodeId}`,
    nodeType: 'storage',
    reachability: 'Online',
    consistency: 'Good',
    resyncing: false,
    capacityPool: 'normal',
    storagePoolId: 1,
    space: null,
    nodeReachability: 'Online',
    ...fields,
  };
}
