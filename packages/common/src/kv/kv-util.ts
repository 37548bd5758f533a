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
 * The least key above every key that starts with `prefix` (UTF-8 byte order): the prefix with its
 * last character raised by one. Undefined when that character is not ASCII below 0x7f (or the
 * prefix is empty); a scan then has no upper bound and stops at the first key outside the prefix.
 * Prefixes built by prefix() end in ':', so theirs is the same string ending in ';'.
 */
export function prefixEnd(prefix: string): string | undefined {
  const last = prefix.charCodeAt(prefix.length - 1);
  if (!(last < 0x7f)) return undefined;
  return prefix.slice(0, -1) + String.fromCharCode(last + 1);
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
  // Bounded above and by the limit, so that an engine reading ahead (LevelDB's iterator fetches
  // entries in batches) stops at the prefix's end instead of decoding the keys that follow it.
  const end = prefixEnd(prefix);
  if (end !== undefined) bound.lt = end;
  if (limit !== Infinity) bound.limit = limit;
  let n = 0;
  for await (const entry of range(bound)) {
    if (!entry[0].startsWith(prefix)) return;
    yield entry;
    if (++n >= limit) return;
  }
}
