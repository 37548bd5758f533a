// Rename spanning meta nodes: parents with different owners, or entries held by another node.
import { ErrCode, fail, hivefs, ROOT_ENTRY_ID } from '@hivefs/protocol';
import { Batch } from '../store/batch.js';
import { commitOp } from '../store/commit.js';
import { deleteInodeInto, dropLinkInto } from '../store/dispose.js';
import { touchedDir } from '../store/inode-factory.js';
import { checkAccess, checkSticky, W, X } from '../store/permissions.js';
import { findDentry, findInode, hasEntries, mustDentry, mustDir } from '../store/reads.js';
import type { RenameArgs } from '../store/rename-ops.js';
import type { Cred, Inode } from '../store/types.js';
import { failpoint } from './failpoints.js';
import { delIntent, putIntent, type IntentLocks, type RenameIntent } from './log.js';
import { pinIntent } from './pins.js';
import type { RenameInResult } from './peers.js';
import { ABANDONED, findRemoteInode, forgetQuietly, isRemote, mustRemoteInode, ownerIn, refused, stepOrFence, type PeerContext } from './remote.js';

const isDir = (t: hivefs.EntryType | undefined): boolean => t === hivefs.EntryType.DIRECTORY;
const DEEPEST = 10_000;

/** An inode here or on its owner; undefined when missing. */
async function anyInode(ctx: PeerContext, id: string): Promise<Inode | undefined> {
  return isRemote(ctx, id) ? findRemoteInode(ctx, id) : findInode(ctx, id);
}

/**
 * INVALID_ARGUMENT when `dirId` is `srcId` or below it, walking parent ids across owners.
 * Concurrency: the global rename lock is per node, so this walk does not protect against a
 * concurrent directory move coordinated by another meta node (or one whose steps run on a peer
 * while we walk): two such moves can still, together, form a cycle detached from the root.
 */
async function checkNotInside(ctx: PeerContext, srcId: string, dirId: string): Promise<void> {
  let id = dirId;
  for (let depth = 0; depth < DEEPEST && id; depth++) {
    if (id === srcId) fail(ErrCode.INVALID_ARGUMENT, `rename: cannot move directory ${srcId} into its own subtree (${dirId})`);
    if (id === ROOT_ENTRY_ID) return;
    id = (await anyInode(ctx, id))?.parentId ?? '';
  }
}

/**
 * The checks of a rename done by the coordinator (owner of the source parent, holding the
 * locks of the local rename). The target side's checks are the peer's when it owns the
 * target parent (renameIn). Then {@link proceed} runs the steps.
 */
export async function crossRename(ctx: PeerContext, cred: Cred, a: RenameArgs, locks: IntentLocks): Promise<void> {
  const what = 'rename';
  const srcP = await mustDir(ctx, a.srcParentId, what);
  checkAccess(cred, srcP, W | X, what);
  const srcId = (await mustDentry(ctx, a.srcParentId, a.srcName, what)).entryId;
  const src = isRemote(ctx, srcId) ? await mustRemoteInode(ctx, srcId, what) : (await findInode(ctx, srcId)) ?? fail(ErrCode.NOT_FOUND, `${what}: no entry with id ${srcId}`);
  checkSticky(cred, srcP, src, what);
  if (!isRemote(ctx, a.dstParentId)) {
    const dstP = await mustDir(ctx, a.dstParentId, what);
    if (dstP.entryId !== srcP.entryId) checkAccess(cred, dstP, W | X, what);
    const dd = await findDentry(ctx, a.dstParentId, a.dstName);
    if (dd && a.noReplace) fail(ErrCode.EXISTS, `${what}: '${a.dstName}' already exists in ${a.dstParentId}`);
    if (dd?.entryId === srcId) return;
    const dst = dd ? await anyInode(ctx, dd.entryId) : undefined;
    if (dst) {
      if (isDir(src.type) && !isDir(dst.type)) fail(ErrCode.NOT_DIR, `${what}: directory '${a.srcName}' cannot replace non-directory '${a.dstName}'`);
      if (!isDir(src.type) && isDir(dst.type)) fail(ErrCode.IS_DIR, `${what}: '${a.dstName}' in ${a.dstParentId} is a directory`);
      if (isDir(dst.type) && !isRemote(ctx, dst.entryId) && (await hasEntries(ctx, dst.entryId))) fail(ErrCode.NOT_EMPTY, `${what}: directory '${a.dstName}' (${dst.entryId}) is not empty`);
      checkSticky(cred, dstP, dst, what);
    }
  }
  if (isDir(src.type) && a.srcParentId !== a.dstParentId) {
    await checkNotInside(ctx, src.entryId, a.dstParentId);
    checkAccess(cred, src, W, what);
  }
  const intent: RenameIntent = { id: ctx.ids.next(), kind: 'rename', phase: 'prepared', ...a, srcId, srcType: src.type, cred, locks };
  await putIntent(new Batch(), intent).commit(ctx.kv);
  failpoint('rename.after-intent');
  await proceed(ctx, intent, true);
}

