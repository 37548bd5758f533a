// The primary's wires to its secondary: journal entries (Replicator) and a resync's position
// queries and snapshot pages (SecondaryLink), as RPCs to the node the map names secondary now.
import { ErrCode, HiveError, hivefs, metaGroup, Rpc, type AnyRpcDef, type MapView, type ReqOf, type RespOf } from '@hivefs/protocol';
import { entryToMessage, JournalGapError, type JournalEntry, type JournalPosition, type Replicator } from '../journal/index.js';
import type { SecondaryLink } from './resync/index.js';

/**
 * Calls `def` on the current secondary of meta buddy group `groupId`; UNREACHABLE at once when
 * the map names none or shows it Offline (no wait for a timeout to lose it).
 */
async function callSecondary<D extends AnyRpcDef>(view: MapView, groupId: number, def: D, req: ReqOf<D>, timeoutMs: number): Promise<RespOf<D>> {
  const secondaryId = metaGroup(view.map, groupId)?.secondaryId ?? 0;
  if (!secondaryId) throw new HiveError(ErrCode.UNREACHABLE, `meta buddy group ${groupId} has no secondary in map version ${view.version}`);
  if (view.target(secondaryId, hivefs.NodeType.META)?.reachability === hivefs.Reachability.OFFLINE) {
    throw new HiveError(ErrCode.UNREACHABLE, `secondary meta node ${secondaryId} of meta buddy group ${groupId} is Offline in map version ${view.version}`);
  }
  return view.nodeClient(hivefs.NodeType.META, secondaryId).call(def, req, { timeoutMs });
}

/**
 * Sends each journal entry with Rpc.journalPush: APPLIED and DUPLICATE resolve, GAP rejects with
 * {@link JournalGapError} (the primary resends from the secondary's applied seq), a refusal
 * (NOT_SECONDARY) or a lost request rejects with its error (the secondary is lost).
 */
export function rpcReplicator(view: MapView, groupId: number, timeoutMs: number): Replicator {
  return {
    async send(entry: JournalEntry): Promise<void> {
      const r = await callSecondary(view, groupId, Rpc.journalPush, { groupId, entry: entryToMessage(entry) }, timeoutMs);
      if (r.status === hivefs.JournalPushStatus.JOURNAL_GAP) throw new JournalGapError(Number(r.appliedSeq ?? 0));
    },
  };
}

/** A resync's link to the secondary: its applied position, and pages of a snapshot. */
export function rpcSecondaryLink(view: MapView, groupId: number, timeoutMs: number): SecondaryLink {
  return {
    async position(): Promise<JournalPosition> {
      const r = await callSecondary(view, groupId, Rpc.journalPosition, { groupId }, timeoutMs);
      return { seq: Number(r.seq ?? 0), epoch: Number(r.epoch ?? 0) };
    },
    sendPage: (req) => callSecondary(view, groupId, Rpc.snapshotPage, req, timeoutMs),
  };
}
