// After a mirrored change failed on the primary but may have been applied on the secondary: the secondary's copies of its chunks are made equal to the primary's again.
import { ErrCode, HiveError, type RpcClient } from '@hivefs/protocol';
import { chunkPath } from '../chunk-path.js';
import type { PrimaryGroup } from './primary-group.js';
import { copyChunk, RESYNC_SLICE_BYTES } from './resync/copy-chunk.js';

/** Errors of a chunk's file that may leave it partly changed (a write cut short by a full disk, an I/O error). */
const PARTIAL_CODES: ReadonlySet<number> = new Set([ErrCode.NO_SPACE, ErrCode.CHUNK_IO, ErrCode.FILE_TOO_BIG]);

/**
 * Whether a change that failed on the primary may have left the two copies different: the
 * secondary applied it, or both failed in a way that may have changed part of a chunk. Both
 * refusing it (a bad request) leaves them as they were.
 */
export function mayDiverge(localErr: unknown, fwdErr: unknown): boolean {
  if (fwdErr === undefined) return true;
  return localErr instanceof HiveError && PARTIAL_CODES.has(localErr.code);
}

/**
 * Copies the primary's state of each chunk (whole, or its removal) to the secondary, under the
 * chunk's exclusive lock, so that no mirrored change of it runs meanwhile. The caller holds no
 * lock of these chunks. Rejects when a copy fails: the secondary then needs a resync.
 */
export async function realignChunks(pg: PrimaryGroup, entryIds: readonly string[], client: RpcClient, secondaryId: number, timeoutMs: number): Promise<void> {
  const buf = Buffer.allocUnsafe(RESYNC_SLICE_BYTES);
  const signal = new AbortController().signal;
  for (const entryId of [...new Set(entryIds)].sort()) {
    const w = pg.locks.exclusive(entryId);
    if (w) await w;
    try {
      await copyChunk(chunkPath(pg.target.buddymirDir, entryId), entryId, { client, groupId: pg.groupId, secondaryId, timeoutMs, signal }, buf);
    } finally {
      pg.locks.releaseExclusive(entryId);
    }
  }
}
