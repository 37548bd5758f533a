// --addmirrorgroup, --listmirrorgroups and --listtargets --mirrorgroups: buddy groups in the map and creating them at mgmtd.
import { Rpc, hivefs } from '@hivefs/protocol';
import { opFailed } from '../errors.js';
import type { TargetKind } from '../cli/types.js';
import { nodeTypeOf } from './names.js';
import { planMirrorPairs } from './pairing.js';
import type { Session } from './session.js';
import { listTargets, type TargetRow } from './targets.js';

/** One buddy group as --listmirrorgroups shows it (and --json prints it). */
export interface MirrorGroupRow {
  groupId: number;
  nodeType: TargetKind;
  /** Target id (storage) or node id (meta). */
  primaryId: number;
  secondaryId: number;
  storagePoolId: number;
}

/** A member of a buddy group with its target row, as --listtargets --mirrorgroups shows it. */
export interface MirrorMemberRow extends TargetRow {
  groupId: number;
  memberType: 'primary' | 'secondary';
}

/** Buddy groups of `kind` in the map, sorted by group id. */
export function listMirrorGroups(map: hivefs.IClusterMap, kind: TargetKind): MirrorGroupRow[] {
  const type = nodeTypeOf(kind);
  return (map.groups ?? [])
    .filter((g) => (g.nodeType || hivefs.NodeType.STORAGE) === type)
    .map((g) => ({ groupId: g.groupId ?? 0, nodeType: kind, primaryId: g.primaryId ?? 0, secondaryId: g.secondaryId ?? 0, storagePoolId: g.storagePoolId ?? 0 }))
    .sort((a, b) => a.groupId - b.groupId);
}

/**
 * Members of the buddy groups of `kind`, by group id, primary first; a member missing from the
 * map's targets is shown Unknown on node 0.
 */
export function listMirrorMembers(map: hivefs.IClusterMap, kind: TargetKind): MirrorMemberRow[] {
  const targets = listTargets(map, kind);
  const row = (id: number): TargetRow => targets.find((t) => t.targetId === id) ?? {
    targetId: id, nodeId: 0, nodeAlias: '', nodeType: kind, reachability: 'Unknown', consistency: 'Unknown', resyncing: false,
    capacityPool: 'unknown', storagePoolId: 0, space: null, nodeReachability: 'Missing',
  };
  return listMirrorGroups(map, kind).flatMap((g) => [
    { ...row(g.primaryId), groupId: g.groupId, memberType: 'primary' as const },
    { ...row(g.secondaryId), groupId: g.groupId, memberType: 'secondary' as const },
  ]);
}

/** A group mgmtd created. */
export interface AddedGroup {
  groupId: number;
  nodeType: TargetKind;
  primaryId: number;
  secondaryId: number;
  mapVersion: number;
}

/** What to create: members, the wanted group id (0: mgmtd picks) and whether one node may hold both. */
export interface NewGroup {
  primary: number;
  secondary: number;
  groupId?: number;
  force: boolean;
}

/** Creates one buddy group at mgmtd; a refusal becomes CtlError(OP_FAILED) with mgmtd's reason. */
export async function addMirrorGroup(s: Session, kind: TargetKind, g: NewGroup): Promise<AddedGroup> {
  const req = { nodeType: nodeTypeOf(kind), groupId: g.groupId ?? 0, primaryId: g.primary, secondaryId: g.secondary, force: g.force };
  const resp = await s.view.mgmtd.call(Rpc.addMirrorGroup, req).catch((e: unknown) => {
    throw opFailed(`cannot add mirror buddy group ${g.primary}, ${g.secondary}`, e);
  });
  return { groupId: resp.groupId, nodeType: kind, primaryId: g.primary, secondaryId: g.secondary, mapVersion: Number(resp.mapVersion) };
}

/**
 * --addmirrorgroup --automatic: plans the pairs from the session's map (refusing with one line
 * when no full pairing exists) and creates them one after the other; stops at the first refusal.
 * `onAdded` sees each group as it is created (so the ones done before a failure are reported).
 */
export async function addMirrorGroupsAutomatic(s: Session, kind: TargetKind, force: boolean, onAdded: (g: AddedGroup) => void = () => undefined): Promise<AddedGroup[]> {
  const added: AddedGroup[] = [];
  for (const p of planMirrorPairs(s.map, kind, force)) {
    const g = await addMirrorGroup(s, kind, { ...p, force });
    added.push(g);
    onAdded(g);
  }
  return added;
}
