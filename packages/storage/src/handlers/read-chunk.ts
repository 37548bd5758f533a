// readChunk: replies with up to `length` bytes of a chunk file as the raw payload.
import { ErrCode, HiveError, type Rpc } from '@hivefs/protocol';
import type { HandlerFactory } from './context.js';

/** Largest read served by one request. */
export const MAX_READ_BYTES = 8 * 1024 * 1024;

/** Reads `length` bytes at `offset`; the reply is shorter at the end of the chunk (the rest reads as zeros). */
export const readChunk: HandlerFactory<typeof Rpc.readChunk> = (c) => async (req, ctx) => {
  if (req.length > MAX_READ_BYTES) {
    throw new HiveError(ErrCode.INVALID_ARGUMENT, `read of ${req.length} bytes exceeds the limit of ${MAX_READ_BYTES} bytes per request`);
  }
  const data = await c.store.read(req.targetId, req.entryId, req.offset, req.length);
  ctx.replyPayload = data;
  return { length: data.length };
};
