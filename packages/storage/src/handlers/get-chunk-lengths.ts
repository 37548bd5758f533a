// getChunkLengths: the length and blocks of one file's chunk on each of several targets of this daemon.
import { ErrCode, HiveError, type Rpc } from '@hivefs/protocol';
import type { HandlerFactory } from './context.js';

/** Most targets one request may ask about. */
export const MAX_LENGTH_TARGETS = 1024;

/**
 * Lengths and blocks in the order of `targetIds`, 0 for a missing chunk; any unknown target fails
 * the request.
 */
export const getChunkLengths: HandlerFactory<typeof Rpc.getChunkLengths> = (c) => async (req) => {
  if (req.targetIds.length > MAX_LENGTH_TARGETS) {
    throw new HiveError(ErrCode.INVALID_ARGUMENT, `getChunkLengths names ${req.targetIds.length} targets; at most ${MAX_LENGTH_TARGETS} allowed`);
  }
  for (const id of req.targetIds) c.targets.get(id);
  const extents = await Promise.all(req.targetIds.map((id) => c.store.extent(id, req.entryId)));
  return { lengths: extents.map((e) => e.length), blocks: extents.map((e) => e.blocks) };
};
