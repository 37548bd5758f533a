// Unit tests of the prefix scan shared by the KV engines: the range it asks an engine for, and its end key.
import { describe, expect, it } from 'vitest';
import { prefix } from './key-codec.js';
import type { KvRange } from './kv-store.js';
import { prefixEnd, scanPrefix } from './kv-util.js';

/** A sorted "engine" that records the ranges it is asked for and honours gt/gte/lt/limit. */
function engine(keys: string[]) {
  const asked: KvRange[] = [];
  async function* range(r: KvRange): AsyncGenerator<[string, Uint8Array]> {
    asked.push({ ...r });
    let n = 0;
    for (const k of [...keys].sort()) {
      if ((r.gte !== undefined && k < r.gte) || (r.gt !== undefined && k <= r.gt) || (r.lt !== undefined && k >= r.lt)) continue;
      if (r.limit !== undefined && n++ >= r.limit) return;
      yield [k, new Uint8Array()];
    }
  }
  return { asked, range };
}

async function keysOf(it: AsyncIterable<[string, Uint8Array]>): Promise<string[]> {
  const out: string[] = [];
  for await (const [k] of it) out.push(k);
  return out;
}

describe('prefixEnd', () => {
  it('is the prefix with its last character raised, above every key under it and below the next', () => {
    const p = prefix('D', 'dir1');
    const end = prefixEnd(p)!;
    expect(end).toBe('D:dir1;');
    for (const k of [p, `${p}a`, `${p}\u00ff\u00ff`, `${p}~~~~`]) expect(Buffer.compare(Buffer.from(k), Buffer.from(end))).toBeLessThan(0);
    for (const k of ['D:dir1;', 'D:dir1;x', 'D:dir2:', 'E:']) expect(Buffer.compare(Buffer.from(k), Buffer.from(end))).toBeGreaterThanOrEqual(0);
  });

  it('gives none for an empty prefix or one ending in a character it cannot raise', () => {
    expect(prefixEnd('')).toBeUndefined();
    expect(prefixEnd('a\u007f')).toBeUndefined();
    expect(prefixEnd('nameé')).toBeUndefined();
  });
});

describe('scanPrefix', () => {
  const keys = ['D:a:1', 'D:a:2', 'D:a:3', 'D:ab:1', 'D:b:1', 'X:a:1'];

  it('asks the engine for the prefix only, and for no more entries than the limit', async () => {
    const e = engine(keys);
    expect(await keysOf(scanPrefix(e.range, 'D:a:'))).toEqual(['D:a:1', 'D:a:2', 'D:a:3']);
    expect(e.asked).toEqual([{ gte: 'D:a:', lt: 'D:a;' }]);
    expect(await keysOf(scanPrefix(e.range, 'D:a:', { limit: 2 }))).toEqual(['D:a:1', 'D:a:2']);
    expect(e.asked[1]).toEqual({ gte: 'D:a:', lt: 'D:a;', limit: 2 });
  });

  it('pages from a key after the prefix start, and yields nothing when that key is past the prefix', async () => {
    const e = engine(keys);
    expect(await keysOf(scanPrefix(e.range, 'D:a:', { after: 'D:a:1' }))).toEqual(['D:a:2', 'D:a:3']);
    expect(e.asked[0]).toEqual({ gt: 'D:a:1', lt: 'D:a;' });
    expect(await keysOf(scanPrefix(e.range, 'D:a:', { after: 'D:b:0' }))).toEqual([]);
  });

  it('still stops at the first key outside the prefix where it has no end key', async () => {
    const e = engine(['nameé1', 'nameé2', 'nameê1']);
    expect(await keysOf(scanPrefix(e.range, 'nameé'))).toEqual(['nameé1', 'nameé2']);
    expect(e.asked).toEqual([{ gte: 'nameé' }]);
  });
});
