// readChunk: replies with up to `length` bytes of a chunk file as the raw payload.
import { ErrCode, HiveError, type Rpc } from '@hivefs/protocol';
import type { HandlerFactory } from './context.js';

/** Largest read served by one request. */
export const MAX_READ_BYTES = 8 * 1024 * 1024;

/** Smallest reply buffer taken from the pool; smaller reads use one of this size. */
const MIN_READ_BUFFER = 64 * 1024;

/**
 * The pooled buffer size for a read of `length` bytes: a power of two, so that the few sizes
 * clients ask for (read-ahead blocks, FUSE reads) share a handful of free lists.
 */
export function readBufferSize(length: number): number {
  let size = MIN_READ_BUFFER;
  while (size < length) size *= 2;
  return size;
}

/**
 * Reads `length` bytes at `offset`; the reply is shorter at the end of the chunk (the rest reads
 * as zeros). A mirrored read (group id) is served by the group's primary only. The bytes are
 * read into a pooled buffer that goes back to the pool once the socket
 * has taken it (or will not send it), never earlier: a reused buffer would change bytes still
 * queued on the socket.
 */
export const readChunk: HandlerFactory<typeof Rpc.readChunk> = (c) => async (req, ctx) => {
  if (req.length > MAX_READ_BYTES) {
    throw new HiveError(ErrCode.INVALID_ARGUMENT, `read of ${req.length} bytes exceeds the limit of ${MAX_READ_BYTES} bytes per request`);
  }
  const buf = c.readBuffers.take(readBufferSize(req.length));
  let given = false;
  ctx.onReplySent = () => {
    if (given) return;
    given = true;
    c.readBuffers.give(buf);
  };
  if (req.groupId) await c.mirror.asReader(req.groupId, req.targetId, ctx.mapVersion);
  const data = await c.store.read(req.targetId, req.entryId, req.offset, req.length, buf, !!req.groupId);
  ctx.replyPayload = data;
  return { length: data.length };
};
