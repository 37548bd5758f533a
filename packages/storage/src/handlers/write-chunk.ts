// writeChunk: the request payload is written straight to the chunk file at the given offset.
import { Rpc, type HandlerContext, type hivefs } from '@hivefs/protocol';
import type { HandlerFactory, StorageContext } from './context.js';

const EMPTY = Buffer.alloc(0);

/**
 * Writes the payload at `offset` of the chunk file (created on first write); returns the bytes
 * written and the 512-byte blocks the chunk file holds after the write. With a group id: a
 * mirrored write on the group's primary (forwarded to the secondary), or a forwarded copy on
 * the secondary. The payload's memory may be reused once the write settled, unless a forward to
 * the secondary failed: a socket may then still hold it.
 */
export const writeChunk: HandlerFactory<typeof Rpc.writeChunk> = (c) => async (req, ctx) => {
  const data = ctx.payload ?? EMPTY;
  const local = () => c.store.write(req.targetId, req.entryId, req.offset, data, !!req.groupId);
  if (req.groupId && !req.forwarded) return primary(c, req, ctx, data, local);
  try {
    if (req.forwarded) await c.mirror.asSecondary(req.groupId, req.targetId, ctx.mapVersion);
    return await local();
  } finally {
    ctx.payloadReusable = true;
  }
};

/** A mirrored write on the group's primary: written here and forwarded to the secondary. */
async function primary(c: StorageContext, req: hivefs.WriteChunkReq, ctx: HandlerContext, data: Buffer, local: () => Promise<hivefs.IWriteChunkResp>): Promise<hivefs.IWriteChunkResp> {
  let sending = false;
  try {
    return await c.mirror.primaryOp({
      what: `write of ${req.entryId}`, groupId: req.groupId, targetId: req.targetId, mapVersion: ctx.mapVersion, entryIds: [req.entryId], changes: true, local,
      range: { offset: req.offset, length: data.length },
      forward: async (client, targetId, timeoutMs) => {
        sending = true;
        const r = await client.call(Rpc.writeChunk, { entryId: req.entryId, targetId, offset: req.offset, groupId: req.groupId, forwarded: true }, { payload: data, timeoutMs });
        sending = false;
        return r;
      },
    });
  } finally {
    ctx.payloadReusable = !sending;
  }
}
