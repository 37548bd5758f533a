// truncateChunk: sets a chunk file's length (sparse when growing).
import { Rpc, type HandlerContext, type hivefs } from '@hivefs/protocol';
import type { HandlerFactory, StorageContext } from './context.js';

/**
 * Truncates or extends the chunk file to `length` (a missing chunk truncated to 0 stays missing);
 * returns the 512-byte blocks it holds afterwards. Mirrored (group id): as writeChunk.
 */
export const truncateChunk: HandlerFactory<typeof Rpc.truncateChunk> = (c) => async (req, ctx) =>
  ({ blocks: req.groupId ? await mirrored(c, req, ctx) : await c.store.truncate(req.targetId, req.entryId, req.length) });

async function mirrored(c: StorageContext, req: hivefs.TruncateChunkReq, ctx: HandlerContext): Promise<number> {
  const local = () => c.store.truncate(req.targetId, req.entryId, req.length, true);
  if (req.forwarded) {
    await c.mirror.asSecondary(req.groupId, req.targetId, ctx.mapVersion);
    return local();
  }
  return c.mirror.primaryOp({
    what: `truncate of ${req.entryId}`, groupId: req.groupId, targetId: req.targetId, mapVersion: ctx.mapVersion, entryIds: [req.entryId], changes: true, local,
    forward: (client, targetId, timeoutMs) => client.call(Rpc.truncateChunk, { entryId: req.entryId, targetId, length: req.length, groupId: req.groupId, forwarded: true }, { timeoutMs }),
  });
}
