// The read cache: hits, misses, eviction, and reads that race with writes.
import { describe, expect, it } from 'vitest';
import { cachedStore } from './cached-store.js';
import { openMemoryStore, type KvBatchOp, type KvStore } from './kv-store.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const dec = (v: Uint8Array | undefined): string | undefined => (v ? new TextDecoder().decode(v) : undefined);

/** A store that counts reads and can hold a read until released. */
function instrumented(inner: KvStore) {
  let gets = 0;
  let hold: Promise<void> | undefined;
  const store: KvStore = {
    ...inner,
    get: async (k) => {
      gets++;
      const v = await inner.get(k);
      if (hold) await hold;
      return v;
    },
    getMany: (ks) => inner.getMany(ks),
    put: (k, v) => inner.put(k, v),
    del: (k) => inner.del(k),
    batch: (ops: KvBatchOp[]) => inner.batch(ops),
    range: (o) => inner.range(o),
    keysWithPrefix: (p, o) => inner.keysWithPrefix(p, o),
    close: () => inner.close(),
  };
  return {
    store,
    gets: () => gets,
    holdReads: () => {
      let release!: () => void;
      hold = new Promise((r) => (release = r));
      return () => {
        hold = undefined;
        release();
      };
    },
  };
}

describe('cachedStore', () => {
  it('answers repeated reads, and reads of written or deleted keys, from memory', async () => {
    const t = instrumented(openMemoryStore());
    await t.store.put('I:a', enc('1'));
    const c = cachedStore(t.store);
    expect(dec(await c.get('I:a'))).toBe('1');
    expect(dec(await c.get('I:a'))).toBe('1');
    expect(await c.get('I:missing')).toBeUndefined();
    expect(await c.get('I:missing')).toBeUndefined();
    expect(t.gets()).toBe(2);
    await c.batch([{ type: 'put', key: 'I:b', value: enc('2') }, { type: 'del', key: 'I:a' }]);
    expect(dec(await c.get('I:b'))).toBe('2');
    expect(await c.get('I:a')).toBeUndefined();
    expect(t.gets()).toBe(2);
  });

  it('caches only the given prefixes and evicts the least recently used', async () => {
    const t = instrumented(openMemoryStore());
    const c = cachedStore(t.store, { maxEntries: 2, prefixes: ['I:'] });
    await c.put('X:1', enc('x'));
    await c.get('X:1');
    expect(t.gets()).toBe(1);
    await c.put('I:1', enc('a'));
    await c.put('I:2', enc('b'));
    await c.get('I:1'); // I:1 is now the most recent
    await c.put('I:3', enc('c')); // evicts I:2
    await c.get('I:1');
    await c.get('I:3');
    expect(t.gets()).toBe(1);
    expect(dec(await c.get('I:2'))).toBe('b');
    expect(t.gets()).toBe(2);
  });

  it('moves a used entry to the young end only when a quarter of the cache went by since it last moved', async () => {
    const t = instrumented(openMemoryStore());
    const c = cachedStore(t.store, { maxEntries: 8 });
    for (let i = 1; i <= 8; i++) await c.put(`I:${i}`, enc(String(i)));
    await c.get('I:1'); // 7 newer entries: moves
    await c.get('I:7'); // 2 newer entries (not more than 8/4): stays where it is
    for (let i = 9; i <= 14; i++) await c.put(`I:${i}`, enc(String(i))); // evicts I:2 .. I:7
    expect(t.gets()).toBe(0);
    expect(dec(await c.get('I:1'))).toBe('1');
    expect(t.gets()).toBe(0);
    expect(dec(await c.get('I:7'))).toBe('7');
    expect(t.gets()).toBe(1);
    expect(dec(await c.get('I:2'))).toBe('2');
    expect(t.gets()).toBe(2);
  });

  it('does not cache a read that raced with a write of the same key', async () => {
    const t = instrumented(openMemoryStore());
    await t.store.put('I:k', enc('old'));
    const c = cachedStore(t.store);
    const release = t.holdReads();
    const slow = c.get('I:k'); // reads 'old' from the inner store, then waits
    await new Promise((r) => setImmediate(r));
    await c.put('I:k', enc('new'));
    release();
    expect(dec(await slow)).toBe('old');
    expect(dec(await c.get('I:k'))).toBe('new');
  });

  it('forgets keys of a batch that failed', async () => {
    const inner = openMemoryStore();
    await inner.put('I:k', enc('v1'));
    let failNext = false;
    const flaky: KvStore = { ...inner, get: (k) => inner.get(k), getMany: (k) => inner.getMany(k), put: (k, v) => inner.put(k, v), del: (k) => inner.del(k), range: (o) => inner.range(o), keysWithPrefix: (p, o) => inner.keysWithPrefix(p, o), close: () => inner.close(), batch: async (ops) => { if (failNext) throw new Error('disk full'); return inner.batch(ops); } };
    const c = cachedStore(flaky);
    expect(dec(await c.get('I:k'))).toBe('v1');
    failNext = true;
    await expect(c.put('I:k', enc('v2'))).rejects.toThrow('disk full');
    failNext = false;
    expect(dec(await c.get('I:k'))).toBe('v1');
  });

  it('returns copies: changing a returned value does not change the cache', async () => {
    const c = cachedStore(openMemoryStore());
    await c.put('I:k', enc('abc'));
    const v = (await c.get('I:k'))!;
    v[0] = 0x7a;
    expect(dec(await c.get('I:k'))).toBe('abc');
  });
});
