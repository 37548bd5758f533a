// The checks every mirrored request passes: group id, map refresh for a newer sender, role, map age, lease.
import type { Logger } from '@hivefs/common';
import { ErrCode, HiveError, findGroup, hivefs, isValidNumericId, roleIn, type LeaseHolder, type MapView } from '@hivefs/protocol';

/**
 * The buddy group `groupId` from the map, refreshed first when the sender's map (`mapVersion`)
 * is newer than ours. Throws INVALID_ARGUMENT for a malformed id, UNKNOWN_GROUP for one the map
 * does not have.
 */
export async function mirroredGroup(view: MapView, groupId: number, mapVersion: number, log: Logger): Promise<hivefs.IBuddyGroup> {
  if (!isValidNumericId(groupId)) throw new HiveError(ErrCode.INVALID_ARGUMENT, `buddy group id ${String(groupId)} is not valid (1..65535)`);
  if (mapVersion > view.version) {
    await view.refresh().catch((e: Error) => log.warn({ err: e.message, senderVersion: mapVersion }, 'map refresh for a newer sender failed; using the cached map'));
  }
  const g = findGroup(view.map, hivefs.NodeType.STORAGE, groupId);
  if (!g) throw new HiveError(ErrCode.UNKNOWN_GROUP, `buddy group ${groupId} is not in map version ${view.version}`, view.version);
  return g;
}

/** Throws NOT_PRIMARY unless `targetId` is the group's primary, STALE_MAP when the sender's map predates its switch. */
export function checkPrimary(view: MapView, g: hivefs.IBuddyGroup, targetId: number, mapVersion: number): void {
  if (roleIn(g, targetId) !== 'primary') {
    throw new HiveError(ErrCode.NOT_PRIMARY, `target ${targetId} is not the primary of buddy group ${g.groupId} (primary: ${g.primaryId}) in map version ${view.version}`, view.version);
  }
  const since = Number(g.primarySince ?? 0);
  if (mapVersion < since) {
    throw new HiveError(ErrCode.STALE_MAP, `map version ${mapVersion} predates the switch of buddy group ${g.groupId} to primary ${targetId} at version ${since}; refresh the map`, view.version);
  }
}

/**
 * Throws NO_LEASE unless the node holds a valid primary lease for its current map. A lease
 * granted with a newer map than ours counts once the map is fetched (done here, then checked).
 */
export async function checkLease(lease: LeaseHolder, view: MapView, groupId: number): Promise<void> {
  if (!lease.valid(view.version) && lease.valid()) await view.refresh().catch(() => undefined);
  if (!lease.valid(view.version)) {
    throw new HiveError(ErrCode.NO_LEASE, `primary of buddy group ${groupId} holds no lease from mgmtd (heartbeats not answered in time); request refused`, view.version);
  }
}

/** Throws NOT_SECONDARY unless `targetId` is the group's secondary. */
export function checkSecondary(view: MapView, g: hivefs.IBuddyGroup, targetId: number): void {
  if (roleIn(g, targetId) !== 'secondary') {
    throw new HiveError(ErrCode.NOT_SECONDARY, `target ${targetId} is not the secondary of buddy group ${g.groupId} (secondary: ${g.secondaryId}) in map version ${view.version}`, view.version);
  }
}
