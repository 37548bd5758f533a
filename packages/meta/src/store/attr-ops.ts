// setattr: mode, owner, group, size (truncating the chunk files) and times, with POSIX rules.
import { ErrCode, fail, hivefs, MAX_FILE_SIZE } from '@hivefs/protocol';
import { presentAttr } from './attrs.js';
import { Batch } from './batch.js';
import { commitOp } from './commit.js';
import { truncateChunks } from './chunks.js';
import type { StoreContext } from './context.js';
import { afterChownMode, afterWriteMode, checkAccess, checkChown, checkOwner, checkTimes, chmodResult, onlyDropsSetId, W } from './permissions.js';
import { mustInode } from './reads.js';
import { mustSession, supersedeSessionsInto } from './sessions.js';
import type { Cred, Inode, Timespec } from './types.js';
import { checkId, checkTime } from './validate.js';

/** Bits of SetAttrReq.valid. */
export const SetAttrBits = { MODE: 1, UID: 2, GID: 4, SIZE: 8, ATIME: 16, MTIME: 32, ATIME_NOW: 64, MTIME_NOW: 128, CTIME: 256 } as const;
const ALL_BITS = 511;
const B = SetAttrBits;

/** Arguments of {@link setAttr} (a decoded SetAttrReq without credentials). */
export interface SetAttrArgs {
  entryId: string;
  valid: number;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  atime?: hivefs.ITimespec | null;
  mtime?: hivefs.ITimespec | null;
  /** Set for ftruncate: a write session on the entry replaces the permission check. */
  handleId: number;
}

/**
 * Changes the attributes named by `valid`. All permission checks run first; then, for SIZE,
 * the chunk files are truncated on every target; then the inode is written in one batch.
 */
export async function setAttr(ctx: StoreContext, cred: Cred, a: SetAttrArgs): Promise<hivefs.IAttr> {
  const what = 'setattr';
  checkId(a.entryId, what);
  if (a.valid & ~ALL_BITS) fail(ErrCode.INVALID_ARGUMENT, `${what}: unknown bits 0x${(a.valid & ~ALL_BITS).toString(16)} in valid`);
  if (a.valid & B.SIZE && (!Number.isSafeInteger(a.size) || a.size < 0 || a.size > MAX_FILE_SIZE)) fail(ErrCode.FILE_TOO_BIG, `${what}: size ${a.size} is out of range`);
  const atime = a.valid & B.ATIME ? checkTime(a.atime, `${what}: atime`) : undefined;
  const mtime = a.valid & B.MTIME ? checkTime(a.mtime, `${what}: mtime`) : undefined;
  return ctx.locks.with([a.entryId], async () => {
    const cur = await mustInode(ctx, a.entryId, what);
    const now = ctx.clock.now();
    let next = applyOwner(cred, cur, a, what);
    next = applyMode(cred, next, a, what);
    if (a.valid & B.SIZE) next = await checkSize(ctx, cred, next, a, now, what);
    next = applyTimes(cred, next, a, { atime, mtime, now }, what);
    if (a.valid & B.SIZE) next = { ...next, chunkBlocks: await truncateChunks(ctx, cur, a.size) };
    next = { ...next, ctime: now };
    const b = new Batch().putInode(next);
    if (a.valid & (B.SIZE | B.MTIME | B.MTIME_NOW) && cur.type === hivefs.EntryType.REGULAR) await supersedeSessionsInto(ctx, b, cur.entryId, a.handleId || undefined);
    return commitOp(ctx, b, await presentAttr(ctx, next));
  });
}

function applyOwner(cred: Cred, i: Inode, a: SetAttrArgs, what: string): Inode {
  if (!(a.valid & (B.UID | B.GID))) return i;
  const uid = a.valid & B.UID ? a.uid : undefined;
  const gid = a.valid & B.GID ? a.gid : undefined;
  checkChown(cred, i, uid, gid, what);
  const next = { ...i, uid: uid ?? i.uid, gid: gid ?? i.gid };
  return { ...next, mode: afterChownMode(next) };
}

/**
 * chmod: the owner or root. Anyone who may write the file may also clear its set-user-ID and
 * set-group-ID bits (and only those): the kernel does that for a writer who is not the owner.
 */
function applyMode(cred: Cred, i: Inode, a: SetAttrArgs, what: string): Inode {
  if (!(a.valid & B.MODE)) return i;
  if (cred.uid !== 0 && cred.uid !== i.uid && onlyDropsSetId(i, a.mode)) {
    checkAccess(cred, i, W, what);
    return { ...i, mode: a.mode & 0o7777 };
  }
  checkOwner(cred, i, what);
  return { ...i, mode: chmodResult(cred, i, a.mode) };
}

/** Checks a size change (write permission, or a write session given by handle) and applies it. */
async function checkSize(ctx: StoreContext, cred: Cred, i: Inode, a: SetAttrArgs, now: Timespec, what: string): Promise<Inode> {
  if (i.type === hivefs.EntryType.DIRECTORY) fail(ErrCode.IS_DIR, `${what}: ${i.entryId} is a directory; its size cannot be set`);
  if (i.type !== hivefs.EntryType.REGULAR) fail(ErrCode.INVALID_ARGUMENT, `${what}: ${i.entryId} is not a regular file; its size cannot be set`);
  if (a.handleId) {
    const s = await mustSession(ctx, i.entryId, a.handleId, undefined, what);
    if (!s.write) fail(ErrCode.BAD_HANDLE, `${what}: session ${a.handleId} on ${i.entryId} is not open for writing`);
  } else {
    checkAccess(cred, i, W, what);
  }
  return { ...i, size: a.size, mtime: now, mode: afterWriteMode(cred, i.mode) };
}

interface Times {
  atime: Timespec | undefined;
  mtime: Timespec | undefined;
  now: Timespec;
}

function applyTimes(cred: Cred, i: Inode, a: SetAttrArgs, t: Times, what: string): Inode {
  const v = a.valid;
  if (!(v & (B.ATIME | B.MTIME | B.ATIME_NOW | B.MTIME_NOW))) return i;
  const explicit = (!!(v & B.ATIME) && !(v & B.ATIME_NOW)) || (!!(v & B.MTIME) && !(v & B.MTIME_NOW));
  checkTimes(cred, i, explicit, what);
  const atime = v & B.ATIME_NOW ? t.now : (t.atime ?? i.atime);
  const mtime = v & B.MTIME_NOW ? t.now : (t.mtime ?? i.mtime);
  return { ...i, atime, mtime };
}
