// Target records in the store: TargetInfo protobuf with the persistent fields only.
import type { KvBatchOp, KvStore } from '@hivefs/common';
import { hivefs } from '@hivefs/protocol';
import { TARGET_PREFIX, targetKey } from './keys.js';
import type { TargetRecord } from './records.js';
import { loadRecords } from './scan.js';

/** Encodes the stored fields of a target. */
export function encodeTarget(t: TargetRecord): Uint8Array {
  return hivefs.TargetInfo.encode({
    targetId: t.targetId,
    nodeId: t.nodeId,
    nodeType: t.nodeType,
    consistency: t.consistency,
    storagePoolId: t.poolId,
  }).finish();
}

/** Decodes a stored target; throws when the record is not valid. */
export function decodeTarget(bytes: Uint8Array): TargetRecord {
  const m = hivefs.TargetInfo.decode(bytes);
  if (m.nodeType !== hivefs.NodeType.META && m.nodeType !== hivefs.NodeType.STORAGE) throw new Error(`bad node type ${m.nodeType}`);
  if (!m.targetId || !m.nodeId) throw new Error('target or node id 0');
  const consistency = m.consistency || hivefs.Consistency.GOOD;
  return { nodeType: m.nodeType, targetId: m.targetId, nodeId: m.nodeId, consistency, poolId: m.storagePoolId };
}

/** Every stored target (storage targets and meta nodes seen as targets). */
export function loadTargets(kv: KvStore): Promise<TargetRecord[]> {
  return loadRecords(kv, TARGET_PREFIX, decodeTarget);
}

/** Store operations that persist a target. */
export function putTargetOps(t: TargetRecord): KvBatchOp[] {
  return [{ type: 'put', key: targetKey(t.nodeType, t.targetId), value: encodeTarget(t) }];
}

/** Store operations that delete a target. */
export function delTargetOps(nodeType: hivefs.NodeType, targetId: number): KvBatchOp[] {
  return [{ type: 'del', key: targetKey(nodeType, targetId) }];
}
