// resyncChunk: the secondary's side of a resync copy (set a mirrored chunk's length and write a slice, or remove it).
import { ErrCode, HiveError, type Rpc } from '@hivefs/protocol';
import { checkRange } from '../chunk-store.js';
import type { HandlerFactory } from './context.js';

const EMPTY = Buffer.alloc(0);

/**
 * Accepted only by the group's secondary. `remove`: the chunk file goes. `partial` (a range
 * copy): the chunk's length is set to `fileLength` and the payload written at `offset`. Otherwise
 * a request at offset 0 (the first of every whole copy) empties the chunk and sets its length to
 * `fileLength`, so ranges the primary left as holes read as zeros; the payload is then written
 * at `offset`.
 */
export const resyncChunk: HandlerFactory<typeof Rpc.resyncChunk> = (c) => async (req, ctx) => {
  await c.mirror.asSecondary(req.groupId, req.targetId, ctx.mapVersion);
  if (req.remove) {
    await c.store.unlink(req.targetId, req.entryId, true);
    return {};
  }
  const data = ctx.payload ?? EMPTY;
  checkRange('resync', req.fileLength, 0);
  if (req.offset + data.length > req.fileLength) {
    throw new HiveError(ErrCode.INVALID_ARGUMENT, `resync slice of ${data.length} bytes at ${req.offset} ends beyond the chunk length ${req.fileLength}`);
  }
  if (req.partial) {
    // A range copy: the chunk keeps what it has elsewhere.
    await c.store.truncate(req.targetId, req.entryId, req.fileLength, true);
  } else if (req.offset === 0) {
    await c.store.truncate(req.targetId, req.entryId, 0, true);
    await c.store.truncate(req.targetId, req.entryId, req.fileLength, true);
  }
  if (data.length > 0) await c.store.write(req.targetId, req.entryId, req.offset, data, true);
  return {};
};
