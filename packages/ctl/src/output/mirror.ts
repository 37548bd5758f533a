// Text output of --addmirrorgroup, --listmirrorgroups, --listtargets --mirrorgroups and --setstate (seed 000's tables and lines).
import type { AddedGroup, MirrorGroupRow, MirrorMemberRow } from '../api/mirror-groups.js';
import type { SetStateResult } from '../api/target-state.js';
import type { TargetKind } from '../cli/types.js';
import { renderTable, type Column } from './table.js';
import { targetColumns, type TargetTableOptions } from './targets.js';

const W = 17;

/** The --listmirrorgroups table: BuddyGroupID and the primary and secondary target ids (meta: node ids). */
export function renderMirrorGroups(rows: readonly MirrorGroupRow[], kind: TargetKind): string {
  const member = kind === 'meta' ? 'NodeID' : 'TargetID';
  const cols: Column<MirrorGroupRow>[] = [
    { header: 'BuddyGroupID', width: W, cell: (r) => String(r.groupId) },
    { header: `Primary${member}`, width: W, cell: (r) => String(r.primaryId) },
    { header: `Secondary${member}`, width: W, cell: (r) => String(r.secondaryId) },
  ];
  return renderTable(cols, rows);
}

/** The --listtargets --mirrorgroups table: MirrorGroupID, MGMemberType, then the usual target columns. */
export function renderMirrorMembers(rows: readonly MirrorMemberRow[], o: TargetTableOptions): string {
  const cols: Column<MirrorMemberRow>[] = [
    { header: 'MirrorGroupID', width: W, cell: (r) => String(r.groupId) },
    { header: 'MGMemberType', width: 12, cell: (r) => r.memberType },
    ...targetColumns(o),
  ];
  return renderTable(cols, rows);
}

/** `Mirror buddy group successfully set: groupID 100 -> target IDs 101, 201` (meta: node IDs). */
export function renderAddedGroup(g: AddedGroup): string {
  return `Mirror buddy group successfully set: groupID ${g.groupId} -> ${g.nodeType === 'meta' ? 'node' : 'target'} IDs ${g.primaryId}, ${g.secondaryId}\n`;
}

/** `Successfully set state: storage target 101 is now Bad`. */
export function renderSetState(r: SetStateResult): string {
  return `Successfully set state: ${r.nodeType === 'meta' ? 'meta node' : 'storage target'} ${r.id} is now ${r.state}\n`;
}
