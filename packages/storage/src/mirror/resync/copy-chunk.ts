// Copies one mirrored chunk file from the primary to the secondary as resyncChunk slices (holes stay holes), or removes it there.
import { open } from 'node:fs/promises';
import { Rpc, type RpcClient } from '@hivefs/protocol';
import { readFully } from '../../file-io.js';

/** Largest payload of one resyncChunk request. */
export const RESYNC_SLICE_BYTES = 4 * 1024 * 1024;

const ZEROS = Buffer.alloc(RESYNC_SLICE_BYTES);

/** Where a copy goes. */
export interface CopyTarget {
  client: RpcClient;
  groupId: number;
  secondaryId: number;
  timeoutMs: number;
  signal: AbortSignal;
}

/** What a copy did. */
export interface CopyResult {
  removed: boolean;
  bytes: number;
}

/**
 * Makes the secondary's chunk `entryId` equal the primary's file at `path`. The first request
 * is always at offset 0 (the secondary empties the chunk and sets its length then); later ones
 * carry the non-zero slices. A chunk file missing on the primary is removed on the secondary.
 * The caller holds the chunk's exclusive lock.
 */
export async function copyChunk(path: string, entryId: string, to: CopyTarget, buf: Buffer): Promise<CopyResult> {
  const base = { groupId: to.groupId, targetId: to.secondaryId, entryId };
  const opts = { timeoutMs: to.timeoutMs, signal: to.signal };
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    await to.client.call(Rpc.resyncChunk, { ...base, remove: true }, opts);
    return { removed: true, bytes: 0 };
  }
  try {
    const fileLength = (await fh.stat()).size;
    let bytes = 0;
    let sentFirst = false;
    for (let offset = 0; offset < fileLength || !sentFirst; offset += RESYNC_SLICE_BYTES) {
      const n = offset < fileLength ? await readFully(fh, buf.subarray(0, Math.min(RESYNC_SLICE_BYTES, fileLength - offset)), offset) : 0;
      const slice = buf.subarray(0, n);
      const zero = slice.equals(ZEROS.subarray(0, n));
      if (zero && sentFirst) continue;
      const payload = zero ? undefined : slice;
      await to.client.call(Rpc.resyncChunk, { ...base, fileLength, offset }, payload ? { ...opts, payload } : opts);
      sentFirst = true;
      if (payload) bytes += payload.length;
    }
    return { removed: false, bytes };
  } finally {
    await fh.close();
  }
}
