import { beforeEach, describe, expect, it } from 'vitest';
import { ErrCode, hivefs, inodeNumberOf, isValidEntryId, ROOT_ENTRY_ID } from '@hivefs/protocol';
import { openTestStore, ROOT, TEST_PATTERN, user, type TestStore } from '../testing/store-fixture.js';

const DIR = hivefs.EntryType.DIRECTORY;
const code = (c: ErrCode) => expect.objectContaining({ code: c });

let t: TestStore;
beforeEach(async () => {
  t = await openTestStore();
});

describe('root and lookup', () => {
  it('creates root as 0755 root:root with the default pattern, only once', async () => {
    const root = await t.store.getAttr(ROOT_ENTRY_ID);
    expect(root).toMatchObject({ entryId: 'root', type: DIR, mode: 0o755, uid: 0, gid: 0, nlink: 2, ino: 1, ownerNodeId: 1 });
    expect(root.pattern).toMatchObject({ type: hivefs.PatternType.RAID0, chunkSize: TEST_PATTERN.chunkSize, numTargets: 2, storagePoolId: 1 });
    expect(await t.store.ensureRoot(TEST_PATTERN)).toBe(false);
  });

  it('looks up entries by name and reports NOT_FOUND for missing names', async () => {
    const d = await t.store.mkdir(ROOT, 'root', 'a', 0o755);
    expect((await t.store.lookup(ROOT, 'root', 'a')).entryId).toBe(d.entryId);
    await expect(t.store.lookup(ROOT, 'root', 'missing')).rejects.toEqual(code(ErrCode.NOT_FOUND));
  });

  it('needs search permission on the directory to look up', async () => {
    const d = await t.store.mkdir(ROOT, 'root', 'private', 0o700);
    await t.store.mkdir(ROOT, d.entryId!, 'x', 0o755);
    await expect(t.store.lookup(user(1000), d.entryId!, 'x')).rejects.toEqual(code(ErrCode.ACCESS_DENIED));
    await expect(t.store.lookup(ROOT, d.entryId!, 'x')).resolves.toBeTruthy();
  });

  it('rejects bad names and ids with the right codes', async () => {
    await expect(t.store.mkdir(ROOT, 'root', 'a/b', 0o755)).rejects.toEqual(code(ErrCode.INVALID_NAME));
    await expect(t.store.mkdir(ROOT, 'root', 'a\0b', 0o755)).rejects.toEqual(code(ErrCode.INVALID_NAME));
    await expect(t.store.mkdir(ROOT, 'root', '.', 0o755)).rejects.toEqual(code(ErrCode.INVALID_NAME));
    await expect(t.store.mkdir(ROOT, 'root', '..', 0o755)).rejects.toEqual(code(ErrCode.INVALID_NAME));
    await expect(t.store.mkdir(ROOT, 'root', '', 0o755)).rejects.toEqual(code(ErrCode.INVALID_NAME));
    await expect(t.store.mkdir(ROOT, 'root', 'é'.repeat(128), 0o755)).rejects.toEqual(code(ErrCode.NAME_TOO_LONG));
    await expect(t.store.mkdir(ROOT, 'root', 'x'.repeat(255), 0o755)).resolves.toBeTruthy();
    await expect(t.store.getAttr('../../etc')).rejects.toEqual(code(ErrCode.BAD_ENTRY_ID));
    await expect(t.store.getAttr('FFFF-1-1')).rejects.toEqual(code(ErrCode.NOT_FOUND));
  });

  it('keeps names with ":" and "%" distinct', async () => {
    await t.store.mkdir(ROOT, 'root', 'a:b', 0o755);
    await t.store.mkdir(ROOT, 'root', 'a%3Ab', 0o755);
    const { entries } = await t.store.readdir(ROOT, 'root', { after: '', limit: 0, withAttrs: false });
    expect(entries.map((e) => e.name).sort()).toEqual(['a%3Ab', 'a:b']);
    expect((await t.store.lookup(ROOT, 'root', 'a:b')).entryId).not.toBe((await t.store.lookup(ROOT, 'root', 'a%3Ab')).entryId);
  });
});

