// The approximate LRU order: a used entry moves to the young end only when a quarter of the capacity went by.
import { describe, expect, it } from 'vitest';
import { Recency, type Stamped } from './recency.js';

describe('Recency', () => {
  it('moves a used entry only when more than a quarter of the capacity was added or moved since it last did', () => {
    const r = new Recency(() => 8);
    const m = new Map<string, Stamped>();
    for (const k of ['a', 'b', 'c', 'd']) m.set(k, { seq: r.stamp() });
    r.touch(m, 'c', m.get('c')!); // 1 newer entry: stays
    r.touch(m, 'a', m.get('a')!); // 3 newer entries (> 8/4): moves
    expect([...m.keys()]).toEqual(['b', 'c', 'd', 'a']);
    r.touch(m, 'a', m.get('a')!); // just moved: stays, however often it is used
    expect([...m.keys()]).toEqual(['b', 'c', 'd', 'a']);
  });

  it('is exact LRU below 4 entries of capacity, and follows a capacity that changes', () => {
    let cap = 3;
    const r = new Recency(() => cap);
    const m = new Map<string, Stamped>();
    for (const k of ['a', 'b']) m.set(k, { seq: r.stamp() });
    r.touch(m, 'a', m.get('a')!);
    expect([...m.keys()]).toEqual(['b', 'a']);
    cap = 400;
    r.touch(m, 'b', m.get('b')!);
    expect([...m.keys()]).toEqual(['b', 'a']);
  });
});