/** Steps 2..4 of a rename from phase 'prepared' (also the recovery of a pending one). */
async function proceed(ctx: PeerContext, i: RenameIntent, live: boolean): Promise<void> {
  let r: RenameInResult | typeof ABANDONED;
  try {
    r = await targetSide(ctx, i, live);
  } catch (e) {
    if (refused(e)) await delIntent(new Batch(), i.id).commit(ctx.kv);
    else {
      // the rename goes forward once the peer answers: until then nobody may change the source
      pinIntent(ctx, i);
      ctx.kickRecovery?.();
    }
    throw e;
  }
  if (r === ABANDONED) {
    // the target step never happened and now never will (fenced): the rename is not done
    ctx.log.warn({ intentId: i.id }, 'rename recovery: the target step was refused, or is held up by another interrupted operation; the rename is rolled back');
    await delIntent(new Batch(), i.id).commit(ctx.kv);
    await forgetQuietly(ctx, targetNodes(ctx, i), i.id);
    return;
  }
  failpoint('rename.after-target');
  if (r.same) {
    await delIntent(new Batch(), i.id).commit(ctx.kv);
    return;
  }
  const moved = await moveBatch(ctx, i, r);
  failpoint('rename.after-move');
  try {
    await finish(ctx, moved);
  } catch (e) {
    if (!live) throw e;
    pinIntent(ctx, moved);
    ctx.log.warn({ intentId: i.id, err: (e as Error).message }, 'rename: a peer did not finish its step now; recovery will');
    ctx.kickRecovery?.();
  }
}

/**
 * Step 2, the target name: on a peer that owns the target parent, renameIn (checks, entry,
 * a replaced inode it holds); here, only an empty directory at the target held elsewhere is
 * removed first (NOT_EMPTY otherwise), everything else goes into the move batch.
 */
async function targetSide(ctx: PeerContext, i: RenameIntent, live: boolean): Promise<RenameInResult | typeof ABANDONED> {
  if (isRemote(ctx, i.dstParentId)) {
    const node = ownerIn(ctx, i.dstParentId);
    const call = () => ctx.peers.renameIn(node, i.id, 'in', { cred: i.cred, dirId: i.dstParentId, name: i.dstName, entryId: i.srcId, type: i.srcType, noReplace: i.noReplace });
    return live ? call() : stepOrFence(ctx, node, i.id, 'in', call);
  }
  const dd = await findDentry(ctx, i.dstParentId, i.dstName);
  if (!dd) return { replacedId: '', replacedType: 0, replacedDone: false, same: false };
  if (dd.entryId === i.srcId) return { replacedId: '', replacedType: 0, replacedDone: false, same: true };
  if (isDir(dd.type) && isRemote(ctx, dd.entryId)) {
    const node = ownerIn(ctx, dd.entryId);
    const call = () => ctx.peers.removeDir(node, i.id, 'dst-dir', dd.entryId);
    if ((live ? await call() : await stepOrFence(ctx, node, i.id, 'dst-dir', call)) === ABANDONED) return ABANDONED;
    return { replacedId: dd.entryId, replacedType: dd.type, replacedDone: true, same: false };
  }
  return { replacedId: dd.entryId, replacedType: dd.type, replacedDone: false, same: false };
}

