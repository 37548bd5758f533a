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
    const kv = await indexPrefixes({ ...inner, batch: async () => { throw new Error('disk full'); }, keysWithPrefix: (p, o) => inner.keysWithPrefix(p, o) } as typeof inner);
    await expect(kv.put(sessionKey('1-A-1', 5), v('s'))).rejects.toThrow('disk full');
    expect(await keysOf(kv.keysWithPrefix(SESSION_PREFIX))).toEqual([]);
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
});
