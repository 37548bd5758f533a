// File handle operations: create/open sessions with meta, flush/fsync/release, and truncates through handles.
import { ErrCode, HiveError, Rpc, type hivefs } from '@hivefs/protocol';
import { asAskedByPath, statOf } from './attrs.js';
import type { VfsContext } from './context.js';
import { VfsError } from './errors.js';
import { O, canRead, canWrite } from './flags.js';
import { chunkBlocksReport, type Handle } from './handles.js';
import { added, checkName } from './namespace.js';
import { isDir, isSymlink } from './stat.js';
import { adoptHeadRead, dropHeadRead, startHeadRead } from './open-read.js';
import { layoutOf } from './storage-io.js';
import { truncateEntry } from './truncate.js';
import type { Cred, VfsStat } from './types.js';
import { readData, readRefs, unreportedWriteFailure, writeData, type ReadRefs } from './file-io.js';
import { reportWrites } from './report.js';
import { unlessInterrupted } from './retry.js';

export type { ReadRefs } from './file-io.js';

/** How a FUSE engine's kernel uses an open file. */
export interface OpenOptions {
  /**
   * The kernel keeps written data in its page cache (FUSE writeback cache) and sends it later:
   * it may read through a write-only handle (to fill a page it writes part of), and it sends
   * O_APPEND writes with the offset it chose (the end as it knows it), so the handle ignores
   * O_APPEND. Meta still sees the flags as opened (its permission check is the caller's).
   */
  writebackCache?: boolean;
}

/** Creates (or, without O_EXCL, opens an existing) file and returns its handle number. */
export async function create(ctx: VfsContext, path: string, mode: number, flags: number, cred: Cred, opts: OpenOptions = {}): Promise<number> {
  const { dir, name } = await ctx.resolver.resolveParent(path, cred, 'EISDIR');
  return createAt(ctx, dir.entryId, name, mode, flags, cred, opts, () => open(ctx, path, flags & ~O.CREAT, cred, opts));
}

/**
 * {@link create} of `name` in the directory `parentId`. Without O_EXCL an existing name is
 * opened: by `openExisting` when given (the path op opens by path, following a symlink), else as
 * the entry the name holds (a symlink there: EEXIST, as its target has no path here).
 */
export async function createAt(
  ctx: VfsContext, parentId: string, name: string, mode: number, flags: number, cred: Cred, opts: OpenOptions = {},
  openExisting?: () => Promise<number>,
): Promise<number> {
  checkName(name);
  let r;
  try {
    r = await ctx.meta.call(Rpc.create, parentId, {
      cred, parentId, name, mode: mode & 0o7777, flags: flags | O.CREAT, clientId: ctx.clientId(), open: true,
    });
  } catch (e) {
    // without O_EXCL an existing name is opened: by entry id at its owner, which may be another
    // meta node than the directory's (meta answers EXISTS then)
    const exists = (e instanceof HiveError && e.code === ErrCode.EXISTS) || (e instanceof VfsError && e.code === 'EEXIST');
    if (!exists || flags & O.EXCL) throw e;
    if (openExisting) return openExisting();
    const found = await ctx.resolver.childAt(parentId, name, cred);
    if (isSymlink(found.attr)) throw e;
    return openEntry(ctx, found.entryId, found.attr, flags & ~O.CREAT, cred, found.entryId, opts);
  }
  const attr = r.attr as hivefs.IAttr;
  added(ctx, parentId, name, attr, r.parent);
  if (r.created && attr.entryId) ctx.cache.putNoXattrs(attr.entryId);
  return (await startHandle(ctx, attr, Number(r.handleId ?? 0), flags, cred, opts)).fh;
}

/** Opens the file at `path` (symlinks followed); O_TRUNC empties it, O_APPEND makes writes go to the end. */
export async function open(ctx: VfsContext, path: string, flags: number, cred: Cred, opts: OpenOptions = {}): Promise<number> {
  const { entryId, attr } = await ctx.resolver.resolve(path, cred, true);
  return openEntry(ctx, entryId, attr, flags, cred, path, opts);
}

/** {@link open} of the entry `entryId` (an inode-based engine's: the kernel never opens a symlink itself). */
export async function openById(ctx: VfsContext, entryId: string, flags: number, cred: Cred, opts: OpenOptions = {}): Promise<number> {
  return openEntry(ctx, entryId, (await ctx.resolver.byId(entryId, cred)).attr, flags, cred, entryId, opts);
}