describe('mkdir and rmdir', () => {
  it('creates a directory owned by the caller, inheriting the pattern, and bumps the parent', async () => {
    await t.store.setAttr(ROOT, { entryId: 'root', valid: 1, mode: 0o777, uid: 0, gid: 0, size: 0, handleId: 0 });
    const before = await t.store.getAttr('root');
    const d = await t.store.mkdir(user(1000, 100), 'root', 'home', 0o777);
    expect(isValidEntryId(d.entryId!)).toBe(true);
    expect(d).toMatchObject({ type: DIR, mode: 0o777, uid: 1000, gid: 100, nlink: 2, parentId: 'root', ino: inodeNumberOf(d.entryId!) });
    expect(d.pattern).toMatchObject({ chunkSize: TEST_PATTERN.chunkSize, numTargets: 2, ids: [] });
    const root = await t.store.getAttr('root');
    expect(root.nlink).toBe(3);
    expect(Number(root.mtime!.sec) * 1e9 + root.mtime!.nsec!).toBeGreaterThan(Number(before.mtime!.sec) * 1e9 + before.mtime!.nsec!);
  });

  it('propagates gid and S_ISGID from a setgid parent', async () => {
    const g = await t.store.mkdir(ROOT, 'root', 'shared', 0o2777);
    await t.store.setAttr(ROOT, { entryId: g.entryId!, valid: 4, mode: 0, uid: 0, gid: 500, size: 0, handleId: 0 });
    const sub = await t.store.mkdir(user(1000, 1000, [500]), g.entryId!, 'sub', 0o755);
    expect(sub.gid).toBe(500);
    expect(sub.mode! & 0o2000).toBe(0o2000);
    const f = await t.store.create(user(1000, 1000, [500]), { parentId: g.entryId!, name: 'f', mode: 0o644, flags: 0, clientId: 1, open: false });
    expect(f.attr.gid).toBe(500);
    expect(f.attr.mode! & 0o2000).toBe(0);
  });

  it('reports EXISTS, NOT_DIR and ACCESS_DENIED', async () => {
    await t.store.mkdir(ROOT, 'root', 'a', 0o755);
    await expect(t.store.mkdir(ROOT, 'root', 'a', 0o755)).rejects.toEqual(code(ErrCode.EXISTS));
    const f = await t.store.create(ROOT, { parentId: 'root', name: 'f', mode: 0o644, flags: 0, clientId: 1, open: false });
    await expect(t.store.mkdir(ROOT, f.attr.entryId!, 'x', 0o755)).rejects.toEqual(code(ErrCode.NOT_DIR));
    await expect(t.store.mkdir(user(1000), 'root', 'b', 0o755)).rejects.toEqual(code(ErrCode.ACCESS_DENIED));
  });

  it('removes empty directories and restores the parent link count', async () => {
    const a = await t.store.mkdir(ROOT, 'root', 'a', 0o755);
    await t.store.mkdir(ROOT, a.entryId!, 'b', 0o755);
    expect((await t.store.getAttr(a.entryId!)).nlink).toBe(3);
    await expect(t.store.rmdir(ROOT, 'root', 'a')).rejects.toEqual(code(ErrCode.NOT_EMPTY));
    await t.store.rmdir(ROOT, a.entryId!, 'b');
    expect((await t.store.getAttr(a.entryId!)).nlink).toBe(2);
    await t.store.rmdir(ROOT, 'root', 'a');
    await expect(t.store.getAttr(a.entryId!)).rejects.toEqual(code(ErrCode.NOT_FOUND));
    expect((await t.store.getAttr('root')).nlink).toBe(2);
  });

  it('rmdir refuses files (NOT_DIR) and missing names (NOT_FOUND)', async () => {
    await t.store.create(ROOT, { parentId: 'root', name: 'f', mode: 0o644, flags: 0, clientId: 1, open: false });
    await expect(t.store.rmdir(ROOT, 'root', 'f')).rejects.toEqual(code(ErrCode.NOT_DIR));
    await expect(t.store.rmdir(ROOT, 'root', 'nope')).rejects.toEqual(code(ErrCode.NOT_FOUND));
  });

  it('sticky directories: others cannot remove a user directory', async () => {
    const tmp = await t.store.mkdir(ROOT, 'root', 'tmp', 0o1777);
    await t.store.mkdir(user(1000), tmp.entryId!, 'mine', 0o755);
    await expect(t.store.rmdir(user(1001), tmp.entryId!, 'mine')).rejects.toEqual(code(ErrCode.NOT_PERMITTED));
    await t.store.rmdir(user(1000), tmp.entryId!, 'mine');
  });
});

