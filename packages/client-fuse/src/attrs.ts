// Attribute operations: stat (with this client's unreported writes), setattr, xattrs, statfs, stripe patterns.
import { ROOT_ENTRY_ID, Rpc, hivefs } from '@hivefs/protocol';
import type { VfsContext } from './context.js';
import { VfsError } from './errors.js';
import { statForHiddenNode } from './hidden.js';
import { splitParent } from './paths.js';
import { ownBlocks } from './handles.js';
import { attrToStat, mayAccess } from './stat.js';
import { SETATTR, checkSize, setAttrOnMeta } from './truncate.js';
import type { Cred, SetAttrChanges, Timespec, VfsStat, VfsStatFs } from './types.js';

/** Fragment size reported by statfs. */
const STATFS_BLOCK = 4096;

/**
 * A stat of `attr`, with size, blocks and mtime of writes this client has not reported yet
 * (blocks: the larger of meta's and the sum storage reported to this client's writes).
 */
export function statOf(ctx: VfsContext, attr: hivefs.IAttr): VfsStat {
  const file = ctx.handles.file(attr.entryId);
  if (!file) return attrToStat(attr);
  const st = attrToStat(attr, { size: Math.max(Number(attr.size ?? 0), file.size), blocks: Math.max(Number(attr.blocks ?? 0), ownBlocks(file)) });
  for (const h of file.handles) if (h.unreported && h.lastWrite && later(h.lastWrite, st.mtime)) st.mtime = h.lastWrite;
  return st;
}

function later(a: Timespec, b: Timespec): boolean {
  return a.sec > b.sec || (a.sec === b.sec && a.nsec > b.nsec);
}

/** Stat of the entry at `path` (a symlink itself, not its target). */
export async function getattr(ctx: VfsContext, path: string, cred: Cred): Promise<VfsStat> {
  const { entryId, attr } = await ctx.resolver.resolve(path, cred);
  return asAskedByPath(ctx, entryId, statOf(ctx, attr), path);
}

/** Stat of the entry `name` in the directory `parentId` (an inode-based engine's lookup). */
export async function lookupAt(ctx: VfsContext, parentId: string, name: string, cred: Cred): Promise<VfsStat> {
  return statOf(ctx, (await ctx.resolver.childAt(parentId, name, cred)).attr);
}

/**
 * `st` of `entryId` as the answer to a request by `path` (null: libfuse has no path for the open
 * file): adjusted when libfuse knows the file under a hidden name (see hidden.ts).
 */
export function asAskedByPath(ctx: VfsContext, entryId: string, st: VfsStat, path: string | null): VfsStat {
  return ctx.hidden.hides(entryId, path === null ? null : (splitParent(path).name ?? '')) ? statForHiddenNode(st) : st;
}

/** Mode bits of access(2): F_OK 0 (exists), else R_OK 4 | W_OK 2 | X_OK 1. */
export const ACCESS = { F_OK: 0, X_OK: 1, W_OK: 2, R_OK: 4 } as const;

/**
 * access(2) of `path` (symlinks followed) for `cred`: resolving it checks search permission on
 * the way; `mask` is then checked against mode and ownership. EACCES when denied, EINVAL for
 * bits other than R_OK | W_OK | X_OK.
 */
export async function access(ctx: VfsContext, path: string, mask: number, cred: Cred): Promise<void> {
  if ((mask & ~7) !== 0) throw VfsError.of('EINVAL', `invalid access mode ${mask}`);
  const { attr } = await ctx.resolver.resolve(path, cred, true);
  if (mask !== ACCESS.F_OK && !mayAccess(attr, cred, mask)) throw VfsError.of('EACCES', `access ${mask} to '${path}' denied for uid ${cred.uid}`);
}

/** Stat of the entry `entryId` (cached attributes within tuneAttrCacheSecs, else a getAttr from its owner). */
export async function getattrById(ctx: VfsContext, entryId: string, cred: Cred): Promise<VfsStat> {
  return statOf(ctx, (await ctx.resolver.byId(entryId, cred)).attr);
}

