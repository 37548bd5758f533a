// fsyncChunk: flushes a chunk file to stable storage.
import type { Rpc } from '@hivefs/protocol';
import type { HandlerFactory } from './context.js';

/** fsyncs the chunk file (nothing to do when it does not exist). */
export const fsyncChunk: HandlerFactory<typeof Rpc.fsyncChunk> = (c) => async (req) => {
  await c.store.fsync(req.targetId, req.entryId);
  return {};
};
