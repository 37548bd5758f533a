// Storage side effects of a file: where its chunk files are, truncating them, learning the blocks they keep (removal is the ChunkDisposer's).
import { ErrCode, HiveError, chunkFileLength, errorCode, hivefs } from '@hivefs/protocol';
import type { ChunkHolder, StoreContext } from './context.js';
import type { Inode, Pattern } from './types.js';

/** Where each stripe of a file with pattern `p` is kept: its targets, or its buddy groups when mirrored. */
export function holdersOf(p: Pattern): ChunkHolder[] {
  return p.type === hivefs.PatternType.BUDDY_MIRROR ? p.ids.map((groupId) => ({ groupId })) : p.ids.map((targetId) => ({ targetId }));
}

/** `target 101` or `buddy group 2`, for messages. */
export function holderLabel(h: ChunkHolder): string {
  return h.groupId !== undefined ? `buddy group ${h.groupId}` : `target ${h.targetId}`;
}

/**
 * Sets every chunk file of `file` to the length a file of `size` bytes implies, on all its
 * targets in parallel; resolves the blocks each then holds, by stripe index. Throws the first
 * failure (with the target named) after all settle.
 */
export async function truncateChunks(ctx: StoreContext, file: Inode, size: number): Promise<number[]> {
  const holders = holdersOf(file.pattern);
  const results = await Promise.allSettled(
    holders.map((h, i) => ctx.chunks.truncate(file.entryId, h, chunkFileLength(size, file.pattern.chunkSize, holders.length, i))),
  );
  const bad = results.findIndex((r) => r.status === 'rejected');
  if (bad < 0) return results.map((r) => (r as PromiseFulfilledResult<number>).value);
  const err = (results[bad] as PromiseRejectedResult).reason as unknown;
  const code = errorCode(err) === ErrCode.INTERNAL ? ErrCode.IO : errorCode(err);
  throw new HiveError(code, `truncate of ${file.entryId} to ${size} bytes failed on ${holderLabel(holders[bad]!)}: ${(err as Error)?.message ?? String(err)}`);
}
