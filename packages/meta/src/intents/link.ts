// Hard link to an inode another meta node holds: intent, remote link count, then the entry.
import type { hivefs } from '@hivefs/protocol';
import { toAttr } from '../store/attrs.js';
import { Batch } from '../store/batch.js';
import { commitOp } from '../store/commit.js';
import { touchedDir } from '../store/inode-factory.js';
import type { Inode } from '../store/types.js';
import { failpoint } from './failpoints.js';
import { delIntent, putIntent, type IntentLocks, type LinkIntent } from './log.js';
import { forgetQuietly, ownerIn, refused, type PeerContext } from './remote.js';

/**
 * Steps (coordinator = owner of the new parent, holding the name's lock): 1. intent;
 * 2. the owner adds a link (refused for directories and unlinked inodes);  3. dentry + parent
 * times and intent removal in one batch. Recovery rolls back: the owner drops the link again if
 * step 2 was applied.
 */
export async function crossLink(ctx: PeerContext, parent: Inode, name: string, target: Inode, locks: IntentLocks): Promise<hivefs.IAttr> {
  const node = ownerIn(ctx, target.entryId);
  const intent: LinkIntent = { id: ctx.ids.next(), kind: 'link', node, entryId: target.entryId, parentId: parent.entryId, name, locks };
  await putIntent(new Batch(), intent).commit(ctx.kv);
  failpoint('link.after-intent');
  try {
    await ctx.peers.adjustLink(node, intent.id, 'link', target.entryId, +1, '');
  } catch (e) {
    if (refused(e)) await delIntent(new Batch(), intent.id).commit(ctx.kv);
    else ctx.kickRecovery?.();
    throw e;
  }
  failpoint('link.after-peer');
  const now = ctx.clock.now();
  const b = new Batch().putDentry(parent.entryId, { name, entryId: target.entryId, type: target.type }).putInode(touchedDir(parent, now));
  const attr = await commitOp(ctx, delIntent(b, intent.id), toAttr({ ...target, nlink: target.nlink + 1, ctime: now }));
  failpoint('link.after-commit');
  await forgetQuietly(ctx, [node], intent.id);
  return attr;
}

/**
 * Rolls a pending link back: the step is fenced (a link still on its way can no longer be
 * added), the added link is dropped if it was added, then the intent.
 */
export async function recoverLink(ctx: PeerContext, i: LinkIntent): Promise<void> {
  if ((await ctx.peers.fenceStep(i.node, i.id, 'link')).applied) await ctx.peers.adjustLink(i.node, i.id, 'undo', i.entryId, -1, 'link');
  failpoint('link.recover-after-peer');
  await delIntent(new Batch(), i.id).commit(ctx.kv);
  await forgetQuietly(ctx, [i.node], i.id);
}
