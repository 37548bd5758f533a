// The in-memory prefix index (sessions with values, xattrs by key): loaded at open, kept in step with committed batches.
import { openMemoryStore } from '@hivefs/common';
import { describe, expect, it } from 'vitest';
import { inodeKey, sessionKey, sessionPrefix, SESSION_PREFIX, xattrKey, xattrPrefix } from './keys.js';
import { indexPrefixes } from './prefix-index.js';

const v = (s: string): Uint8Array => Buffer.from(s);
const keysOf = async (it: AsyncIterable<[string, Uint8Array]>): Promise<string[]> => {
  const out: string[] = [];
  for await (const [k] of it) out.push(k);
  return out;
};

describe('indexPrefixes', () => {
  it('loads existing sessions and answers scans from memory, in key order', async () => {
    const inner = openMemoryStore();
    await inner.batch([
      { type: 'put', key: sessionKey('2-A-1', 7), value: v('x') },
      { type: 'put', key: sessionKey('1-A-1', 3), value: v('y') },
      { type: 'put', key: sessionKey('1-A-1', 1), value: v('z') },
    ]);
    const kv = await indexPrefixes(inner);
    expect(await keysOf(kv.keysWithPrefix(sessionPrefix('1-A-1')))).toEqual([sessionKey('1-A-1', 1), sessionKey('1-A-1', 3)]);
    expect(await keysOf(kv.keysWithPrefix(SESSION_PREFIX))).toEqual([sessionKey('1-A-1', 1), sessionKey('1-A-1', 3), sessionKey('2-A-1', 7)]);
    expect(await keysOf(kv.keysWithPrefix(SESSION_PREFIX, { after: sessionKey('1-A-1', 1), limit: 1 }))).toEqual([sessionKey('1-A-1', 3)]);
    expect(Buffer.from((await kv.get(sessionKey('2-A-1', 7)))!).toString()).toBe('x');
  });

  it('follows committed batches and leaves other keys to the store', async () => {
    const inner = openMemoryStore();
    const kv = await indexPrefixes(inner);
    await kv.batch([{ type: 'put', key: sessionKey('1-A-1', 5), value: v('s') }, { type: 'put', key: inodeKey('1-A-1'), value: v('i') }]);
    expect(await keysOf(kv.keysWithPrefix(sessionPrefix('1-A-1')))).toEqual([sessionKey('1-A-1', 5)]);
    expect(await keysOf(inner.keysWithPrefix(SESSION_PREFIX))).toEqual([sessionKey('1-A-1', 5)]);
    await kv.del(sessionKey('1-A-1', 5));
    expect(await keysOf(kv.keysWithPrefix(sessionPrefix('1-A-1')))).toEqual([]);
    expect(await kv.get(sessionKey('1-A-1', 5))).toBeUndefined();
    expect(Buffer.from((await kv.get(inodeKey('1-A-1')))!).toString()).toBe('i');
  });

  it('does not index a batch that failed', async () => {
    const inner = openMemoryStore();
    const kv = await indexPrefixes({ ...inner, get: (k: string) => inner.get(k), batch: async () => { throw new Error('disk full'); }, keysWithPrefix: (p, o) => inner.keysWithPrefix(p, o) } as typeof inner);
    await expect(kv.put(sessionKey('1-A-1', 5), v('s'))).rejects.toThrow('disk full');
    expect(await keysOf(kv.keysWithPrefix(SESSION_PREFIX))).toEqual([]);
  });

  it('re-reads the keys of a failed batch that was stored anyway (a journaled write whose replication failed)', async () => {
    const inner = openMemoryStore();
    const kv = await indexPrefixes({ get: (k: string) => inner.get(k), batch: async (ops: Parameters<typeof inner.batch>[0]) => { await inner.batch(ops); throw new Error('secondary lost'); }, keysWithPrefix: (p: string, o?: object) => inner.keysWithPrefix(p, o) } as unknown as typeof inner);
    await expect(kv.put(sessionKey('1-A-1', 5), v('s'))).rejects.toThrow('secondary lost');
    expect(await keysOf(kv.keysWithPrefix(SESSION_PREFIX))).toEqual([sessionKey('1-A-1', 5)]);
    await expect(kv.del(sessionKey('1-A-1', 5))).rejects.toThrow('secondary lost');
    expect(await keysOf(kv.keysWithPrefix(SESSION_PREFIX))).toEqual([]);
  });

  it('with volatile off writes volatile puts like plain ones (a journaled space keeps nothing in memory only)', async () => {
    const inner = openMemoryStore();
    const kv = await indexPrefixes(inner, undefined, { volatile: false });
    const ops = [{ type: 'put' as const, key: sessionKey('1-A-1', 1), value: v('r'), volatile: true }];
    expect(kv.wouldWrite(ops)).toBe(true);
    await kv.batch(ops);
    expect(kv.volatileCount).toBe(0);
    expect(Buffer.from((await inner.get(sessionKey('1-A-1', 1)))!).toString()).toBe('r');
  });

  it('indexes xattr names only: values come from the store, missing names need no read', async () => {
    const inner = openMemoryStore();
    await inner.put(xattrKey('1-A-1', 'user.a:b'), v('big value'));
    let reads = 0;
    const counting = { ...inner, get: async (k: string) => (reads++, inner.get(k)), keysWithPrefix: (p: string, o?: { after?: string; limit?: number }) => inner.keysWithPrefix(p, o), batch: (ops: Parameters<typeof inner.batch>[0]) => inner.batch(ops) } as typeof inner;
    const kv = await indexPrefixes(counting);
    expect(await kv.get(xattrKey('1-A-1', 'user.none'))).toBeUndefined();
    expect(reads).toBe(0);
    expect(Buffer.from((await kv.get(xattrKey('1-A-1', 'user.a:b')))!).toString()).toBe('big value');
    expect(reads).toBe(1);
    expect(await keysOf(kv.keysWithPrefix(xattrPrefix('1-A-1')))).toEqual([xattrKey('1-A-1', 'user.a:b')]);
    expect(await keysOf(kv.keysWithPrefix(xattrPrefix('2-A-1')))).toEqual([]);
    await kv.del(xattrKey('1-A-1', 'user.a:b'));
    expect(await keysOf(kv.keysWithPrefix(xattrPrefix('1-A-1')))).toEqual([]);
  });

  it('stays right while many entries get and lose their sessions (empty groups are swept in bulk)', async () => {
    const kv = await indexPrefixes(openMemoryStore());
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 5000; i++) await kv.batch([{ type: 'put', key: sessionKey(`${i}-A-1`, 1), value: v('s'), volatile: true }]);
      for (let i = 0; i < 5000; i++) if (i % 7 !== round) await kv.del(sessionKey(`${i}-A-1`, 1));
    }
    for (const i of [0, 1, 2, 3, 9, 4997, 4999]) {
      const want = i % 7 === 2 ? [sessionKey(`${i}-A-1`, 1)] : []; // kept in the last round only
      expect(await keysOf(kv.keysWithPrefix(sessionPrefix(`${i}-A-1`))), `entry ${i}`).toEqual(want);
    }
    expect((await keysOf(kv.keysWithPrefix(SESSION_PREFIX))).length).toBe(714); // i % 7 === 2 below 5000
  });

  describe('volatile records', () => {
    /** A memory store that counts the batches reaching it and survives close (to look at it afterwards). */
    const counted = () => {
      const inner = openMemoryStore();
      const seen: string[][] = [];
      const store = { ...inner, get: (k: string) => inner.get(k), keysWithPrefix: (p: string, o?: { after?: string; limit?: number }) => inner.keysWithPrefix(p, o), batch: async (ops: Parameters<typeof inner.batch>[0]) => (seen.push(ops.map((o) => `${o.type} ${o.key}`)), inner.batch(ops)), close: async () => undefined } as typeof inner;
      return { inner, store, seen };
    };
    const k1 = sessionKey('1-A-1', 1);
    const k2 = sessionKey('1-A-1', 2);

    it('are answered from memory and cost no write, also when deleted', async () => {
      const { inner, store, seen } = counted();
      const kv = await indexPrefixes(store);
      await kv.batch([{ type: 'put', key: k1, value: v('r'), volatile: true }]);
      expect(seen).toEqual([]);
      expect(Buffer.from((await kv.get(k1))!).toString()).toBe('r');
      expect(await keysOf(kv.keysWithPrefix(sessionPrefix('1-A-1')))).toEqual([k1]);
      expect(await inner.get(k1)).toBeUndefined();
      await kv.batch([{ type: 'put', key: k2, value: v('w') }, { type: 'put', key: inodeKey('1-A-1'), value: v('i'), volatile: true }]);
      expect(seen).toEqual([[`put ${k2}`, `put ${inodeKey('1-A-1')}`]]); // only sessions can be volatile
      await kv.del(k1);
      expect(seen).toHaveLength(1);
      expect(await kv.get(k1)).toBeUndefined();
      expect(kv.volatileCount).toBe(0);
    });

    it('a plain put makes one durable; a volatile put over a durable record writes it', async () => {
      const { inner, store } = counted();
      const kv = await indexPrefixes(store);
      await kv.batch([{ type: 'put', key: k1, value: v('a'), volatile: true }]);
      await kv.batch([{ type: 'put', key: k1, value: v('b') }]);
      expect(Buffer.from((await inner.get(k1))!).toString()).toBe('b');
      await kv.batch([{ type: 'put', key: k1, value: v('c'), volatile: true }]);
      expect(Buffer.from((await inner.get(k1))!).toString()).toBe('c');
      expect(kv.volatileCount).toBe(0);
      await kv.del(k1);
      expect(await inner.get(k1)).toBeUndefined();
    });

    it('follow the order of ops within one batch', async () => {
      const { inner, store, seen } = counted();
      const kv = await indexPrefixes(store);
      await kv.batch([
        { type: 'put', key: k1, value: v('a'), volatile: true },
        { type: 'del', key: k1 },
        { type: 'put', key: k2, value: v('b'), volatile: true },
        { type: 'put', key: k2, value: v('c') },
      ]);
      expect(seen).toEqual([[`put ${k2}`]]);
      expect(await kv.get(k1)).toBeUndefined();
      expect(Buffer.from((await inner.get(k2))!).toString()).toBe('c');
      expect(kv.volatileCount).toBe(0);
    });

    it('are written to the store by close, in one batch', async () => {
      const { inner, store, seen } = counted();
      const kv = await indexPrefixes(store);
      await kv.batch([{ type: 'put', key: k1, value: v('a'), volatile: true }, { type: 'put', key: k2, value: v('b'), volatile: true }]);
      await kv.close();
      expect(seen).toEqual([[`put ${k1}`, `put ${k2}`]]);
      expect(await keysOf(inner.keysWithPrefix(SESSION_PREFIX))).toEqual([k1, k2]);
      expect((await indexPrefixes(inner)).volatileCount).toBe(0);
    });

    it('stay as they were when a batch with them fails', async () => {
      const inner = openMemoryStore();
      let fail = false;
      const kv = await indexPrefixes({ ...inner, batch: async (ops: Parameters<typeof inner.batch>[0]) => { if (fail) throw new Error('disk full'); return inner.batch(ops); }, keysWithPrefix: (p, o) => inner.keysWithPrefix(p, o) } as typeof inner);
      await kv.batch([{ type: 'put', key: k1, value: v('a'), volatile: true }]);
      fail = true;
      await expect(kv.batch([{ type: 'del', key: k1 }, { type: 'put', key: inodeKey('1-A-1'), value: v('i') }])).rejects.toThrow('disk full');
      expect(Buffer.from((await kv.get(k1))!).toString()).toBe('a');
      expect(kv.volatileCount).toBe(1);
    });
  });
});
