// listChunks: a page of a target's chunk files (mirrored or not) in entry id order, with length and mtime.
import { ErrCode, HiveError, type Rpc } from '@hivefs/protocol';
import { chunksDirOf } from '../targets.js';
import { listChunkFiles } from '../mirror/chunk-list.js';
import type { HandlerFactory } from './context.js';

/** Most entries of one page. */
export const MAX_LIST_CHUNKS = 10_000;

/** Lists chunk files after `after` (at most `limit`, default and cap 10000), changed since `changedSinceMs`. */
export const listChunks: HandlerFactory<typeof Rpc.listChunks> = (c) => async (req) => {
  if (req.limit > MAX_LIST_CHUNKS) throw new HiveError(ErrCode.INVALID_ARGUMENT, `listChunks limit ${req.limit} exceeds ${MAX_LIST_CHUNKS}`);
  const t = c.targets.get(req.targetId);
  const page = await listChunkFiles(chunksDirOf(t, req.mirrored), { after: req.after, limit: req.limit || MAX_LIST_CHUNKS, changedSinceMs: req.changedSinceMs });
  return { chunks: page.chunks, more: page.more, dirs: page.dirs };
};
