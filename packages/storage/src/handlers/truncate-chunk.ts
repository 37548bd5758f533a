// truncateChunk: sets a chunk file's length (sparse when growing).
import type { Rpc } from '@hivefs/protocol';
import type { HandlerFactory } from './context.js';

/**
 * Truncates or extends the chunk file to `length` (a missing chunk truncated to 0 stays missing);
 * returns the 512-byte blocks it holds afterwards.
 */
export const truncateChunk: HandlerFactory<typeof Rpc.truncateChunk> = (c) => async (req) => ({
  blocks: await c.store.truncate(req.targetId, req.entryId, req.length),
});
