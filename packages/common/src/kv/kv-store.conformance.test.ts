// One conformance suite, run against every KvStore engine.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeDir, tmpDir } from '../testing/index.js';
import { key, prefix } from './key-codec.js';
import { cachedStore, openLevelStore, openMemoryStore, prefixedKv, type KvStore } from './kv-store.js';

interface Engine {
  name: string;
  persistent: boolean;
  open(dir: string): Promise<KvStore>;
}

const engines: Engine[] = [
  { name: 'memory', persistent: false, open: async () => openMemoryStore() },
  { name: 'level', persistent: true, open: (dir) => openLevelStore(dir) },
  { name: 'level (sync)', persistent: true, open: (dir) => openLevelStore(dir, { sync: true }) },
  { name: 'level (sync reads)', persistent: true, open: (dir) => openLevelStore(dir, { syncReads: true }) },
  { name: 'cached memory', persistent: false, open: async () => cachedStore(openMemoryStore(), { maxEntries: 3 }) },
  { name: 'cached level', persistent: true, open: async (dir) => cachedStore(await openLevelStore(dir)) },
  { name: 'cached level (sync reads)', persistent: true, open: async (dir) => cachedStore(await openLevelStore(dir, { syncReads: true }), { maxEntries: 3 }) },
  { name: 'prefixed memory', persistent: false, open: async () => viewWithNeighbours(openMemoryStore()) },
  { name: 'prefixed level', persistent: true, open: async (dir) => viewWithNeighbours(await openLevelStore(dir)) },
];

/** Keys of the underlying store around the view's prefix 'G:0000002A:' that the view must never show or touch. */
const NEIGHBOURS = ['G:0000002A', 'G:0000002A;', 'G:0000002A9', 'G:00000029:z', 'G:0000002B:a', 'H', ''];

/**
 * A prefixed view over `inner` with keys planted just outside its prefix on both sides; closing it
 * also closes `inner` (so the persistence tests can reopen the directory).
 */
