// Builds new inodes: ownership from the caller (or a setgid parent), times, inherited pattern.
import { hivefs, inodeNumberOf } from '@hivefs/protocol';
import type { StoreContext } from './context.js';
import { createMode, S_ISGID } from './permissions.js';
import type { Cred, Inode, Pattern, Timespec } from './types.js';

/** What differs between new inodes. */
export interface NewInodeSpec {
  type: hivefs.EntryType;
  mode: number;
  pattern: Pattern;
  size?: number;
  /** Devices only. */
  rdev?: number;
  /** Directories made for another meta node: their id (naming that node) and owner. */
  entryId?: string;
  ownerNodeId?: number;
}

/**
 * A new inode under `parent` with a fresh entry id. Its gid is the caller's, or the parent's
 * when the parent is setgid (new directories then inherit S_ISGID too).
 */
export function newInode(ctx: StoreContext, cred: Cred, parent: Inode, spec: NewInodeSpec, now: Timespec): Inode {
  const entryId = spec.entryId ?? ctx.ids.next();
  const setgidParent = (parent.mode & S_ISGID) !== 0;
  const gid = setgidParent ? parent.gid : cred.gid;
  const isDir = spec.type === hivefs.EntryType.DIRECTORY;
  let mode = createMode(cred, spec.mode, gid);
  if (isDir && setgidParent) mode |= S_ISGID;
  return {
    entryId,
    type: spec.type,
    mode,
    uid: cred.uid,
    gid,
    size: spec.size ?? 0,
    atime: now,
    mtime: now,
    ctime: now,
    nlink: isDir ? 2 : 1,
    ownerNodeId: spec.ownerNodeId ?? ctx.nodeId,
    pattern: spec.pattern,
    parentId: isDir ? parent.entryId : '',
    ino: inodeNumberOf(entryId),
    rdev: spec.rdev ?? 0,
    chunkBlocks: spec.type === hivefs.EntryType.REGULAR ? spec.pattern.ids.map(() => 0) : [],
  };
}

/** The default pattern a new directory inherits from its parent (no target ids). */
export function inheritedDirPattern(parent: Inode): Pattern {
  return { ...parent.pattern, ids: [] };
}

/** The parent after an entry was added or removed: mtime/ctime now, nlink changed by `dlink`. */
export function touchedDir(dir: Inode, now: Timespec, dlink = 0): Inode {
  return { ...dir, mtime: now, ctime: now, nlink: dir.nlink + dlink };
}
