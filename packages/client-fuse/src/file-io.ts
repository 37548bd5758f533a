// The data path of an open handle: striped parallel reads (through read-ahead) and write-behind writes.
import { locate, splitRange, type StripePiece } from '@hivefs/protocol';
import type { VfsContext } from './context.js';
import { VfsError } from './errors.js';
import { O } from './flags.js';
import { noteChunkBlocks, type Handle, type OpenFile } from './handles.js';
import { ReadAhead, readAheadBlockSize, type CachedBlock } from './reader.js';
import { nowTimespec } from './stat.js';
import type { FileLayout } from './storage-io.js';
import { isInterrupted, unlessInterrupted } from './retry.js';
import { Writer } from './writer.js';

/** Largest write-behind unit and read RPC; bounded so a frame never nears connMaxFrameBytes. */
const MAX_IO_UNIT = 4 * 1024 * 1024;

/** The largest power of two ≤ min(chunk size, MAX_IO_UNIT, maxFrame/2). */
function ioUnit(chunkSize: number, maxFrameBytes: number): number {
  let u = chunkSize;
  while (u > MAX_IO_UNIT || u > maxFrameBytes / 2) u /= 2;
  return Math.max(u, 4096);
}

/** Reads [position, position + length) into buf, stopping at the size this client knows. */
export async function readData(ctx: VfsContext, h: Handle, buf: Buffer, length: number, position: number): Promise<number> {
  const file = h.file;
  const n = Math.min(length, buf.length, file.size - position);
  if (n <= 0) return 0;
  await unlessInterrupted(settleWriters(file, position, position + n), ctx.signal, 'read');
  const layout = file.layout;
  if (!layout) {
    buf.fill(0, 0, n);
    return n;
  }
  const ra = readAheadOf(ctx, h, layout);
  ra?.advise(position, n, file.size);
  const unit = ioUnit(layout.chunkSize, ctx.config.connMaxFrameBytes);
  await allSettled(piecesOf(position, n, layout, unit).map((p) => readPiece(ctx, layout, ra, buf, p)));
  return n;
}

/** A read answered by reference: views of the handle's read-ahead blocks, valid until `release()`. */
export interface ReadRefs {
  parts: Buffer[];
  release(): void;
}

/**
 * [position, position + length) as views of the read-ahead blocks that hold it, when they do
 * (streaming reads: fetched, complete, no own writes pending there): the reply can then go to
 * the kernel without a copy. Undefined when the read must go through {@link readData}; nothing
 * is advised then, so that readData sees the read once.
 */
export async function readRefs(ctx: VfsContext, h: Handle, length: number, position: number): Promise<ReadRefs | undefined> {
  const file = h.file;
  const n = Math.min(length, file.size - position);
  const layout = file.layout;
  if (n <= 0 || !layout || !h.readAhead || anyOverlap(file, position, position + n)) return undefined;
  const held = h.readAhead.hold(position, position + n);
  if (!held) return undefined;
  h.readAhead.advise(position, n, file.size);
  let handedOver = false;
  try {
    const datas = await unlessInterrupted(Promise.all(held.blocks.map((b) => b.data)), ctx.signal, 'read');
    const end = position + n;
    const parts: Buffer[] = [];
    for (const [i, b] of held.blocks.entries()) {
      const d = datas[i];
      const from = Math.max(position, b.start) - b.start;
      const to = Math.min(end, b.start + b.length) - b.start;
      // a failed fetch, or a block shorter than the file there (a hole, a chunk not written to its end): readData fills zeros
      if (!d || d.length < to) return undefined;
      parts.push(d.subarray(from, to));
    }
    handedOver = true;
    return { parts, release: held.release };
  } finally {
    if (!handedOver) held.release();
  }
}

/**
 * Waits for every piece, then throws the first failure. Pieces receive straight into the
 * caller's buffer, which FUSE detaches once answered: no piece may still be running then.
 */
async function allSettled(pieces: Promise<void>[]): Promise<void> {
  for (const r of await Promise.allSettled(pieces)) if (r.status === 'rejected') throw r.reason;
}

