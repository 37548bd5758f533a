// unlinkChunk: removes a file's chunk from one target.
import type { Rpc } from '@hivefs/protocol';
import type { HandlerFactory } from './context.js';

/** Removes the chunk file; `existed` tells whether there was one. */
export const unlinkChunk: HandlerFactory<typeof Rpc.unlinkChunk> = (c) => async (req) => {
  const existed = await c.store.unlink(req.targetId, req.entryId);
  return { existed };
};
