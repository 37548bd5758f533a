// Dropping a link to an inode: decrement, keep it as an orphan while open, or delete it.
import { hivefs } from '@hivefs/protocol';
import type { Batch } from './batch.js';
import type { StoreContext } from './context.js';
import { inodeKey, linkKey, orphanKey, sessionPrefix, xattrPrefix } from './keys.js';
import { keysUnder, sessionsOf } from './reads.js';
import type { Inode, Timespec } from './types.js';

/**
 * Adds the deletion of an inode and everything hanging off it (symlink target, xattrs,
 * sessions, orphan mark); a regular file with targets leaves a disposal record so that its
 * chunk files are removed even if meta stops before storage confirmed it.
 */
export async function deleteInodeInto(ctx: StoreContext, b: Batch, i: Inode): Promise<void> {
  b.del(inodeKey(i.entryId)).del(orphanKey(i.entryId));
  if (i.type === hivefs.EntryType.REGULAR && i.pattern.ids.length > 0) b.putDisposal(i);
  if (i.type === hivefs.EntryType.SYMLINK) b.del(linkKey(i.entryId));
  for (const k of await keysUnder(ctx, xattrPrefix(i.entryId))) b.del(k);
  for (const k of await keysUnder(ctx, sessionPrefix(i.entryId))) b.del(k);
}

/**
 * Adds the removal of one link of a non-directory inode (the caller holds its lock). At zero
 * links an open file stays as an orphan until its last close; otherwise the inode is deleted.
 * Returns the inode when its chunk files must be removed once the batch is committed.
 */
export async function dropLinkInto(ctx: StoreContext, b: Batch, i: Inode, now: Timespec): Promise<Inode | undefined> {
  const next: Inode = { ...i, nlink: Math.max(0, i.nlink - 1), ctime: now };
  if (next.nlink > 0) {
    b.putInode(next);
    return undefined;
  }
  const sessions = await sessionsOf(ctx, i.entryId);
  if (sessions.length > 0) {
    b.putInode(next).putOrphan(i.entryId);
    // The orphan must outlive a meta crash while it is open: its read-only sessions go to disk too.
    for (const s of sessions) if (!s.write) b.putSession(i.entryId, s, true);
    return undefined;
  }
  await deleteInodeInto(ctx, b, i);
  return i.type === hivefs.EntryType.REGULAR ? i : undefined;
}
