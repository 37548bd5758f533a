import { beforeEach, describe, expect, it } from 'vitest';
import { ErrCode } from '@hivefs/protocol';
import { openTestStore, ROOT, user, type TestStore } from '../testing/store-fixture.js';
import type { Cred } from './types.js';

const code = (c: ErrCode) => expect.objectContaining({ code: c });
let t: TestStore;
beforeEach(async () => {
  t = await openTestStore();
});

const file = async (parentId: string, name: string, cred: Cred = ROOT) => (await t.store.create(cred, { parentId, name, mode: 0o644, flags: 0o100, clientId: 1, open: false })).attr.entryId!;
const dir = async (parentId: string, name: string, mode = 0o755, cred: Cred = ROOT) => (await t.store.mkdir(cred, parentId, name, mode)).entryId!;
const mv = (sp: string, sn: string, dp: string, dn: string, o: { noReplace?: boolean; cred?: Cred } = {}) =>
  t.store.rename(o.cred ?? ROOT, { srcParentId: sp, srcName: sn, dstParentId: dp, dstName: dn, noReplace: o.noReplace ?? false });
const names = async (dirId: string) => (await t.store.readdir(ROOT, dirId, { after: '', limit: 0, withAttrs: false })).entries.map((e) => e.name);

describe('rename of files', () => {
  it('renames within a directory, keeping the entry id', async () => {
    const id = await file('root', 'a');
    await mv('root', 'a', 'root', 'b');
    expect(await names('root')).toEqual(['b']);
    expect((await t.store.lookup(ROOT, 'root', 'b')).entryId).toBe(id);
  });

  it('moves across directories', async () => {
    const d = await dir('root', 'd');
    const id = await file('root', 'a');
    await mv('root', 'a', d, 'a2');
    expect(await names('root')).toEqual(['d']);
    expect((await t.store.lookup(ROOT, d, 'a2')).entryId).toBe(id);
    expect((await t.store.getAttr('root')).nlink).toBe(3);
  });

  it('replaces an existing file and removes its chunks', async () => {
    const a = await file('root', 'a');
    const b = await file('root', 'b');
    await mv('root', 'a', 'root', 'b');
    expect((await t.store.lookup(ROOT, 'root', 'b')).entryId).toBe(a);
    await expect(t.store.getAttr(b)).rejects.toEqual(code(ErrCode.NOT_FOUND));
    await t.store.disposalsIdle(); // chunk removal runs in the background
    expect(t.chunks.unlinks.map((u) => u.entryId)).toEqual([b, b]);
  });

  it('keeps a replaced file that is still open as an orphan', async () => {
    await file('root', 'a');
    const b = await t.store.create(ROOT, { parentId: 'root', name: 'b', mode: 0o644, flags: 0o100 | 2, clientId: 1, open: true });
    await mv('root', 'a', 'root', 'b');
    expect(await t.store.getAttr(b.attr.entryId!)).toMatchObject({ nlink: 0 });
    await t.store.disposalsIdle(); // chunk removal runs in the background
    expect(t.chunks.unlinks).toEqual([]);
    await t.store.close({ entryId: b.attr.entryId!, handleId: b.handleId, clientId: 1, sizeHint: 0 });
    await t.store.disposalsIdle(); // chunk removal runs in the background
    expect(t.chunks.unlinks).toHaveLength(2);
  });

  it('no_replace refuses an existing target with EXISTS', async () => {
    await file('root', 'a');
    await file('root', 'b');
    await expect(mv('root', 'a', 'root', 'b', { noReplace: true })).rejects.toEqual(code(ErrCode.EXISTS));
    await mv('root', 'a', 'root', 'c', { noReplace: true });
    expect(await names('root')).toEqual(['b', 'c']);
  });

  it('a file cannot replace a directory (IS_DIR)', async () => {
    await file('root', 'a');
    await dir('root', 'd');
    await expect(mv('root', 'a', 'root', 'd')).rejects.toEqual(code(ErrCode.IS_DIR));
  });

  it('renaming onto another link of the same file does nothing', async () => {
    const a = await file('root', 'a');
    await t.store.link(ROOT, a, 'root', 'b');
    await mv('root', 'a', 'root', 'b');
    expect(await names('root')).toEqual(['a', 'b']);
    expect((await t.store.getAttr(a)).nlink).toBe(2);
    await mv('root', 'a', 'root', 'a');
    expect(await names('root')).toEqual(['a', 'b']);
  });

  it('a missing source is NOT_FOUND', async () => {
    await expect(mv('root', 'nope', 'root', 'x')).rejects.toEqual(code(ErrCode.NOT_FOUND));
  });
});

