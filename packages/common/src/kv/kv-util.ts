// Helpers shared by the KV engines: byte-order key comparison, batch checks, prefix scans.

import type { KvBatchOp, KvPrefixOptions, KvRange } from './kv-store.js';

/** Compare two keys by their UTF-8 bytes (the order LevelDB uses). */
export function compareKeys(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** Throw a TypeError unless every op is a well-formed put or del; run before applying a batch. */
export function checkBatch(ops: readonly KvBatchOp[]): void {
  for (const op of ops) {
    if (typeof op.key !== 'string') throw new TypeError('batch op key must be a string');
    if (op.type === 'put' && !(op.value instanceof Uint8Array)) {
      throw new TypeError(`batch put of '${op.key}' has no Uint8Array value`);
    }
    if (op.type !== 'put' && op.type !== 'del') throw new TypeError(`unknown batch op type '${String(op.type)}'`);
  }
}

/**
 * Shared {@link KvStore.keysWithPrefix}: a range scan from `prefix` (or from just after
 * `after`) that stops at the first key outside the prefix.
 */
export async function* scanPrefix(
  range: (opts: KvRange) => AsyncIterable<[string, Uint8Array]>,
  prefix: string,
  opts: KvPrefixOptions = {},
): AsyncGenerator<[string, Uint8Array]> {
  const limit = opts.limit ?? Infinity;
  if (limit <= 0) return;
  const bound: KvRange = opts.after !== undefined && compareKeys(opts.after, prefix) >= 0 ? { gt: opts.after } : { gte: prefix };
  let n = 0;
  for await (const entry of range(bound)) {
    if (!entry[0].startsWith(prefix)) return;
    yield entry;
    if (++n >= limit) return;
  }
}
