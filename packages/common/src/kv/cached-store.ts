// A write-through read cache in front of a KvStore, for a store that has a single writer (meta).
import { Recency, type Stamped } from '../recency.js';
import type { KvBatchOp, KvPrefixOptions, KvRange, KvSnapshot, KvStore } from './kv-store.js';

/** Options of {@link cachedStore}. */
export interface CachedStoreOptions {
  /** Most keys kept (values and known-missing keys); least recently used go first. */
  maxEntries?: number;
  /** Only keys starting with one of these are cached (default: every key). */
  prefixes?: readonly string[];
}

const MISSING = Symbol('missing');
type Cached = Uint8Array | typeof MISSING;

/** A cached value and its place in the (approximate, see Recency) LRU order. */
interface Slot extends Stamped {
  v: Cached;
}

/**
 * Wraps `inner` so that `get`/`getMany` of recently read or written keys are answered from
 * memory. Writes go to `inner` first and update the cache once they succeeded, so the cache
 * never holds data that is not stored. A read that raced with a write of the same key is not
 * cached. Only correct while every write goes through this wrapper (one process owns the store).
 * Values are returned as copies, like the engines do. Range scans always read `inner`.
 */
export function cachedStore(inner: KvStore, opts: CachedStoreOptions = {}): KvStore {
  return new CachedKvStore(inner, opts.maxEntries ?? 200_000, opts.prefixes);
}

class CachedKvStore implements KvStore {
  private readonly cache = new Map<string, Slot>();
  /** Keys with a read of `inner` in flight, and the token of that read. */
  private readonly reading = new Map<string, object>();
  private readonly recency: Recency;
  /**
   * The inner store's snapshot: the cache is write-through (a write is acknowledged only once
   * `inner` has it), so it holds nothing a snapshot of `inner` would miss.
   */
  readonly snapshot?: () => Promise<KvSnapshot>;

  constructor(private readonly inner: KvStore, private readonly max: number, private readonly prefixes?: readonly string[]) {
    this.recency = new Recency(() => max);
    if (inner.snapshot) this.snapshot = () => inner.snapshot!();
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    const hit = this.lookup(key);
    if (hit !== undefined) return hit === MISSING ? undefined : hit.slice();
    return this.fetch(key);
  }

  async getMany(keys: string[]): Promise<(Uint8Array | undefined)[]> {
    return Promise.all(keys.map((k) => this.get(k)));
  }

  async put(key: string, value: Uint8Array): Promise<void> {
    await this.batch([{ type: 'put', key, value }]);
  }

  async del(key: string): Promise<void> {
    await this.batch([{ type: 'del', key }]);
  }

  async batch(ops: KvBatchOp[]): Promise<void> {
    if (this.reading.size > 0) for (const op of ops) this.reading.delete(op.key);
    try {
      await this.inner.batch(ops);
    } catch (e) {
      // The outcome is unknown to us: forget what we knew of these keys.
      for (const op of ops) this.cache.delete(op.key);
      throw e;
    }
    for (const op of ops) {
      if (this.reading.size > 0) this.reading.delete(op.key);
      if (op.type === 'put' && op.value) this.remember(op.key, op.value.slice());
      else if (op.type === 'del') this.remember(op.key, MISSING);
    }
  }

  range(opts: KvRange): AsyncIterable<[string, Uint8Array]> {
    return this.inner.range(opts);
  }

  keysWithPrefix(prefix: string, opts?: KvPrefixOptions): AsyncIterable<[string, Uint8Array]> {
    return this.inner.keysWithPrefix(prefix, opts);
  }

  async close(): Promise<void> {
    this.cache.clear();
    await this.inner.close();
  }

  private cacheable(key: string): boolean {
    return !this.prefixes || this.prefixes.some((p) => key.startsWith(p));
  }

  private lookup(key: string): Cached | undefined {
    const slot = this.cache.get(key);
    if (slot === undefined) return undefined;
    this.recency.touch(this.cache, key, slot);
    return slot.v;
  }

  private async fetch(key: string): Promise<Uint8Array | undefined> {
    const token = {};
    if (this.cacheable(key)) this.reading.set(key, token);
    const v = await this.inner.get(key);
    if (this.reading.get(key) === token) {
      this.reading.delete(key);
      this.remember(key, v ? v.slice() : MISSING);
    }
    return v;
  }

  private remember(key: string, v: Cached): void {
    if (!this.cacheable(key)) return;
    const slot = this.cache.get(key);
    if (slot) {
      slot.v = v;
      this.recency.touch(this.cache, key, slot);
      return;
    }
    this.cache.set(key, { v, seq: this.recency.stamp() });
    if (this.cache.size > this.max) this.cache.delete(this.cache.keys().next().value!);
  }
}
