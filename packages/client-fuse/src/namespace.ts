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
  return mkdirAt(ctx, dir.entryId, name, mode, cred);
}

/** {@link mkdir} of `name` in the directory `parentId` (an inode-based engine's: no path walk). */
export async function mkdirAt(ctx: VfsContext, parentId: string, name: string, mode: number, cred: Cred): Promise<VfsStat> {
  checkName(name);
  const r = await ctx.meta.call(Rpc.mkdir, parentId, { cred, parentId, name, mode: mode & 0o7777 });
  return added(ctx, parentId, name, r.attr as hivefs.IAttr, r.parent);
}

/** Removes an empty directory. */
export async function rmdir(ctx: VfsContext, path: string, cred: Cred): Promise<void> {
  const { dir, name } = await ctx.resolver.resolveParent(path, cred, 'EBUSY');
  if (ctx.hidden.get(dir.entryId, name)) throw VfsError.of('ENOTDIR', `'${path}' is a file unlinked while open`);
  return rmdirAt(ctx, dir.entryId, name, cred);
}

/** {@link rmdir} of `name` in the directory `parentId`. */
export async function rmdirAt(ctx: VfsContext, parentId: string, name: string, cred: Cred): Promise<void> {
  checkName(name);
  const r = await ctx.meta.call(Rpc.rmdir, parentId, { cred, parentId, name });
  removed(ctx, parentId, name, r.parent);
}

/**
 * Removes a name; an open file's data stays readable through its handles until the last release.
 * A hidden name (libfuse's, at the last release of a file unlinked while open) is only forgotten:
 * the file was unlinked in meta when it was hidden, and meta frees it at its last close.
 */
export async function unlink(ctx: VfsContext, path: string, cred: Cred): Promise<void> {
  const { dir, name } = await ctx.resolver.resolveParent(path, cred, 'EISDIR');
  if (ctx.hidden.forget(dir.entryId, name)) return;
  return unlinkAt(ctx, dir.entryId, name, cred);
}

/** {@link unlink} of `name` in the directory `parentId` (no hidden names: an inode-based engine has none). */
export async function unlinkAt(ctx: VfsContext, parentId: string, name: string, cred: Cred): Promise<void> {
  checkName(name);
  const r = await ctx.meta.call(Rpc.unlink, parentId, { cred, parentId, name });
  removed(ctx, parentId, name, r.parent);
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
  return renameAt(ctx, src.dir.entryId, src.name, dst.dir.entryId, dst.name, cred);
}

/** {@link rename} of `srcName` in `srcParentId` to `dstName` in `dstParentId` (no hidden names). */
export async function renameAt(ctx: VfsContext, srcParentId: string, srcName: string, dstParentId: string, dstName: string, cred: Cred): Promise<void> {
  checkName(srcName);
  checkName(dstName);
  const r = await ctx.meta.call(Rpc.rename, srcParentId, { cred, srcParentId, srcName, dstParentId, dstName });
  removed(ctx, srcParentId, srcName, r.srcParent);
  removed(ctx, dstParentId, dstName, r.dstParent);
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
  return symlinkAt(ctx, target, dir.entryId, name, cred);
}

/** {@link symlink} as `name` in the directory `parentId`. */
export async function symlinkAt(ctx: VfsContext, target: string, parentId: string, name: string, cred: Cred): Promise<VfsStat> {
  checkName(name);
  const r = await ctx.meta.call(Rpc.symlink, parentId, { cred, parentId, name, target });
  return added(ctx, parentId, name, r.attr as hivefs.IAttr, r.parent);
}

/** The target of the symbolic link at `path`. */
export async function readlink(ctx: VfsContext, path: string, cred: Cred): Promise<string> {
  return readlinkById(ctx, (await ctx.resolver.resolve(path, cred)).entryId, cred);
}

/** {@link readlink} of the entry `entryId`. */
export async function readlinkById(ctx: VfsContext, entryId: string, cred: Cred): Promise<string> {
  return (await ctx.meta.call(Rpc.readlink, entryId, { cred, entryId })).target ?? '';
}

/** Creates a special file (FIFO, socket, character or block device) at `path`; `perm` is its permission bits. */
export async function mknod(ctx: VfsContext, path: string, type: hivefs.EntryType, perm: number, rdev: number, cred: Cred): Promise<VfsStat> {
  const { dir, name } = await ctx.resolver.resolveParent(path, cred, 'EEXIST');
  return mknodAt(ctx, dir.entryId, name, type, perm, rdev, cred);
}

/** {@link mknod} of `name` in the directory `parentId`. */
export async function mknodAt(ctx: VfsContext, parentId: string, name: string, type: hivefs.EntryType, perm: number, rdev: number, cred: Cred): Promise<VfsStat> {
  checkName(name);
  const r = await ctx.meta.call(Rpc.mknod, parentId, { cred, parentId, name, type, mode: perm & 0o7777, rdev });
  return added(ctx, parentId, name, r.attr as hivefs.IAttr, r.parent);
}

/** Makes `newPath` another name of the entry at `existing` (not followed if a symlink). */
export async function link(ctx: VfsContext, existing: string, newPath: string, cred: Cred): Promise<VfsStat> {
  const { entryId } = await ctx.resolver.resolve(existing, cred);
  const { dir, name } = await ctx.resolver.resolveParent(newPath, cred, 'EEXIST');
  return linkAt(ctx, entryId, dir.entryId, name, cred);
}

/** {@link link} of the entry `entryId` as `newName` in the directory `newParentId`. */
export async function linkAt(ctx: VfsContext, entryId: string, newParentId: string, newName: string, cred: Cred): Promise<VfsStat> {
  checkName(newName);
  const r = await ctx.meta.call(Rpc.link, newParentId, { cred, entryId, newParentId, newName });
  ctx.cache.dropAttr(entryId);
  return added(ctx, newParentId, newName, r.attr as hivefs.IAttr, r.parent);
}

/**
 * A name a by-id operation may make or remove: not empty, no '/', no NUL, not '.' or '..' (a
 * path op's last component passes by construction; meta checks the length).
 */
export function checkName(name: string): void {
  if (typeof name !== 'string' || name === '' || name.includes('/') || name.includes('\0')) throw VfsError.of('EINVAL', `invalid name '${String(name)}'`);
  if (name === '.' || name === '..') throw VfsError.of('EINVAL', `name '${name}' names no new entry`);
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
