// RPC reportWrite: size, mtime and chunk blocks of written data without closing (fsync, flush).
import type { Rpc } from '@hivefs/protocol';
import { chunkBlocksOf } from './chunk-blocks.js';
import type { HandlerFactory } from './deps.js';

/** Handles Rpc.reportWrite. */
export const reportWrite: HandlerFactory<typeof Rpc.reportWrite> = (d) => async (req) => ({
  attr: await d.store(req.entryId).reportWrite({
    entryId: req.entryId, handleId: Number(req.handleId), clientId: req.clientId, sizeHint: Number(req.sizeHint), mtime: req.mtime, chunkBlocks: chunkBlocksOf(req.chunkBlocks),
  }),
});
