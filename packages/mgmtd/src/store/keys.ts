// The key schema of the mgmtd store, in one place, with its key builders.
import { key, prefix } from '@hivefs/common';

/*
 * All keys of the mgmtd store (built with key()/prefix() from @hivefs/common: parts joined by
 * ':', numbers as 8 upper-case hex digits, so records of one kind sort by type and id):
 *
 *   V                        map header, JSON {"schema":1,"version":<n>,"rootNodeId":<n>,"rootGroupId":<n>}
 *                            (rootGroupId: since meta mirroring; absent in older stores = 0).
 *                            Written in every batch: each batch bumps the map version by one.
 *   N:<nodeType>:<nodeId>    NodeInfo (protobuf) of a meta or storage node; clients are never
 *                            stored. reachability and last_seen_ms are runtime state, not stored.
 *   T:<nodeType>:<targetId>  TargetInfo (protobuf) of a storage target (node_type STORAGE) or of a
 *                            meta node seen as a target (node_type META, target_id = node_id).
 *                            Stored fields: target_id, node_id, node_type, consistency,
 *                            storage_pool_id; reachability, capacity pool and space are runtime.
 *   G:<nodeType>:<groupId>   BuddyGroup (protobuf); group ids are independent of target ids.
 *   P:<poolId>               StoragePool (protobuf) with pool_id and alias only; its members are
 *                            derived from the storage_pool_id of targets and groups.
 *   C:client                 client id high-water mark: the last client id issued, decimal text.
 *                            Written in the batch that issues (or accepts) a higher client id,
 *                            so client ids are never reused, also across restarts.
 *
 * nodeType is the hivefs.NodeType number (META = 2, STORAGE = 3).
 */

/** Key of the map header. */
export const HEADER_KEY = key('V');

/** Key of a node record. */
export function nodeKey(type: number, nodeId: number): string {
  return key('N', type, nodeId);
}

/** Key of a target record. */
export function targetKey(nodeType: number, targetId: number): string {
  return key('T', nodeType, targetId);
}

/** Key of a buddy group record. */
export function groupKey(nodeType: number, groupId: number): string {
  return key('G', nodeType, groupId);
}

/** Key of a storage pool record. */
export function poolKey(poolId: number): string {
  return key('P', poolId);
}

/** Key of the client id high-water mark. */
export const CLIENT_MARK_KEY = key('C', 'client');

/** Prefixes of the record kinds, for loading everything at start. */
export const NODE_PREFIX = prefix('N');
export const TARGET_PREFIX = prefix('T');
export const GROUP_PREFIX = prefix('G');
export const POOL_PREFIX = prefix('P');

