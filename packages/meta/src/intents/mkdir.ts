// mkdir of a directory that lives on another meta node: intent, remote inode, then the entry.
import type { hivefs } from '@hivefs/protocol';
import { toAttr } from '../store/attrs.js';
import { Batch } from '../store/batch.js';
import { commitOp } from '../store/commit.js';
import { touchedDir } from '../store/inode-factory.js';
import type { Inode } from '../store/types.js';
import { failpoint } from './failpoints.js';
import { delIntent, putIntent, type IntentLocks, type MkdirIntent } from './log.js';
import { forgetQuietly, refused, type PeerContext } from './remote.js';

/**
 * Steps (coordinator = owner of the parent, holding its lock):
 * 1. intent {dir} committed;  2. peer creates the inode (idempotent);  3. dentry + parent nlink
 * and intent removal in one batch. A crash before 3 leaves an inode no entry names and nobody
 * knows: recovery removes it (the mkdir did not happen). When the peer does not answer step 2
 * (down, timed out), resolves undefined with the intent left for recovery: the caller makes the
 * directory on the parent's node instead.
 */
export async function crossMkdir(ctx: PeerContext, parent: Inode, name: string, dir: Inode, locks: IntentLocks): Promise<hivefs.IAttr | undefined> {
  const node = dir.ownerNodeId;
  const intent: MkdirIntent = { id: ctx.ids.next(), kind: 'mkdir', node, parentId: parent.entryId, name, dir, locks };
  await putIntent(new Batch(), intent).commit(ctx.kv);
  failpoint('mkdir.after-intent');
  try {
    await ctx.peers.createDir(node, intent.id, 'create', dir);
  } catch (e) {
    if (refused(e)) {
      await delIntent(new Batch(), intent.id).commit(ctx.kv);
      throw e;
    }
    ctx.log.warn({ node, intentId: intent.id, err: (e as Error).message }, 'mkdir: the chosen meta node did not answer; the directory is made on the parent\'s node');
    ctx.kickRecovery?.();
    return undefined;
  }
  failpoint('mkdir.after-peer');
  const b = new Batch().putDentry(parent.entryId, { name, entryId: dir.entryId, type: dir.type }).putInode(touchedDir(parent, ctx.clock.now(), +1));
  const attr = await commitOp(ctx, delIntent(b, intent.id), toAttr(dir));
  failpoint('mkdir.after-commit');
  await forgetQuietly(ctx, [node], intent.id);
  return attr;
}

/**
 * Rolls a pending mkdir back: the step is fenced (a create still on its way can no longer make
 * the inode), the unnamed inode goes if it was made, then the intent.
 */
export async function recoverMkdir(ctx: PeerContext, i: MkdirIntent): Promise<void> {
  if ((await ctx.peers.fenceStep(i.node, i.id, 'create')).applied) await ctx.peers.removeDir(i.node, i.id, 'undo', i.dir.entryId);
  failpoint('mkdir.recover-after-peer');
  await delIntent(new Batch(), i.id).commit(ctx.kv);
  await forgetQuietly(ctx, [i.node], i.id);
}
