// Copies one mirrored chunk file (or its changed regions) from the primary to the secondary as resyncChunk slices, or removes it there.
import { open, type FileHandle } from 'node:fs/promises';
import { Rpc, type RpcClient } from '@hivefs/protocol';
import { readFully } from '../../file-io.js';
import { REGION_BYTES } from '../dirty-regions.js';

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
  const fh = await openOrRemove(path, entryId, to);
  if (!fh) return { removed: true, bytes: 0 };
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

/**
 * Copies only the given regions (of {@link REGION_BYTES}) of chunk `entryId` into the
 * secondary's copy, zeros included, and sets its length to the primary's (resyncChunk with
 * `partial`). Right when the secondary holds the chunk as it was before those regions changed
 * (a secondary that was away while they were written). A missing chunk is removed as by
 * {@link copyChunk}. The caller holds the chunk's exclusive lock; `buf` holds a region.
 */
export async function copyRegions(path: string, entryId: string, regions: ReadonlySet<number>, to: CopyTarget, buf: Buffer): Promise<CopyResult> {
  const base = { groupId: to.groupId, targetId: to.secondaryId, entryId, partial: true };
  const opts = { timeoutMs: to.timeoutMs, signal: to.signal };
  const fh = await openOrRemove(path, entryId, to);
  if (!fh) return { removed: true, bytes: 0 };
  try {
    const fileLength = (await fh.stat()).size;
    let bytes = 0;
    let sent = false;
    for (const r of [...regions].sort((a, b) => a - b)) {
      const offset = r * REGION_BYTES;
      if (offset >= fileLength) break;
      const n = await readFully(fh, buf.subarray(0, Math.min(REGION_BYTES, fileLength - offset)), offset);
      await to.client.call(Rpc.resyncChunk, { ...base, fileLength, offset }, { ...opts, payload: buf.subarray(0, n) });
      bytes += n;
      sent = true;
    }
    // No region lies inside the file (it shrank, or only its length changed): set the length.
    if (!sent) await to.client.call(Rpc.resyncChunk, { ...base, fileLength, offset: 0 }, opts);
    return { removed: false, bytes };
  } finally {
    await fh.close();
  }
}

/** Opens the primary's chunk file; when it is gone, removes the secondary's copy and resolves undefined. */
async function openOrRemove(path: string, entryId: string, to: CopyTarget): Promise<FileHandle | undefined> {
  try {
    return await open(path, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    await to.client.call(Rpc.resyncChunk, { groupId: to.groupId, targetId: to.secondaryId, entryId, remove: true }, { timeoutMs: to.timeoutMs, signal: to.signal });
    return undefined;
  }
}
