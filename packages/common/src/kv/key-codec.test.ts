import { describe, expect, it } from 'vitest';
import { decodeKey, hex8, key, prefix } from './key-codec.js';
import { compareKeys } from './kv-store.js';

describe('key codec', () => {
  it('encodes numbers as fixed-width upper hex', () => {
    expect(hex8(0)).toBe('00000000');
    expect(hex8(10)).toBe('0000000A');
    expect(hex8(0xffffffff)).toBe('FFFFFFFF');
    expect(key('I', 255)).toBe('I:000000FF');
    for (const bad of [-1, 1.5, 2 ** 32, NaN, Infinity]) expect(() => hex8(bad), String(bad)).toThrow(RangeError);
    expect(() => key('I', -3)).toThrow(RangeError);
  });

  it('sorts numeric parts numerically', () => {
    const nums = [0, 1, 9, 10, 15, 16, 255, 256, 4096, 65535, 2 ** 31, 2 ** 32 - 1];
    const keys = [...nums].reverse().map((n) => key('I', n));
    keys.sort(compareKeys);
    expect(keys).toEqual(nums.map((n) => key('I', n)));
  });

  it('escapes % and : in string parts and round-trips', () => {
    const names = ['plain', 'a:b', '%', '%3A', '%25:', '::', '', 'ümlaut 文件', 'x%y:z%'];
    for (const name of names) {
      const k = key('D', 7, name, 'tail');
      expect(k.split(':')).toHaveLength(4);
      expect(decodeKey(k)).toEqual(['D', '00000007', name, 'tail']);
    }
    expect(key('D', 'a:b')).toBe('D:a%3Ab');
    expect(key('D', '50%')).toBe('D:50%25');
    expect(key('D', 'a:b')).not.toBe(key('D', 'a', 'b'));
  });

  it('isolates prefixes', () => {
    const p = prefix('D', 'a');
    expect(p).toBe('D:a:');
    expect(key('D', 'a', 'x').startsWith(p)).toBe(true);
    expect(key('D', 'ab', 'x').startsWith(p)).toBe(false);
    expect(key('D', 'a:b').startsWith(p)).toBe(false);
    expect(key('D', 'a').startsWith(p)).toBe(false);
    expect(key('D', 1, 'x').startsWith(prefix('D', 1))).toBe(true);
    expect(key('D', 16, 'x').startsWith(prefix('D', 1))).toBe(false);
  });

  it('needs at least one part', () => {
    expect(() => key()).toThrow();
  });
});