/** Copies buf[0, length) into the handle's write-behind buffer; waits only for backpressure. */
export async function writeData(ctx: VfsContext, h: Handle, buf: Buffer, length: number, position: number): Promise<number> {
  const file = h.file;
  const layout = file.layout;
  if (!layout) throw VfsError.of('EIO', `file ${file.entryId} has no storage targets`);
  const len = Math.min(length, buf.length);
  const w = (h.writer ??= newWriter(ctx, h, layout));
  if (w.error !== undefined) throw w.error;
  if (len <= 0) return 0;
  let pos = h.flags & O.APPEND ? file.size : position;
  if (othersOverlap(file, h, pos, pos + len)) {
    // buf is only lent until this call returns (a FUSE engine reuses it): keep a copy across the wait
    buf = Buffer.from(buf.subarray(0, len));
    // another handle's older bytes of this range must reach storage before ours can
    await unlessInterrupted(settleWriters(file, pos, pos + len, h), ctx.signal, 'write');
    if (h.flags & O.APPEND) pos = file.size;
  }
  const end = pos + len;
  ctx.handles.noteChange(file.entryId);
  for (const o of file.handles) o.readAhead?.invalidate(pos, end);
  const done = w.write(buf, len, pos); // copies before its first await
  file.size = Math.max(file.size, end);
  h.lastWrite = nowTimespec();
  h.unreported = true;
  ctx.cache.dropAttr(file.entryId);
  // the bytes are buffered now: an interrupted wait for room (backpressure) still wrote them
  await unlessInterrupted(done, ctx.signal, 'write').catch((e: unknown) => {
    if (!isInterrupted(e)) throw e;
  });
  return len;
}

/** Gets own unsent or in-flight writes of [start, end) onto storage (from every handle of the file but `except`). */
export async function settleWriters(file: OpenFile, start: number, end: number, except?: Handle): Promise<void> {
  let busy: Promise<void>[] | undefined;
  for (const o of file.handles) {
    if (o !== except && o.writer?.overlaps(start, end)) (busy ??= []).push(o.writer.settle(start, end));
  }
  if (busy) await Promise.all(busy);
}

/** Whether any handle of the file has own writes of [start, end) not yet on storage. */
function anyOverlap(file: OpenFile, start: number, end: number): boolean {
  for (const o of file.handles) if (o.writer?.overlaps(start, end)) return true;
  return false;
}

function othersOverlap(file: OpenFile, h: Handle, start: number, end: number): boolean {
  if (file.handles.size === 1) return false;
  for (const o of file.handles) if (o !== h && o.writer?.overlaps(start, end)) return true;
  return false;
}

/** Splits a range into per-chunk pieces of at most `unit` bytes. */
function piecesOf(position: number, n: number, layout: FileLayout, unit: number): StripePiece[] {
  const pieces = splitRange(position, n, layout.chunkSize, layout.ids.length);
  if (unit >= layout.chunkSize) return pieces;
  return pieces.flatMap((p) => {
    const out: StripePiece[] = [];
    for (let o = 0; o < p.length; o += unit) {
      const len = Math.min(unit, p.length - o);
      out.push({ targetIndex: p.targetIndex, chunkOffset: p.chunkOffset + o, fileOffset: p.fileOffset + o, length: len, rangeOffset: p.rangeOffset + o });
    }
    return out;
  });
}

async function readPiece(ctx: VfsContext, layout: FileLayout, ra: ReadAhead | undefined, buf: Buffer, p: StripePiece): Promise<void> {
  const held = ra?.hold(p.fileOffset, p.fileOffset + p.length);
  if (held) {
    try {
      if (await copyFromBlocks(held.blocks, buf, p, ctx.signal)) return;
    } finally {
      held.release();
    }
  }
  // safe only because readData waits for every piece: the reply is received in place (and an
  // interrupted read ends its request before it settles)
  const into = buf.subarray(p.rangeOffset, p.rangeOffset + p.length);
  const data = await ctx.storage.readChunk(layout, p.targetIndex, p.chunkOffset, p.length, into, false, ctx.signal);
  copyOut(data, 0, buf, p.rangeOffset, p.length);
}

/**
 * Copies the piece out of cached blocks; false when one of them failed to fetch. An interrupted
 * wait throws and copies nothing (the blocks are fetched for the read-ahead, not for this read).
 */
async function copyFromBlocks(blocks: CachedBlock[], buf: Buffer, p: StripePiece, signal: AbortSignal | undefined): Promise<boolean> {
  const datas = await unlessInterrupted(Promise.all(blocks.map((b) => b.data)), signal, 'read');
  if (datas.some((d) => d === null)) return false;
  const pEnd = p.fileOffset + p.length;
  blocks.forEach((b, i) => {
    const from = Math.max(p.fileOffset, b.start);
    const to = Math.min(pEnd, b.start + b.length);
    copyOut(datas[i] ?? undefined, from - b.start, buf, p.rangeOffset + (from - p.fileOffset), to - from);
  });
  return true;
}

