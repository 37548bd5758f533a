// Unlink of a name whose inode another meta node holds: the name goes with the intent, then the link.
import { Batch } from '../store/batch.js';
import { commitOp } from '../store/commit.js';
import { touchedDir } from '../store/inode-factory.js';
import type { Inode } from '../store/types.js';
import { failpoint } from './failpoints.js';
import { delIntent, putIntent, type IntentLocks, type UnlinkIntent } from './log.js';
import { forgetQuietly, ownerIn, refused, type PeerContext } from './remote.js';

/**
 * Steps (coordinator = owner of the directory): 1. dentry removal + parent times + intent in one
 * batch (the name is gone from here on);  2. the owner drops one link (orphan or disposal as a
 * local unlink);  3. intent removal. Recovery repeats 2 (at most once by the peer's marker), then 3.
 * A peer that cannot be reached now leaves the intent to recovery: the unlink has happened.
 */
export async function crossUnlink(ctx: PeerContext, parent: Inode, name: string, entryId: string, locks: IntentLocks): Promise<void> {
  const intent: UnlinkIntent = { id: ctx.ids.next(), kind: 'unlink', node: ownerIn(ctx, entryId), entryId, locks };
  await putIntent(new Batch().delDentry(parent.entryId, name).putInode(touchedDir(parent, ctx.clock.now())), intent).commit(ctx.kv);
  failpoint('unlink.after-intent');
  try {
    await finishUnlink(ctx, intent);
  } catch (e) {
    ctx.log.warn({ intentId: intent.id, err: (e as Error).message }, 'unlink: the inode owner did not drop the link now; recovery will');
    ctx.kickRecovery?.();
  }
}

async function finishUnlink(ctx: PeerContext, i: UnlinkIntent): Promise<void> {
  try {
    await ctx.peers.adjustLink(i.node, i.id, 'drop', i.entryId, -1, '');
  } catch (e) {
    if (!refused(e)) throw e;
    ctx.log.warn({ intentId: i.id, entryId: i.entryId, err: (e as Error).message }, 'unlink: the inode owner refused the link drop');
  }
  failpoint('unlink.after-peer');
  await commitOp(ctx, delIntent(new Batch(), i.id), undefined);
  await forgetQuietly(ctx, [i.node], i.id);
}

/** Completes a pending unlink. */
export const recoverUnlink = finishUnlink;
