// truncateChunk: sets a chunk file's length (sparse when growing).
import type { Rpc } from '@hivefs/protocol';
import type { HandlerFactory } from './context.js';

/** Truncates or extends the chunk file to `length`; a missing chunk truncated to 0 stays missing. */
export const truncateChunk: HandlerFactory<typeof Rpc.truncateChunk> = (c) => async (req) => {
  await c.store.truncate(req.targetId, req.entryId, req.length);
  return {};
};
