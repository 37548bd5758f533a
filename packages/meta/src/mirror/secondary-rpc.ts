// The primary's wires to its secondary: journal entries (Replicator) and a resync's position
// queries and snapshot pages (SecondaryLink), as RPCs to the node the map names secondary now.
import { ErrCode, HiveError, hivefs, metaGroup, Rpc, type AnyRpcDef, type MapView, type ReqOf, type RespOf } from '@hivefs/protocol';
import { entryToMessage, type JournalPosition, type Replicator } from '../journal/index.js';
import { PushBatcher, type PushBatcherOptions } from './push-batcher.js';
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

const PUSH_STATUS = {
  [hivefs.JournalPushStatus.JOURNAL_APPLIED]: 'applied',
  [hivefs.JournalPushStatus.JOURNAL_DUPLICATE]: 'duplicate',
  [hivefs.JournalPushStatus.JOURNAL_GAP]: 'gap',
} as const;

/**
 * Sends journal entries with Rpc.journalPush, several per push ({@link PushBatcher}: what comes
 * while a push is in flight goes in the next). An entry's `send` resolves when the answer is
 * APPLIED or DUPLICATE or the secondary's applied seq covers it, rejects with
 * {@link JournalGapError} on GAP (the primary resends from the secondary's applied seq), and with
 * the push's error on a refusal (NOT_SECONDARY) or a lost request (the secondary is lost).
 */
export function rpcReplicator(view: MapView, groupId: number, timeoutMs: number, o: PushBatcherOptions = {}): Replicator {
  return new PushBatcher(async (entries) => {
    const r = await callSecondary(view, groupId, Rpc.journalPush, { groupId, entries: entries.map(entryToMessage) }, timeoutMs);
    const status = PUSH_STATUS[r.status ?? hivefs.JournalPushStatus.JOURNAL_APPLIED];
    if (!status) throw new HiveError(ErrCode.BAD_MESSAGE, `journalPush: unknown status ${String(r.status)} from the secondary of meta buddy group ${groupId}`);
    return { status, applied: Number(r.appliedSeq ?? 0) };
  }, o);
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
