// Size changes through meta (truncate, ftruncate, setattr size): own buffers of the file go out first.
import { Rpc, type hivefs } from '@hivefs/protocol';
import type { VfsContext } from './context.js';
import type { OpenFile } from './handles.js';
import { VfsError } from './errors.js';
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

/** Sends and waits for every handle's buffered writes of the file; their errors stay with their handles. */
export async function settleFile(file: OpenFile): Promise<void> {
  await Promise.all([...file.handles].map((h) => h.writer?.settle(0, Infinity)));
}

/** Updates this client's view of an open file after its size was set to `size`. */
export function noteTruncate(file: OpenFile, size: number): void {
  file.size = size;
  for (const h of file.handles) {
    h.sizeHint = Math.min(h.sizeHint, size);
    h.readAhead?.clear();
  }
}

/**
 * Sends a setAttr to the entry's owner. With SIZE in `req.valid`, buffered writes of the file go
 * out before and the open state follows after (meta truncates the chunk files).
 */
export async function setAttrOnMeta(ctx: VfsContext, req: hivefs.ISetAttrReq & { entryId: string; cred: Cred }): Promise<hivefs.IAttr> {
  const withSize = ((req.valid ?? 0) & SETATTR.SIZE) !== 0;
  const file = withSize ? ctx.handles.file(req.entryId) : undefined;
  if (file) await settleFile(file);
  const r = await ctx.meta.call(Rpc.setAttr, req.entryId, req);
  const attr = r.attr as hivefs.IAttr;
  if (file && withSize) noteTruncate(file, Number(req.size ?? 0));
  ctx.cache.putAttr(attr);
  return attr;
}

/** Truncates (or extends with a hole) an entry to `size`; `handleId` when done through an open file. */
export async function truncateEntry(ctx: VfsContext, entryId: string, size: number, cred: Cred, handleId?: number): Promise<hivefs.IAttr> {
  checkSize(size);
  return setAttrOnMeta(ctx, { cred, entryId, valid: SETATTR.SIZE, size, ...(handleId ? { handleId } : {}) });
}

/** Throws EINVAL for a size that is negative, fractional or beyond 2^53. */
export function checkSize(size: number): void {
  if (!Number.isSafeInteger(size) || size < 0) throw VfsError.of('EINVAL', `invalid file size ${size}`);
}
