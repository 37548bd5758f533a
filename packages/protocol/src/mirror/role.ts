// A member's role in a buddy group, read from a cluster map (shared by storage and meta mirroring).
import { hivefs } from '../../gen/proto.js';

/** What a target (storage) or node (meta) is in one buddy group. */
export type MirrorRole = 'primary' | 'secondary' | 'none';

/** The buddy group `groupId` of `nodeType` in `map`, or undefined. */
export function findGroup(map: hivefs.IClusterMap | undefined, nodeType: hivefs.NodeType, groupId: number): hivefs.IBuddyGroup | undefined {
  return map?.groups?.find((g) => g.groupId === groupId && (g.nodeType ?? hivefs.NodeType.STORAGE) === nodeType);
}

/** The role of member `memberId` (target id or meta node id) in `group`. */
export function roleIn(group: hivefs.IBuddyGroup | undefined, memberId: number): MirrorRole {
  if (!group || !memberId) return 'none';
  if (group.primaryId === memberId) return 'primary';
  if (group.secondaryId === memberId) return 'secondary';
  return 'none';
}

/** The other member of `group` (its secondary for the primary and vice versa); 0 for a non-member. */
export function buddyOf(group: hivefs.IBuddyGroup, memberId: number): number {
  if (group.primaryId === memberId) return group.secondaryId ?? 0;
  if (group.secondaryId === memberId) return group.primaryId ?? 0;
  return 0;
}

/** Every group of `nodeType` that `memberId` belongs to, with its role there. */
export function groupsOfMember(map: hivefs.IClusterMap | undefined, nodeType: hivefs.NodeType, memberId: number): { group: hivefs.IBuddyGroup; role: Exclude<MirrorRole, 'none'> }[] {
  const out: { group: hivefs.IBuddyGroup; role: Exclude<MirrorRole, 'none'> }[] = [];
  for (const group of map?.groups ?? []) {
    if ((group.nodeType ?? hivefs.NodeType.STORAGE) !== nodeType) continue;
    const role = roleIn(group, memberId);
    if (role !== 'none') out.push({ group, role });
  }
  return out;
}
