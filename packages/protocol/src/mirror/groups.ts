// Storage buddy groups as a cluster map has them: lookup, and what routing a mirrored request needs.
import { hivefs } from '../../gen/proto.js';
import { ErrCode, HiveError } from '../errors.js';
import { findGroup } from './role.js';

/** A storage buddy group of `map` by id, or undefined. */
export function storageGroup(map: hivefs.IClusterMap | null | undefined, groupId: number): hivefs.IBuddyGroup | undefined {
  return findGroup(map ?? undefined, hivefs.NodeType.STORAGE, groupId);
}

/**
 * The target id of the current primary of storage buddy group `groupId` in `map` (where a
 * mirrored request goes); UNKNOWN_GROUP when the map has no such group.
 */
export function groupPrimary(map: hivefs.IClusterMap | null | undefined, groupId: number): number {
  const g = storageGroup(map, groupId);
  if (!g?.primaryId) throw new HiveError(ErrCode.UNKNOWN_GROUP, `buddy group ${groupId} is not in map version ${Number(map?.version ?? 0)}`);
  return g.primaryId;
}

/**
 * Answers to a mirrored request that mean "sent by an outdated map to a member that is not the
 * primary (any more)": refresh the map and send again to the group's primary as it names it.
 */
export const REROUTE_CODES: ReadonlySet<number> = new Set([ErrCode.NOT_PRIMARY, ErrCode.STALE_MAP]);