/** Changes mode, owner, size and/or times of the entry at `path` in one meta request. */
export async function setattr(ctx: VfsContext, path: string, ch: SetAttrChanges, cred: Cred): Promise<VfsStat> {
  const { entryId } = await ctx.resolver.resolve(path, cred);
  return setattrById(ctx, entryId, ch, cred);
}

/** {@link setattr} of the entry `entryId`. */
export async function setattrById(ctx: VfsContext, entryId: string, ch: SetAttrChanges, cred: Cred): Promise<VfsStat> {
  const req: hivefs.ISetAttrReq & { entryId: string; cred: Cred } = { cred, entryId, valid: 0 };
  let valid = 0;
  if (ch.mode !== undefined) (valid |= SETATTR.MODE), (req.mode = ch.mode & 0o7777);
  if (ch.uid !== undefined) (valid |= SETATTR.UID), (req.uid = ch.uid);
  if (ch.gid !== undefined) (valid |= SETATTR.GID), (req.gid = ch.gid);
  if (ch.size !== undefined) checkSize(ch.size), (valid |= SETATTR.SIZE), (req.size = ch.size);
  if (ch.atime === 'now') valid |= SETATTR.ATIME_NOW;
  else if (ch.atime) (valid |= SETATTR.ATIME), (req.atime = ch.atime);
  if (ch.mtime === 'now') valid |= SETATTR.MTIME_NOW;
  else if (ch.mtime) (valid |= SETATTR.MTIME), (req.mtime = ch.mtime);
  req.valid = valid;
  return statOf(ctx, await setAttrOnMeta(ctx, req));
}

/** Sets an extended attribute; flags 1 XATTR_CREATE, 2 XATTR_REPLACE. */
export async function setxattr(ctx: VfsContext, path: string, name: string, value: Uint8Array, flags: number, cred: Cred): Promise<void> {
  return setxattrById(ctx, (await ctx.resolver.resolve(path, cred)).entryId, name, value, flags, cred);
}

/** {@link setxattr} of the entry `entryId`. */
export async function setxattrById(ctx: VfsContext, entryId: string, name: string, value: Uint8Array, flags: number, cred: Cred): Promise<void> {
  ctx.cache.dropNoXattrs(entryId);
  await ctx.meta.call(Rpc.setXattr, entryId, { cred, entryId, name, value, flags });
  ctx.cache.dropAttr(entryId);
}

/** The value of an extended attribute (ENODATA when absent). */
export async function getxattr(ctx: VfsContext, path: string, name: string, cred: Cred): Promise<Buffer> {
  return getxattrById(ctx, (await ctx.resolver.resolve(path, cred)).entryId, name, cred);
}

/** What the kernel asks for before the first write to every file (to drop file capabilities). */
const CAPABILITY_XATTR = 'security.capability';

/**
 * Whether meta would answer "no such attribute" for `name` on `entryId` without being asked: the
 * kernel's capability probe (meta checks no permission for security.* names) of a file this client
 * created within the attribute cache lifetime, so a new file's first write needs no meta request.
 */
function knownAbsent(ctx: VfsContext, entryId: string, name: string): boolean {
  return name === CAPABILITY_XATTR && ctx.cache.hasNoXattrs(entryId);
}

/** {@link getxattr} of the entry `entryId`. */
export async function getxattrById(ctx: VfsContext, entryId: string, name: string, cred: Cred): Promise<Buffer> {
  if (knownAbsent(ctx, entryId, name)) throw VfsError.of('ENODATA', `getxattr: ${entryId} has no xattr '${name}' (created by this client, none set since)`);
  const r = await ctx.meta.call(Rpc.getXattr, entryId, { cred, entryId, name });
  const v = r.value ?? new Uint8Array(0);
  return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
}

/** The names of an entry's extended attributes. */
export async function listxattr(ctx: VfsContext, path: string, cred: Cred): Promise<string[]> {
  return listxattrById(ctx, (await ctx.resolver.resolve(path, cred)).entryId, cred);
}

/** {@link listxattr} of the entry `entryId`. */
export async function listxattrById(ctx: VfsContext, entryId: string, cred: Cred): Promise<string[]> {
  return (await ctx.meta.call(Rpc.listXattr, entryId, { cred, entryId })).names ?? [];
}

