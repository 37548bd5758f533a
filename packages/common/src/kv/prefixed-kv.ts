// A KvStore view whose keys all live under one prefix of an underlying KvStore.
import type { KvBatchOp, KvPrefixOptions, KvRange, KvSnapshot, KvStore } from './kv-store.js';
import { checkBatch } from './kv-util.js';

/**
 * The first key after every key that starts with `prefix`: its last character plus one. The last
 * character must be ASCII below 0x7F, so that "plus one" is also the next UTF-8 byte.
 */
function prefixEnd(prefix: string): string {
  const last = prefix.charCodeAt(prefix.length - 1);
  return prefix.slice(0, -1) + String.fromCharCode(last + 1);
}

/**
 * A {@link KvStore} whose key `k` is the key `prefix + k` of `inner`: a store inside a store (a
 * meta buddy group's namespace "space" inside a node's LevelDB). Bounds, limits, reverse order and
 * prefix paging translate to `inner`, so scans see only the view's keys and return them without
 * the prefix. Batches stay atomic (one `inner` batch) and keep their `volatile` flags.
 * `close` ends the view only; `inner` belongs to whoever opened it.
 */
export class PrefixedKv implements KvStore {
  private readonly end: string;
  private closed = false;

  /** `prefix` must be non-empty and end with an ASCII character below 0x7F (key codec prefixes end with ':'). */
  constructor(readonly inner: KvStore, readonly prefix: string) {
    const last = prefix.charCodeAt(prefix.length - 1);
    if (prefix.length === 0 || !(last < 0x7f)) throw new RangeError(`a KV view prefix must end with an ASCII character below 0x7F, got '${prefix}'`);
    this.end = prefixEnd(prefix);
  }

  /** The key of `inner` that holds the view's key `key`. */
  outerKey(key: string): string {
    return this.prefix + key;
  }

  /** Ops of a view batch as ops of `inner` (flags kept, values not copied). */
  outerOps(ops: readonly KvBatchOp[]): KvBatchOp[] {
    return ops.map((op) => ({ ...op, key: this.prefix + op.key }));
  }

  private check(): void {
    if (this.closed) throw new Error('KV view is closed');
  }

  /**
   * A snapshot of the view, cut at the call: `inner`'s snapshot with only the view's entries,
   * their keys without the prefix (entries before the prefix are skipped, the scan ends after it).
   */
  async snapshot(): Promise<KvSnapshot> {
    this.check();
    if (!this.inner.snapshot) throw new Error('the store under this KV view takes no snapshots');
    const snap = await this.inner.snapshot();
    const p = Buffer.from(this.prefix, 'utf8');
    return {
      async *entries(): AsyncGenerator<[Uint8Array, Uint8Array]> {
        for await (const [k, v] of snap.entries()) {
          const kb = Buffer.from(k.buffer, k.byteOffset, k.byteLength);
          const head = kb.subarray(0, p.length);
          const c = Buffer.compare(head, p);
          if (c < 0 || kb.length < p.length) continue;
          if (c > 0) break;
          yield [kb.subarray(p.length), v];
        }
      },
      close: () => snap.close(),
    };
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    this.check();
    return this.inner.get(this.prefix + key);
  }

  async getMany(keys: string[]): Promise<(Uint8Array | undefined)[]> {
    this.check();
    return this.inner.getMany(keys.map((k) => this.prefix + k));
  }

  async put(key: string, value: Uint8Array): Promise<void> {
    await this.batch([{ type: 'put', key, value }]);
  }

  async del(key: string): Promise<void> {
    await this.batch([{ type: 'del', key }]);
  }

  async batch(ops: KvBatchOp[]): Promise<void> {
    this.check();
    checkBatch(ops);
    await this.inner.batch(this.outerOps(ops));
  }

  async *range(opts: KvRange): AsyncGenerator<[string, Uint8Array]> {
    this.check();
    const p = this.prefix;
    const outer: KvRange = { limit: opts.limit, reverse: opts.reverse };
    if (opts.gt !== undefined) outer.gt = p + opts.gt;
    if (opts.gte !== undefined) outer.gte = p + opts.gte;
    if (opts.gt === undefined && opts.gte === undefined) outer.gte = p;
    if (opts.lt !== undefined) outer.lt = p + opts.lt;
    if (opts.lte !== undefined) outer.lte = p + opts.lte;
    if (opts.lt === undefined && opts.lte === undefined) outer.lt = this.end;
    for await (const [k, v] of this.inner.range(outer)) yield [k.slice(p.length), v];
  }

  async *keysWithPrefix(prefix: string, opts: KvPrefixOptions = {}): AsyncGenerator<[string, Uint8Array]> {
    this.check();
    const p = this.prefix;
    const outer: KvPrefixOptions = { limit: opts.limit };
    if (opts.after !== undefined) outer.after = p + opts.after;
    for await (const [k, v] of this.inner.keysWithPrefix(p + prefix, outer)) yield [k.slice(p.length), v];
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

/** A view of the keys of `inner` under `prefix` (see {@link PrefixedKv}). */
export function prefixedKv(inner: KvStore, prefix: string): PrefixedKv {
  return new PrefixedKv(inner, prefix);
}
