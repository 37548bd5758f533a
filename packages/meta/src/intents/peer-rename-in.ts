// The target side of a rename whose parents have different owners, run by the target parent's owner.
import { ErrCode, fail, hivefs } from '@hivefs/protocol';
import { nameKey } from '../store/locks.js';
import { checkAccess, checkSticky, W, X } from '../store/permissions.js';
import { deleteInodeInto, dropLinkInto } from '../store/dispose.js';
import { touchedDir } from '../store/inode-factory.js';
import { findDentry, findInode, hasEntries, mustDir } from '../store/reads.js';
import type { Inode } from '../store/types.js';
import { checkId, checkName } from '../store/validate.js';
import { applyOnce } from './peer-ops.js';
import type { RenameInArgs, RenameInResult } from './peers.js';
import { findRemoteInode, isRemote, ownerIn, type PeerContext } from './remote.js';
import type { StoreContext } from '../store/context.js';

const isDir = (t: hivefs.EntryType | undefined): boolean => t === hivefs.EntryType.DIRECTORY;

/**
 * Checks the target of a rename as rename(2) does (w+x on the directory, no-replace, type
 * rules, empty directory, sticky bit) and puts `name` -> `entryId`, replacing what was there: a
 * replaced inode held here is dropped in the same batch, an empty directory held elsewhere is
 * removed on its owner first; a replaced file held elsewhere is left to the coordinator.
 */
export async function peerRenameIn(ctx: StoreContext, intentId: string, step: string, a: RenameInArgs): Promise<RenameInResult> {
  const what = 'rename';
  checkId(a.dirId, what);
  checkId(a.entryId, what);
  checkName(a.name, what);
  const before = await findDentry(ctx, a.dirId, a.name);
  return applyOnce<RenameInResult>(ctx, intentId, step, [a.dirId, ...(before ? [before.entryId] : [])], async (b) => {
    const dir = await mustDir(ctx, a.dirId, what);
    checkAccess(a.cred, dir, W | X, what);
    const dd = await findDentry(ctx, a.dirId, a.name);
    if (dd && a.noReplace) fail(ErrCode.EXISTS, `${what}: '${a.name}' already exists in ${a.dirId}`);
    if (dd?.entryId === a.entryId) return { result: { replacedId: '', replacedType: 0, replacedDone: false, same: true } };
    const remote = dd ? isRemote(ctx, dd.entryId) : false;
    const dst: Inode | undefined = dd ? (remote ? await findRemoteInode(ctx as PeerContext, dd.entryId) : await findInode(ctx, dd.entryId)) : undefined;
    if (dst) {
      if (isDir(a.type) && !isDir(dst.type)) fail(ErrCode.NOT_DIR, `${what}: a directory cannot replace non-directory '${a.name}'`);
      if (!isDir(a.type) && isDir(dst.type)) fail(ErrCode.IS_DIR, `${what}: '${a.name}' in ${a.dirId} is a directory`);
      if (isDir(dst.type) && !remote && (await hasEntries(ctx, dst.entryId))) fail(ErrCode.NOT_EMPTY, `${what}: directory '${a.name}' (${dst.entryId}) is not empty`);
      checkSticky(a.cred, dir, dst, what);
    }
    const now = ctx.clock.now();
    let replacedDone = !dd;
    let gone: Inode | undefined;
    if (dd && remote && isDir(dd.type)) {
      await (ctx as PeerContext).peers.removeDir(ownerIn(ctx as PeerContext, dd.entryId), intentId, `${step}-dst-dir`, dd.entryId);
      replacedDone = true;
    } else if (dd && !remote) {
      if (dst && isDir(dst.type)) await deleteInodeInto(ctx, b, dst);
      else if (dst) gone = await dropLinkInto(ctx, b, dst, now);
      replacedDone = true;
    }
    const dl = (isDir(a.type) ? 1 : 0) - (dd && isDir(dd.type) ? 1 : 0);
    b.putDentry(a.dirId, { name: a.name, entryId: a.entryId, type: a.type }).putInode(touchedDir(dir, now, dl));
    const result: RenameInResult = { replacedId: dd?.entryId ?? '', replacedType: dd?.type ?? 0, replacedDone, same: false };
    // until the coordinator removed the source, the entry has two names: the new one is held for
    // the rename (a second rename through it would cross this one), let go when it is forgotten
    const hold = [a.entryId, nameKey(a.dirId, a.name)];
    return { result, hold, ...(gone ? { after: () => ctx.disposer.enqueue(gone!) } : {}) };
  });
}
