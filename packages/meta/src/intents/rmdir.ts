// rmdir of a directory held by another meta node: intent, remote removal, then the entry.
import { Batch } from '../store/batch.js';
import { commitOp } from '../store/commit.js';
import { touchedDir } from '../store/inode-factory.js';
import { findDentry, mustDir } from '../store/reads.js';
import type { Inode } from '../store/types.js';
import { failpoint } from './failpoints.js';
import { delIntent, putIntent, type IntentLocks, type RmdirIntent } from './log.js';
import { pinIntent } from './pins.js';
import { ABANDONED, forgetQuietly, refused, stepOrFence, type PeerContext } from './remote.js';

/**
 * Steps (coordinator = owner of the parent, holding its lock): 1. intent;  2. the owner removes
 * the inode if the directory is empty (NOT_EMPTY: the intent is dropped, nothing happened);
 * 3. dentry removal + parent nlink and intent removal in one batch. Recovery repeats 2 and then
 * does 3, or drops the intent when the directory is not empty.
 */
export async function crossRmdir(ctx: PeerContext, parent: Inode, name: string, dirId: string, node: number, locks: IntentLocks): Promise<void> {
  const intent: RmdirIntent = { id: ctx.ids.next(), kind: 'rmdir', node, parentId: parent.entryId, name, dirId, locks };
  await putIntent(new Batch(), intent).commit(ctx.kv);
  failpoint('rmdir.after-intent');
  try {
    await ctx.peers.removeDir(node, intent.id, 'remove', dirId);
  } catch (e) {
    if (refused(e)) await delIntent(new Batch(), intent.id).commit(ctx.kv);
    else {
      // recovery finishes the rmdir: until then the directory and its name stay where they are
      pinIntent(ctx, intent);
      ctx.kickRecovery?.();
    }
    throw e;
  }
  failpoint('rmdir.after-peer');
  const b = new Batch().delDentry(parent.entryId, name).putInode(touchedDir(parent, ctx.clock.now(), -1));
  await commitOp(ctx, delIntent(b, intent.id), undefined);
  failpoint('rmdir.after-commit');
  await forgetQuietly(ctx, [node], intent.id);
}

/**
 * Completes a pending rmdir if the owner removed (or now removes) the directory, else drops it
 * (not empty, or held up by another interrupted operation: then the step is fenced).
 * The pin keeps the name where it was; should it name something else all the same, the
 * directory is left alone (removing it could leave a name elsewhere dangling).
 */
export async function recoverRmdir(ctx: PeerContext, i: RmdirIntent): Promise<void> {
  if ((await findDentry(ctx, i.parentId, i.name))?.entryId !== i.dirId) {
    ctx.log.warn({ intentId: i.id, parentId: i.parentId, name: i.name, dirId: i.dirId }, 'rmdir recovery: the name no longer names the directory; the rmdir is dropped');
    await delIntent(new Batch(), i.id).commit(ctx.kv);
    await forgetQuietly(ctx, [i.node], i.id);
    return;
  }
  const removed = await stepOrFence(ctx, i.node, i.id, 'remove', () => ctx.peers.removeDir(i.node, i.id, 'remove', i.dirId));
  if (removed === ABANDONED) {
    // not empty, or held up by another interrupted operation: the rmdir did not happen
    await delIntent(new Batch(), i.id).commit(ctx.kv);
    await forgetQuietly(ctx, [i.node], i.id);
    return;
  }
  const parent = await mustDir(ctx, i.parentId, 'rmdir recovery');
  const b = new Batch().delDentry(i.parentId, i.name).putInode(touchedDir(parent, ctx.clock.now(), -1));
  await delIntent(b, i.id).commit(ctx.kv);
  await forgetQuietly(ctx, [i.node], i.id);
}