/** The peers a rename's target step may have left markers on. */
function targetNodes(ctx: PeerContext, i: RenameIntent): number[] {
  return isRemote(ctx, i.dstParentId) ? [ownerIn(ctx, i.dstParentId)] : [];
}

/** Step 3: the source name goes (and the target name, if its parent is here) with the intent's new phase. */
async function moveBatch(ctx: PeerContext, i: RenameIntent, r: RenameInResult): Promise<RenameIntent> {
  const now = ctx.clock.now();
  const b = new Batch();
  const srcStill = (await findDentry(ctx, i.srcParentId, i.srcName))?.entryId === i.srcId;
  const movesDir = isDir(i.srcType) && i.srcParentId !== i.dstParentId;
  const dstHere = !isRemote(ctx, i.dstParentId);
  let replacedDone = r.replacedDone || !r.replacedId;
  const nlink = new Map<string, number>([[i.srcParentId, 0]]);
  if (srcStill) {
    b.delDentry(i.srcParentId, i.srcName);
    if (movesDir) nlink.set(i.srcParentId, -1);
  }
  if (dstHere) {
    b.putDentry(i.dstParentId, { name: i.dstName, entryId: i.srcId, type: i.srcType });
    nlink.set(i.dstParentId, (nlink.get(i.dstParentId) ?? 0) + (movesDir ? 1 : 0) - (isDir(r.replacedType) && r.replacedId ? 1 : 0));
  }
  let gone: Inode | undefined;
  if (!replacedDone && !isRemote(ctx, r.replacedId)) {
    const dst = await findInode(ctx, r.replacedId);
    if (dst && isDir(dst.type)) await deleteInodeInto(ctx, b, dst);
    else if (dst) gone = await dropLinkInto(ctx, b, dst, now);
    replacedDone = true;
  }
  if (!isRemote(ctx, i.srcId)) {
    const src = await findInode(ctx, i.srcId);
    if (src) b.putInode({ ...src, ctime: now, parentId: isDir(src.type) ? i.dstParentId : src.parentId });
  }
  for (const [dirId, dl] of nlink) {
    const dir = await findInode(ctx, dirId);
    if (dir) b.putInode(touchedDir(dir, now, dl));
  }
  const next: RenameIntent = { ...i, phase: 'moved', replacedId: r.replacedId, replacedType: r.replacedType, replacedDone };
  await putIntent(b, next).commit(ctx.kv);
  if (gone) ctx.disposer.enqueue(gone);
  return next;
}

/** Step 4: a moved directory held elsewhere gets its new parent, a replaced inode held elsewhere loses the link, the intent goes. */
async function finish(ctx: PeerContext, i: RenameIntent): Promise<void> {
  const nodes: number[] = [];
  if (isDir(i.srcType) && i.srcParentId !== i.dstParentId && isRemote(ctx, i.srcId)) {
    nodes.push(ownerIn(ctx, i.srcId));
    await ctx.peers.setParent(ownerIn(ctx, i.srcId), i.id, 'parent', i.srcId, i.dstParentId);
  }
  failpoint('rename.after-parent');
  if (i.replacedId && !i.replacedDone) {
    nodes.push(ownerIn(ctx, i.replacedId));
    await ctx.peers.adjustLink(ownerIn(ctx, i.replacedId), i.id, 'drop-dst', i.replacedId, -1, '');
  }
  await commitOp(ctx, delIntent(new Batch(), i.id), undefined);
  if (isRemote(ctx, i.dstParentId)) nodes.push(ownerIn(ctx, i.dstParentId));
  if (i.replacedId && isRemote(ctx, i.replacedId)) nodes.push(ownerIn(ctx, i.replacedId));
  await forgetQuietly(ctx, nodes, i.id);
}

/**
 * Completes a pending rename. From 'prepared' it goes forward (the target step is repeated; a
 * peer that applied it returns the same result, one that refuses now ends the rename as not
 * done); from 'moved' only step 4 is left.
 */
export async function recoverRename(ctx: PeerContext, i: RenameIntent): Promise<void> {
  if (i.phase === 'moved') return finish(ctx, i);
  await proceed(ctx, i, false);
}
