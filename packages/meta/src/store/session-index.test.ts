// The in-memory session index: loaded at open, kept in step with committed batches.
import { openMemoryStore } from '@hivefs/common';
import { describe, expect, it } from 'vitest';
import { sessionKey, sessionPrefix, SESSION_PREFIX, inodeKey } from './keys.js';
import { indexSessions } from './session-index.js';

const v = (s: string): Uint8Array => Buffer.from(s);
const keysOf = async (it: AsyncIterable<[string, Uint8Array]>): Promise<string[]> => {
  const out: string[] = [];
  for await (const [k] of it) out.push(k);
  return out;
};

describe('indexSessions', () => {
  it('loads existing sessions and answers scans from memory, in key order', async () => {
    const inner = openMemoryStore();
    await inner.batch([
      { type: 'put', key: sessionKey('2-A-1', 7), value: v('x') },
      { type: 'put', key: sessionKey('1-A-1', 3), value: v('y') },
      { type: 'put', key: sessionKey('1-A-1', 1), value: v('z') },
    ]);
    const kv = await indexSessions(inner);
    expect(await keysOf(kv.keysWithPrefix(sessionPrefix('1-A-1')))).toEqual([sessionKey('1-A-1', 1), sessionKey('1-A-1', 3)]);
    expect(await keysOf(kv.keysWithPrefix(SESSION_PREFIX))).toEqual([sessionKey('1-A-1', 1), sessionKey('1-A-1', 3), sessionKey('2-A-1', 7)]);
    expect(await keysOf(kv.keysWithPrefix(SESSION_PREFIX, { after: sessionKey('1-A-1', 1), limit: 1 }))).toEqual([sessionKey('1-A-1', 3)]);
    expect(Buffer.from((await kv.get(sessionKey('2-A-1', 7)))!).toString()).toBe('x');
  });

  it('follows committed batches and leaves other keys to the store', async () => {
    const inner = openMemoryStore();
    const kv = await indexSessions(inner);
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
    const kv = await indexSessions({ ...inner, batch: async () => { throw new Error('disk full'); }, keysWithPrefix: (p, o) => inner.keysWithPrefix(p, o) } as typeof inner);
    await expect(kv.put(sessionKey('1-A-1', 5), v('s'))).rejects.toThrow('disk full');
    expect(await keysOf(kv.keysWithPrefix(SESSION_PREFIX))).toEqual([]);
  });
});
