// This client's writes as meta learns of them: size, mtime and chunk blocks per handle (reportWrite), and how attribute changes that set mtime order against them.
import { Rpc } from '@hivefs/protocol';
import type { VfsContext } from './context.js';
import { chunkBlocksReport, type Handle, type OpenFile } from './handles.js';
import type { Timespec } from './types.js';

/** Sends and waits for every handle's buffered writes of the file; their errors stay with their handles. */
export async function settleFile(file: OpenFile): Promise<void> {
  await Promise.all([...file.handles].map((h) => h.writer?.settle(0, Infinity)));
}

/**
 * Reports the furthest byte written and the mtime of the last write through `h` since its last
 * report, with the blocks storage reported for the file's chunks (nothing when there is none).
 */
export async function reportWrites(ctx: VfsContext, h: Handle): Promise<void> {
  if (!h.unreported) return;
  h.unreported = false;
  try {
    const r = await ctx.meta.call(Rpc.reportWrite, h.file.entryId, {
      entryId: h.file.entryId, handleId: h.metaHandleId, clientId: ctx.clientId(), sizeHint: h.sizeHint, ...(h.lastWrite ? { mtime: h.lastWrite } : {}),
      chunkBlocks: chunkBlocksReport(h.file),
    });
    if (r.attr?.entryId) ctx.cache.putAttr(r.attr);
  } catch (e) {
    h.unreported = true;
    throw e;
  }
}

/** The write times {@link settleAndReport} reported, per handle. */
export type ReportedWrites = Map<Handle, Timespec | undefined>;

/**
 * Before a change that sets the file's mtime (utimens, truncate): gets every handle's buffered
 * writes onto storage and reports them, so meta applies them (size, mtime) before the change
 * and not after it. Errors of background writes stay with their handles.
 */
export async function settleAndReport(ctx: VfsContext, file: OpenFile): Promise<ReportedWrites> {
  await settleFile(file);
  const handles = [...file.handles];
  await Promise.all(handles.map((h) => reportWrites(ctx, h)));
  return new Map(handles.map((h) => [h, h.lastWrite]));
}

/**
 * After the change: the writes reported before it no longer carry an mtime, so a later flush or
 * close cannot move mtime back to them; only writes made since (a new lastWrite) do.
 */
export function forgetReportedWriteTimes(reported: ReportedWrites): void {
  for (const [h, t] of reported) if (h.lastWrite === t) h.lastWrite = undefined;
}
