// Owners of metadata in a cluster map: the root's owner, and the meta node that serves an owner
// (a node itself, or the current primary of a meta buddy group).
import { hivefs } from '../../gen/proto.js';
import { ErrCode, HiveError } from '../errors.js';
import { groupOfOwner, groupOwner, isGroupOwner } from '../ids.js';
import { findGroup } from './role.js';

type Map = hivefs.IClusterMap | null | undefined;

/** Meta buddy group `groupId` of `map`, or undefined. */
export function metaGroup(map: Map, groupId: number): hivefs.IBuddyGroup | undefined {
  return findGroup(map ?? undefined, hivefs.NodeType.META, groupId);
}

/** The meta buddy group node `nodeId` is a member of, or undefined. */
export function metaGroupOfNode(map: Map, nodeId: number): hivefs.IBuddyGroup | undefined {
  return (map?.groups ?? []).find((g) => g.nodeType === hivefs.NodeType.META && (g.primaryId === nodeId || g.secondaryId === nodeId));
}

/** The owner number of the root directory: its group after --mirrormd, else its node (0: none yet). */
export function rootOwnerOf(map: Map): number {
  const g = map?.rootGroupId ?? 0;
  return g ? groupOwner(g) : (map?.rootNodeId ?? 0);
}

/**
 * The meta node that serves owner number `owner` in `map`: the node itself, or the current
 * primary of the group. UNKNOWN_GROUP when the map has no such meta group.
 */
export function metaNodeOfOwner(map: Map, owner: number): number {
  if (!isGroupOwner(owner)) return owner;
  const g = metaGroup(map, groupOfOwner(owner));
  if (!g?.primaryId) throw new HiveError(ErrCode.UNKNOWN_GROUP, `meta buddy group ${groupOfOwner(owner)} is not in map version ${Number(map?.version ?? 0)}`);
  return g.primaryId;
}

/** How an owner reads in admin output: `node 3` or `group 200`. */
export function describeOwner(owner: number): string {
  return isGroupOwner(owner) ? `group ${groupOfOwner(owner)}` : `node ${owner}`;
}
