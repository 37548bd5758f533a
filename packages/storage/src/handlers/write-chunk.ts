// writeChunk: the request payload is written straight to the chunk file at the given offset.
import { Rpc, type HandlerContext, type hivefs } from '@hivefs/protocol';
import type { HandlerFactory, StorageContext } from './context.js';

const EMPTY = Buffer.alloc(0);

/**
 * Writes the payload at `offset` of the chunk file (created on first write); returns the bytes
 * written and the 512-byte blocks the chunk file holds after the write. With a group id: a
 * mirrored write on the group's primary (forwarded to the secondary), or a forwarded copy on
 * the secondary.
 */
export const writeChunk: HandlerFactory<typeof Rpc.writeChunk> = (c) => (req, ctx) =>
  req.groupId ? mirrored(c, req, ctx) : c.store.write(req.targetId, req.entryId, req.offset, ctx.payload ?? EMPTY);

async function mirrored(c: StorageContext, req: hivefs.WriteChunkReq, ctx: HandlerContext): Promise<hivefs.IWriteChunkResp> {
  const data = ctx.payload ?? EMPTY;
  const local = () => c.store.write(req.targetId, req.entryId, req.offset, data, true);
  if (req.forwarded) {
    await c.mirror.asSecondary(req.groupId, req.targetId, ctx.mapVersion);
    return local();
  }
  return c.mirror.primaryOp({
    what: `write of ${req.entryId}`, groupId: req.groupId, targetId: req.targetId, mapVersion: ctx.mapVersion, entryIds: [req.entryId], changes: true, local,
    range: { offset: req.offset, length: data.length },
    forward: (client, targetId, timeoutMs) => client.call(Rpc.writeChunk, { entryId: req.entryId, targetId, offset: req.offset, groupId: req.groupId, forwarded: true }, { payload: data, timeoutMs }),
  });
}
