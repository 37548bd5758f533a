// unlinkChunks: removes many chunk files in one request, each answered on its own.
import { ErrCode, HiveError, Rpc, errorCode, type HandlerContext, type hivefs } from '@hivefs/protocol';
import { checkEntryId } from '../chunk-path.js';
import type { ChunkRef, ChunkUnlinkResult } from '../chunk-store.js';
import type { HandlerFactory, StorageContext } from './context.js';

/** Most chunk files one request may name. */
export const MAX_UNLINKS_PER_REQUEST = 1024;

/**
 * Removes the named chunk files in one batch of the chunk store (one worker thread message);
 * the results are in request order. A bad entry id, an unknown target or an I/O error fails
 * only its own entry. Refs with a group id are mirrored chunks: on the primary each group's
 * refs are removed and forwarded as one batch; a forwarded batch is removed on the secondary.
 */
export const unlinkChunks: HandlerFactory<typeof Rpc.unlinkChunks> = (c) => async (req, ctx) => {
  const refs = req.chunks;
  if (refs.length > MAX_UNLINKS_PER_REQUEST) {
    throw new HiveError(ErrCode.INVALID_ARGUMENT, `unlinkChunks names ${refs.length} chunk files; at most ${MAX_UNLINKS_PER_REQUEST} per request`);
  }
  const mirroredAt = refs.some((r) => r.groupId) ? groupIndexes(refs) : undefined;
  const plain: ChunkRef[] = refs.map((r) => ({ targetId: r.targetId ?? 0, entryId: r.entryId ?? '' }));
  const out: ChunkUnlinkResult[] = mirroredAt ? await mixed(c, req, ctx, plain, mirroredAt) : await c.store.unlinkMany(plain);
  const results: hivefs.IChunkUnlinkResult[] = out.map((r) =>
    'error' in r ? { existed: false, code: errorCode(r.error), message: r.error.message } : { existed: r.existed },
  );
  return { results };
};

/** Group id -> indexes of its refs (unmirrored refs under 0). */
function groupIndexes(refs: readonly hivefs.IChunkRef[]): Map<number, number[]> {
  const m = new Map<number, number[]>();
  refs.forEach((r, i) => {
    const g = r.groupId ?? 0;
    const at = m.get(g);
    if (at) at.push(i);
    else m.set(g, [i]);
  });
  return m;
}

/** A batch with mirrored refs: unmirrored ones as usual, each group's through the mirror. */
async function mixed(c: StorageContext, req: hivefs.UnlinkChunksReq, ctx: HandlerContext, plain: ChunkRef[], byGroup: Map<number, number[]>): Promise<ChunkUnlinkResult[]> {
  const results: ChunkUnlinkResult[] = new Array(plain.length);
  await Promise.all([...byGroup].map(async ([groupId, at]) => {
    const refs = at.map((i) => plain[i]!);
    let out: ChunkUnlinkResult[];
    try {
      out = groupId ? await mirroredGroup(c, req.forwarded, ctx, groupId, refs) : await c.store.unlinkMany(refs);
    } catch (e) {
      const error = e instanceof HiveError ? e : new HiveError(ErrCode.INTERNAL, (e as Error).message);
      out = refs.map(() => ({ error }));
    }
    at.forEach((i, k) => (results[i] = out[k]!));
  }));
  return results;
}

/** One group's refs (all naming one target: the primary, or the secondary when forwarded); one bad entry id fails them all. */
async function mirroredGroup(c: StorageContext, forwarded: boolean, ctx: HandlerContext, groupId: number, refs: ChunkRef[]): Promise<ChunkUnlinkResult[]> {
  const targetId = refs[0]!.targetId;
  for (const r of refs) checkEntryId(r.entryId); // the dirty set takes only valid ids
  if (refs.some((r) => r.targetId !== targetId)) {
    throw new HiveError(ErrCode.INVALID_ARGUMENT, `unlinkChunks names several targets for buddy group ${groupId}`);
  }
  const local = () => c.store.unlinkMany(refs.map((r) => ({ ...r, mirrored: true })));
  if (forwarded) {
    await c.mirror.asSecondary(groupId, targetId, ctx.mapVersion);
    return local();
  }
  return c.mirror.primaryOp({
    what: `unlink of ${refs.length} chunk files`, groupId, targetId, mapVersion: ctx.mapVersion, entryIds: refs.map((r) => r.entryId), changes: true, local,
    forward: (client, secondaryId, timeoutMs) => client.call(Rpc.unlinkChunks, {
      chunks: refs.map((r) => ({ entryId: r.entryId, targetId: secondaryId, groupId })), forwarded: true,
    }, { timeoutMs }),
  });
}
