// Storage side effects of a file: truncating its chunk files, removing them when it is deleted.
import { ErrCode, HiveError, chunkFileLength, errorCode } from '@hivefs/protocol';
import type { StoreContext } from './context.js';
import type { Inode } from './types.js';

/**
 * Sets every chunk file of `file` to the length a file of `size` bytes implies, on all its
 * targets in parallel. Throws the first failure (with the target named) after all settle.
 */
export async function truncateChunks(ctx: StoreContext, file: Inode, size: number): Promise<void> {
  const { ids, chunkSize } = file.pattern;
  const results = await Promise.allSettled(
    ids.map((t, i) => ctx.chunks.truncate(file.entryId, t, chunkFileLength(size, chunkSize, ids.length, i))),
  );
  const bad = results.findIndex((r) => r.status === 'rejected');
  if (bad < 0) return;
  const err = (results[bad] as PromiseRejectedResult).reason as unknown;
  const code = errorCode(err) === ErrCode.INTERNAL ? ErrCode.IO : errorCode(err);
  throw new HiveError(code, `truncate of ${file.entryId} to ${size} bytes failed on target ${ids[bad]}: ${(err as Error)?.message ?? String(err)}`);
}

/**
 * Removes the chunk files of a deleted file on all its targets; failures are logged, not
 * thrown. True when every target confirmed.
 */
export async function removeChunks(ctx: Pick<StoreContext, 'chunks' | 'log'>, file: Inode): Promise<boolean> {
  const ids = file.pattern.ids;
  const results = await Promise.allSettled(ids.map((t) => ctx.chunks.unlink(file.entryId, t)));
  results.forEach((r, i) => {
    if (r.status === 'rejected') {
      ctx.log.warn({ entryId: file.entryId, targetId: ids[i], err: (r.reason as Error)?.message }, 'chunk file not removed yet; will retry');
    }
  });
  return results.every((r) => r.status === 'fulfilled');
}
