// Rename of files and directories, within and across directories, replacing files or empty dirs.
import { ErrCode, fail, hivefs, ROOT_ENTRY_ID } from '@hivefs/protocol';
import { Batch } from './batch.js';
import { commitOp } from './commit.js';
import type { StoreContext } from './context.js';
import { deleteInodeInto, dropLinkInto } from './dispose.js';
import { touchedDir } from './inode-factory.js';
import { RENAME_LOCK, withResolvedLocks } from './locks.js';
import { checkAccess, checkSticky, W, X } from './permissions.js';
import { findDentry, findInode, hasEntries, mustDentry, mustDir, mustInode } from './reads.js';
import type { Cred, Inode } from './types.js';
import { checkId, checkName } from './validate.js';
import { findRemoteInode, isRemote, type PeerContext } from '../intents/remote.js';
import { crossRename } from '../intents/rename.js';

/** Arguments of {@link rename}. */
export interface RenameArgs {
  srcParentId: string;
  srcName: string;
  dstParentId: string;
  dstName: string;
  noReplace: boolean;
}

/** Deepest directory nesting walked when checking that a directory is not moved into itself. */
const MAX_DEPTH = 10_000;
const isDir = (i: Inode): boolean => i.type === hivefs.EntryType.DIRECTORY;

/**
 * Renames an entry. Locks both parents, the source and the replaced entry; a directory moving
 * to another parent also takes the global rename lock, so the ancestry cannot change while it
 * is checked.
 */
export async function rename(ctx: StoreContext, cred: Cred, a: RenameArgs): Promise<void> {
  for (const id of [a.srcParentId, a.dstParentId]) checkId(id, 'rename');
  checkName(a.srcName, 'rename');
  checkName(a.dstName, 'rename');
  const resolve = async (): Promise<string[]> => {
    const s = await findDentry(ctx, a.srcParentId, a.srcName);
    const d = await findDentry(ctx, a.dstParentId, a.dstName);
    const ids = [s?.entryId ?? '', d?.entryId ?? ''].filter(Boolean);
    if (s?.type === hivefs.EntryType.DIRECTORY && a.srcParentId !== a.dstParentId) ids.push(RENAME_LOCK);
    return ids;
  };
  const gone = await withResolvedLocks(ctx.locks, [a.srcParentId, a.dstParentId], resolve, () => renameLocked(ctx, cred, a));
  if (gone) ctx.disposer.enqueue(gone);
}

async function renameLocked(ctx: StoreContext, cred: Cred, a: RenameArgs): Promise<Inode | undefined> {
  const what = 'rename';
  // another node involved (target parent, source or replaced entry): the intent protocol; the
  // checks below read nothing more than the one-node path does
  if (isRemote(ctx, a.dstParentId)) return renameAcross(ctx, cred, a, '');
  const srcP = await mustDir(ctx, a.srcParentId, what);
  const dstP = a.dstParentId === a.srcParentId ? srcP : await mustDir(ctx, a.dstParentId, what);
  checkAccess(cred, srcP, W | X, what);
  if (dstP !== srcP) checkAccess(cred, dstP, W | X, what);
  const sd = await mustDentry(ctx, a.srcParentId, a.srcName, what);
  if (isRemote(ctx, sd.entryId)) return renameAcross(ctx, cred, a, sd.entryId);
  const src = await mustInode(ctx, sd.entryId, what);
  checkSticky(cred, srcP, src, what);
  const dd = await findDentry(ctx, a.dstParentId, a.dstName);
  if (dd && dd.entryId !== src.entryId && isRemote(ctx, dd.entryId)) return renameAcross(ctx, cred, a, sd.entryId);
  if (dd && a.noReplace) fail(ErrCode.EXISTS, `${what}: '${a.dstName}' already exists in ${a.dstParentId}`);
  if (dd?.entryId === src.entryId) return undefined; // both names are links of one entry: nothing to do
  const dst = dd ? await mustInode(ctx, dd.entryId, what) : undefined;
  if (dst) {
    await checkReplace(ctx, src, dst, a);
    checkSticky(cred, dstP, dst, what);
  }
  if (isDir(src) && dstP !== srcP) {
    await checkNotInside(ctx, src.entryId, dstP.entryId);
    checkAccess(cred, src, W, what);
  }
  return commitRename(ctx, a, srcP, dstP, src, dst);
}

/** A rename involving another meta node, through the intent protocol (intents/rename.ts). */
async function renameAcross(ctx: StoreContext, cred: Cred, a: RenameArgs, srcId: string): Promise<undefined> {
  const exclusive = [a.srcParentId, a.dstParentId, srcId, RENAME_LOCK].filter(Boolean);
  await crossRename(ctx as PeerContext, cred, a, { exclusive, shared: [] });
  return undefined;
}

async function checkReplace(ctx: StoreContext, src: Inode, dst: Inode, a: RenameArgs): Promise<void> {
  const what = 'rename';
  if (isDir(src) && !isDir(dst)) fail(ErrCode.NOT_DIR, `${what}: directory '${a.srcName}' cannot replace non-directory '${a.dstName}'`);
  if (!isDir(src) && isDir(dst)) fail(ErrCode.IS_DIR, `${what}: '${a.dstName}' in ${a.dstParentId} is a directory`);
  if (isDir(dst) && (await hasEntries(ctx, dst.entryId))) fail(ErrCode.NOT_EMPTY, `${what}: directory '${a.dstName}' (${dst.entryId}) is not empty`);
}

/** INVALID_ARGUMENT when `dirId` is `srcId` or lies below it. */
async function checkNotInside(ctx: StoreContext, srcId: string, dirId: string): Promise<void> {
  let id = dirId;
  for (let depth = 0; depth < MAX_DEPTH && id; depth++) {
    if (id === srcId) fail(ErrCode.INVALID_ARGUMENT, `rename: cannot move directory ${srcId} into its own subtree (${dirId})`);
    if (id === ROOT_ENTRY_ID) return;
    // an ancestor held by another meta node is asked from it (see intents/rename.ts for what
    // this walk does not protect against when several nodes move directories at once)
    id = (isRemote(ctx, id) ? await findRemoteInode(ctx as PeerContext, id) : await findInode(ctx, id))?.parentId ?? '';
  }
}

/** Writes the rename in one batch; returns a replaced file whose chunks must go. */
async function commitRename(ctx: StoreContext, a: RenameArgs, srcP: Inode, dstP: Inode, src: Inode, dst: Inode | undefined): Promise<Inode | undefined> {
  const now = ctx.clock.now();
  const b = new Batch().delDentry(srcP.entryId, a.srcName).putDentry(dstP.entryId, { name: a.dstName, entryId: src.entryId, type: src.type });
  const moved = isDir(src) && srcP !== dstP ? 1 : 0;
  let dstLinks = moved;
  let gone: Inode | undefined;
  if (dst && isDir(dst)) {
    await deleteInodeInto(ctx, b, dst);
    dstLinks -= 1;
  } else if (dst) {
    gone = await dropLinkInto(ctx, b, dst, now);
  }
  b.putInode({ ...src, ctime: now, parentId: isDir(src) ? dstP.entryId : src.parentId });
  if (srcP === dstP) {
    b.putInode(touchedDir(srcP, now, dstLinks));
  } else {
    b.putInode(touchedDir(srcP, now, -moved)).putInode(touchedDir(dstP, now, dstLinks));
  }
  await commitOp(ctx, b, undefined);
  return gone;
}
