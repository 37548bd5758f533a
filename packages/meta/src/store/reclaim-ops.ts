// Sessions by client, and closing every session of clients that are gone (crashed or killed).
import { decodeKey } from '@hivefs/common';
import { ErrCode, HiveError } from '@hivefs/protocol';
import { close } from './close-ops.js';
import { decodeSession } from './codec.js';
import type { StoreContext } from './context.js';
import { SESSION_PREFIX } from './keys.js';

/** How many open sessions each client id holds (one scan of every session). */
export async function sessionCounts(ctx: Pick<StoreContext, 'kv'>): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  for await (const [, v] of ctx.kv.keysWithPrefix(SESSION_PREFIX)) {
    const { clientId } = decodeSession(v);
    counts.set(clientId, (counts.get(clientId) ?? 0) + 1);
  }
  return counts;
}

/** Whether a close failed only because the session or its inode went away meanwhile. */
function alreadyGone(e: unknown): boolean {
  return e instanceof HiveError && (e.code === ErrCode.BAD_HANDLE || e.code === ErrCode.NOT_FOUND);
}

/**
 * Closes every session of the clients in `clientIds` exactly as a close without size hint and
 * mtime would: a write session stops counting as open for writing (the size stays as last
 * reported), and an unlinked file whose last session this was is deleted with its chunk files.
 * Sessions that were closed meanwhile are skipped. Returns the number closed per client id.
 */
export async function closeSessionsOf(ctx: StoreContext, clientIds: ReadonlySet<number>): Promise<Map<number, number>> {
  const todo: { entryId: string; handleId: number; clientId: number }[] = [];
  for await (const [k, v] of ctx.kv.keysWithPrefix(SESSION_PREFIX)) {
    const s = decodeSession(v);
    if (clientIds.has(s.clientId)) todo.push({ entryId: decodeKey(k)[1] ?? '', handleId: s.handleId, clientId: s.clientId });
  }
  const closed = new Map<number, number>();
  for (const t of todo) {
    try {
      await close(ctx, { ...t, sizeHint: 0 });
      closed.set(t.clientId, (closed.get(t.clientId) ?? 0) + 1);
    } catch (e) {
      if (!alreadyGone(e)) throw e;
    }
  }
  return closed;
}