async function viewWithNeighbours(inner: KvStore): Promise<KvStore> {
  const planted = await inner.get(NEIGHBOURS[0]!);
  if (!planted) await inner.batch(NEIGHBOURS.map((k) => ({ type: 'put' as const, key: k, value: enc(`outside-${k}`) })));
  const view = prefixedKv(inner, 'G:0000002A:');
  return new Proxy(view, {
    get(target, prop, receiver) {
      if (prop === 'close') return async () => { await target.close(); await inner.close(); };
      const v = Reflect.get(target, prop, receiver) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const dec = (v: Uint8Array | undefined): string | undefined => (v === undefined ? undefined : new TextDecoder().decode(v));

async function collect(it: AsyncIterable<[string, Uint8Array]>): Promise<[string, string][]> {
  const out: [string, string][] = [];
  for await (const [k, v] of it) out.push([k, dec(v)!]);
  return out;
}

describe.each(engines)('KvStore conformance: $name', (engine) => {
  let dir: string;
  let db: KvStore;
  beforeEach(async () => {
    dir = await tmpDir('hivefs-kv-');
    db = await engine.open(dir);
  });
  afterEach(async () => {
    await db.close().catch(() => undefined);
    await removeDir(dir);
  });

  async function fill(keys: string[]): Promise<void> {
    await db.batch(keys.map((k) => ({ type: 'put' as const, key: k, value: enc(`v-${k}`) })));
  }

  it('gets, puts, overwrites and deletes', async () => {
    expect(await db.get('a')).toBeUndefined();
    await db.put('a', enc('1'));
    expect(dec(await db.get('a'))).toBe('1');
    expect(await db.get('a')).toBeInstanceOf(Uint8Array);
    await db.put('a', enc('2'));
    expect(dec(await db.get('a'))).toBe('2');
    await db.put('empty', new Uint8Array(0));
    expect((await db.get('empty'))?.length).toBe(0);
    await db.del('a');
    await db.del('never-existed');
    expect(await db.get('a')).toBeUndefined();
  });

  it('does not alias stored values', async () => {
    const v = enc('abc');
    await db.put('k', v);
    v[0] = 0x7a;
    const got = (await db.get('k'))!;
    expect(dec(got)).toBe('abc');
    got[0] = 0x79;
    expect(dec(await db.get('k'))).toBe('abc');
  });

  it('gets many in order, with undefined for missing keys', async () => {
    await fill(['x', 'y']);
    expect((await db.getMany(['y', 'missing', 'x'])).map(dec)).toEqual(['v-y', undefined, 'v-x']);
    expect(await db.getMany([])).toEqual([]);
  });

  it('applies a batch in order and all at once', async () => {
    await db.put('old', enc('o'));
    await db.batch([
      { type: 'put', key: 'a', value: enc('1') },
      { type: 'put', key: 'a', value: enc('2') },
      { type: 'del', key: 'old' },
      { type: 'put', key: 'b', value: enc('3') },
    ]);
    expect(await collect(db.range({}))).toEqual([['a', '2'], ['b', '3']]);
  });

  it('applies concurrent writes in call order, each caller atomically, and an invalid one fails alone', async () => {
    const writes: Promise<void>[] = [];
    for (let i = 0; i < 200; i++) {
      writes.push(db.put('same', enc(String(i))));
      writes.push(db.batch([{ type: 'put', key: `k${String(i).padStart(3, '0')}`, value: enc(String(i)) }, { type: 'del', key: `k${String(i - 1).padStart(3, '0')}` }]));
      if (i === 100) writes.push(db.batch([{ type: 'put', key: 'bad' } as never]));
    }
    const settled = await Promise.allSettled(writes);
    expect(settled.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect(dec(await db.get('same'))).toBe('199');
    expect(await collect(db.range({ gte: 'k', lt: 'l' }))).toEqual([['k199', '199']]);
    expect(await db.get('bad')).toBeUndefined();
  });

  it('applies nothing from an invalid batch', async () => {
    await db.put('keep', enc('k'));
    const bad = [
      { type: 'put' as const, key: 'new1', value: enc('1') },
      { type: 'del' as const, key: 'keep' },
      { type: 'put' as const, key: 'new2' },
    ];
    await expect(db.batch(bad)).rejects.toThrow();
    expect(await collect(db.range({}))).toEqual([['keep', 'k']]);
  });

  it('iterates ranges with bounds, limit and reverse', async () => {
    await fill(['b', 'a', 'd', 'c', 'e']);
    const keys = async (o: Parameters<KvStore['range']>[0]): Promise<string[]> => (await collect(db.range(o))).map(([k]) => k);
    expect(await keys({})).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(await keys({ gt: 'b', lt: 'e' })).toEqual(['c', 'd']);
    expect(await keys({ gte: 'b', lte: 'd' })).toEqual(['b', 'c', 'd']);
    expect(await keys({ gte: 'bb' })).toEqual(['c', 'd', 'e']);
    expect(await keys({ limit: 2 })).toEqual(['a', 'b']);
    expect(await keys({ limit: 0 })).toEqual([]);
    expect(await keys({ reverse: true })).toEqual(['e', 'd', 'c', 'b', 'a']);
    expect(await keys({ reverse: true, limit: 2, lt: 'e' })).toEqual(['d', 'c']);
    expect(await keys({ gt: 'e' })).toEqual([]);
    expect((await collect(db.range({ gte: 'c', limit: 1 })))[0]).toEqual(['c', 'v-c']);
  });

  it('orders keys by UTF-8 bytes and numeric key parts numerically', async () => {
    await fill(['\uffff', '\u{1F600}', 'z', key('I', 256), key('I', 15), key('I', 16)]);
    const keys = (await collect(db.range({}))).map(([k]) => k);
    expect(keys).toEqual([key('I', 15), key('I', 16), key('I', 256), 'z', '\uffff', '\u{1F600}']);
  });

  it('scans a prefix with after and limit', async () => {
    const inDir = ['x', 'y', 'z', 'a:b'].map((n) => key('D', 'a', n));
    await fill([...inDir, key('D', 'ab', 'x'), key('D', 'a'), key('C', 'a', 'x'), key('E')]);
    const scan = async (after?: string, limit?: number): Promise<string[]> =>
      (await collect(db.keysWithPrefix(prefix('D', 'a'), { after, limit }))).map(([k]) => k);
    const all = [...inDir].sort();
    expect(await scan()).toEqual(all);
    expect(await scan(undefined, 2)).toEqual(all.slice(0, 2));
    expect(await scan(all[1])).toEqual(all.slice(2));
    expect(await scan(all[1], 1)).toEqual([all[2]]);
    expect(await scan(all[3])).toEqual([]);
    expect(await scan('A')).toEqual(all);
    expect(await scan(undefined, 0)).toEqual([]);
    expect((await collect(db.keysWithPrefix(prefix('D', 'a'), { limit: 1 })))[0]).toEqual([all[0], `v-${all[0]}`]);
    expect(await collect(db.keysWithPrefix(prefix('Q')))).toEqual([]);
  });

  it('iterates a snapshot while writes go on', async () => {
    await fill(['a', 'b', 'c']);
    const seen: string[] = [];
    for await (const [k] of db.range({})) {
      seen.push(k);
      if (k === 'a') {
        await db.put('bb', enc('new'));
        await db.del('c');
      }
    }
    expect(seen).toEqual(['a', 'b', 'c']);
    expect((await collect(db.range({}))).map(([k]) => k)).toEqual(['a', 'b', 'bb']);
  });

  it('cuts a whole-store snapshot at the call: acknowledged writes in, later writes out, raw bytes in key byte order', async () => {
    await fill(['b', 'a', 'é', 'z']);
    const snap = await db.snapshot!();
    await db.put('c', enc('late'));
    await db.del('a');
    await db.put('b', enc('changed'));
    const seen: [string, string][] = [];
    for await (const [k, v] of snap.entries()) {
      expect(k).toBeInstanceOf(Uint8Array);
      seen.push([Buffer.from(k).toString('utf8'), dec(v)!]);
      await db.put(`after-${seen.length}`, enc('x'));
    }
    expect(seen).toEqual([['a', 'v-a'], ['b', 'v-b'], ['z', 'v-z'], ['é', 'v-é']]);
    await snap.close();
  });

  it('releases a snapshot that is never read', async () => {
    await fill(['a']);
    const snap = await db.snapshot!();
    await snap.close();
  });

  it('rejects use after close', async () => {
    await db.close();
    await expect(db.get('a')).rejects.toThrow();
    await expect(db.put('a', enc('1'))).rejects.toThrow();
  });
});

// Engines that keep data on disk: persistence and the single-opener lock.
describe.each(engines.filter((e) => e.persistent))('KvStore persistence: $name', (engine) => {
  let dir: string;
  let db: KvStore;
  beforeEach(async () => {
    dir = await tmpDir('hivefs-kv-');
    db = await engine.open(dir);
  });
  afterEach(async () => {
    await db.close().catch(() => undefined);
    await removeDir(dir);
  });
  const fill = async (keys: string[]): Promise<void> => {
    for (const k of keys) await db.put(k, enc(`v-${k}`));
  };

  it('persists across close and reopen', async () => {
    await fill(['p1', 'p2']);
    await db.del('p1');
    await db.close();
    db = await engine.open(dir);
    expect(await collect(db.range({}))).toEqual([['p2', 'v-p2']]);
  });

  it('refuses a second open of the same directory with a clear message', async () => {
    await expect(engine.open(dir)).rejects.toThrow(`LevelDB in ${dir} is in use by another process`);
    await db.put('still', enc('ok'));
    expect(dec(await db.get('still'))).toBe('ok');
  });
});

describe('PrefixedKv', () => {
  it('never shows or touches keys outside its prefix, and stores its keys under it', async () => {
    const inner = openMemoryStore();
    const view = await viewWithNeighbours(inner);
    await view.batch([{ type: 'put', key: 'a', value: enc('1') }, { type: 'put', key: '', value: enc('empty') }, { type: 'del', key: 'H' }]);
    await view.put('z:\u{1F600}', enc('2'));
    expect(await collect(view.range({}))).toEqual([['', 'empty'], ['a', '1'], ['z:\u{1F600}', '2']]);
    expect(await collect(view.range({ reverse: true, limit: 1 }))).toEqual([['z:\u{1F600}', '2']]);
    expect(await collect(view.keysWithPrefix(''))).toHaveLength(3);
    const outer = await collect(inner.range({}));
    for (const k of NEIGHBOURS) expect(outer).toContainEqual([k, `outside-${k}`]);
    expect(outer).toContainEqual(['G:0000002A:a', '1']);
    expect(outer).toHaveLength(NEIGHBOURS.length + 3);
    await view.close();
  });

  it('keeps the volatile flag of batch ops and refuses a prefix it cannot bound', async () => {
    const seen: unknown[] = [];
    const inner = openMemoryStore();
    const spy = new Proxy(inner, { get: (t, p) => (p === 'batch' ? async (ops: unknown[]) => { seen.push(...ops); await t.batch(ops as never); } : (Reflect.get(t, p) as () => unknown).bind(t)) });
    await prefixedKv(spy, 'S:').batch([{ type: 'put', key: 'k', value: enc('v'), volatile: true }]);
    expect(seen).toEqual([{ type: 'put', key: 'S:k', value: enc('v'), volatile: true }]);
    expect(() => prefixedKv(inner, '')).toThrow(RangeError);
    expect(() => prefixedKv(inner, 'S\u00e9')).toThrow(RangeError);
  });
});

describe('openLevelStore', () => {
  it('creates missing parent directories', async () => {
    const dir = await tmpDir('hivefs-kv-');
    try {
      const db = await openLevelStore(join(dir, 'deep', 'er', 'db'));
      await db.put('k', enc('v'));
      expect(dec(await db.get('k'))).toBe('v');
      await db.close();
    } finally {
      await removeDir(dir);
    }
  });
});

describe('LevelDB reads on the calling thread (syncReads)', () => {
  /** What `get` answered after only the microtasks of this turn ran ('pending' if it needs another turn). */
  async function answeredInTurn(db: KvStore, k: string): Promise<string | undefined> {
    let out: string | undefined = 'pending';
    void db.get(k).then((v) => (out = dec(v)));
    for (let i = 0; i < 5; i++) await Promise.resolve();
    return out;
  }

  it('answers present and missing keys without a trip through the thread pool; without it, a get needs one', async () => {
    const dir = await tmpDir('hivefs-kv-sync-');
    try {
      let db = await openLevelStore(dir, { syncReads: true });
      await db.batch([{ type: 'put', key: 'a', value: enc('1') }]);
      expect(await answeredInTurn(db, 'a')).toBe('1');
      expect(await answeredInTurn(db, 'zz')).toBeUndefined();
      await db.close();
      db = await openLevelStore(dir);
      expect(await answeredInTurn(db, 'a')).toBe('pending');
      expect(await db.get('a').then(dec)).toBe('1');
      await db.close();
      // a closed store rejects, as the thread-pool path does
      db = await openLevelStore(dir, { syncReads: true });
      await db.close();
      await expect(db.get('a')).rejects.toThrow();
    } finally {
      await removeDir(dir);
    }
  });
});
