// Attribute changes through meta (setattr, truncate, ftruncate): own writes of the file go out (and are reported) first when the change sets mtime.
import { Rpc, type hivefs } from '@hivefs/protocol';
import type { VfsContext } from './context.js';
import type { OpenFile } from './handles.js';
import { VfsError } from './errors.js';
import { forgetReportedWriteTimes, settleAndReport } from './report.js';
import type { Cred } from './types.js';

/** Bits of SetAttrReq.valid. */
export const SETATTR = {
  MODE: 1,
  UID: 2,
  GID: 4,
  SIZE: 8,
  ATIME: 16,
  MTIME: 32,
  ATIME_NOW: 64,
  MTIME_NOW: 128,
  CTIME: 256,
} as const;

/**
 * Updates this client's view of an open file after its size was set to `size`. The blocks its
 * writes saw are forgotten: meta took the chunk files' blocks from the truncate.
 */
export function noteTruncate(file: OpenFile, size: number): void {
  file.size = size;
  file.chunkBlocks.clear();
  for (const h of file.handles) {
    h.sizeHint = Math.min(h.sizeHint, size);
    h.readAhead?.clear();
  }
}

/** Bits of SetAttrReq.valid that set mtime: explicitly, to now, or by a size change (meta stamps it). */
const SETS_MTIME = SETATTR.MTIME | SETATTR.MTIME_NOW | SETATTR.SIZE;

/**
 * Sends a setAttr to the entry's owner. When it sets mtime (utimens, or a size change) and the
 * file is open on this client, its buffered writes go out and are reported first, and their
 * mtime is then dropped: the change orders after those writes, and a later flush/close cannot
 * undo it (cp -p, tar x, rsync -t set mtime on a file whose last writes are still buffered).
 * With SIZE, the open state follows after (meta truncates the chunk files).
 */
export async function setAttrOnMeta(ctx: VfsContext, req: hivefs.ISetAttrReq & { entryId: string; cred: Cred }): Promise<hivefs.IAttr> {
  const valid = req.valid ?? 0;
  const file = valid & SETS_MTIME ? ctx.handles.file(req.entryId) : undefined;
  const reported = file ? await settleAndReport(ctx, file) : undefined;
  const r = await ctx.meta.call(Rpc.setAttr, req.entryId, req);
  const attr = r.attr as hivefs.IAttr;
  if (file && valid & SETATTR.SIZE) noteTruncate(file, Number(req.size ?? 0));
  if (reported) forgetReportedWriteTimes(reported);
  ctx.cache.putAttr(attr);
  return attr;
}

/** Truncates (or extends with a hole) an entry to `size`; `handleId` when done through an open file. */
export async function truncateEntry(ctx: VfsContext, entryId: string, size: number, cred: Cred, handleId?: number): Promise<hivefs.IAttr> {
  checkSize(size);
  ctx.handles.noteChange(entryId);
  return setAttrOnMeta(ctx, { cred, entryId, valid: SETATTR.SIZE, size, ...(handleId ? { handleId } : {}) });
}

/** Throws EINVAL for a size that is negative, fractional or beyond 2^53. */
export function checkSize(size: number): void {
  if (!Number.isSafeInteger(size) || size < 0) throw VfsError.of('EINVAL', `invalid file size ${size}`);
}
