// Records under chosen key prefixes held in memory as well as on disk, so that the scans meta
// does on every open, close, stat and unlink (sessions, xattr names, stored replies) need no
// LevelDB iterator; volatile records (read-only sessions and their replies) are held in memory
// only until a clean close.
import { overlaySnapshot, type KvBatchOp, type KvPrefixOptions, type KvRange, type KvSnapshot, type KvStore, type OverlayEntry } from '@hivefs/common';
import { REPLY_PREFIX, SESSION_PREFIX, XATTR_PREFIX } from './keys.js';

/** A prefix to index; `values: false` keeps only the keys (values are read from the store). */
export interface IndexedPrefix {
  prefix: string;
  values: boolean;
}

/**
 * What meta indexes: open sessions with their values, xattrs by name only, stored replies with
 * their values (the reply of a request that wrote nothing else to disk is volatile too).
 */
export const META_INDEXED_PREFIXES: readonly IndexedPrefix[] = [
  { prefix: SESSION_PREFIX, values: true },
  { prefix: XATTR_PREFIX, values: false },
  { prefix: REPLY_PREFIX, values: true },
];

/** The per-entry group of a key: everything up to its last part (`S:<entry>:`, `X:<entry>:`). */
function groupOf(key: string): string {
  return key.slice(0, key.lastIndexOf(':') + 1);
}

type Group = Map<string, Uint8Array | null>;

/** Where a record lives: on disk (and maybe indexed), in memory only, or nowhere. */
type Place = 'disk' | 'memory' | 'none';

/** Options of {@link indexPrefixes}. */
export interface IndexOptions {
  /**
   * Whether volatile puts may stay in memory only (default true). A journaled store (a meta buddy
   * group's space) passes false: every record must reach the journal, so volatile puts are written
   * like plain ones.
   */
  volatile?: boolean;
}

/** A store whose volatile records can be counted (see {@link indexPrefixes}). */
export interface IndexedStore extends KvStore {
  /** Records held in memory only (volatile puts not written to the store yet). */
  readonly volatileCount: number;
  /** Whether committing `ops` now would write to the store (false: they stay in memory). */
  wouldWrite(ops: readonly KvBatchOp[]): boolean;
}

/**
 * Wraps a KV store so that keys under `prefixes` are also kept in memory, loaded once here and
 * updated after each batch commits. Prefix scans and reads under those prefixes are answered
 * from memory (values of key-only prefixes are read from `inner`); everything else goes to
 * `inner`. Only correct while every write goes through this wrapper (meta owns its store).
 *
 * A volatile put under a prefix indexed with values stays in memory only: it and the deletion of
 * such a key cost no write to `inner`. A plain put of the key later makes it durable; `close`
 * writes every volatile record to `inner` first, so only a crash loses them.
 */
export async function indexPrefixes(inner: KvStore, prefixes: readonly IndexedPrefix[] = META_INDEXED_PREFIXES, opts: IndexOptions = {}): Promise<IndexedStore> {
  const store = new PrefixIndexedStore(inner, prefixes, opts.volatile ?? true);
  for (const p of prefixes) for await (const [k, v] of inner.keysWithPrefix(p.prefix)) store.note(k, v);
  return store;
}

/** Empty groups kept before one sweep drops them all. */
const EMPTY_GROUPS_KEPT = 4096;

class PrefixIndexedStore implements IndexedStore {
  private readonly groups = new Map<string, Group>();
  /**
   * Groups that became empty, dropped together by a sweep: a file opened and closed over and over
   * would otherwise delete and re-add one key of `groups` each time, and V8's Map keeps walking
   * such a key's dead slots until it rehashes.
   */
  private emptied = new Set<string>();
  /** Keys whose record exists in memory only. */
  private readonly volatile = new Set<string>();
  /** Batches under way (a snapshot waits for them). */
  private readonly writing = new Set<Promise<void>>();
  /** Set while a snapshot is being cut: new batches wait for it. */
  private cutting: Promise<void> | undefined;
  /** See {@link PrefixIndexedStore.cut}; present when `inner` can cut snapshots. */
  readonly snapshot?: () => Promise<KvSnapshot>;

