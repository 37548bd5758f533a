// Buddy group records in the store (BuddyGroup protobuf) and the rules a group must follow.
import type { KvBatchOp, KvStore } from '@hivefs/common';
import { hivefs, isValidNumericId } from '@hivefs/protocol';
import { GROUP_PREFIX, groupKey } from './keys.js';
import type { GroupRecord, TargetRecord } from './records.js';
import { loadRecords } from './scan.js';

/** Encodes a group. */
export function encodeGroup(g: GroupRecord): Uint8Array {
  return hivefs.BuddyGroup.encode({
    nodeType: g.nodeType,
    groupId: g.groupId,
    primaryId: g.primaryId,
    secondaryId: g.secondaryId,
    storagePoolId: g.poolId,
    primarySince: g.primarySince,
  }).finish();
}

/** Decodes a stored group. */
export function decodeGroup(bytes: Uint8Array): GroupRecord {
  const m = hivefs.BuddyGroup.decode(bytes);
  if (m.nodeType !== hivefs.NodeType.META && m.nodeType !== hivefs.NodeType.STORAGE) throw new Error(`bad node type ${m.nodeType}`);
  if (!m.groupId || !m.primaryId || !m.secondaryId) throw new Error('group, primary or secondary id 0');
  return { nodeType: m.nodeType, groupId: m.groupId, primaryId: m.primaryId, secondaryId: m.secondaryId, poolId: m.storagePoolId, primarySince: Number(m.primarySince) };
}

/** Every stored group. */
export function loadGroups(kv: KvStore): Promise<GroupRecord[]> {
  return loadRecords(kv, GROUP_PREFIX, decodeGroup);
}

/** Store operations that persist a group. */
export function putGroupOps(g: GroupRecord): KvBatchOp[] {
  return [{ type: 'put', key: groupKey(g.nodeType, g.groupId), value: encodeGroup(g) }];
}

/** Store operations that delete a group. */
export function delGroupOps(nodeType: hivefs.NodeType, groupId: number): KvBatchOp[] {
  return [{ type: 'del', key: groupKey(nodeType, groupId) }];
}

/** What {@link groupProblem} needs to look up. */
export interface GroupLookup {
  target(nodeType: hivefs.NodeType, targetId: number): TargetRecord | undefined;
  groups(): GroupRecord[];
}

/**
 * Why `g` cannot be stored, or undefined when it can: ids in 1..65535, two different existing
 * members of the group's node type, neither in another group, both in the group's storage pool
 * (meta groups have pool 0).
 */
export function groupProblem(g: GroupRecord, lookup: GroupLookup): string | undefined {
  const kind = g.nodeType === hivefs.NodeType.META ? 'meta node' : 'storage target';
  if (g.nodeType !== hivefs.NodeType.META && g.nodeType !== hivefs.NodeType.STORAGE) return `buddy group node type ${g.nodeType} is neither META nor STORAGE`;
  if (!isValidNumericId(g.groupId)) return `buddy group id ${g.groupId} is outside 1..65535`;
  if (g.primaryId === g.secondaryId) return `buddy group ${g.groupId} pairs ${kind} ${g.primaryId} with itself`;
  for (const id of [g.primaryId, g.secondaryId]) {
    const t = lookup.target(g.nodeType, id);
    if (!t) return `buddy group ${g.groupId}: ${kind} ${id} does not exist`;
    if (t.poolId !== g.poolId) return `buddy group ${g.groupId} is in storage pool ${g.poolId} but ${kind} ${id} is in pool ${t.poolId}`;
    const other = lookup.groups().find((o) => o.nodeType === g.nodeType && o.groupId !== g.groupId && (o.primaryId === id || o.secondaryId === id));
    if (other) return `buddy group ${g.groupId}: ${kind} ${id} is already in buddy group ${other.groupId}`;
  }
  return undefined;
}
