// A group's journal figures on this node as hivefs-ctl --journalstats shows them.
import type { hivefs } from '@hivefs/protocol';
import type { SpaceStats } from '../journal/index.js';

/** {@link SpaceStats} of member `nodeId` as the wire's MetaJournalStats. */
export function journalStatsMessage(s: SpaceStats, nodeId: number): hivefs.IMetaJournalStats {
  return {
    groupId: s.groupId,
    nodeId,
    role: s.role,
    appliedSeq: s.appliedSeq,
    entries: s.entries,
    bytes: s.bytes,
    firstSeq: s.firstSeq,
    lastSeq: s.lastSeq,
    secondaryAckedSeq: s.secondaryAckedSeq ?? 0,
    secondaryState: s.primary?.secondary ?? '',
    lastCompactionMs: s.lastCompaction?.atMs ?? 0,
    lastTrimmedEntries: s.lastCompaction?.trimmedEntries ?? 0,
    forcedTrims: s.forcedTrims,
    held: s.held ?? 0,
    epoch: s.primary?.epoch ?? 0,
  };
}