  constructor(private readonly inner: KvStore, private readonly prefixes: readonly IndexedPrefix[], private readonly keepVolatile: boolean) {
    if (inner.snapshot) this.snapshot = () => this.cut();
  }

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
      if (m.size === 0) this.dropLater(g);
    }
  }

  private dropLater(g: string): void {
    this.emptied.add(g);
    if (this.emptied.size <= EMPTY_GROUPS_KEPT) return;
    for (const e of this.emptied) if (this.groups.get(e)?.size === 0) this.groups.delete(e);
    this.emptied = new Set();
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

  get volatileCount(): number {
    return this.volatile.size;
  }

  wouldWrite(ops: readonly KvBatchOp[]): boolean {
    return this.plan(ops).durable.length > 0;
  }

  async batch(ops: KvBatchOp[]): Promise<void> {
    while (this.cutting) await this.cutting;
    const p = this.apply(ops);
    this.writing.add(p);
    try {
      await p;
    } finally {
      this.writing.delete(p);
    }
  }

  /**
   * A snapshot that holds the memory-only records too. New batches wait while it is cut, the
   * batches under way are waited for, then `inner`'s snapshot and a copy of the volatile records
   * are taken together: every batch that started before the call is in it whole, none that
   * started after it resolved. The pause lasts one LevelDB write at most.
   */
  private async cut(): Promise<KvSnapshot> {
    while (this.cutting) await this.cutting;
    let open!: () => void;
    this.cutting = new Promise((r) => (open = r));
    try {
      await Promise.allSettled(this.writing);
      const overlay: OverlayEntry[] = [];
      for (const k of this.volatile) {
        const v = this.groups.get(groupOf(k))?.get(k);
        if (v) overlay.push([Buffer.from(k, 'utf8'), v.slice()]);
      }
      return overlaySnapshot(await this.inner.snapshot!(), overlay);
    } finally {
      this.cutting = undefined;
      open();
    }
  }

  private async apply(ops: KvBatchOp[]): Promise<void> {
    const { after, durable } = this.plan(ops);
    if (durable.length > 0) {
      try {
        await this.inner.batch(durable);
      } catch (e) {
        await this.reread(durable);
        throw e;
      }
    }
    for (const op of ops) this.note(op.key, op.type === 'put' ? op.value : undefined);
    for (const [k, place] of after) {
      if (place === 'memory') this.volatile.add(k);
      else this.volatile.delete(k);
    }
  }

  /**
   * After a failed batch whose outcome is unknown (a journaled write may be stored locally and
   * still fail, e.g. when the secondary's loss could not be recorded), the indexed keys it touched
   * are read again from `inner`, so the index never disagrees with the store (records held in
   * memory only stay as they were).
   */
  private async reread(ops: readonly KvBatchOp[]): Promise<void> {
    for (const op of ops) {
      if (!this.indexed(op.key) || this.volatile.has(op.key)) continue;
      try {
        this.note(op.key, await this.inner.get(op.key));
      } catch {
        // unreadable too: the store is failing; the key keeps what the index knew
      }
    }
  }

  /**
   * Where each key's record is after `ops`, following them in order, and the ops that touch disk
   * (only those go to `inner`). A volatile put over a record on disk is written like a plain put.
   */
  private plan(ops: readonly KvBatchOp[]): { after: Map<string, Place>; durable: KvBatchOp[] } {
    const after = new Map<string, Place>();
    const durable: KvBatchOp[] = [];
    for (const op of ops) {
      const was = after.get(op.key) ?? this.placeOf(op.key);
      if (op.type === 'put' && op.volatile && this.keepVolatile && was !== 'disk' && this.indexed(op.key)?.values) {
        after.set(op.key, 'memory');
      } else if (op.type === 'del' && was === 'memory') {
        after.set(op.key, 'none');
      } else {
        durable.push(op.volatile ? { type: op.type, key: op.key, value: op.value } : op);
        after.set(op.key, op.type === 'put' ? 'disk' : 'none');
      }
    }
    return { after, durable };
  }

  /** Where the record of an indexed key is now ('disk' for keys the index does not hold). */
  private placeOf(key: string): Place {
    if (this.volatile.has(key)) return 'memory';
    const p = this.indexed(key);
    return !p || this.groups.get(groupOf(key))?.has(key) ? 'disk' : 'none';
  }

  range(opts: KvRange): AsyncIterable<[string, Uint8Array]> {
    return this.inner.range(opts);
  }

  keysWithPrefix(prefix: string, opts?: KvPrefixOptions): AsyncIterable<[string, Uint8Array]> {
    return this.indexed(prefix) ? this.scan(prefix, opts) : this.inner.keysWithPrefix(prefix, opts);
  }

  /** Writes the volatile records to the store, then closes it. */
  async close(): Promise<void> {
    const ops: KvBatchOp[] = [];
    for (const k of this.volatile) {
      const v = this.groups.get(groupOf(k))?.get(k);
      if (v) ops.push({ type: 'put', key: k, value: v });
    }
    if (ops.length > 0) await this.inner.batch(ops);
    this.volatile.clear();
    return this.inner.close();
  }

  private indexed(key: string): IndexedPrefix | undefined {
    return this.prefixes.find((p) => key.startsWith(p.prefix));
  }

  /** Entries under `prefix` in key order, from memory. */
  private async *scan(prefix: string, opts?: KvPrefixOptions): AsyncIterable<[string, Uint8Array]> {
    // A prefix that is one entry's group (`S:<entry>:`; key parts never hold a raw ':') is answered
    // by that group alone, also when it is missing: no walk over every group (once per unlink).
    const exact = this.groups.get(prefix);
    const oneGroup = prefix.endsWith(':') && prefix.indexOf(':') < prefix.length - 1;
    const groups = exact ? [exact] : oneGroup ? [] : [...this.groups].filter(([g]) => g.startsWith(prefix) || prefix.startsWith(g)).map(([, m]) => m);
    const all = groups.flatMap((m) => [...m]).filter(([k]) => k.startsWith(prefix) && (!opts?.after || k > opts.after));
    all.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [k, v] of opts?.limit !== undefined ? all.slice(0, opts.limit) : all) {
      const value = v ? v.slice() : await this.inner.get(k);
      if (value) yield [k, value];
    }
  }
}
