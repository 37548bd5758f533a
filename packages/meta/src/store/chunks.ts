// Storage side effects of a file: truncating its chunk files, learning the blocks they keep (removal is the ChunkDisposer's).
import { ErrCode, HiveError, chunkFileLength, errorCode } from '@hivefs/protocol';
import type { StoreContext } from './context.js';
import type { Inode } from './types.js';

/**
 * Sets every chunk file of `file` to the length a file of `size` bytes implies, on all its
 * targets in parallel; resolves the blocks each then holds, by stripe index. Throws the first
 * failure (with the target named) after all settle.
 */
export async function truncateChunks(ctx: StoreContext, file: Inode, size: number): Promise<number[]> {
  const { ids, chunkSize } = file.pattern;
  const results = await Promise.allSettled(
    ids.map((t, i) => ctx.chunks.truncate(file.entryId, t, chunkFileLength(size, chunkSize, ids.length, i))),
  );
  const bad = results.findIndex((r) => r.status === 'rejected');
  if (bad < 0) return results.map((r) => (r as PromiseFulfilledResult<number>).value);
  const err = (results[bad] as PromiseRejectedResult).reason as unknown;
  const code = errorCode(err) === ErrCode.INTERNAL ? ErrCode.IO : errorCode(err);
  throw new HiveError(code, `truncate of ${file.entryId} to ${size} bytes failed on target ${ids[bad]}: ${(err as Error)?.message ?? String(err)}`);
}
