import { beforeEach, describe, expect, it } from 'vitest';
import { ErrCode, hivefs } from '@hivefs/protocol';
import { openTestStore, ROOT, user, type TestStore } from '../testing/store-fixture.js';
import { SetAttrBits as B } from './attr-ops.js';
import type { MknodArgs } from './namespace-ops.js';
import type { Cred } from './types.js';

const code = (c: ErrCode) => expect.objectContaining({ code: c });
const T = hivefs.EntryType;
let t: TestStore;

beforeEach(async () => {
  t = await openTestStore();
  await t.store.setAttr(ROOT, { entryId: 'root', valid: B.MODE, mode: 0o777, uid: 0, gid: 0, size: 0, handleId: 0 });
});

const mknod = (cred: Cred, o: Partial<MknodArgs> & { name: string; type: hivefs.EntryType }) => t.store.mknod(cred, { parentId: 'root', mode: 0o644, rdev: 0, ...o });

describe('mknod: special files', () => {
  it('stores FIFOs, sockets and devices as their own types, with rdev for devices only, no stripe targets', async () => {
    const made = [
      await mknod(user(1000), { name: 'p', type: T.FIFO, mode: 0o640, rdev: 99 }),
      await mknod(user(1000), { name: 's', type: T.SOCKET, mode: 0o755 }),
      await mknod(ROOT, { name: 'c', type: T.CHARDEV, mode: 0o600, rdev: 0x103 }),
      await mknod(ROOT, { name: 'b', type: T.BLOCKDEV, mode: 0o660, rdev: 0x700 }),
    ];
    expect(made.map((a) => [a.type, a.mode, a.rdev, a.uid, a.nlink, a.size, a.pattern?.ids])).toEqual([
      [T.FIFO, 0o640, 0, 1000, 1, 0, []],
      [T.SOCKET, 0o755, 0, 1000, 1, 0, []],
      [T.CHARDEV, 0o600, 0x103, 0, 1, 0, []],
      [T.BLOCKDEV, 0o660, 0x700, 0, 1, 0, []],
    ]);
    for (const a of made) expect(await t.store.getAttr(a.entryId!)).toMatchObject({ type: a.type, rdev: a.rdev });
    const listed = (await t.store.readdir(ROOT, 'root', { after: '', limit: 10, withAttrs: true })).entries;
    expect(listed.map((e) => [e.name, e.type, e.attr?.rdev])).toEqual([['b', T.BLOCKDEV, 0x700], ['c', T.CHARDEV, 0x103], ['p', T.FIFO, 0], ['s', T.SOCKET, 0]]);
  });

  it('refuses devices to non-root (NOT_PERMITTED), other types (INVALID_ARGUMENT), a taken name (EXISTS), and needs w+x on the parent', async () => {
    await expect(mknod(user(1000), { name: 'c', type: T.CHARDEV, rdev: 0x103 })).rejects.toEqual(code(ErrCode.NOT_PERMITTED));
    for (const type of [T.REGULAR, T.DIRECTORY, T.SYMLINK, T.ENTRY_TYPE_UNSPECIFIED, 42 as hivefs.EntryType]) {
      await expect(mknod(ROOT, { name: 'x', type })).rejects.toEqual(code(ErrCode.INVALID_ARGUMENT));
    }
    await mknod(user(1000), { name: 'p', type: T.FIFO });
    await expect(mknod(user(1000), { name: 'p', type: T.SOCKET })).rejects.toEqual(code(ErrCode.EXISTS));
    const dir = await t.store.mkdir(ROOT, 'root', 'closed', 0o755);
    await expect(t.store.mknod(user(1000), { parentId: dir.entryId!, name: 'p', type: T.FIFO, mode: 0o644, rdev: 0 })).rejects.toEqual(code(ErrCode.ACCESS_DENIED));
    expect((await t.store.readdir(ROOT, 'root', { after: '', limit: 10, withAttrs: false })).entries.map((e) => e.name)).toEqual(['closed', 'p']);
  });

  it('are never opened (NO_DEVICE), take no size and no user.* xattrs, but link, rename and unlink like files', async () => {
    const p = await mknod(user(1000), { name: 'p', type: T.FIFO });
    await expect(t.store.open(user(1000), p.entryId!, 0, 1)).rejects.toEqual(code(ErrCode.NO_DEVICE));
    await expect(t.store.setAttr(user(1000), { entryId: p.entryId!, valid: B.SIZE, size: 5, mode: 0, uid: 0, gid: 0, handleId: 0 })).rejects.toEqual(code(ErrCode.INVALID_ARGUMENT));
    await expect(t.store.setXattr(user(1000), p.entryId!, 'user.x', new Uint8Array([1]), 0)).rejects.toEqual(code(ErrCode.NOT_PERMITTED));
    expect((await t.store.link(user(1000), p.entryId!, 'root', 'p2')).nlink).toBe(2);
    await t.store.rename(user(1000), { srcParentId: 'root', srcName: 'p2', dstParentId: 'root', dstName: 'q', noReplace: false });
    await t.store.unlink(user(1000), 'root', 'p');
    expect(await t.store.lookup(user(1000), 'root', 'q')).toMatchObject({ type: T.FIFO, nlink: 1 });
    await t.store.unlink(user(1000), 'root', 'q');
    await expect(t.store.getAttr(p.entryId!)).rejects.toEqual(code(ErrCode.NOT_FOUND));
    await t.store.disposalsIdle();
    expect(t.chunks.unlinkRequests).toEqual([]);
  });
});

describe('set-user-ID and set-group-ID bits cleared for a writer', () => {
  const chmod = (cred: Cred, id: string, mode: number) => t.store.setAttr(cred, { entryId: id, valid: B.MODE, mode, uid: 0, gid: 0, size: 0, handleId: 0 });

  it('anyone who may write the file may clear the bits (and only them), as the kernel asks on their write', async () => {
    const f = (await t.store.create(ROOT, { parentId: 'root', name: 'f', mode: 0o6777, flags: 0o101, clientId: 1, open: false })).attr.entryId!;
    expect((await chmod(user(1000), f, 0o2777)).mode).toBe(0o2777);
    expect((await chmod(user(1000), f, 0o777)).mode).toBe(0o777);
    await chmod(ROOT, f, 0o6777);
    expect((await chmod(user(1000), f, 0o777)).mode).toBe(0o777);
    await chmod(ROOT, f, 0o6777);
    // anything beyond clearing set-id bits stays the owner's
    for (const mode of [0o6775, 0o6777 | 0o1000, 0o775, 0o6777]) await expect(chmod(user(1000), f, mode)).rejects.toEqual(code(ErrCode.NOT_PERMITTED));
    // without write permission not even that
    await chmod(ROOT, f, 0o6755);
    await expect(chmod(user(1000), f, 0o755)).rejects.toEqual(code(ErrCode.ACCESS_DENIED));
    expect((await t.store.getAttr(f)).mode).toBe(0o6755);
  });
});
