// --listnodes: the nodes of one type from the cluster map, as plain rows.
import { metaGroup, type hivefs } from '@hivefs/protocol';
import type { NodeKind } from '../cli/types.js';
import { nodeTypeOf, reachabilityName } from './names.js';

/** One node as --listnodes shows it (and --json prints it). */
export interface NodeRow {
  nodeId: number;
  alias: string;
  nodeType: NodeKind;
  addresses: { host: string; port: number }[];
  reachability: string;
  /** Milliseconds since the last heartbeat; null when none was seen. */
  lastHeartbeatAgeMs: number | null;
  hostname: string;
  version: string;
  pid: number;
  /** Meta nodes: whether this node holds the root directory (map.rootNodeId; once mirrored, its group's current primary). */
  ownsRoot: boolean;
}

/** The meta node holding the root now: the root group's primary once mirrored, else map.rootNodeId (0: none). */
export function rootNodeOf(map: hivefs.IClusterMap): number {
  return map.rootGroupId ? (metaGroup(map, map.rootGroupId)?.primaryId ?? 0) : (map.rootNodeId ?? 0);
}

/** The nodes of `kind` in the map, sorted by node id. `nowMs` is the wall clock to age heartbeats against. */
export function listNodes(map: hivefs.IClusterMap, kind: NodeKind, nowMs: number): NodeRow[] {
  const type = nodeTypeOf(kind);
  const root = rootNodeOf(map);
  return (map.nodes ?? [])
    .filter((n) => n.type === type)
    .map((n) => ({
      nodeId: n.nodeId ?? 0,
      alias: n.alias ?? '',
      nodeType: kind,
      addresses: (n.addrs ?? []).map((a) => ({ host: a.host ?? '', port: a.port ?? 0 })),
      reachability: reachabilityName(n.reachability),
      lastHeartbeatAgeMs: n.lastSeenMs ? Math.max(0, nowMs - Number(n.lastSeenMs)) : null,
      hostname: n.hostname ?? '',
      version: n.version ?? '',
      pid: n.pid ?? 0,
      ownsRoot: kind === 'meta' && root !== 0 && (n.nodeId ?? 0) === root,
    }))
    .sort((a, b) => a.nodeId - b.nodeId);
}
