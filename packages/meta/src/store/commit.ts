// The final commit of every client-visible mutation (pass-through until exactly-once lands).
import type { Batch } from './batch.js';
import type { StoreContext } from './context.js';

/** Commits the batch that makes a client-visible mutation happen and returns its result. */
export async function commitOp<T>(ctx: StoreContext, b: Batch, result: T): Promise<T> {
  await b.commit(ctx.kv);
  return result;
}