/** Opens the entry `entryId` whose attributes are `attr` (fresh within the cache lifetimes). */
async function openEntry(
  ctx: VfsContext, entryId: string, attr: hivefs.IAttr, flags: number, cred: Cred, what: string, opts: OpenOptions = {},
): Promise<number> {
  if (isDir(attr) && canWrite(flags)) throw VfsError.of('EISDIR', `'${what}' is a directory`);
  const head = startHeadRead(ctx, attr, flags); // in parallel with the open
  let h: Handle;
  try {
    const r = await ctx.meta.call(Rpc.open, entryId, { cred, entryId, flags, clientId: ctx.clientId() });
    const fresh = r.attr as hivefs.IAttr;
    ctx.cache.putAttr(fresh);
    h = await startHandle(ctx, fresh, Number(r.handleId ?? 0), flags, cred, opts);
  } catch (e) {
    if (head) dropHeadRead(ctx, head);
    throw e;
  }
  if (head) adoptHeadRead(ctx, h, head);
  return h.fh;
}

async function startHandle(ctx: VfsContext, attr: hivefs.IAttr, metaHandleId: number, flags: number, cred: Cred, opts: OpenOptions): Promise<Handle> {
  let layout;
  try {
    layout = isDir(attr) ? undefined : layoutOf(attr);
  } catch {
    layout = undefined;
  }
  const h = ctx.handles.add(attr, layout, metaHandleId, opts.writebackCache ? flags & ~O.APPEND : flags, cred);
  h.pageCache = opts.writebackCache === true;
  if (flags & O.TRUNC && canWrite(flags) && h.file.size > 0) {
    await truncateEntry(ctx, h.file.entryId, 0, cred, metaHandleId).catch(async (e: unknown) => {
      await release(ctx, h.fh).catch(() => undefined);
      throw e;
    });
  }
  return h;
}

/** Reads into buf; see {@link readData}. EBADF on a handle not open for reading. */
export function read(ctx: VfsContext, fh: number, buf: Buffer, length: number, position: number): Promise<number> {
  return readData(ctx, readable(ctx, fh, position), buf, length, position);
}

/** The read as views of read-ahead blocks when they hold it ({@link readRefs}); undefined: use {@link read}. */
export function readByRef(ctx: VfsContext, fh: number, length: number, position: number): Promise<ReadRefs | undefined> {
  return readRefs(ctx, readable(ctx, fh, position), length, position);
}

/** The handle `fh` for a read at `position`: EBADF when it is not open for reading, EINVAL for a bad position. */
function readable(ctx: VfsContext, fh: number, position: number): Handle {
  const h = ctx.handles.get(fh);
  if (!canRead(h.flags) && !h.pageCache) throw VfsError.of('EBADF', `handle ${fh} is not open for reading`);
  if (!Number.isSafeInteger(position) || position < 0) throw VfsError.of('EINVAL', `invalid read position ${position}`);
  return h;
}

/** Buffers a write; see {@link writeData}. EBADF on a handle not open for writing. */
export function write(ctx: VfsContext, fh: number, buf: Buffer, length: number, position: number): Promise<number> {
  const h = ctx.handles.get(fh);
  if (!canWrite(h.flags)) throw VfsError.of('EBADF', `handle ${fh} is not open for writing`);
  if (!Number.isSafeInteger(position) || position < 0) throw VfsError.of('EINVAL', `invalid write position ${position}`);
  return writeData(ctx, h, buf, length, position);
}

/** Sends buffered data, then reports the new size and mtime to meta. */
export async function flush(ctx: VfsContext, fh: number): Promise<void> {
  const h = ctx.handles.get(fh);
  // an interrupted flush (close(2) of a process that got a signal) leaves the data buffered: release sends it
  if (h.writer) await unlessInterrupted(h.writer.flush(), ctx.signal, 'flush');
  await reportWrites(ctx, h);
}

/**
 * Makes the file durable as fsync(2) does for all of it: every handle's buffered writes on this
 * client go out, the chunk files written since the last fsync are synced on their targets (in
 * parallel), and unreported sizes go to meta. Fails for good once a write-behind send of this
 * handle failed; a failed send of another handle of the file is reported once per handle (since
 * its open or its last fsync), as the kernel's errseq does, and stays that handle's error too.
 */
