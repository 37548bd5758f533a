import { beforeEach, describe, expect, it } from 'vitest';
import { chunkFileLength, ErrCode, hivefs } from '@hivefs/protocol';
import { openTestStore, ROOT, user, type TestStore } from '../testing/store-fixture.js';
import { SetAttrBits as B, type SetAttrArgs } from './attr-ops.js';
import type { Cred } from './types.js';

const code = (c: ErrCode) => expect.objectContaining({ code: c });
const CHUNK = 64 * 1024;
let t: TestStore;
let fid: string;

beforeEach(async () => {
  t = await openTestStore();
  await t.store.setAttr(ROOT, set('root', { valid: B.MODE, mode: 0o777 }));
  fid = (await t.store.create(user(1000, 1000, [60]), { parentId: 'root', name: 'f', mode: 0o644, flags: 0o100, clientId: 1, open: false })).attr.entryId!;
});

function set(entryId: string, o: Partial<SetAttrArgs>): SetAttrArgs {
  return { entryId, valid: 0, mode: 0, uid: 0, gid: 0, size: 0, handleId: 0, ...o };
}
const setAttr = (cred: Cred, o: Partial<SetAttrArgs>, id = fid) => t.store.setAttr(cred, set(id, o));

describe('setattr mode and ownership', () => {
  it('chmod by the owner and by root; others get NOT_PERMITTED', async () => {
    expect((await setAttr(user(1000), { valid: B.MODE, mode: 0o600 })).mode).toBe(0o600);
    expect((await setAttr(ROOT, { valid: B.MODE, mode: 0o100755 })).mode).toBe(0o755);
    await expect(setAttr(user(1001), { valid: B.MODE, mode: 0o777 })).rejects.toEqual(code(ErrCode.NOT_PERMITTED));
  });

  it('chmod by an owner outside the file group drops S_ISGID', async () => {
    await setAttr(ROOT, { valid: B.GID, gid: 77 });
    expect((await setAttr(user(1000), { valid: B.MODE, mode: 0o2755 })).mode).toBe(0o755);
    expect((await setAttr(ROOT, { valid: B.MODE, mode: 0o2755 })).mode).toBe(0o2755);
  });

  it('chown is root only; chgrp by the owner to one of their groups', async () => {
    await expect(setAttr(user(1000), { valid: B.UID, uid: 1001 })).rejects.toEqual(code(ErrCode.NOT_PERMITTED));
    await expect(setAttr(user(1000), { valid: B.GID, gid: 99 })).rejects.toEqual(code(ErrCode.NOT_PERMITTED));
    expect((await setAttr(user(1000, 1000, [60]), { valid: B.GID, gid: 60 })).gid).toBe(60);
    expect(await setAttr(ROOT, { valid: B.UID | B.GID, uid: 5, gid: 6 })).toMatchObject({ uid: 5, gid: 6 });
  });

  it('chown of a setuid file drops the set-id bits', async () => {
    await setAttr(ROOT, { valid: B.MODE, mode: 0o6755 });
    expect((await setAttr(ROOT, { valid: B.UID, uid: 42 })).mode).toBe(0o755);
  });

  it('a failed permission check changes nothing', async () => {
    const before = await t.store.getAttr(fid);
    await expect(setAttr(user(1001), { valid: B.MODE | B.SIZE, mode: 0o777, size: 10 })).rejects.toEqual(code(ErrCode.NOT_PERMITTED));
    expect(await t.store.getAttr(fid)).toEqual(before);
    expect(t.chunks.truncates).toEqual([]);
  });
});

describe('setattr size', () => {
  it('truncates every target to its chunk length and sets size/mtime/ctime', async () => {
    const size = 2 * CHUNK + 10;
    const before = await t.store.getAttr(fid);
    const a = await setAttr(user(1000), { valid: B.SIZE, size });
    expect(a.size).toBe(size);
    expect(Number(a.mtime!.sec) * 1e9 + a.mtime!.nsec!).toBeGreaterThan(Number(before.mtime!.sec) * 1e9 + before.mtime!.nsec!);
    expect(t.chunks.truncates).toEqual([
      { entryId: fid, targetId: 101, length: chunkFileLength(size, CHUNK, 2, 0) },
      { entryId: fid, targetId: 102, length: chunkFileLength(size, CHUNK, 2, 1) },
    ]);
    expect(t.chunks.truncates.map((c) => c.length)).toEqual([CHUNK + 10, CHUNK]);
  });

  it('needs write permission, or a write handle (ftruncate)', async () => {
    await expect(setAttr(user(1001), { valid: B.SIZE, size: 1 })).rejects.toEqual(code(ErrCode.ACCESS_DENIED));
    await setAttr(ROOT, { valid: B.MODE, mode: 0o444 });
    const w = await t.store.open(ROOT, fid, 1, 9);
    expect((await setAttr(user(1001), { valid: B.SIZE, size: 5, handleId: w.handleId })).size).toBe(5);
    const r = await t.store.open(ROOT, fid, 0, 9);
    await expect(setAttr(user(1001), { valid: B.SIZE, size: 5, handleId: r.handleId })).rejects.toEqual(code(ErrCode.BAD_HANDLE));
  });

  it('a non-root truncate clears S_ISUID', async () => {
    await setAttr(ROOT, { valid: B.MODE, mode: 0o4666 });
    expect((await setAttr(user(1001), { valid: B.SIZE, size: 0 })).mode).toBe(0o666);
  });

  it('refuses directories (IS_DIR), symlinks and bad sizes', async () => {
    await expect(setAttr(ROOT, { valid: B.SIZE, size: 1 }, 'root')).rejects.toEqual(code(ErrCode.IS_DIR));
    const s = await t.store.symlink(ROOT, 'root', 'ln', 'x');
    await expect(setAttr(ROOT, { valid: B.SIZE, size: 1 }, s.entryId!)).rejects.toEqual(code(ErrCode.INVALID_ARGUMENT));
    await expect(setAttr(ROOT, { valid: B.SIZE, size: 2 ** 60 })).rejects.toEqual(code(ErrCode.FILE_TOO_BIG));
  });

  it('reports storage failure and keeps the old size', async () => {
    t.chunks.down.add(101);
    await expect(setAttr(ROOT, { valid: B.SIZE, size: 100 })).rejects.toEqual(code(ErrCode.UNREACHABLE));
    expect((await t.store.getAttr(fid)).size).toBe(0);
  });
});

