// Ending several sessions of one client in one store write (Rpc.closeSessions): the closes of
// handles whose writes were all reported before, which the client gathers while one is in flight.
import { ErrCode, fail } from '@hivefs/protocol';
import { Batch } from './batch.js';
import { commitOp } from './commit.js';
import type { StoreContext } from './context.js';
import { deleteInodeInto } from './dispose.js';
import { findInode, sessionsOf } from './reads.js';
import { validHandleId } from './sessions.js';
import type { Inode } from './types.js';
import { checkId } from './validate.js';

/** One session to end. */
export interface SessionRef {
  entryId: string;
  handleId: number;
}

/** What {@link closeSessions} did: sessions ended, and sessions that were not open (any more) for the client. */
export interface ClosedSessions {
  closed: number;
  gone: number;
}

/** Most sessions one request may end. */
export const MAX_CLOSE_SESSIONS = 1024;

/**
 * Ends the sessions `refs` of `clientId` as closes without a size hint, mtime or blocks would, in
 * one batch under the locks of their entries. An unlinked file whose last sessions these were is
 * deleted with its chunk files. A session that is not open, or not this client's, is skipped and
 * counted as gone: the request may be a resend of one that was carried out (after a failover).
 * BAD_MESSAGE for more than {@link MAX_CLOSE_SESSIONS} sessions or a malformed one (nothing ends).
 */
export async function closeSessions(ctx: StoreContext, clientId: number, refs: readonly SessionRef[]): Promise<ClosedSessions> {
  const what = 'closeSessions';
  if (refs.length > MAX_CLOSE_SESSIONS) fail(ErrCode.BAD_MESSAGE, `${what}: ${refs.length} sessions in one request, at most ${MAX_CLOSE_SESSIONS}`);
  const byEntry = new Map<string, Set<number>>();
  for (const r of refs) {
    checkId(r.entryId, what);
    if (!validHandleId(r.handleId)) fail(ErrCode.BAD_MESSAGE, `${what}: ${r.handleId} is not a valid handle id`);
    const handles = byEntry.get(r.entryId) ?? new Set<number>();
    handles.add(r.handleId);
    byEntry.set(r.entryId, handles);
  }
  if (byEntry.size === 0) return { closed: 0, gone: 0 };
  const deleted: Inode[] = [];
  const result = await ctx.locks.with([...byEntry.keys()], async (): Promise<ClosedSessions> => {
    const b = new Batch();
    let closed = 0;
    let gone = 0;
    for (const [entryId, handles] of byEntry) {
      const sessions = await sessionsOf(ctx, entryId);
      const ending = sessions.filter((s) => handles.has(s.handleId) && s.clientId === clientId);
      gone += handles.size - ending.length;
      if (ending.length === 0) continue;
      for (const s of ending) b.delSession(entryId, s.handleId);
      closed += ending.length;
      if (ending.length < sessions.length) continue;
      const i = await findInode(ctx, entryId);
      if (i?.nlink === 0) {
        await deleteInodeInto(ctx, b, i);
        deleted.push(i);
      }
    }
    await commitOp(ctx, b, undefined);
    return { closed, gone };
  });
  for (const i of deleted) ctx.disposer.enqueue(i);
  return result;
}
