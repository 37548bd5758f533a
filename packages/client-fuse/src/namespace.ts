// Name operations: mkdir, rmdir, unlink, rename, symlink, readlink, link; each keeps the cache in step.
import { Rpc, type hivefs } from '@hivefs/protocol';
import { statOf } from './attrs.js';
import type { VfsContext } from './context.js';
import type { Cred, VfsStat } from './types.js';

/** Creates a directory; `mode` is its permission bits. */
export async function mkdir(ctx: VfsContext, path: string, mode: number, cred: Cred): Promise<VfsStat> {
  const { dir, name } = await ctx.resolver.resolveParent(path, cred, 'EEXIST');
  const r = await ctx.meta.call(Rpc.mkdir, dir.entryId, { cred, parentId: dir.entryId, name, mode: mode & 0o7777 });
  return added(ctx, dir.entryId, name, r.attr as hivefs.IAttr);
}

/** Removes an empty directory. */
export async function rmdir(ctx: VfsContext, path: string, cred: Cred): Promise<void> {
  const { dir, name } = await ctx.resolver.resolveParent(path, cred, 'EBUSY');
  await ctx.meta.call(Rpc.rmdir, dir.entryId, { cred, parentId: dir.entryId, name });
  removed(ctx, dir.entryId, name);
}

/** Removes a name; an open file's data stays readable through its handles until the last release. */
export async function unlink(ctx: VfsContext, path: string, cred: Cred): Promise<void> {
  const { dir, name } = await ctx.resolver.resolveParent(path, cred, 'EISDIR');
  await ctx.meta.call(Rpc.unlink, dir.entryId, { cred, parentId: dir.entryId, name });
  removed(ctx, dir.entryId, name);
}

/** Moves `from` to `to`, replacing `to` where POSIX allows it. */
export async function rename(ctx: VfsContext, from: string, to: string, cred: Cred): Promise<void> {
  const src = await ctx.resolver.resolveParent(from, cred, 'EBUSY');
  const dst = await ctx.resolver.resolveParent(to, cred, 'EBUSY');
  await ctx.meta.call(Rpc.rename, src.dir.entryId, {
    cred, srcParentId: src.dir.entryId, srcName: src.name, dstParentId: dst.dir.entryId, dstName: dst.name,
  });
  removed(ctx, src.dir.entryId, src.name);
  removed(ctx, dst.dir.entryId, dst.name);
}

/** Creates a symbolic link at `path` pointing to `target`. */
export async function symlink(ctx: VfsContext, target: string, path: string, cred: Cred): Promise<VfsStat> {
  const { dir, name } = await ctx.resolver.resolveParent(path, cred, 'EEXIST');
  const r = await ctx.meta.call(Rpc.symlink, dir.entryId, { cred, parentId: dir.entryId, name, target });
  return added(ctx, dir.entryId, name, r.attr as hivefs.IAttr);
}

/** The target of the symbolic link at `path`. */
export async function readlink(ctx: VfsContext, path: string, cred: Cred): Promise<string> {
  const { entryId } = await ctx.resolver.resolve(path, cred);
  return (await ctx.meta.call(Rpc.readlink, entryId, { cred, entryId })).target ?? '';
}

/** Makes `newPath` another name of the entry at `existing` (not followed if a symlink). */
export async function link(ctx: VfsContext, existing: string, newPath: string, cred: Cred): Promise<VfsStat> {
  const { entryId } = await ctx.resolver.resolve(existing, cred);
  const { dir, name } = await ctx.resolver.resolveParent(newPath, cred, 'EEXIST');
  const r = await ctx.meta.call(Rpc.link, dir.entryId, { cred, entryId, newParentId: dir.entryId, newName: name });
  ctx.cache.dropAttr(entryId);
  return added(ctx, dir.entryId, name, r.attr as hivefs.IAttr);
}

/** Caches a new entry and forgets its directory's attributes (mtime, nlink changed). */
export function added(ctx: VfsContext, parentId: string, name: string, attr: hivefs.IAttr): VfsStat {
  ctx.cache.putEntry(parentId, name, attr);
  ctx.cache.dropAttr(parentId);
  return statOf(ctx, attr);
}

/** Forgets a removed name, the attributes of what it named (nlink, ctime) and of its directory. */
function removed(ctx: VfsContext, parentId: string, name: string): void {
  const id = ctx.cache.dentry(parentId, name);
  ctx.cache.dropDentry(parentId, name);
  ctx.cache.dropAttr(id, parentId);
}
