// Records under chosen key prefixes held in memory as well as on disk, so that the scans meta
// does on every open, close, stat and unlink (sessions, xattr names) need no LevelDB iterator.
import type { KvBatchOp, KvPrefixOptions, KvRange, KvStore } from '@hivefs/common';
import { SESSION_PREFIX, XATTR_PREFIX } from './keys.js';

/** A prefix to index; `values: false` keeps only the keys (values are read from the store). */
export interface IndexedPrefix {
  prefix: string;
  values: boolean;
}

/** What meta indexes: open sessions with their values, xattrs by name only. */
export const META_INDEXED_PREFIXES: readonly IndexedPrefix[] = [
  { prefix: SESSION_PREFIX, values: true },
  { prefix: XATTR_PREFIX, values: false },
];

/** The per-entry group of a key: everything up to its last part (`S:<entry>:`, `X:<entry>:`). */
function groupOf(key: string): string {
  return key.slice(0, key.lastIndexOf(':') + 1);
}

type Group = Map<string, Uint8Array | null>;

/**
 * Wraps a KV store so that keys under `prefixes` are also kept in memory, loaded once here and
 * updated after each batch commits. Prefix scans and reads under those prefixes are answered
 * from memory (values of key-only prefixes are read from `inner`); everything else goes to
 * `inner`. Only correct while every write goes through this wrapper (meta owns its store).
 */
export async function indexPrefixes(inner: KvStore, prefixes: readonly IndexedPrefix[] = META_INDEXED_PREFIXES): Promise<KvStore> {
  const store = new PrefixIndexedStore(inner, prefixes);
  for (const p of prefixes) for await (const [k, v] of inner.keysWithPrefix(p.prefix)) store.note(k, v);
  return store;
}

class PrefixIndexedStore implements KvStore {
  private readonly groups = new Map<string, Group>();

  constructor(private readonly inner: KvStore, private readonly prefixes: readonly IndexedPrefix[]) {}

  /** Records a stored key (value undefined: deleted). */
  note(key: string, value: Uint8Array | undefined): void {
    const p = this.indexed(key);
    if (!p) return;
    const g = groupOf(key);
    let m = this.groups.get(g);
    if (value) {
      if (!m) this.groups.set(g, (m = new Map()));
      m.set(key, p.values ? value.slice() : null);
    } else if (m) {
      m.delete(key);
      if (m.size === 0) this.groups.delete(g);
    }
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    const p = this.indexed(key);
    if (!p) return this.inner.get(key);
    const v = this.groups.get(groupOf(key))?.get(key);
    if (v === undefined) return undefined; // not stored: the index knows every key
    return v ? v.slice() : this.inner.get(key);
  }

  getMany(keys: string[]): Promise<(Uint8Array | undefined)[]> {
    return Promise.all(keys.map((k) => this.get(k)));
  }

  put(key: string, value: Uint8Array): Promise<void> {
    return this.batch([{ type: 'put', key, value }]);
  }

  del(key: string): Promise<void> {
    return this.batch([{ type: 'del', key }]);
  }

  async batch(ops: KvBatchOp[]): Promise<void> {
    await this.inner.batch(ops);
    for (const op of ops) this.note(op.key, op.type === 'put' ? op.value : undefined);
  }

  range(opts: KvRange): AsyncIterable<[string, Uint8Array]> {
    return this.inner.range(opts);
  }

  keysWithPrefix(prefix: string, opts?: KvPrefixOptions): AsyncIterable<[string, Uint8Array]> {
    return this.indexed(prefix) ? this.scan(prefix, opts) : this.inner.keysWithPrefix(prefix, opts);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private indexed(key: string): IndexedPrefix | undefined {
    return this.prefixes.find((p) => key.startsWith(p.prefix));
  }

  /** Entries under `prefix` in key order, from memory. */
  private async *scan(prefix: string, opts?: KvPrefixOptions): AsyncIterable<[string, Uint8Array]> {
    const exact = this.groups.get(prefix);
    const groups = exact ? [exact] : [...this.groups].filter(([g]) => g.startsWith(prefix) || prefix.startsWith(g)).map(([, m]) => m);
    const all = groups.flatMap((m) => [...m]).filter(([k]) => k.startsWith(prefix) && (!opts?.after || k > opts.after));
    all.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [k, v] of opts?.limit !== undefined ? all.slice(0, opts.limit) : all) {
      const value = v ? v.slice() : await this.inner.get(k);
      if (value) yield [k, value];
    }
  }
}