describe('setattr times', () => {
  it('sets explicit times (owner or root only)', async () => {
    const a = await setAttr(user(1000), { valid: B.ATIME | B.MTIME, atime: { sec: 100, nsec: 1 }, mtime: { sec: 200, nsec: 2 } });
    expect(a).toMatchObject({ atime: { sec: 100, nsec: 1 }, mtime: { sec: 200, nsec: 2 } });
    await setAttr(ROOT, { valid: B.MODE, mode: 0o666 });
    await expect(setAttr(user(1001), { valid: B.MTIME, mtime: { sec: 1, nsec: 0 } })).rejects.toEqual(code(ErrCode.NOT_PERMITTED));
  });

  it('"now" is allowed to writers, ACCESS_DENIED to others', async () => {
    const now = Math.floor(Date.now() / 1000);
    await expect(setAttr(user(1001), { valid: B.ATIME_NOW | B.MTIME_NOW })).rejects.toEqual(code(ErrCode.ACCESS_DENIED));
    await setAttr(ROOT, { valid: B.MODE, mode: 0o666 });
    const a = await setAttr(user(1001), { valid: B.ATIME | B.ATIME_NOW | B.MTIME | B.MTIME_NOW });
    expect(Number(a.mtime!.sec)).toBeGreaterThanOrEqual(now - 1);
    expect(Number(a.atime!.sec)).toBeGreaterThanOrEqual(now - 1);
  });

  it('rejects bad nanoseconds and unknown bits', async () => {
    await expect(setAttr(ROOT, { valid: B.MTIME, mtime: { sec: 1, nsec: 1e9 } })).rejects.toEqual(code(ErrCode.INVALID_ARGUMENT));
    await expect(setAttr(ROOT, { valid: 1024 })).rejects.toEqual(code(ErrCode.INVALID_ARGUMENT));
  });
});

describe('setPattern', () => {
  it('changes the default of new entries only, and new subdirectories inherit it', async () => {
    const d = await t.store.mkdir(ROOT, 'root', 'd', 0o777);
    const old = await t.store.create(ROOT, { parentId: d.entryId!, name: 'old', mode: 0o644, flags: 0o100, clientId: 1, open: false });
    const a = await t.store.setPattern(ROOT, d.entryId!, { type: hivefs.PatternType.RAID0, chunkSize: 1 << 20, numTargets: 3 });
    expect(a.pattern).toMatchObject({ chunkSize: 1 << 20, numTargets: 3, storagePoolId: 1, ids: [] });
    const fresh = await t.store.create(ROOT, { parentId: d.entryId!, name: 'new', mode: 0o644, flags: 0o100, clientId: 1, open: false });
    expect(fresh.attr.pattern).toMatchObject({ chunkSize: 1 << 20, numTargets: 3 });
    expect(fresh.attr.pattern!.ids).toHaveLength(3);
    expect((await t.store.getAttr(old.attr.entryId!)).pattern).toMatchObject({ chunkSize: CHUNK, numTargets: 2 });
    expect((await t.store.mkdir(ROOT, d.entryId!, 'sub', 0o755)).pattern).toMatchObject({ chunkSize: 1 << 20, numTargets: 3 });
  });

  it('validates the pattern and who may set it', async () => {
    const d = await t.store.mkdir(user(1000), 'root', 'd', 0o777);
    const ok = { type: hivefs.PatternType.RAID0, chunkSize: 1 << 16, numTargets: 1 };
    await expect(t.store.setPattern(user(1001), d.entryId!, ok)).rejects.toEqual(code(ErrCode.NOT_PERMITTED));
    await expect(t.store.setPattern(user(1000), d.entryId!, ok)).resolves.toBeTruthy();
    await expect(t.store.setPattern(ROOT, d.entryId!, { ...ok, chunkSize: 100_000 })).rejects.toEqual(code(ErrCode.INVALID_PATTERN));
    await expect(t.store.setPattern(ROOT, d.entryId!, { ...ok, numTargets: 0 })).rejects.toEqual(code(ErrCode.INVALID_PATTERN));
    await expect(t.store.setPattern(ROOT, d.entryId!, { ...ok, type: 7 as hivefs.PatternType })).rejects.toEqual(code(ErrCode.INVALID_PATTERN));
    await expect(t.store.setPattern(ROOT, d.entryId!, null)).rejects.toEqual(code(ErrCode.INVALID_PATTERN));
    await expect(t.store.setPattern(ROOT, fid, ok)).rejects.toEqual(code(ErrCode.NOT_DIR));
  });
});