describe('symlink, readlink and link', () => {
  it('stores and returns a symlink target', async () => {
    await t.store.setAttr(ROOT, { entryId: 'root', valid: 1, mode: 0o777, uid: 0, gid: 0, size: 0, handleId: 0 });
    const s = await t.store.symlink(user(1000), 'root', 'ln', '../some/where');
    expect(s.uid).toBe(1000);
    expect(s).toMatchObject({ type: hivefs.EntryType.SYMLINK, size: 13, mode: 0o777 });
    expect(await t.store.readlink(s.entryId!)).toBe('../some/where');
    const d = await t.store.mkdir(ROOT, 'root', 'd', 0o755);
    await expect(t.store.readlink(d.entryId!)).rejects.toEqual(code(ErrCode.INVALID_ARGUMENT));
  });

  it('limits symlink targets to 4095 bytes', async () => {
    await expect(t.store.symlink(ROOT, 'root', 'long', 'x'.repeat(4096))).rejects.toEqual(code(ErrCode.NAME_TOO_LONG));
    await expect(t.store.symlink(ROOT, 'root', 'ok', 'x'.repeat(4095))).resolves.toBeTruthy();
    await expect(t.store.symlink(ROOT, 'root', 'empty', '')).rejects.toEqual(code(ErrCode.INVALID_ARGUMENT));
  });

  it('hard links share the inode and count links', async () => {
    const f = await t.store.create(ROOT, { parentId: 'root', name: 'f', mode: 0o644, flags: 0, clientId: 1, open: false });
    const d = await t.store.mkdir(ROOT, 'root', 'd', 0o755);
    const l = await t.store.link(ROOT, f.attr.entryId!, d.entryId!, 'g');
    expect(l.nlink).toBe(2);
    expect((await t.store.lookup(ROOT, d.entryId!, 'g')).entryId).toBe(f.attr.entryId);
    await t.store.unlink(ROOT, 'root', 'f');
    expect((await t.store.lookup(ROOT, d.entryId!, 'g')).nlink).toBe(1);
    await t.store.disposalsIdle(); // chunk removal runs in the background
    expect(t.chunks.unlinks).toEqual([]);
  });

  it('refuses hard links to directories and onto existing names', async () => {
    const d = await t.store.mkdir(ROOT, 'root', 'd', 0o755);
    await expect(t.store.link(ROOT, d.entryId!, 'root', 'd2')).rejects.toEqual(code(ErrCode.NOT_PERMITTED));
    const f = await t.store.create(ROOT, { parentId: 'root', name: 'f', mode: 0o644, flags: 0, clientId: 1, open: false });
    await expect(t.store.link(ROOT, f.attr.entryId!, 'root', 'd')).rejects.toEqual(code(ErrCode.EXISTS));
    await expect(t.store.link(user(1000), f.attr.entryId!, 'root', 'new')).rejects.toEqual(code(ErrCode.ACCESS_DENIED));
  });
});
