// unlinkChunks: removes many chunk files in one request, each answered on its own.
import { ErrCode, HiveError, errorCode, type Rpc, type hivefs } from '@hivefs/protocol';
import type { HandlerFactory } from './context.js';

/** Most chunk files one request may name. */
export const MAX_UNLINKS_PER_REQUEST = 1024;

/** Unlinks running at once for one request (the file system does the waiting, not the loop). */
const PARALLEL = 8;

/**
 * Removes the named chunk files, a few at a time; the results are in request order. A bad
 * entry id, an unknown target or an I/O error fails only its own entry.
 */
export const unlinkChunks: HandlerFactory<typeof Rpc.unlinkChunks> = (c) => async (req) => {
  const refs = req.chunks;
  if (refs.length > MAX_UNLINKS_PER_REQUEST) {
    throw new HiveError(ErrCode.INVALID_ARGUMENT, `unlinkChunks names ${refs.length} chunk files; at most ${MAX_UNLINKS_PER_REQUEST} per request`);
  }
  const results: hivefs.IChunkUnlinkResult[] = new Array(refs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < refs.length) {
      const i = next++;
      const ref = refs[i]!;
      try {
        results[i] = { existed: await c.store.unlink(ref.targetId ?? 0, ref.entryId ?? '') };
      } catch (e) {
        results[i] = { existed: false, code: errorCode(e), message: (e as Error).message };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, refs.length) }, worker));
  return { results };
};
