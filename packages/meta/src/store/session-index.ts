// Open-file sessions held in memory as well as on disk, so stat and close need no disk scan.
import type { KvBatchOp, KvPrefixOptions, KvRange, KvStore } from '@hivefs/common';
import { SESSION_PREFIX } from './keys.js';

/** The session prefix of a session key: everything up to its last part (the handle id). */
function entryPrefixOf(sessionKey: string): string {
  return sessionKey.slice(0, sessionKey.lastIndexOf(':') + 1);
}

/**
 * Wraps the meta KV store so that session records (`S:` keys) are also kept in memory, loaded
 * once at start and updated after each batch commits. Prefix scans and reads of session keys
 * are answered from memory; everything else goes to `inner`. Only correct while every write
 * goes through this wrapper (meta owns its store).
 */
export async function indexSessions(inner: KvStore): Promise<KvStore> {
  const byEntry = new Map<string, Map<string, Uint8Array>>();
  for await (const [k, v] of inner.keysWithPrefix(SESSION_PREFIX)) setIn(byEntry, k, v);
  return new SessionIndexedStore(inner, byEntry);
}

function setIn(byEntry: Map<string, Map<string, Uint8Array>>, key: string, value: Uint8Array | undefined): void {
  const p = entryPrefixOf(key);
  let m = byEntry.get(p);
  if (value) {
    if (!m) byEntry.set(p, (m = new Map()));
    m.set(key, value);
  } else if (m) {
    m.delete(key);
    if (m.size === 0) byEntry.delete(p);
  }
}

class SessionIndexedStore implements KvStore {
  constructor(private readonly inner: KvStore, private readonly byEntry: Map<string, Map<string, Uint8Array>>) {}

  async get(key: string): Promise<Uint8Array | undefined> {
    if (!key.startsWith(SESSION_PREFIX)) return this.inner.get(key);
    return this.byEntry.get(entryPrefixOf(key))?.get(key)?.slice();
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
    for (const op of ops) if (op.key.startsWith(SESSION_PREFIX)) setIn(this.byEntry, op.key, op.type === 'put' ? op.value?.slice() : undefined);
  }

  range(opts: KvRange): AsyncIterable<[string, Uint8Array]> {
    return this.inner.range(opts);
  }

  keysWithPrefix(prefix: string, opts?: KvPrefixOptions): AsyncIterable<[string, Uint8Array]> {
    if (!prefix.startsWith(SESSION_PREFIX)) return this.inner.keysWithPrefix(prefix, opts);
    return this.scan(prefix, opts);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  /** Session entries under `prefix` in key order, from memory. */
  private async *scan(prefix: string, opts?: KvPrefixOptions): AsyncIterable<[string, Uint8Array]> {
    const maps = prefix === SESSION_PREFIX ? [...this.byEntry.values()] : [this.byEntry.get(prefix) ?? this.collect(prefix)];
    const all = maps.flatMap((m) => [...m]).filter(([k]) => k.startsWith(prefix) && (!opts?.after || k > opts.after));
    all.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    yield* opts?.limit !== undefined ? all.slice(0, opts.limit) : all;
  }

  /** Entries of every entry prefix that starts with `prefix` (a partial prefix). */
  private collect(prefix: string): Map<string, Uint8Array> {
    const out = new Map<string, Uint8Array>();
    for (const [p, m] of this.byEntry) if (p.startsWith(prefix)) for (const [k, v] of m) out.set(k, v);
    return out;
  }
}
