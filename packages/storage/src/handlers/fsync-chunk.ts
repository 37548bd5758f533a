// fsyncChunk: flushes a chunk file to stable storage.
import { Rpc, type HandlerContext, type hivefs } from '@hivefs/protocol';
import type { HandlerFactory, StorageContext } from './context.js';

/** fsyncs the chunk file (nothing to do when it does not exist). Mirrored (group id): on both members. */
export const fsyncChunk: HandlerFactory<typeof Rpc.fsyncChunk> = (c) => async (req, ctx) => {
  if (req.groupId) await mirrored(c, req, ctx);
  else await c.store.fsync(req.targetId, req.entryId);
  return {};
};

async function mirrored(c: StorageContext, req: hivefs.FsyncChunkReq, ctx: HandlerContext): Promise<void> {
  const local = () => c.store.fsync(req.targetId, req.entryId, true);
  if (req.forwarded) {
    await c.mirror.asSecondary(req.groupId, req.targetId, ctx.mapVersion);
    return local();
  }
  return c.mirror.primaryOp({
    what: `fsync of ${req.entryId}`, groupId: req.groupId, targetId: req.targetId, mapVersion: ctx.mapVersion, entryIds: [req.entryId], changes: false, local,
    forward: (client, targetId, timeoutMs) => client.call(Rpc.fsyncChunk, { entryId: req.entryId, targetId, groupId: req.groupId, forwarded: true }, { timeoutMs }),
  });
}
