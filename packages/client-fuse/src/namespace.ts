// Name operations: mkdir, rmdir, unlink, rename, symlink, readlink, mknod, link; each keeps the cache in step.
import { Rpc, hivefs } from '@hivefs/protocol';
import { statOf } from './attrs.js';
import type { VfsContext } from './context.js';
import { VfsError } from './errors.js';
import { isHiddenName } from './hidden.js';
import { isDir, isSymlink } from './stat.js';
import type { Cred, VfsStat } from './types.js';

/** Creates a directory; `mode` is its permission bits. */
export async function mkdir(ctx: VfsContext, path: string, mode: number, cred: Cred): Promise<VfsStat> {
  const { dir, name } = await ctx.resolver.resolveParent(path, cred, 'EEXIST');
  const r = await ctx.meta.call(Rpc.mkdir, dir.entryId, { cred, parentId: dir.entryId, name, mode: mode & 0o7777 });
  return added(ctx, dir.entryId, name, r.attr as hivefs.IAttr, r.parent);
}

/** Removes an empty directory. */
export async function rmdir(ctx: VfsContext, path: string, cred: Cred): Promise<void> {
  const { dir, name } = await ctx.resolver.resolveParent(path, cred, 'EBUSY');
  if (ctx.hidden.get(dir.entryId, name)) throw VfsError.of('ENOTDIR', `'${path}' is a file unlinked while open`);
  const r = await ctx.meta.call(Rpc.rmdir, dir.entryId, { cred, parentId: dir.entryId, name });
  removed(ctx, dir.entryId, name, r.parent);
}

/**
 * Removes a name; an open file's data stays readable through its handles until the last release.
 * A hidden name (libfuse's, at the last release of a file unlinked while open) is only forgotten:
 * the file was unlinked in meta when it was hidden, and meta frees it at its last close.
 */
export async function unlink(ctx: VfsContext, path: string, cred: Cred): Promise<void> {
  const { dir, name } = await ctx.resolver.resolveParent(path, cred, 'EISDIR');
  if (ctx.hidden.forget(dir.entryId, name)) return;
  const r = await ctx.meta.call(Rpc.unlink, dir.entryId, { cred, parentId: dir.entryId, name });
  removed(ctx, dir.entryId, name, r.parent);
}

/**
 * Moves `from` to `to`, replacing `to` where POSIX allows it. libfuse's hide of a file open here
 * (see hidden.ts) becomes an unlink; a hidden name can only be hidden again (libfuse does that
 * when it is renamed over), any other rename of it fails with EXDEV (so `mv` copies the data).
 */
export async function rename(ctx: VfsContext, from: string, to: string, cred: Cred): Promise<void> {
  const src = await ctx.resolver.resolveParent(from, cred, 'EBUSY');
  const dst = await ctx.resolver.resolveParent(to, cred, 'EBUSY');
  const sameDir = src.dir.entryId === dst.dir.entryId;
  if (ctx.hidden.get(src.dir.entryId, src.name)) {
    if (sameDir && isHiddenName(dst.name) && !ctx.hidden.get(dst.dir.entryId, dst.name)) {
      ctx.hidden.move(src.dir.entryId, src.name, dst.dir.entryId, dst.name);
      return;
    }
    throw VfsError.of('EXDEV', `'${from}' is a file unlinked while open; it cannot be renamed`);
  }
  if (sameDir && isHiddenName(dst.name) && (await hide(ctx, src.dir.entryId, src.name, dst.name, cred))) return;
  const r = await ctx.meta.call(Rpc.rename, src.dir.entryId, {
    cred, srcParentId: src.dir.entryId, srcName: src.name, dstParentId: dst.dir.entryId, dstName: dst.name,
  });
  removed(ctx, src.dir.entryId, src.name, r.srcParent);
  removed(ctx, dst.dir.entryId, dst.name, r.dstParent);
}

/**
 * libfuse's hide (rename of `name` to the hidden name `hiddenName` in the same directory) of a file or
 * symlink open on this client: unlinks `name` in meta, which keeps the inode and its data while
 * sessions are open, and remembers the hidden name for the entry. False (a plain rename follows)
 * when `name` is not such an entry. The entry is looked up in meta, not the cache: the name must
 * be what is open here, not what it named a while ago.
 */
