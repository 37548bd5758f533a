// getChunkLengths: the length and blocks of one file's chunk on each of several targets of this daemon.
import { ErrCode, HiveError, type Rpc } from '@hivefs/protocol';
import type { HandlerFactory } from './context.js';

/** Most targets one request may ask about. */
export const MAX_LENGTH_TARGETS = 1024;

/**
 * Lengths and blocks in the order of `targetIds`, 0 for a missing chunk; any unknown target fails
 * the request. A non-zero `groupIds[i]` asks for the mirrored chunk (buddymir/) of that group,
 * whose primary target `targetIds[i]` must be.
 */
export const getChunkLengths: HandlerFactory<typeof Rpc.getChunkLengths> = (c) => async (req, ctx) => {
  if (req.targetIds.length > MAX_LENGTH_TARGETS) {
    throw new HiveError(ErrCode.INVALID_ARGUMENT, `getChunkLengths names ${req.targetIds.length} targets; at most ${MAX_LENGTH_TARGETS} allowed`);
  }
  if (req.groupIds.length > req.targetIds.length) {
    throw new HiveError(ErrCode.INVALID_ARGUMENT, `getChunkLengths names ${req.groupIds.length} group ids for ${req.targetIds.length} targets`);
  }
  for (const id of req.targetIds) c.targets.get(id);
  const groups = req.groupIds;
  for (let i = 0; i < groups.length; i++) if (groups[i]) await c.mirror.asReader(groups[i]!, req.targetIds[i]!, ctx.mapVersion);
  const extents = await Promise.all(req.targetIds.map((id, i) => c.store.extent(id, req.entryId, !!groups[i])));
  return { lengths: extents.map((e) => e.length), blocks: extents.map((e) => e.blocks) };
};