/** Removes an extended attribute (ENODATA when absent). */
export async function removexattr(ctx: VfsContext, path: string, name: string, cred: Cred): Promise<void> {
  return removexattrById(ctx, (await ctx.resolver.resolve(path, cred)).entryId, name, cred);
}

/** {@link removexattr} of the entry `entryId`. */
export async function removexattrById(ctx: VfsContext, entryId: string, name: string, cred: Cred): Promise<void> {
  await ctx.meta.call(Rpc.removeXattr, entryId, { cred, entryId, name });
  ctx.cache.dropAttr(entryId);
}

/**
 * Space and inode figures summed over the file systems of the storage targets (each once).
 * bavail is what users may still write; bfree also counts the blocks reserved for root, so that
 * df's "used" (blocks - bfree) is what the file systems really hold.
 */
export async function statfs(ctx: VfsContext): Promise<VfsStatFs> {
  const r = await ctx.meta.call(Rpc.statFs, ROOT_ENTRY_ID, {});
  const total = Number(r.totalBytes ?? 0);
  const free = Number(r.freeBytes ?? 0);
  const used = Number(r.usedBytes ?? 0) || total - free;
  const blocks = Math.floor(total / STATFS_BLOCK);
  const bavail = Math.floor(free / STATFS_BLOCK);
  const bfree = Math.min(blocks, Math.max(bavail, blocks - Math.ceil(used / STATFS_BLOCK)));
  return {
    bsize: STATFS_BLOCK, frsize: STATFS_BLOCK, blocks, bfree, bavail,
    files: Number(r.totalInodes ?? 0), ffree: Number(r.freeInodes ?? 0), namemax: 255,
  };
}

/** A directory's default stripe pattern for new entries (what `hivefs-ctl --setpattern` sets). */
export interface PatternSpec {
  chunkSize: number;
  numTargets: number;
  /** Default RAID0. */
  buddyMirror?: boolean;
  storagePoolId?: number;
}

/** Sets the default stripe pattern of the directory at `path` (root or owner only). */
export async function setPattern(ctx: VfsContext, path: string, spec: PatternSpec, cred: Cred): Promise<VfsStat> {
  const { entryId } = await ctx.resolver.resolve(path, cred, true);
  const pattern: hivefs.IStripePattern = {
    type: spec.buddyMirror ? hivefs.PatternType.BUDDY_MIRROR : hivefs.PatternType.RAID0,
    chunkSize: spec.chunkSize,
    numTargets: spec.numTargets,
    ...(spec.storagePoolId ? { storagePoolId: spec.storagePoolId } : {}),
  };
  const r = await ctx.meta.call(Rpc.setPattern, entryId, { cred, entryId, pattern });
  ctx.cache.putAttr(r.attr as hivefs.IAttr);
  return statOf(ctx, r.attr as hivefs.IAttr);
}

/** Where an entry lives: what `hivefs-ctl --getentryinfo` shows. */
export interface EntryInfo {
  entryId: string;
  ownerNodeId: number;
  parentId: string;
  pattern: { type: 'raid0' | 'buddymirror'; chunkSize: number; numTargets: number; ids: number[]; storagePoolId: number };
}

/** Entry id, owner and stripe pattern of the entry at `path` (a file's target ids, a directory's default). */
export async function getEntryInfo(ctx: VfsContext, path: string, cred: Cred): Promise<EntryInfo> {
  const { entryId, attr } = await ctx.resolver.resolve(path, cred);
  const p = attr.pattern ?? {};
  return {
    entryId,
    ownerNodeId: attr.ownerNodeId ?? 0,
    parentId: attr.parentId ?? '',
    pattern: {
      type: p.type === hivefs.PatternType.BUDDY_MIRROR ? 'buddymirror' : 'raid0',
      chunkSize: p.chunkSize ?? 0,
      numTargets: p.numTargets ?? 0,
      ids: [...(p.ids ?? [])],
      storagePoolId: p.storagePoolId ?? 0,
    },
  };
}
