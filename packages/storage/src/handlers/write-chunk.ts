// writeChunk: the request payload is written straight to the chunk file at the given offset.
import type { Rpc } from '@hivefs/protocol';
import type { HandlerFactory } from './context.js';

const EMPTY = Buffer.alloc(0);

/**
 * Writes the payload at `offset` of the chunk file (created on first write); returns the bytes
 * written and the 512-byte blocks the chunk file holds after the write.
 */
export const writeChunk: HandlerFactory<typeof Rpc.writeChunk> = (c) => async (req, ctx) =>
  c.store.write(req.targetId, req.entryId, req.offset, ctx.payload ?? EMPTY);
