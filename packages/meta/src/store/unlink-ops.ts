// Unlink of files and symlinks: the name goes at once, the inode at its last link and close.
import { ErrCode, fail, hivefs } from '@hivefs/protocol';
import { Batch } from './batch.js';
import { commitOp } from './commit.js';
import type { StoreContext } from './context.js';
import { dropLinkInto } from './dispose.js';
import { touchedDir } from './inode-factory.js';
import { nameInDir, nameKey, withResolvedLocks } from './locks.js';
import { checkAccess, checkSticky, W, X } from './permissions.js';
import { findDentry, mustDir, mustInode } from './reads.js';
import type { Cred, Dentry, Inode } from './types.js';
import { checkId, checkName } from './validate.js';
import { findRemoteInode, isRemote, needsEntryOwner, type PeerContext } from '../intents/remote.js';
import { crossUnlink } from '../intents/unlink.js';

/**
 * Removes the name `name` of a file or symlink (IS_DIR for directories). At zero links the
 * inode is kept as an orphan while sessions are open; otherwise it is deleted and its chunk
 * files are removed on storage (best effort) after the namespace change is committed.
 */
export async function unlink(ctx: StoreContext, cred: Cred, parentId: string, name: string): Promise<void> {
  const what = 'unlink';
  checkId(parentId, what);
  checkName(name, what);
  const child = async (): Promise<string[]> => [(await findDentry(ctx, parentId, name))?.entryId ?? ''].filter(Boolean);
  const gone = await withResolvedLocks(ctx.locks, nameInDir(parentId, name), child, async (): Promise<Inode | undefined> => {
    const parent = await mustDir(ctx, parentId, what);
    checkAccess(cred, parent, W | X, what);
    const d = await findDentry(ctx, parentId, name);
    if (!d) fail(ErrCode.NOT_FOUND, `${what}: no entry '${name}' in directory ${parentId}`);
    if (isRemote(ctx, d.entryId)) return unlinkRemote(ctx as PeerContext, cred, parent, name, d);
    const target = await mustInode(ctx, d.entryId, what);
    if (target.type === hivefs.EntryType.DIRECTORY) fail(ErrCode.IS_DIR, `${what}: '${name}' in ${parentId} is a directory; use rmdir`);
    checkSticky(cred, parent, target, what);
    const b = new Batch().delDentry(parentId, name);
    const dead = await dropLinkInto(ctx, b, target, ctx.clock.now());
    // other names of the directory change beside this one: its times are stamped right before the commit
    b.putInode(touchedDir(parent, ctx.clock.now()));
    await commitOp(ctx, b, undefined);
    return dead;
  });
  if (gone) ctx.disposer.enqueue(gone);
}

/** Unlink of a name whose inode another node holds (a dangling name, whose inode is missing, just goes). */
async function unlinkRemote(ctx: PeerContext, cred: Cred, parent: Inode, name: string, d: Dentry): Promise<undefined> {
  const what = 'unlink';
  const entryId = d.entryId;
  if (d.type === hivefs.EntryType.DIRECTORY) fail(ErrCode.IS_DIR, `${what}: '${name}' in ${parent.entryId} is a directory; use rmdir`);
  const target = needsEntryOwner(cred, parent) ? await findRemoteInode(ctx, entryId) : undefined;
  if (target) checkSticky(cred, parent, target, what);
  await crossUnlink(ctx, parent, name, entryId, { exclusive: [nameKey(parent.entryId, name), entryId], shared: [parent.entryId] });
  return undefined;
}