async function hide(ctx: VfsContext, parentId: string, name: string, hiddenName: string, cred: Cred): Promise<boolean> {
  const r = await ctx.meta.call(Rpc.lookup, parentId, { cred, parentId, name });
  const attr = r.attr as hivefs.IAttr;
  const entryId = attr.entryId ?? '';
  if (isDir(attr) || !ctx.handles.file(entryId)) return false;
  if (!isSymlink(attr) && attr.type !== hivefs.EntryType.REGULAR) return false;
  const u = await ctx.meta.call(Rpc.unlink, parentId, { cred, parentId, name });
  removed(ctx, parentId, name, u.parent);
  ctx.cache.dropAttr(entryId);
  // the last handle may have been released meanwhile (then the name already resolves to nothing)
  ctx.hidden.add(parentId, hiddenName, entryId, ctx.handles.file(entryId) !== undefined);
  ctx.log.debug({ parentId, name, hiddenName, entryId }, 'file unlinked while open: hidden name kept in memory only');
  return true;
}

/** Creates a symbolic link at `path` pointing to `target`. */
export async function symlink(ctx: VfsContext, target: string, path: string, cred: Cred): Promise<VfsStat> {
  const { dir, name } = await ctx.resolver.resolveParent(path, cred, 'EEXIST');
  const r = await ctx.meta.call(Rpc.symlink, dir.entryId, { cred, parentId: dir.entryId, name, target });
  return added(ctx, dir.entryId, name, r.attr as hivefs.IAttr, r.parent);
}

/** The target of the symbolic link at `path`. */
export async function readlink(ctx: VfsContext, path: string, cred: Cred): Promise<string> {
  const { entryId } = await ctx.resolver.resolve(path, cred);
  return (await ctx.meta.call(Rpc.readlink, entryId, { cred, entryId })).target ?? '';
}

/** Creates a special file (FIFO, socket, character or block device) at `path`; `perm` is its permission bits. */
export async function mknod(ctx: VfsContext, path: string, type: hivefs.EntryType, perm: number, rdev: number, cred: Cred): Promise<VfsStat> {
  const { dir, name } = await ctx.resolver.resolveParent(path, cred, 'EEXIST');
  const r = await ctx.meta.call(Rpc.mknod, dir.entryId, { cred, parentId: dir.entryId, name, type, mode: perm & 0o7777, rdev });
  return added(ctx, dir.entryId, name, r.attr as hivefs.IAttr, r.parent);
}

/** Makes `newPath` another name of the entry at `existing` (not followed if a symlink). */
export async function link(ctx: VfsContext, existing: string, newPath: string, cred: Cred): Promise<VfsStat> {
  const { entryId } = await ctx.resolver.resolve(existing, cred);
  const { dir, name } = await ctx.resolver.resolveParent(newPath, cred, 'EEXIST');
  const r = await ctx.meta.call(Rpc.link, dir.entryId, { cred, entryId, newParentId: dir.entryId, newName: name });
  ctx.cache.dropAttr(entryId);
  return added(ctx, dir.entryId, name, r.attr as hivefs.IAttr, r.parent);
}

/**
 * Caches a new entry. Its directory's mtime, ctime and nlink changed: the attributes meta sent
 * back with the change replace the cached ones; without them the cached ones no longer answer a
 * stat of it, but still serve path walks through it (type, mode, owner unchanged).
 */
export function added(ctx: VfsContext, parentId: string, name: string, attr: hivefs.IAttr, parent?: hivefs.IAttr | null): VfsStat {
  ctx.cache.putEntry(parentId, name, attr);
  dirChanged(ctx, parentId, name, parent);
  return statOf(ctx, attr);
}

/**
 * Forgets a removed name and the attributes of what it named (nlink, ctime); its directory's
 * attributes as in {@link added}.
 */
function removed(ctx: VfsContext, parentId: string, name: string, parent?: hivefs.IAttr | null): void {
  const id = ctx.cache.dentry(parentId, name);
  ctx.cache.dropDentry(parentId, name);
  ctx.cache.dropAttr(id);
  dirChanged(ctx, parentId, name, parent);
}

function dirChanged(ctx: VfsContext, dirId: string, name: string, attr: hivefs.IAttr | null | undefined): void {
  ctx.statahead?.changed(dirId, name);
  if (attr?.entryId === dirId) ctx.cache.putChangedDir(attr);
  else ctx.cache.childrenChanged(dirId);
}
