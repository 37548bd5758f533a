// fallocate(2) and copy_file_range(2) on open handles, with what HiveFS can honour of them.
import type { VfsContext } from './context.js';
import { VfsError } from './errors.js';
import { canRead, canWrite } from './flags.js';
import { readData, writeData } from './file-io.js';
import { truncateEntry } from './truncate.js';

/** Bytes copy_file_range moves per read and write (a few chunks; the write-behind keeps several in flight). */
export const COPY_PIECE_BYTES = 4 * 1024 * 1024;

/**
 * fallocate(2). HiveFS does not reserve space on the storage targets (chunk files grow as they
 * are written), so the only mode it honours is 0, in posix_fallocate's sense: the file grows to
 * at least `offset + length` (the new range reads as zeros); a file already that large is left
 * as it is. Every other mode (KEEP_SIZE, PUNCH_HOLE, ZERO_RANGE, COLLAPSE_RANGE, INSERT_RANGE,
 * UNSHARE_RANGE) fails with EOPNOTSUPP. The size is checked with meta first, so a file another
 * client made larger is not cut back (the check and the extension are two requests: a client
 * growing the file between them can still lose the race).
 */
export async function fallocate(ctx: VfsContext, fh: number, mode: number, offset: number, length: number): Promise<void> {
  const h = ctx.handles.get(fh);
  if (mode !== 0) throw VfsError.of('EOPNOTSUPP', `fallocate mode 0x${mode.toString(16)}: HiveFS reserves no space; only mode 0 (extend the size) is supported`);
  if (!canWrite(h.flags)) throw VfsError.of('EBADF', `handle ${fh} is not open for writing`);
  if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length <= 0) throw VfsError.of('EINVAL', `fallocate range ${offset}+${length}`);
  const end = offset + length;
  if (end <= h.file.size) return;
  ctx.cache.dropAttr(h.file.entryId);
  const { attr } = await ctx.resolver.byId(h.file.entryId, h.cred);
  if (end <= Math.max(h.file.size, Number(attr.size ?? 0))) return;
  await truncateEntry(ctx, h.file.entryId, end, h.cred, h.metaHandleId);
}

/**
 * copy_file_range(2) inside HiveFS: reads the source through its handle and writes the
 * destination through its handle, {@link COPY_PIECE_BYTES} at a time, in the client (the data
 * does not pass through the kernel or the calling process, but it does cross the network twice:
 * storage to client, client to storage). Stops early at the source's end; returns the bytes copied.
 */
export async function copyFileRange(ctx: VfsContext, fhIn: number, offIn: number, fhOut: number, offOut: number, length: number): Promise<number> {
  const hin = ctx.handles.get(fhIn);
  const hout = ctx.handles.get(fhOut);
  if (!canRead(hin.flags) && !hin.pageCache) throw VfsError.of('EBADF', `handle ${fhIn} is not open for reading`);
  if (!canWrite(hout.flags)) throw VfsError.of('EBADF', `handle ${fhOut} is not open for writing`);
  for (const v of [offIn, offOut, length]) if (!Number.isSafeInteger(v) || v < 0) throw VfsError.of('EINVAL', `copy_file_range value ${v}`);
  const buf = Buffer.allocUnsafe(Math.min(length, COPY_PIECE_BYTES));
  let done = 0;
  while (done < length) {
    const want = Math.min(buf.length, length - done);
    const n = await readData(ctx, hin, buf, want, offIn + done);
    if (n <= 0) break;
    // writeData copies into the write-behind buffer before it returns: buf is free again after
    await writeData(ctx, hout, buf, n, offOut + done);
    done += n;
    if (n < want) break;
  }
  return done;
}
