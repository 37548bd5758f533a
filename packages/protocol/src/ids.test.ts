import { describe, expect, it } from 'vitest';
import { MAX_NUMERIC_ID, ROOT_ENTRY_ID, formatEntryId, inodeNumberOf, isValidEntryId, isValidNumericId, ownerNodeOf } from './ids.js';

describe('entry ids', () => {
  it('root is `root` and valid', () => {
    expect(ROOT_ENTRY_ID).toBe('root');
    expect(isValidEntryId('root')).toBe(true);
  });

  it('formatEntryId gives upper-case hex, and its output is valid', () => {
    expect(formatEntryId(0xab, 0x5f00_0000, 3)).toBe('AB-5F000000-3');
    expect(formatEntryId(0, 0, 1)).toBe('0-0-1');
    const samples: [number, number, number][] = [
      [1, 1_700_000_000, 1],
      [0xfff, 1_700_000_000, 65535],
      [Number.MAX_SAFE_INTEGER, 2 ** 40 - 1, 0xffff],
      [123456, 0x6553f100, 42],
    ];
    for (const [c, s, n] of samples) {
      const id = formatEntryId(c, s, n);
      expect(id).toBe(id.toUpperCase());
      expect(isValidEntryId(id), id).toBe(true);
    }
  });

  it('rejects ids that could escape a path or are malformed', () => {
    const bad = [
      '',
      '../x',
      '..',
      '.',
      'a/b',
      'A/B-1-1',
      '1-2-3/..',
      '/1-2-3',
      'ab-5f000000-3', // lower case
      'Ab-5F000000-3',
      'ROOT',
      'root/',
      ' root',
      '1-2-3\0',
      '1-2\0-3',
      '1-2-3\n',
      '1-2',
      '1-2-3-4',
      '-2-3',
      '1--3',
      '1-2-',
      'G-1-1',
      '1-1-1 ',
      '11111111111111111-1-1', // 17 hex digits of counter
      '1-1111111111111-1', // 13 hex digits of seconds
      '1-1-111111111', // 9 hex digits of node id
      'F'.repeat(16) + '-' + 'F'.repeat(12) + '-' + 'F'.repeat(9),
      'x'.repeat(1000),
      '１-2-3', // full-width digit
    ];
    for (const s of bad) expect(isValidEntryId(s), JSON.stringify(s)).toBe(false);
  });

  it('accepts the longest well-formed id', () => {
    const longest = 'F'.repeat(16) + '-' + 'F'.repeat(12) + '-' + 'F'.repeat(8);
    expect(longest.length).toBeLessThanOrEqual(40);
    expect(isValidEntryId(longest)).toBe(true);
  });

  it('ownerNodeOf reads the node id back from formatEntryId; root has owner 0', () => {
    for (const n of [1, 2, 15, 16, 255, 4096, 65535]) expect(ownerNodeOf(formatEntryId(77, 1_700_000_000, n))).toBe(n);
    expect(ownerNodeOf(ROOT_ENTRY_ID)).toBe(0);
    expect(ownerNodeOf('nohyphen')).toBe(0);
  });
});

describe('inodeNumberOf', () => {
  it('root is inode 1', () => {
    expect(inodeNumberOf(ROOT_ENTRY_ID)).toBe(1);
  });

  it('is stable, a safe integer >= 2 and distinct on a sample', () => {
    const seen = new Map<number, string>();
    for (let node = 1; node <= 4; node++) {
      for (let c = 0; c < 5000; c++) {
        const id = formatEntryId(c, 1_700_000_000 + (c % 3), node);
        const ino = inodeNumberOf(id);
        expect(inodeNumberOf(id)).toBe(ino); // stable
        if (!(Number.isSafeInteger(ino) && ino >= 2)) throw new Error(`bad inode ${ino} for ${id}`);
        const prev = seen.get(ino);
        if (prev !== undefined) throw new Error(`inode ${ino} shared by ${prev} and ${id}`);
        seen.set(ino, id);
      }
    }
    expect(seen.size).toBe(20_000);
  });

  it('is a pure function of the id (known value, does not depend on process state)', () => {
    // FNV-1a 64 of "1-2-3" folded to 53 bits, computed independently here
    let h = 0xcbf29ce484222325n;
    for (const ch of '1-2-3') h = ((h ^ BigInt(ch.charCodeAt(0))) * 0x100000001b3n) & 0xffffffffffffffffn;
    expect(inodeNumberOf('1-2-3')).toBe(Number(h & 0x1fffffffffffffn));
  });
});

describe('isValidNumericId', () => {
  it('accepts 1..65535 integers only', () => {
    expect(MAX_NUMERIC_ID).toBe(65535);
    for (const n of [1, 2, 100, 65535]) expect(isValidNumericId(n), String(n)).toBe(true);
    for (const n of [0, -1, 65536, 1.5, NaN, Infinity, 2 ** 32]) expect(isValidNumericId(n), String(n)).toBe(false);
  });
});

describe('group owners in entry ids', () => {
  it('round-trips a group owner through an entry id', async () => {
    const { groupOwner, groupOfOwner, isGroupOwner } = await import('./ids.js');
    const id = formatEntryId(0x2a, 0x675f00aa, groupOwner(200));
    expect(id).toBe('2A-675F00AA-GC8');
    expect(isValidEntryId(id)).toBe(true);
    expect(ownerNodeOf(id)).toBe(groupOwner(200));
    expect(isGroupOwner(ownerNodeOf(id))).toBe(true);
    expect(groupOfOwner(ownerNodeOf(id))).toBe(200);
    expect(isGroupOwner(ownerNodeOf('2A-675F00AA-3'))).toBe(false);
    expect(groupOfOwner(3)).toBe(0);
  });

  it('rejects malformed group owners', () => {
    expect(isValidEntryId('2A-675F00AA-G')).toBe(false);
    expect(isValidEntryId('2A-675F00AA-G12345')).toBe(false);
    expect(isValidEntryId('2A-675F00AA-g1')).toBe(false);
    expect(ownerNodeOf('2A-675F00AA-G0')).toBe(0);
  });
});
