// RPC close: ends a session, taking the size, mtime and chunk blocks the handle wrote.
import type { Rpc } from '@hivefs/protocol';
import { chunkBlocksOf } from './chunk-blocks.js';
import type { HandlerFactory } from './deps.js';

/** Handles Rpc.close. */
export const close: HandlerFactory<typeof Rpc.close> = (d) => async (req) => {
  await d.store(req.entryId).close({ entryId: req.entryId, handleId: Number(req.handleId), clientId: req.clientId, sizeHint: Number(req.sizeHint), mtime: req.mtime, chunkBlocks: chunkBlocksOf(req.chunkBlocks) });
  return {};
};
