import { hivefs } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import { S_IFDIR, S_IFLNK, S_IFREG, attrToStat, mayAccess } from './stat.js';

const cred = (uid: number, gid: number, gids: number[] = []) => ({ uid, gid, gids });

describe('attrToStat', () => {
  it('adds type bits and converts times', () => {
    const st = attrToStat({ entryId: '1-2-3', type: hivefs.EntryType.REGULAR, mode: 0o4755, size: 1025, blocks: 8, nlink: 2, uid: 7, gid: 8, ino: 42, mtime: { sec: 5, nsec: 6 }, pattern: { chunkSize: 1 << 20 } });
    expect(st).toMatchObject({ ino: 42, mode: S_IFREG | 0o4755, size: 1025, nlink: 2, uid: 7, gid: 8, blksize: 1 << 20, mtime: { sec: 5, nsec: 6 }, atime: { sec: 0, nsec: 0 } });
    expect(attrToStat({ type: hivefs.EntryType.DIRECTORY, mode: 0o755 }).mode).toBe(S_IFDIR | 0o755);
    expect(attrToStat({ type: hivefs.EntryType.SYMLINK, mode: 0o777 }).mode).toBe(S_IFLNK | 0o777);
    expect(attrToStat({ entryId: '1-2-3', size: 10 }, { size: 99, blocks: 1 })).toMatchObject({ size: 99, blocks: 1 });
    expect(attrToStat({ entryId: 'root' }).ino).toBe(1);
  });

  it('counts 512-byte blocks: a regular file\'s as meta reports them (holes hold none), directories and symlinks by size', () => {
    const file = { entryId: '1-2-3', type: hivefs.EntryType.REGULAR };
    expect(attrToStat({ ...file, size: 5 * 2 ** 30, blocks: 8 }).blocks).toBe(8);
    expect(attrToStat({ ...file, size: 2 ** 30 }).blocks).toBe(0);
    expect(attrToStat({ type: hivefs.EntryType.DIRECTORY, size: 4096 }).blocks).toBe(8);
    expect(attrToStat({ type: hivefs.EntryType.SYMLINK, size: 513 }).blocks).toBe(2);
    expect(attrToStat({ size: 100 }).blocks).toBe(0);
  });
});

describe('mayAccess', () => {
  const dir = { type: hivefs.EntryType.DIRECTORY, mode: 0o750, uid: 10, gid: 20 };
  it('uses the owner, group (incl. supplementary) or other bits', () => {
    expect(mayAccess(dir, cred(10, 99), 7)).toBe(true);
    expect(mayAccess(dir, cred(11, 20), 1)).toBe(true);
    expect(mayAccess(dir, cred(11, 20), 2)).toBe(false);
    expect(mayAccess(dir, cred(11, 5, [20]), 5)).toBe(true);
    expect(mayAccess(dir, cred(11, 5), 1)).toBe(false);
  });
  it('lets root do anything but execute a file without x bits', () => {
    expect(mayAccess({ ...dir, mode: 0 }, cred(0, 0), 7)).toBe(true);
    expect(mayAccess({ type: hivefs.EntryType.REGULAR, mode: 0o644 }, cred(0, 0), 1)).toBe(false);
    expect(mayAccess({ type: hivefs.EntryType.REGULAR, mode: 0o744 }, cred(0, 0), 1)).toBe(true);
  });
});
