// Open-file sessions: creating handles and finding them again.
import { randomInt } from 'node:crypto';
import { ErrCode, fail } from '@hivefs/protocol';
import type { Batch } from './batch.js';
import { decodeSession } from './codec.js';
import type { StoreContext } from './context.js';
import { sessionKey } from './keys.js';
import { opensForWrite } from './open-flags.js';
import { sessionsOf } from './reads.js';
import type { Session } from './types.js';

/** Handle ids are random in [1, 2^48): unique per entry, unguessable across entries. */
const MAX_HANDLE = 2 ** 48;

/** Whether `handleId` can name a session (an integer in [1, 2^48)). */
export const validHandleId = (handleId: number): boolean => Number.isSafeInteger(handleId) && handleId >= 1 && handleId < MAX_HANDLE;

/**
 * Adds a new session on `entryId` to the batch (the caller holds the entry's lock). Read-only
 * sessions are volatile unless `durable` (an orphan's sessions must survive a meta crash).
 */
export async function addSession(ctx: StoreContext, b: Batch, entryId: string, flags: number, clientId: number, durable = false): Promise<Session> {
  let handleId = randomInt(1, MAX_HANDLE);
  while (await ctx.kv.get(sessionKey(entryId, handleId))) handleId = randomInt(1, MAX_HANDLE);
  const s: Session = { handleId, clientId, flags, write: opensForWrite(flags) };
  b.putSession(entryId, s, durable);
  return s;
}

/**
 * The session `handleId` of `entryId`, opened by `clientId` unless that is undefined (requests
 * without a client id); BAD_HANDLE when there is none.
 */
export async function mustSession(ctx: StoreContext, entryId: string, handleId: number, clientId: number | undefined, what: string): Promise<Session> {
  if (!validHandleId(handleId)) fail(ErrCode.BAD_HANDLE, `${what}: ${handleId} is not a valid handle id`);
  const raw = await ctx.kv.get(sessionKey(entryId, handleId));
  if (!raw) fail(ErrCode.BAD_HANDLE, `${what}: no open session ${handleId} on ${entryId}`);
  const s = decodeSession(raw);
  if (clientId !== undefined && s.clientId !== clientId) fail(ErrCode.BAD_HANDLE, `${what}: session ${handleId} on ${entryId} belongs to client ${s.clientId}, not ${clientId}`);
  return s;
}

/**
 * Marks the open write sessions of `entryId` (all but `except`, the handle making the change) as
 * superseded, in `b`: the caller sets the file's size or mtime, so what those sessions report
 * later may be older than the change (see {@link Session.superseded}). The caller holds the lock.
 */
export async function supersedeSessionsInto(ctx: StoreContext, b: Batch, entryId: string, except?: number): Promise<void> {
  for (const s of await sessionsOf(ctx, entryId)) {
    if (s.write && !s.superseded && s.handleId !== except) b.putSession(entryId, { ...s, superseded: true });
  }
}
