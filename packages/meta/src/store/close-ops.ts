// Ending sessions and reporting writes: size grows to the reported end, mtime from the client, chunk blocks as storage told the writer.
import { ErrCode, fail, type hivefs, MAX_FILE_SIZE } from '@hivefs/protocol';
import { liveExtent, toAttr } from './attrs.js';
import { Batch } from './batch.js';
import { commitOp } from './commit.js';
import { checkChunkBlocks, mergeChunkBlocks, type ChunkBlocks } from './blocks.js';
import type { StoreContext } from './context.js';
import { deleteInodeInto } from './dispose.js';
import { mustInode, sessionsOf } from './reads.js';
import { mustSession } from './sessions.js';
import type { Inode, Session, Timespec } from './types.js';
import { checkId, checkTime, isSetTime } from './validate.js';

/** Arguments of {@link close} and {@link reportWrite}. */
export interface WriteReport {
  entryId: string;
  handleId: number;
  clientId: number;
  sizeHint: number;
  mtime?: hivefs.ITimespec | null;
  /** Blocks of the chunk files the handle wrote, as its writes' replies last said. */
  chunkBlocks?: readonly ChunkBlocks[];
}

function checkReport(r: WriteReport, what: string): Timespec | undefined {
  checkId(r.entryId, what);
  if (!Number.isSafeInteger(r.sizeHint) || r.sizeHint < 0 || r.sizeHint > MAX_FILE_SIZE) fail(ErrCode.FILE_TOO_BIG, `${what}: size hint ${r.sizeHint} is out of range`);
  checkChunkBlocks(r.chunkBlocks ?? [], what);
  return isSetTime(r.mtime) ? checkTime(r.mtime, `${what}: mtime`) : undefined;
}

/**
 * The inode after a reported write: size = max(size, hint); mtime = ctime = the client's mtime
 * (now when the size grew without one); chunk blocks merged (see mergeChunkBlocks).
 */
function applyReport(i: Inode, r: WriteReport, mtime: Timespec | undefined, now: () => Timespec, what: string): Inode {
  const withBlocks = mergeChunkBlocks(i, r.chunkBlocks ?? [], what);
  const grew = r.sizeHint > i.size;
  if (!grew && !mtime) return withBlocks;
  const t = mtime ?? now();
  return { ...withBlocks, size: Math.max(i.size, r.sizeHint), mtime: t, ctime: t };
}

/** Whether time `a` is later than `b`. */
function later(a: Timespec, b: Timespec): boolean {
  return a.sec > b.sec || (a.sec === b.sec && a.nsec > b.nsec);
}

/**
 * The inode after a report of write session `s` (see applyReport). A superseded session (a
 * truncate or an mtime set by someone else while it was open, see Session.superseded) may report
 * a size hint and mtime older than that change: its size is then the one the chunk files imply now
 * (storage is asked; if it does not answer, the stored size stays), its blocks stay as the change
 * set them, and its mtime counts only when later than the change (the inode's ctime); otherwise
 * the times stay as the change set them.
 */
async function applySessionReport(ctx: StoreContext, i: Inode, s: Session, r: WriteReport, mtime: Timespec | undefined, what: string): Promise<Inode> {
  const now = () => ctx.clock.now();
  if (!s.superseded || (r.sizeHint === 0 && !mtime)) return applyReport(i, r, mtime, now, what);
  const live = await liveExtent(ctx, i, 'keeping the stored size');
  const size = Math.max(i.size, live?.size ?? 0);
  if (mtime && later(mtime, i.ctime)) return applyReport(i, { ...r, sizeHint: size, chunkBlocks: [] }, mtime, now, what);
  return size > i.size ? { ...i, size } : i;
}

/**
 * Ends a session. A write session grows the size to `sizeHint`, sets mtime/ctime and merges
 * the chunk blocks it reports. When the
 * file was unlinked and this was its last session, the inode is deleted and its chunk files
 * are removed on storage.
 */
export async function close(ctx: StoreContext, r: WriteReport): Promise<void> {
  const what = 'close';
  const mtime = checkReport(r, what);
  const gone = await ctx.locks.with([r.entryId], async (): Promise<Inode | undefined> => {
    const s = await mustSession(ctx, r.entryId, r.handleId, r.clientId, what);
    const i = await mustInode(ctx, r.entryId, what);
    const next = s.write ? await applySessionReport(ctx, i, s, r, mtime, what) : i;
    const b = new Batch().delSession(r.entryId, r.handleId);
    const last = (await sessionsOf(ctx, r.entryId)).length === 1;
    if (next.nlink === 0 && last) await deleteInodeInto(ctx, b, next);
    else if (next !== i) b.putInode(next);
    await commitOp(ctx, b, undefined);
    return next.nlink === 0 && last ? next : undefined;
  });
  if (gone) ctx.disposer.enqueue(gone);
}

/** Reports written data (size, mtime, chunk blocks) without closing (fsync/flush); returns the updated attributes. */
export async function reportWrite(ctx: StoreContext, r: WriteReport): Promise<hivefs.IAttr> {
  const what = 'reportWrite';
  const mtime = checkReport(r, what);
  return ctx.locks.with([r.entryId], async () => {
    const s = await mustSession(ctx, r.entryId, r.handleId, r.clientId, what);
    if (!s.write) fail(ErrCode.BAD_HANDLE, `${what}: session ${r.handleId} on ${r.entryId} is not open for writing`);
    const i = await mustInode(ctx, r.entryId, what);
    const next = await applySessionReport(ctx, i, s, r, mtime, what);
    const writers = (await sessionsOf(ctx, r.entryId)).filter((x) => x.write).length;
    return commitOp(ctx, next !== i ? new Batch().putInode(next) : new Batch(), toAttr(next, writers));
  });
}