export async function fsync(ctx: VfsContext, fh: number, datasync: boolean): Promise<void> {
  const h = ctx.handles.get(fh);
  const others = [...h.file.handles].filter((o) => o !== h);
  await unlessInterrupted(Promise.all([h.writer?.flush(), ...others.map((o) => o.writer?.settle(0, Infinity))]), ctx.signal, 'fsync');
  const lost = unreportedWriteFailure(h);
  if (lost !== undefined) throw lost;
  const layout = h.file.layout;
  const touched = new Set<number>();
  for (const o of [h, ...others]) {
    for (const i of o.touched) touched.add(i);
    o.touched.clear();
  }
  if (layout && touched.size) {
    await ctx.storage.fsync(layout, touched, ctx.signal).catch((e: unknown) => {
      for (const i of touched) h.touched.add(i);
      throw e;
    });
  }
  await Promise.all([h, ...others].map((o) => reportWrites(ctx, o)));
}

/**
 * Flushes and closes the session; the handle is gone even on error. The close carries the size
 * hint, the mtime of the last write and the file's chunk blocks only when there were writes
 * since the last report (a flush just before, as FUSE sends, already told meta; meta keeps
 * max(size, hint) and the larger blocks anyway). With nothing to report, the session is ended
 * in the background with others ({@link CloseBatcher}) and release does not wait for meta.
 */
export async function release(ctx: VfsContext, fh: number): Promise<void> {
  const h = ctx.handles.get(fh);
  let err: unknown;
  await h.writer?.flush().catch((e: unknown) => (err = e));
  try {
    if (err === undefined && !h.unreported && ctx.closes) {
      ctx.closes.close(h.file.entryId, h.metaHandleId);
      return;
    }
    const report = h.unreported ? { sizeHint: h.sizeHint, ...(h.lastWrite ? { mtime: h.lastWrite } : {}), chunkBlocks: chunkBlocksReport(h.file) } : { sizeHint: 0 };
    await ctx.meta.call(Rpc.close, h.file.entryId, { entryId: h.file.entryId, handleId: h.metaHandleId, clientId: ctx.clientId(), ...report });
  } catch (e) {
    // meta keeps read-only sessions in memory: after a meta crash the session is gone, and so is
    // everything its close would have done.
    if (canWrite(h.flags) || !(e instanceof HiveError && e.code === ErrCode.BAD_HANDLE)) err ??= e;
  } finally {
    ctx.handles.remove(h);
    ctx.cache.dropAttr(h.file.entryId);
    if (!ctx.handles.file(h.file.entryId)) ctx.hidden.closed(h.file.entryId);
  }
  if (err !== undefined) throw err;
}

/** Truncates through an open handle. EINVAL when it is not open for writing. */
export async function ftruncate(ctx: VfsContext, fh: number, size: number): Promise<void> {
  const h = ctx.handles.get(fh);
  if (!canWrite(h.flags)) throw VfsError.of('EINVAL', `handle ${fh} is not open for writing`);
  await truncateEntry(ctx, h.file.entryId, size, h.cred, h.metaHandleId);
}

/** Truncates the file at `path` (symlinks followed). */
export async function truncate(ctx: VfsContext, path: string, size: number, cred: Cred): Promise<void> {
  const { entryId } = await ctx.resolver.resolve(path, cred, true);
  await truncateEntry(ctx, entryId, size, cred);
}

/** Truncates the file `entryId`. */
export async function truncateById(ctx: VfsContext, entryId: string, size: number, cred: Cred): Promise<void> {
  await truncateEntry(ctx, entryId, size, cred);
}

/**
 * Stat through an open handle (works after unlink). `path` is the one the FUSE request came with
 * (null when libfuse has none), for {@link asAskedByPath}; library callers leave it out.
 */
export async function fgetattr(ctx: VfsContext, fh: number, cred: Cred, path?: string | null): Promise<VfsStat> {
  const h = ctx.handles.get(fh);
  const st = statOf(ctx, (await ctx.resolver.byId(h.file.entryId, cred)).attr);
  return path === undefined ? st : asAskedByPath(ctx, h.file.entryId, st, path);
}
