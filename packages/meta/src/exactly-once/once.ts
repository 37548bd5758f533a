// The handler wrapper of mutating RPCs: a tagged request runs once; a resend gets the stored reply or waits for the original.
import { ErrCode, HiveError, fail, type AnyRpcDef, type DecodedReqOf, type Handler, type RespInitOf, type hivefs } from '@hivefs/protocol';
import type { HandlerDeps, HandlerFactory } from '../handlers/deps.js';
import type { MetaStore } from '../store/meta-store.js';
import type { ReplyLedger, TaggedOp } from './ledger.js';
import type { StoredReply } from './record.js';

/** Builds the reply of a request from its stored reply (parent attributes may be read anew). */
export type Replay<D extends AnyRpcDef> = (req: DecodedReqOf<D>, r: StoredReply, store: MetaStore) => Promise<RespInitOf<D>>;

/** Highest client id a tag may carry (client ids are node ids, uint32). */
const MAX_CLIENT_ID = 0xffffffff;

/** The tagged op of a request's tag; INVALID_ARGUMENT for a tag with unusable numbers. */
export function taggedOp(ledger: ReplyLedger, rpc: number, tag: hivefs.IRequestTag): TaggedOp {
  const clientId = Number(tag.clientId ?? 0);
  const requestId = Number(tag.requestId ?? 0);
  const doneBelow = Number(tag.doneBelow ?? 0);
  if (!Number.isSafeInteger(clientId) || clientId < 1 || clientId > MAX_CLIENT_ID) fail(ErrCode.INVALID_ARGUMENT, `request tag: client id ${tag.clientId} is not a client id (1 to ${MAX_CLIENT_ID})`);
  if (!Number.isSafeInteger(requestId) || requestId < 1) fail(ErrCode.INVALID_ARGUMENT, `request tag: request id ${tag.requestId} is not between 1 and 2^53-1`);
  if (!Number.isSafeInteger(doneBelow) || doneBelow < 0) fail(ErrCode.INVALID_ARGUMENT, `request tag: done_below ${tag.doneBelow} is not between 0 and 2^53-1`);
  return { ledger, clientId, requestId, doneBelow: Math.min(doneBelow, requestId), rpc, recorded: false };
}

/** The reply (or error) of a stored record of request `op`. */
async function replayed<D extends AnyRpcDef>(def: D, req: DecodedReqOf<D>, op: TaggedOp, r: StoredReply, store: MetaStore, replay: Replay<D>): Promise<RespInitOf<D>> {
  if (r.rpc !== def.reqType) {
    fail(ErrCode.INVALID_ARGUMENT, `${def.name}: request ${op.requestId} of client ${op.clientId} was answered before as message type ${r.rpc}, not ${def.reqType}; a request id names one operation`);
  }
  if (r.error) throw new HiveError(r.error.code, r.error.message);
  return replay(req, r, store);
}

/** The route id of a request: the parent directory of a name operation, the entry otherwise. */
export type RouteOf<D extends AnyRpcDef> = (req: DecodedReqOf<D>) => string;

/**
 * Wraps the handler of a mutating RPC. A request without a tag runs as is. A tagged one runs
 * with the ledger of the store that serves its route id (`route`), and: when
 * the same (client id, request id) is running, waits for it and looks again; when the ledger
 * holds its reply, answers with that (see {@link Replay}); otherwise runs the handler on the
 * store for this request, so its final commit stores the reply (commitOp).
 */
export function exactlyOnce<D extends AnyRpcDef>(d: HandlerDeps, def: D, factory: HandlerFactory<D>, replay: Replay<D>, route: RouteOf<D>): Handler<D> {
  const plain = factory(d);
  return async (req, hctx) => {
    const tag = (req as { tag?: hivefs.IRequestTag | null }).tag;
    if (!tag) return plain(req, hctx);
    const store = d.store(route(req));
    const ledger = store.ledger;
    const op = taggedOp(ledger, def.reqType, tag);
    for (;;) {
      const running = ledger.running(op);
      if (running) {
        await running.catch(() => undefined);
        continue;
      }
      if (!ledger.has(op)) break;
      const r = await ledger.find(op);
      if (r) return replayed(def, req, op, r, store, replay);
      // dropped meanwhile (the client said it was done with it): run it as new
    }
    const tagged = store.forRequest(op);
    return ledger.run(op, async () => factory({ ...d, store: () => tagged, stores: () => [tagged] })(req, hctx));
  };
}
