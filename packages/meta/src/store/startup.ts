// Start-time work on the store: create the root directory, clear orphans nobody holds open.
import { decodeKey } from '@hivefs/common';
import { hivefs, inodeNumberOf, ROOT_ENTRY_ID } from '@hivefs/protocol';
import { Batch } from './batch.js';
import type { StoreContext } from './context.js';
import { deleteInodeInto } from './dispose.js';
import { ORPHAN_PREFIX, orphanKey } from './keys.js';
import { findInode, sessionsOf } from './reads.js';
import type { Inode, Pattern } from './types.js';

/** Creates the root directory (mode 0755, uid 0, gid 0) with `pattern` if it is missing. Returns whether it did. */
export async function ensureRoot(ctx: StoreContext, pattern: Pattern): Promise<boolean> {
  return ctx.locks.with([ROOT_ENTRY_ID], async () => {
    if (await findInode(ctx, ROOT_ENTRY_ID)) return false;
    const now = ctx.clock.now();
    const root: Inode = {
      entryId: ROOT_ENTRY_ID,
      type: hivefs.EntryType.DIRECTORY,
      mode: 0o755,
      uid: 0,
      gid: 0,
      size: 0,
      atime: now,
      mtime: now,
      ctime: now,
      nlink: 2,
      ownerNodeId: ctx.nodeId,
      pattern: { ...pattern, ids: [] },
      parentId: '',
      ino: inodeNumberOf(ROOT_ENTRY_ID),
      rdev: 0,
      chunkBlocks: [],
    };
    await new Batch().putInode(root).commit(ctx.kv);
    return true;
  });
}

/**
 * Consistency sweep at start: deletes orphans (unlinked inodes kept for open sessions) that no
 * session holds any more, and removes their chunk files. Orphans whose sessions survive the
 * restart stay until those sessions close. Returns how many it removed and how many it kept.
 */
export async function purgeOrphans(ctx: StoreContext): Promise<{ purged: number; kept: number }> {
  const ids: string[] = [];
  for await (const [k] of ctx.kv.keysWithPrefix(ORPHAN_PREFIX)) ids.push(decodeKey(k)[1] ?? '');
  let purged = 0;
  for (const id of ids) {
    const gone = await ctx.locks.with([id], async () => {
      const i = await findInode(ctx, id);
      if ((await sessionsOf(ctx, id)).length > 0) return undefined;
      const b = new Batch().del(orphanKey(id));
      if (i) await deleteInodeInto(ctx, b, i);
      await b.commit(ctx.kv);
      return i;
    });
    if (gone) {
      purged += 1;
      ctx.disposer.enqueue(gone);
    }
  }
  return { purged, kept: ids.length - purged };
}
