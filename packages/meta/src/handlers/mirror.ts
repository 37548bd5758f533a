// RPCs of meta buddy mirroring (2150..2169): journal entries and positions, snapshot pages and
// journal figures on a member, resync stats and starts on the primary, the root's hand-over by
// its holder.
import { ErrCode, fail, hivefs, isValidNumericId, type Rpc } from '@hivefs/protocol';
import { entryFromMessage } from '../journal/index.js';
import { MAX_PUSH_ENTRIES } from '../mirror/push-batcher.js';
import type { HandlerFactory } from './deps.js';

/** The request's group id, checked (INVALID_ARGUMENT unless 1..65535). */
function groupIdOf(req: { groupId?: number | null }, what: string): number {
  const g = req.groupId ?? 0;
  if (!isValidNumericId(g)) fail(ErrCode.INVALID_ARGUMENT, `${what}: meta buddy group id ${String(g)} is not valid (1..65535)`);
  return g;
}

const PUSH_STATUS = {
  applied: hivefs.JournalPushStatus.JOURNAL_APPLIED,
  duplicate: hivefs.JournalPushStatus.JOURNAL_DUPLICATE,
  gap: hivefs.JournalPushStatus.JOURNAL_GAP,
} as const;

/**
 * Handles Rpc.journalPush on the group's secondary (NOT_SECONDARY elsewhere): applies the push's
 * entries together and answers once. BAD_MESSAGE for no entries, more than
 * {@link MAX_PUSH_ENTRIES} or a malformed one (then none is applied).
 */
export const journalPush: HandlerFactory<typeof Rpc.journalPush> = (d) => async (req, hctx) => {
  const groupId = groupIdOf(req, 'journalPush');
  const msgs = req.entries ?? [];
  if (msgs.length === 0) fail(ErrCode.BAD_MESSAGE, 'journalPush: no entries');
  if (msgs.length > MAX_PUSH_ENTRIES) fail(ErrCode.BAD_MESSAGE, `journalPush: ${msgs.length} entries, at most ${MAX_PUSH_ENTRIES} per push`);
  const r = await d.mirror().push(groupId, msgs.map(entryFromMessage), hctx.mapVersion);
  return { status: PUSH_STATUS[r.status], appliedSeq: r.applied };
};

/** Handles Rpc.journalPosition on the group's secondary. */
export const journalPosition: HandlerFactory<typeof Rpc.journalPosition> = (d) => async (req, hctx) => {
  const p = await d.mirror().position(groupIdOf(req, 'journalPosition'), hctx.mapVersion);
  return { seq: p.seq, epoch: p.epoch };
};

/** Handles Rpc.snapshotPage on the group's secondary (a full resync's pages). */
export const snapshotPage: HandlerFactory<typeof Rpc.snapshotPage> = (d) => async (req, hctx) => {
  groupIdOf(req, 'snapshotPage');
  return d.mirror().snapshotPage(req, hctx.mapVersion);
};

/** Handles Rpc.metaJournalStats on either member. */
export const metaJournalStats: HandlerFactory<typeof Rpc.metaJournalStats> = (d) => async (req) => ({
  stats: d.mirror().journalStats(groupIdOf(req, 'metaJournalStats')),
});

/** Handles Rpc.getMetaResyncStats on the group's primary. */
export const getMetaResyncStats: HandlerFactory<typeof Rpc.getMetaResyncStats> = (d) => async (req) => ({
  stats: d.mirror().resyncStats(groupIdOf(req, 'getMetaResyncStats')),
});

/** Handles Rpc.startMetaResync on the group's primary. */
export const startMetaResync: HandlerFactory<typeof Rpc.startMetaResync> = (d) => async (req) => {
  groupIdOf(req, 'startMetaResync');
  return { stats: await d.mirror().startResync(req) };
};

/** Handles Rpc.rootHandOver on the member holding the root in its own space (a page for the group's primary). */
export const rootHandOver: HandlerFactory<typeof Rpc.rootHandOver> = (d) => async (req) =>
  d.mirror().rootHandOver(groupIdOf(req, 'rootHandOver'), req.after ?? '');
