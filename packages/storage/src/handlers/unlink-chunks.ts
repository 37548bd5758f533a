// unlinkChunks: removes many chunk files in one request, each answered on its own.
import { ErrCode, HiveError, errorCode, type Rpc, type hivefs } from '@hivefs/protocol';
import type { HandlerFactory } from './context.js';

/** Most chunk files one request may name. */
export const MAX_UNLINKS_PER_REQUEST = 1024;

/**
 * Removes the named chunk files in one batch of the chunk store (one worker thread message);
 * the results are in request order. A bad entry id, an unknown target or an I/O error fails
 * only its own entry.
 */
export const unlinkChunks: HandlerFactory<typeof Rpc.unlinkChunks> = (c) => async (req) => {
  const refs = req.chunks;
  if (refs.length > MAX_UNLINKS_PER_REQUEST) {
    throw new HiveError(ErrCode.INVALID_ARGUMENT, `unlinkChunks names ${refs.length} chunk files; at most ${MAX_UNLINKS_PER_REQUEST} per request`);
  }
  const out = await c.store.unlinkMany(refs.map((r) => ({ targetId: r.targetId ?? 0, entryId: r.entryId ?? '' })));
  const results: hivefs.IChunkUnlinkResult[] = out.map((r) =>
    'error' in r ? { existed: false, code: errorCode(r.error), message: r.error.message } : { existed: r.existed },
  );
  return { results };
};
