// Reading a small file's first bytes together with its open in meta, so that the first read of
// an open-read-close needs no round trip of its own.
import { hivefs } from '@hivefs/protocol';
import type { VfsContext } from './context.js';
import { readAheadBlockOf, readAheadOf } from './file-io.js';
import { O } from './flags.js';
import type { Handle } from './handles.js';
import { layoutOf, type FileLayout } from './storage-io.js';

/** A read of bytes [0, length) of chunk 0 (within read-ahead block 0) into a pooled buffer of `length` bytes, in flight. */
export interface HeadRead {
  readonly layout: FileLayout;
  readonly length: number;
  readonly blockSize: number;
  readonly buf: Buffer;
  /** The client's own-change count when the read started. */
  readonly changes: number;
  /** The bytes (shorter where the chunk file ends, undefined when it is missing); null: failed. */
  readonly data: Promise<Buffer | null | undefined>;
}

const PAGE = 4096;

/**
 * Starts reading the head of the file of `attr` (the cached attributes the open resolved) when
 * the open is read-only, the file is at most tuneOpenReadBytes long and this client holds no
 * handle of it (own writes may not be on storage yet). Undefined when it does not apply or the
 * mount's read-ahead budget is used up.
 */
export function startHeadRead(ctx: VfsContext, attr: hivefs.IAttr, flags: number): HeadRead | undefined {
  const max = ctx.config.tuneOpenReadBytes;
  const size = Number(attr.size ?? 0);
  if (max <= 0 || ctx.config.tuneReadAheadSize <= 0 || size <= 0 || size > max) return undefined;
  if ((flags & O.ACCMODE) !== O.RDONLY || flags & O.TRUNC || attr.type !== hivefs.EntryType.REGULAR) return undefined;
  if (ctx.handles.file(attr.entryId ?? '')) return undefined;
  let layout: FileLayout;
  try {
    layout = layoutOf(attr);
  } catch {
    return undefined;
  }
  const changes = ctx.handles.changeCount;
  const blockSize = readAheadBlockOf(ctx, layout);
  const length = Math.min(Math.ceil(size / PAGE) * PAGE, blockSize);
  if (ctx.readAheadBudget && !ctx.readAheadBudget.tryTake(length)) return undefined;
  const buf = ctx.pool.take(length); // small: files held open after their first read pin little of the budget
  let data: Promise<Buffer | null | undefined>;
  try {
    // one attempt: a target that does not answer must not keep a speculative read (and its
    // buffer) retrying in failover mode; the real read then waits for it as it should
    data = ctx.storage.readChunk(layout, 0, 0, length, buf, true).catch(() => null);
  } catch {
    data = Promise.resolve(null);
  }
  return { layout, length, blockSize, buf, changes, data };
}

/**
 * Hands a head read to the new handle's read-ahead as its block 0, unless this client wrote to or
 * truncated the file (or opened it again) since the read started. The bytes are used only when
 * they cover the file as the open found it: all `length` bytes came back, or the file is no longer
 * than what came back. (Otherwise the file grew while both requests were in flight, or has a hole
 * at the end of its head; the read then asks storage itself.)
 */
export function adoptHeadRead(ctx: VfsContext, h: Handle, head: HeadRead): void {
  const layout = h.file.layout;
  const same = layout && layout.chunkSize === head.layout.chunkSize && layout.ids[0] === head.layout.ids[0] && layout.mirrored === head.layout.mirrored;
  const untouched = h.file.handles.size === 1 && !ctx.handles.changedSince(h.file.entryId, head.changes);
  const ra = same && untouched ? readAheadOf(ctx, h, layout) : undefined;
  if (!ra || readAheadBlockOf(ctx, layout!) !== head.blockSize) return dropHeadRead(ctx, head);
  const size = h.file.size;
  const checked = head.data.then((d) => {
    if (d === null) return null;
    const got = d?.length ?? 0;
    return got === head.length || size <= got ? d : null;
  });
  ra.adopt(0, head.length, head.buf, checked);
}

/** Gives a head read's buffer back once the read settled (the open failed or did not want it). */
export function dropHeadRead(ctx: VfsContext, head: HeadRead): void {
  void head.data.then(() => {
    ctx.pool.give(head.buf);
    ctx.readAheadBudget?.give(head.length);
  });
}
