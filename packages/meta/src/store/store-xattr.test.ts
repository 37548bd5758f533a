import { beforeEach, describe, expect, it } from 'vitest';
import { ErrCode } from '@hivefs/protocol';
import { openTestStore, ROOT, user, type TestStore } from '../testing/store-fixture.js';

const code = (c: ErrCode) => expect.objectContaining({ code: c });
const v = (s: string) => Buffer.from(s);
let t: TestStore;
let fid: string;

beforeEach(async () => {
  t = await openTestStore();
  fid = (await t.store.create(ROOT, { parentId: 'root', name: 'f', mode: 0o644, flags: 0o100, clientId: 1, open: false })).attr.entryId!;
});

describe('xattrs', () => {
  it('sets, gets, lists and removes', async () => {
    await t.store.setXattr(ROOT, fid, 'user.a', v('1'), 0);
    await t.store.setXattr(ROOT, fid, 'user.b:c', v('2'), 0);
    expect(Buffer.from(await t.store.getXattr(ROOT, fid, 'user.a')).toString()).toBe('1');
    expect(await t.store.listXattr(ROOT, fid)).toEqual(['user.a', 'user.b:c']);
    await t.store.removeXattr(ROOT, fid, 'user.a');
    await expect(t.store.getXattr(ROOT, fid, 'user.a')).rejects.toEqual(code(ErrCode.NO_XATTR));
    await expect(t.store.removeXattr(ROOT, fid, 'user.a')).rejects.toEqual(code(ErrCode.NO_XATTR));
  });

  it('honours XATTR_CREATE and XATTR_REPLACE', async () => {
    await expect(t.store.setXattr(ROOT, fid, 'user.a', v('1'), 2)).rejects.toEqual(code(ErrCode.NO_XATTR));
    await t.store.setXattr(ROOT, fid, 'user.a', v('1'), 1);
    await expect(t.store.setXattr(ROOT, fid, 'user.a', v('2'), 1)).rejects.toEqual(code(ErrCode.EXISTS));
    await t.store.setXattr(ROOT, fid, 'user.a', v('2'), 2);
    expect(Buffer.from(await t.store.getXattr(ROOT, fid, 'user.a')).toString()).toBe('2');
    await expect(t.store.setXattr(ROOT, fid, 'user.a', v('2'), 3)).rejects.toEqual(code(ErrCode.INVALID_ARGUMENT));
  });

  it('limits names to 255 bytes and values to 64 KiB (XATTR_RANGE)', async () => {
    await expect(t.store.setXattr(ROOT, fid, `user.${'n'.repeat(251)}`, v('x'), 0)).rejects.toEqual(code(ErrCode.XATTR_RANGE));
    await t.store.setXattr(ROOT, fid, `user.${'n'.repeat(250)}`, v('x'), 0);
    await expect(t.store.setXattr(ROOT, fid, 'user.big', Buffer.alloc(64 * 1024 + 1), 0)).rejects.toEqual(code(ErrCode.XATTR_RANGE));
    await t.store.setXattr(ROOT, fid, 'user.big', Buffer.alloc(64 * 1024), 0);
  });

  it('user.* follows read/write permission', async () => {
    await t.store.setXattr(ROOT, fid, 'user.a', v('1'), 0);
    await expect(t.store.setXattr(user(1000), fid, 'user.b', v('1'), 0)).rejects.toEqual(code(ErrCode.ACCESS_DENIED));
    await expect(t.store.removeXattr(user(1000), fid, 'user.a')).rejects.toEqual(code(ErrCode.ACCESS_DENIED));
    expect(Buffer.from(await t.store.getXattr(user(1000), fid, 'user.a')).toString()).toBe('1');
    await t.store.setAttr(ROOT, { entryId: fid, valid: 1, mode: 0o600, uid: 0, gid: 0, size: 0, handleId: 0 });
    await expect(t.store.getXattr(user(1000), fid, 'user.a')).rejects.toEqual(code(ErrCode.ACCESS_DENIED));
  });

  it('trusted.* is root only and hidden from others; security.* is allowed; system.* and unknown namespaces are NOT_SUPPORTED', async () => {
    await t.store.setAttr(ROOT, { entryId: fid, valid: 1, mode: 0o666, uid: 0, gid: 0, size: 0, handleId: 0 });
    await t.store.setXattr(ROOT, fid, 'trusted.t', v('1'), 0);
    await expect(t.store.setXattr(user(1000), fid, 'trusted.x', v('1'), 0)).rejects.toEqual(code(ErrCode.NOT_PERMITTED));
    await expect(t.store.getXattr(user(1000), fid, 'trusted.t')).rejects.toEqual(code(ErrCode.NOT_PERMITTED));
    await t.store.setXattr(user(1000), fid, 'security.s', v('1'), 0);
    expect(await t.store.listXattr(user(1000), fid)).toEqual(['security.s']);
    expect(await t.store.listXattr(ROOT, fid)).toEqual(['security.s', 'trusted.t']);
    await expect(t.store.setXattr(ROOT, fid, 'system.posix_acl_access', v('1'), 0)).rejects.toEqual(code(ErrCode.NOT_SUPPORTED));
    await expect(t.store.setXattr(ROOT, fid, 'other.x', v('1'), 0)).rejects.toEqual(code(ErrCode.NOT_SUPPORTED));
  });

  it('xattrs go with the inode', async () => {
    await t.store.setXattr(ROOT, fid, 'user.a', v('1'), 0);
    await t.store.unlink(ROOT, 'root', 'f');
    const again = (await t.store.create(ROOT, { parentId: 'root', name: 'f', mode: 0o644, flags: 0o100, clientId: 1, open: false })).attr.entryId!;
    expect(await t.store.listXattr(ROOT, again)).toEqual([]);
    let left = 0;
    for await (const _ of t.kv.keysWithPrefix('X:')) left += 1;
    expect(left).toBe(0);
  });
});
