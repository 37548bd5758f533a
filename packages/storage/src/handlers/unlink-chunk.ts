// unlinkChunk: removes a file's chunk from one target.
import { Rpc, type HandlerContext, type hivefs } from '@hivefs/protocol';
import type { HandlerFactory, StorageContext } from './context.js';

/** Removes the chunk file; `existed` tells whether there was one. Mirrored (group id): as writeChunk. */
export const unlinkChunk: HandlerFactory<typeof Rpc.unlinkChunk> = (c) => async (req, ctx) =>
  ({ existed: req.groupId ? await mirrored(c, req, ctx) : await c.store.unlink(req.targetId, req.entryId) });

async function mirrored(c: StorageContext, req: hivefs.UnlinkChunkReq, ctx: HandlerContext): Promise<boolean> {
  const local = () => c.store.unlink(req.targetId, req.entryId, true);
  if (req.forwarded) {
    await c.mirror.asSecondary(req.groupId, req.targetId, ctx.mapVersion);
    return local();
  }
  return c.mirror.primaryOp({
    what: `unlink of ${req.entryId}`, groupId: req.groupId, targetId: req.targetId, mapVersion: ctx.mapVersion, entryIds: [req.entryId], changes: true, local,
    forward: (client, targetId, timeoutMs) => client.call(Rpc.unlinkChunk, { entryId: req.entryId, targetId, groupId: req.groupId, forwarded: true }, { timeoutMs }),
  });
}