/** Copies `len` bytes of src from srcOff into dst at dstOff (unless already there); what src lacks reads as zeros. */
function copyOut(src: Buffer | undefined, srcOff: number, dst: Buffer, dstOff: number, len: number): void {
  const have = Math.max(0, Math.min(len, (src?.length ?? 0) - srcOff));
  if (have > 0 && !(src!.buffer === dst.buffer && src!.byteOffset + srcOff === dst.byteOffset + dstOff)) src!.copy(dst, dstOff, srcOff, srcOff + have);
  if (have < len) dst.fill(0, dstOff + have, dstOff + len);
}

function newWriter(ctx: VfsContext, h: Handle, layout: FileLayout): Writer {
  const n = layout.ids.length;
  return new Writer({
    unitSize: ioUnit(layout.chunkSize, ctx.config.connMaxFrameBytes),
    maxDirtyBytes: ctx.config.tuneWriteBehindBytes,
    pool: ctx.pool,
    send: async (fileOffset, data) => {
      const loc = locate(fileOffset, layout.chunkSize, n);
      h.touched.add(loc.targetIndex);
      const r = await ctx.storage.writeChunk(layout, loc.targetIndex, loc.chunkOffset, data);
      // meta learns a size only from bytes that reached storage: a file whose sends all failed
      // (a full target) must not be recorded as long as what the application buffered
      h.sizeHint = Math.max(h.sizeHint, fileOffset + data.length);
      noteChunkBlocks(h.file, loc.targetIndex, r.blocks);
      return r.attempts === 1;
    },
    onError: (err) => noteWriteFailure(h, err),
  });
}

/**
 * A write-behind send of `h` failed: the file's errseq moves on (every handle's next fsync
 * reports it), and the other handles of the file with data not yet on storage fail too, as
 * their data may depend on what was lost.
 */
function noteWriteFailure(h: Handle, err: unknown): void {
  const file = h.file;
  file.writeErrors++;
  file.lastWriteError = err;
  for (const o of file.handles) if (o !== h && o.writer?.pending) o.writer.fail(err);
}

/** A write-behind failure of the file that `h` has not reported yet (then marked reported), or undefined. */
export function unreportedWriteFailure(h: Handle): unknown {
  if (h.writeErrorsSeen === h.file.writeErrors) return undefined;
  h.writeErrorsSeen = h.file.writeErrors;
  return h.file.lastWriteError;
}

/** The read-ahead block size of a file: whole blocks lie in one chunk and one read RPC. */
export function readAheadBlockOf(ctx: VfsContext, layout: FileLayout): number {
  return readAheadBlockSize(ioUnit(layout.chunkSize, ctx.config.connMaxFrameBytes), ctx.config.tuneReadAheadSize);
}

/**
 * How read-ahead blocks group into requests: when a block is a whole chunk, the chunks of one
 * target follow each other in its chunk file, the stripe width apart in the file, so one request
 * can carry `tuneReadAheadRunChunks` of them (within the largest I/O unit). Fewer requests for a
 * sequential read cut their fixed cost on both sides (frames, socket sends, thread-pool reads);
 * the README's benchmark notes show what that measured.
 */
function readAheadRuns(ctx: VfsContext, layout: FileLayout, blockSize: number): { runBlocks?: number; runStride?: number } {
  if (blockSize !== layout.chunkSize) return {};
  const maxBytes = Math.min(MAX_IO_UNIT, ctx.config.connMaxFrameBytes / 2);
  const runBlocks = Math.min(ctx.config.tuneReadAheadRunChunks, Math.floor(maxBytes / blockSize));
  return runBlocks > 1 ? { runBlocks, runStride: layout.ids.length } : {};
}

/** The handle's read-ahead, made on first use; undefined when read-ahead is off. */
export function readAheadOf(ctx: VfsContext, h: Handle, layout: FileLayout): ReadAhead | undefined {
  const window = ctx.config.tuneReadAheadSize;
  if (window <= 0) return undefined;
  if (h.readAhead) return h.readAhead;
  const blockSize = readAheadBlockOf(ctx, layout);
  const n = layout.ids.length;
  h.readAhead = new ReadAhead({
    blockSize,
    windowBytes: window,
    ...readAheadRuns(ctx, layout, blockSize),
    fetch: (start, length, into) => {
      const loc = locate(start, layout.chunkSize, n);
      return ctx.storage.readChunk(layout, loc.targetIndex, loc.chunkOffset, length, into);
    },
    isDirty: (start, end) => anyOverlap(h.file, start, end),
    pool: ctx.pool,
    ...(ctx.readAheadBudget ? { budget: ctx.readAheadBudget } : {}),
  });
  return h.readAhead;
}
