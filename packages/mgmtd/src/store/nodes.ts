// Node records in the store: NodeInfo protobuf without the runtime fields.
import type { KvBatchOp, KvStore } from '@hivefs/common';
import { hivefs } from '@hivefs/protocol';
import { NODE_PREFIX, nodeKey } from './keys.js';
import type { NodeRecord } from './records.js';
import { loadRecords } from './scan.js';

/** Encodes the stored fields of a node. */
export function encodeNode(n: NodeRecord): Uint8Array {
  return hivefs.NodeInfo.encode({
    type: n.type,
    nodeId: n.nodeId,
    alias: n.alias,
    addrs: n.addrs.map((a) => ({ host: a.host, port: a.port })),
    hostname: n.hostname,
    version: n.version,
    pid: n.pid,
    registeredMs: n.registeredMs,
  }).finish();
}

/** Decodes a stored node; throws when the record is not a valid server node. */
export function decodeNode(bytes: Uint8Array): NodeRecord {
  const m = hivefs.NodeInfo.decode(bytes);
  if (m.type !== hivefs.NodeType.META && m.type !== hivefs.NodeType.STORAGE) throw new Error(`bad node type ${m.type}`);
  if (!m.nodeId) throw new Error('node id 0');
  return {
    type: m.type,
    nodeId: m.nodeId,
    alias: m.alias,
    addrs: m.addrs.map((a) => ({ host: a.host ?? '', port: a.port ?? 0 })),
    hostname: m.hostname,
    version: m.version,
    pid: m.pid,
    registeredMs: m.registeredMs,
  };
}

/** Every stored node. */
export function loadNodes(kv: KvStore): Promise<NodeRecord[]> {
  return loadRecords(kv, NODE_PREFIX, decodeNode);
}

/** Store operations that persist a node; clients are never stored. */
export function putNodeOps(n: NodeRecord): KvBatchOp[] {
  if (n.type === hivefs.NodeType.CLIENT) return [];
  return [{ type: 'put', key: nodeKey(n.type, n.nodeId), value: encodeNode(n) }];
}

/** Store operations that delete a node. */
export function delNodeOps(type: hivefs.NodeType, nodeId: number): KvBatchOp[] {
  if (type === hivefs.NodeType.CLIENT) return [];
  return [{ type: 'del', key: nodeKey(type, nodeId) }];
}
