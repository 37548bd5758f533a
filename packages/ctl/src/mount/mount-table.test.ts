import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findMount, hivefsMounts, isUnder, mountOwnerUid, parseMountTable, pathInMount, readMountTable, unescapeMountField } from './mount-table.js';

const FIXTURE = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures', 'proc-mounts.txt');
const table = parseMountTable(readFileSync(FIXTURE, 'utf8'));
const mounts = hivefsMounts(table);

describe('mount table', () => {
  it('parses every well-formed line and unescapes mount points', () => {
    expect(table).toHaveLength(8);
    expect(table[3]).toEqual({ source: 'hivefs', mountpoint: '/mnt/hivefs', fsType: 'fuse.hivefs', options: ['rw', 'nosuid', 'nodev', 'relatime', 'user_id=0', 'group_id=0'] });
    expect(unescapeMountField('/a\\040b\\011c\\134d\\012')).toBe('/a b\tc\\d\n');
  });

  it('keeps only fuse.hivefs mounts (not plain fuse, not other FUSE subtypes)', () => {
    expect(mounts.map((m) => m.mountpoint)).toEqual(['/mnt/hivefs', '/mnt/hivefs/nested/inner', '/srv/with space']);
  });

  it('finds the longest mount point that holds a path, on name boundaries', () => {
    expect(findMount(mounts, '/mnt/hivefs/dir/file')?.mountpoint).toBe('/mnt/hivefs');
    expect(findMount(mounts, '/mnt/hivefs')?.mountpoint).toBe('/mnt/hivefs');
    expect(findMount(mounts, '/mnt/hivefs/nested/inner/x')?.mountpoint).toBe('/mnt/hivefs/nested/inner');
    expect(findMount(mounts, '/mnt/hivefs/nested/innerx')?.mountpoint).toBe('/mnt/hivefs');
    expect(findMount(mounts, '/mnt/hivefs-other/x')).toBeUndefined();
    expect(findMount(mounts, '/mnt')).toBeUndefined();
    expect(findMount(mounts, '/srv/with space/a')?.mountpoint).toBe('/srv/with space');
  });

  it('a mount stacked on the same point: the last one listed wins', () => {
    const stacked = [{ mountpoint: '/m', n: 1 }, { mountpoint: '/m', n: 2 }];
    expect(findMount(stacked, '/m/x')?.n).toBe(2);
    expect(isUnder('/anything', '/')).toBe(true);
  });

  it('gives the path relative to the mount point', () => {
    expect(pathInMount('/mnt/hivefs', '/mnt/hivefs')).toBe('/');
    expect(pathInMount('/mnt/hivefs/dir/file', '/mnt/hivefs')).toBe('/dir/file');
    expect(pathInMount('/dir', '/')).toBe('/dir');
  });

  it('reads the owner uid of a FUSE mount', () => {
    expect(mounts.map(mountOwnerUid)).toEqual([0, 1000, 0]);
    expect(mountOwnerUid({ source: 'x', mountpoint: '/x', fsType: 'fuse.hivefs', options: ['rw'] })).toBeUndefined();
  });

  it('reads a table file; a missing one is empty', async () => {
    expect((await readMountTable(FIXTURE)).length).toBe(8);
    expect(await readMountTable(`${FIXTURE}.absent`)).toEqual([]);
  });
});
