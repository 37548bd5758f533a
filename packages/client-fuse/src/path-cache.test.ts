import { describe, expect, it } from 'vitest';
import { PathCache } from './path-cache.js';

function clock(): { now: () => number; advance: (ms: number) => void } {
  let t = 1000;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

const attr = (entryId: string, size = 0) => ({ entryId, size, mode: 0o644 });

describe('PathCache', () => {
  it('serves dentries and attrs until their own TTLs expire', () => {
    const c = clock();
    const cache = new PathCache({ entryTtlSecs: 2, attrTtlSecs: 1, now: c.now });
    cache.putEntry('root', 'a', attr('1-2-1'));
    expect(cache.dentry('root', 'a')).toBe('1-2-1');
    expect(cache.attr('1-2-1')?.entryId).toBe('1-2-1');
    c.advance(999);
    expect(cache.attr('1-2-1')).toBeDefined();
    c.advance(1);
    expect(cache.attr('1-2-1')).toBeUndefined();
    expect(cache.dentry('root', 'a')).toBe('1-2-1');
    c.advance(1000);
    expect(cache.dentry('root', 'a')).toBeUndefined();
  });

  it('takes the attributes a change sent back for its directory only when their ctime is not older than the cached ones', () => {
    const cache = new PathCache({ entryTtlSecs: 5, attrTtlSecs: 5, now: clock().now });
    const dir = (nlink: number, sec: number, nsec: number) => ({ entryId: 'D-1-1', nlink, mode: 0o40755, ctime: { sec, nsec } });
    cache.putAttr(dir(2, 10, 0));
    cache.childrenChanged('D-1-1');
    expect(cache.attr('D-1-1')).toBeUndefined();
    cache.putChangedDir(dir(3, 10, 500)); // mkdir's reply
    expect(cache.attr('D-1-1')?.nlink).toBe(3);
    cache.putChangedDir(dir(4, 10, 400)); // an earlier change's reply arriving late
    expect(cache.attr('D-1-1')?.nlink).toBe(3);
    cache.putChangedDir(dir(2, 11, 0));
    expect(cache.attr('D-1-1')?.nlink).toBe(2);
  });

  it('keys dentries by parent and name', () => {
    const cache = new PathCache({ entryTtlSecs: 5, attrTtlSecs: 5, now: clock().now });
    cache.putDentry('root', 'x', 'A-1-1');
    cache.putDentry('B-1-1', 'x', 'C-1-1');
    expect(cache.dentry('root', 'x')).toBe('A-1-1');
    expect(cache.dentry('B-1-1', 'x')).toBe('C-1-1');
    expect(cache.dentry('root', 'y')).toBeUndefined();
  });

  it('forgets dropped dentries and attrs and keeps the rest', () => {
    const cache = new PathCache({ entryTtlSecs: 5, attrTtlSecs: 5, now: clock().now });
    cache.putEntry('root', 'a', attr('A-1-1'));
    cache.putEntry('root', 'b', attr('B-1-1'));
    cache.dropDentry('root', 'a');
    cache.dropAttr('B-1-1', undefined, null);
    expect(cache.dentry('root', 'a')).toBeUndefined();
    expect(cache.attr('A-1-1')).toBeDefined();
    expect(cache.dentry('root', 'b')).toBe('B-1-1');
    expect(cache.attr('B-1-1')).toBeUndefined();
  });

  it('replaces attributes and restarts their TTL', () => {
    const c = clock();
    const cache = new PathCache({ entryTtlSecs: 1, attrTtlSecs: 1, now: c.now });
    cache.putAttr(attr('A-1-1', 10));
    c.advance(800);
    cache.putAttr(attr('A-1-1', 20));
    c.advance(800);
    expect(cache.attr('A-1-1')?.size).toBe(20);
  });

  it('caches nothing with a TTL of 0', () => {
    const cache = new PathCache({ entryTtlSecs: 0, attrTtlSecs: 0, now: clock().now });
    cache.putEntry('root', 'a', attr('A-1-1'));
    expect(cache.dentry('root', 'a')).toBeUndefined();
    expect(cache.attr('A-1-1')).toBeUndefined();
    expect(cache.size).toEqual({ dentries: 0, attrs: 0 });
  });

  it('evicts the oldest entries beyond maxEntries', () => {
    const cache = new PathCache({ entryTtlSecs: 9, attrTtlSecs: 9, maxEntries: 3, now: clock().now });
    for (const n of ['a', 'b', 'c']) cache.putDentry('root', n, n.toUpperCase() + '-1-1');
    cache.putDentry('root', 'a', 'A-1-1'); // refreshed: now the newest
    cache.putDentry('root', 'd', 'D-1-1');
    expect(cache.dentry('root', 'b')).toBeUndefined();
    expect(cache.dentry('root', 'a')).toBe('A-1-1');
    expect(cache.size.dentries).toBe(3);
  });

  it('clear() forgets everything', () => {
    const cache = new PathCache({ entryTtlSecs: 9, attrTtlSecs: 9, now: clock().now });
    cache.putEntry('root', 'a', attr('A-1-1'));
    cache.clear();
    expect(cache.size).toEqual({ dentries: 0, attrs: 0 });
  });
});
