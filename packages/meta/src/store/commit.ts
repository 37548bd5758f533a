// The final commit of every client-visible mutation: it adds the exactly-once reply record of a tagged request to the batch.
import type { Batch } from './batch.js';
import type { StoreContext } from './context.js';

/**
 * Commits the batch that makes an operation happen and returns `result`. When the operation
 * runs for a tagged request (`ctx.op`, set by the exactly-once handler wrapper), the request's
 * reply record (the encoded `result`: undefined, an Attr, or an open result) and the deletes of
 * the client's records below its done_below go into the same batch, so the mutation and its
 * reply are stored (and later journaled) together or not at all. An empty batch of an
 * untagged operation is not committed.
 */
export async function commitOp<T>(ctx: StoreContext, b: Batch, result: T): Promise<T> {
  const op = ctx.op;
  if (!op || op.recorded) {
    if (b.ops.length > 0) await b.commit(ctx.kv);
    return result;
  }
  const pending = op.ledger.recordInto(b, op, result);
  try {
    await b.commit(ctx.kv);
  } catch (e) {
    op.ledger.uncertain(pending);
    throw e;
  }
  op.ledger.committed(pending);
  return result;
}