describe('rename of directories', () => {
  it('moves a directory, updating parent_id and both parents link counts', async () => {
    const a = await dir('root', 'a');
    const b = await dir('root', 'b');
    const c = await dir(a, 'c');
    await mv(a, 'c', b, 'c');
    expect((await t.store.getAttr(c)).parentId).toBe(b);
    expect((await t.store.getAttr(a)).nlink).toBe(2);
    expect((await t.store.getAttr(b)).nlink).toBe(3);
  });

  it('replaces an empty directory and refuses a non-empty one', async () => {
    const a = await dir('root', 'a');
    const b = await dir('root', 'b');
    const full = await dir('root', 'full');
    await file(full, 'x');
    await expect(mv('root', 'a', 'root', 'full')).rejects.toEqual(code(ErrCode.NOT_EMPTY));
    await mv('root', 'a', 'root', 'b');
    await expect(t.store.getAttr(b)).rejects.toEqual(code(ErrCode.NOT_FOUND));
    expect((await t.store.lookup(ROOT, 'root', 'b')).entryId).toBe(a);
    expect((await t.store.getAttr('root')).nlink).toBe(2 + 2);
  });

  it('replaces an empty directory in another parent with exact link counts', async () => {
    const p = await dir('root', 'p');
    const q = await dir('root', 'q');
    const a = await dir(p, 'a');
    await dir(q, 'a');
    await mv(p, 'a', q, 'a');
    expect((await t.store.getAttr(p)).nlink).toBe(2);
    expect((await t.store.getAttr(q)).nlink).toBe(3);
    expect((await t.store.getAttr(a)).parentId).toBe(q);
  });

  it('a directory cannot replace a file (NOT_DIR)', async () => {
    await dir('root', 'd');
    await file('root', 'f');
    await expect(mv('root', 'd', 'root', 'f')).rejects.toEqual(code(ErrCode.NOT_DIR));
  });

  it('refuses to move a directory into its own subtree (INVALID_ARGUMENT)', async () => {
    const a = await dir('root', 'a');
    const b = await dir(a, 'b');
    const c = await dir(b, 'c');
    await expect(mv('root', 'a', c, 'a')).rejects.toEqual(code(ErrCode.INVALID_ARGUMENT));
    await expect(mv('root', 'a', a, 'self')).rejects.toEqual(code(ErrCode.INVALID_ARGUMENT));
    expect((await t.store.getAttr(a)).parentId).toBe('root');
  });

  it('concurrent cross moves of two directories into each other cannot both succeed', async () => {
    const x = await dir('root', 'x');
    const y = await dir('root', 'y');
    const a = await dir(x, 'a');
    const b = await dir(y, 'b');
    const inA = await dir(a, 'deep');
    const inB = await dir(b, 'deep');
    const r = await Promise.allSettled([mv(x, 'a', inB, 'a'), mv(y, 'b', inA, 'b')]);
    expect(r.filter((v) => v.status === 'fulfilled')).toHaveLength(1);
    expect((r.find((v) => v.status === 'rejected') as PromiseRejectedResult).reason.code).toBe(ErrCode.INVALID_ARGUMENT);
    const parents = [(await t.store.getAttr(a)).parentId, (await t.store.getAttr(b)).parentId];
    expect(parents.filter((p) => p === x || p === y)).toHaveLength(1);
  });
});

describe('rename permissions', () => {
  it('needs write permission on both parents', async () => {
    const open = await dir('root', 'open', 0o777);
    const closed = await dir('root', 'closed', 0o755);
    await file(open, 'f', user(1000));
    await expect(mv(open, 'f', closed, 'f', { cred: user(1000) })).rejects.toEqual(code(ErrCode.ACCESS_DENIED));
    await mv(open, 'f', open, 'g', { cred: user(1000) });
  });

  it('sticky directories protect other users entries (NOT_PERMITTED)', async () => {
    const tmp = await dir('root', 'tmp', 0o1777);
    await file(tmp, 'f', user(1000));
    await expect(mv(tmp, 'f', tmp, 'g', { cred: user(1001) })).rejects.toEqual(code(ErrCode.NOT_PERMITTED));
    await file(tmp, 'h', user(1001));
    await expect(mv(tmp, 'h', tmp, 'f', { cred: user(1001) })).rejects.toEqual(code(ErrCode.NOT_PERMITTED));
    await mv(tmp, 'f', tmp, 'g', { cred: user(1000) });
  });

  it('moving a directory to another parent needs write permission on it', async () => {
    const a = await dir('root', 'a', 0o777);
    const b = await dir('root', 'b', 0o777);
    await dir(a, 'ro', 0o555, user(1000));
    await expect(mv(a, 'ro', b, 'ro', { cred: user(1000) })).rejects.toEqual(code(ErrCode.ACCESS_DENIED));
    await mv(a, 'ro', a, 'ro2', { cred: user(1000) });
  });
});
