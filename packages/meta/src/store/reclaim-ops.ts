// Sessions by client, and closing every session of clients that are gone (crashed or killed).
import { decodeKey } from '@hivefs/common';
import { ErrCode, HiveError, fileSizeFromChunkLengths, hivefs } from '@hivefs/protocol';
import type { ChunkBlocks } from './blocks.js';
import { holdersOf } from './chunks.js';
import { close } from './close-ops.js';
import { decodeSession } from './codec.js';
import type { StoreContext } from './context.js';
import { SESSION_PREFIX } from './keys.js';
import { findInode } from './reads.js';

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

/** What a dead writer got onto storage but never reported. */
interface Written {
  sizeHint: number;
  chunkBlocks?: ChunkBlocks[];
}

/**
 * The size the chunk files of a file imply and the blocks they hold; size 0 and no blocks when
 * storage does not answer, so the stored figures stand.
 */
async function writtenExtent(ctx: StoreContext, entryId: string): Promise<Written> {
  const i = await findInode(ctx, entryId);
  if (!i || i.type !== hivefs.EntryType.REGULAR || i.pattern.ids.length === 0) return { sizeHint: 0 };
  try {
    const { lengths, blocks } = await ctx.chunks.chunkLengths(entryId, holdersOf(i.pattern));
    const sizeHint = fileSizeFromChunkLengths(lengths, i.pattern.chunkSize);
    return blocks ? { sizeHint, chunkBlocks: blocks.map((b, index) => ({ index, blocks: b })) } : { sizeHint };
  } catch (e) {
    ctx.log.warn({ entryId, err: (e as Error).message }, 'chunk lengths unavailable at reclaim; keeping the stored size');
    return { sizeHint: 0 };
  }
}

/**
 * Closes every session of the clients in `clientIds` as a close would. A write session reports
 * the size the chunk files imply and the blocks they hold (data the dead client wrote counts;
 * size only grows), and an
 * unlinked file whose last session this was is deleted with its chunk files.
 * Sessions that were closed meanwhile are skipped. Returns the number closed per client id.
 */
export async function closeSessionsOf(ctx: StoreContext, clientIds: ReadonlySet<number>): Promise<Map<number, number>> {
  const todo: { entryId: string; handleId: number; clientId: number; write: boolean }[] = [];
  for await (const [k, v] of ctx.kv.keysWithPrefix(SESSION_PREFIX)) {
    const s = decodeSession(v);
    if (clientIds.has(s.clientId)) todo.push({ entryId: decodeKey(k)[1] ?? '', handleId: s.handleId, clientId: s.clientId, write: s.write });
  }
  const closed = new Map<number, number>();
  for (const t of todo) {
    try {
      const written = t.write ? await writtenExtent(ctx, t.entryId) : { sizeHint: 0 };
      await close(ctx, { entryId: t.entryId, handleId: t.handleId, clientId: t.clientId, ...written });
      closed.set(t.clientId, (closed.get(t.clientId) ?? 0) + 1);
    } catch (e) {
      if (!alreadyGone(e)) throw e;
    }
  }
  return closed;
}
