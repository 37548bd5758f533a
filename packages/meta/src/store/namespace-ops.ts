// Namespace changes that add or remove directory entries: mkdir, rmdir, symlink, mknod, link.
import { ErrCode, fail, hivefs, ROOT_ENTRY_ID } from '@hivefs/protocol';
import { toAttr } from './attrs.js';
import { Batch } from './batch.js';
import { commitOp } from './commit.js';
import { patternOf } from './codec.js';
import type { StoreContext } from './context.js';
import { deleteInodeInto } from './dispose.js';
import { inheritedDirPattern, newInode, touchedDir } from './inode-factory.js';
import { nameInDir, withResolvedLocks } from './locks.js';
import { checkAccess, checkSticky, W, X } from './permissions.js';
import { findDentry, hasEntries, mustDir, mustInode } from './reads.js';
import type { Cred, Dentry, Inode } from './types.js';
import { checkId, checkName } from './validate.js';
import { crossLink } from '../intents/link.js';
import { crossMkdir } from '../intents/mkdir.js';
import { findRemoteInode, isRemote, mustRemoteInode, needsEntryOwner, ownerIn, type PeerContext } from '../intents/remote.js';
import { crossRmdir } from '../intents/rmdir.js';

/** Longest symlink target in bytes. */
export const MAX_SYMLINK_BYTES = 4095;
/** Most hard links of one inode. */
export const MAX_LINKS = 65000;

/** Loads a parent directory for adding `name`: w+x permission, the name free. */
async function parentForAdd(ctx: StoreContext, cred: Cred, parentId: string, name: string, what: string): Promise<Inode> {
  const parent = await mustDir(ctx, parentId, what);
  checkAccess(cred, parent, W | X, what);
  if (await findDentry(ctx, parentId, name)) fail(ErrCode.EXISTS, `${what}: '${name}' already exists in ${parentId}`);
  return parent;
}

/** Creates a directory; it inherits the parent's pattern (and gid when the parent is setgid). */
export async function mkdir(ctx: StoreContext, cred: Cred, parentId: string, name: string, mode: number): Promise<hivefs.IAttr> {
  const what = 'mkdir';
  checkId(parentId, what);
  checkName(name, what);
  return ctx.locks.with([parentId], async () => {
    const parent = await parentForAdd(ctx, cred, parentId, name, what);
    const now = ctx.clock.now();
    const owner = ctx.peers ? ctx.peers.chooseDirOwner(ctx.nodeId) : ctx.nodeId;
    if (owner !== ctx.nodeId && ctx.peers) {
      const spec = { type: hivefs.EntryType.DIRECTORY, mode, pattern: inheritedDirPattern(parent), entryId: ctx.ids.nextFor(owner), ownerNodeId: owner };
      const made = await crossMkdir({ ...ctx, peers: ctx.peers }, parent, name, newInode(ctx, cred, parent, spec, now), { exclusive: [parentId], shared: [] });
      if (made) return made;
      // the chosen node did not answer: the directory is made here instead (recovery removes
      // whatever the other node may have made for the pending intent)
    }
    const dir = newInode(ctx, cred, parent, { type: hivefs.EntryType.DIRECTORY, mode, pattern: inheritedDirPattern(parent) }, now);
    const b = new Batch()
      .putInode(dir)
      .putDentry(parentId, { name, entryId: dir.entryId, type: dir.type })
      .putInode(touchedDir(parent, now, +1));
    return commitOp(ctx, b, toAttr(dir));
  });
}

/** Removes an empty directory (never the root). */
export async function rmdir(ctx: StoreContext, cred: Cred, parentId: string, name: string): Promise<void> {
  const what = 'rmdir';
  checkId(parentId, what);
  checkName(name, what);
  const child = async (): Promise<string[]> => [(await findDentry(ctx, parentId, name))?.entryId ?? ''].filter(Boolean);
  await withResolvedLocks(ctx.locks, [parentId], child, async () => {
    const parent = await mustDir(ctx, parentId, what);
    checkAccess(cred, parent, W | X, what);
    const d = await findDentry(ctx, parentId, name);
    if (!d) fail(ErrCode.NOT_FOUND, `${what}: no entry '${name}' in directory ${parentId}`);
    if (isRemote(ctx, d.entryId)) return rmdirRemote(ctx as PeerContext, cred, parent, name, d);
    const dir = await mustInode(ctx, d.entryId, what);
    if (dir.type !== hivefs.EntryType.DIRECTORY) fail(ErrCode.NOT_DIR, `${what}: '${name}' in ${parentId} is not a directory`);
    if (dir.entryId === ROOT_ENTRY_ID) fail(ErrCode.BUSY, `${what}: the root directory cannot be removed`);
    checkSticky(cred, parent, dir, what);
    if (await hasEntries(ctx, dir.entryId)) fail(ErrCode.NOT_EMPTY, `${what}: directory '${name}' (${dir.entryId}) is not empty`);
    const b = new Batch().delDentry(parentId, name).putInode(touchedDir(parent, ctx.clock.now(), -1));
    await deleteInodeInto(ctx, b, dir);
    await commitOp(ctx, b, undefined);
  });
}

/** rmdir of a directory another node holds (a dangling entry, whose inode is missing, just goes). */
async function rmdirRemote(ctx: PeerContext, cred: Cred, parent: Inode, name: string, d: Dentry): Promise<void> {
  const what = 'rmdir';
  const dirId = d.entryId;
  if (d.type !== hivefs.EntryType.DIRECTORY) fail(ErrCode.NOT_DIR, `${what}: '${name}' in ${parent.entryId} is not a directory`);
  const dir = needsEntryOwner(cred, parent) ? await findRemoteInode(ctx, dirId) : undefined;
  if (dir) checkSticky(cred, parent, dir, what);
  await crossRmdir(ctx, parent, name, dirId, ownerIn(ctx, dirId), { exclusive: [parent.entryId, dirId], shared: [] });
}

/** Creates a symlink to `target` (at most 4095 bytes, no NUL). */
export async function symlink(ctx: StoreContext, cred: Cred, parentId: string, name: string, target: string): Promise<hivefs.IAttr> {
  const what = 'symlink';
  checkId(parentId, what);
  checkName(name, what);
  const bytes = Buffer.byteLength(target, 'utf8');
  if (bytes === 0) fail(ErrCode.INVALID_ARGUMENT, `${what}: the link target is empty`);
  if (bytes > MAX_SYMLINK_BYTES) fail(ErrCode.NAME_TOO_LONG, `${what}: target is ${bytes} bytes, at most ${MAX_SYMLINK_BYTES} allowed`);
  if (target.includes('\0')) fail(ErrCode.INVALID_ARGUMENT, `${what}: the link target contains a NUL byte`);
  return ctx.locks.with(nameInDir(parentId, name), async () => {
    const parent = await parentForAdd(ctx, cred, parentId, name, what);
    const now = ctx.clock.now();
    const link = newInode(ctx, cred, parent, { type: hivefs.EntryType.SYMLINK, mode: 0o777, pattern: patternOf(null), size: bytes }, now);
    const b = new Batch()
      .putInode(link)
      .putLink(link.entryId, target)
      .putDentry(parentId, { name, entryId: link.entryId, type: link.type })
      .putInode(touchedDir(parent, now));
    return commitOp(ctx, b, toAttr(link));
  });
}

/** Entry types mknod creates; devices only for root (as mknod(2) needs CAP_MKNOD). */
const SPECIAL_TYPES: ReadonlySet<hivefs.EntryType> = new Set([hivefs.EntryType.FIFO, hivefs.EntryType.SOCKET, hivefs.EntryType.CHARDEV, hivefs.EntryType.BLOCKDEV]);
const DEVICE_TYPES: ReadonlySet<hivefs.EntryType> = new Set([hivefs.EntryType.CHARDEV, hivefs.EntryType.BLOCKDEV]);

/** What {@link mknod} creates. */
export interface MknodArgs {
  parentId: string;
  name: string;
  type: hivefs.EntryType;
  /** Permission bits. */
  mode: number;
  /** Devices: the device number; ignored (0) for FIFOs and sockets. */
  rdev: number;
}

/**
 * Creates a special file: a FIFO or socket (anyone with w+x on the parent), a character or
 * block device (root only, NOT_PERMITTED otherwise). Special files have no chunks; their I/O is
 * the kernel's.
 */
export async function mknod(ctx: StoreContext, cred: Cred, a: MknodArgs): Promise<hivefs.IAttr> {
  const what = 'mknod';
  checkId(a.parentId, what);
  checkName(a.name, what);
  if (!SPECIAL_TYPES.has(a.type)) fail(ErrCode.INVALID_ARGUMENT, `${what}: entry type ${a.type} is not a special file type (fifo, socket, character or block device)`);
  const device = DEVICE_TYPES.has(a.type);
  if (device && cred.uid !== 0) fail(ErrCode.NOT_PERMITTED, `${what}: only root may create device files (uid ${cred.uid})`);
  return ctx.locks.with(nameInDir(a.parentId, a.name), async () => {
    const parent = await parentForAdd(ctx, cred, a.parentId, a.name, what);
    const now = ctx.clock.now();
    const node = newInode(ctx, cred, parent, { type: a.type, mode: a.mode, pattern: patternOf(null), rdev: device ? a.rdev >>> 0 : 0 }, now);
    const b = new Batch()
      .putInode(node)
      .putDentry(a.parentId, { name: a.name, entryId: node.entryId, type: node.type })
      .putInode(touchedDir(parent, now));
    return commitOp(ctx, b, toAttr(node));
  });
}

/** Adds a hard link `newName` in `newParentId` to a non-directory (directories: NOT_PERMITTED). */
export async function link(ctx: StoreContext, cred: Cred, entryId: string, newParentId: string, newName: string): Promise<hivefs.IAttr> {
  const what = 'link';
  checkId(entryId, what);
  checkId(newParentId, what);
  checkName(newName, what);
  const locks = nameInDir(newParentId, newName, entryId);
  return ctx.locks.with(locks, async () => {
    const remote = isRemote(ctx, entryId);
    const target = remote ? await mustRemoteInode(ctx as PeerContext, entryId, what) : await mustInode(ctx, entryId, what);
    if (target.type === hivefs.EntryType.DIRECTORY) fail(ErrCode.NOT_PERMITTED, `${what}: ${entryId} is a directory; directories cannot be hard-linked`);
    if (target.nlink === 0) fail(ErrCode.NOT_FOUND, `${what}: ${entryId} has been unlinked`);
    if (target.nlink >= MAX_LINKS) fail(ErrCode.TOO_MANY_LINKS, `${what}: ${entryId} already has ${target.nlink} links`);
    const parent = await parentForAdd(ctx, cred, newParentId, newName, what);
    if (remote) return crossLink(ctx as PeerContext, parent, newName, target, { exclusive: [...locks.exclusive], shared: [...(locks.shared ?? [])] });
    const now = ctx.clock.now();
    const linked: Inode = { ...target, nlink: target.nlink + 1, ctime: now };
    const b = new Batch()
      .putInode(linked)
      .putDentry(newParentId, { name: newName, entryId, type: target.type })
      .putInode(touchedDir(parent, now));
    return commitOp(ctx, b, toAttr(linked));
  });
}
