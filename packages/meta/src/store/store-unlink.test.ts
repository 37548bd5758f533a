import { beforeEach, describe, expect, it } from 'vitest';
import { ErrCode } from '@hivefs/protocol';
import { openTestStore, ROOT, user, type TestStore } from '../testing/store-fixture.js';
import { sessionKey, sessionPrefix } from './keys.js';

const O_RDONLY = 0;
const O_RDWR = 2;
const O_CREAT = 0o100;
const code = (c: ErrCode) => expect.objectContaining({ code: c });

let t: TestStore;
beforeEach(async () => {
  t = await openTestStore();
});

const mk = (name: string, o: Partial<{ mode: number; flags: number; open: boolean; clientId: number; cred: typeof ROOT; parentId: string }> = {}) =>
  t.store.create(o.cred ?? ROOT, { parentId: o.parentId ?? 'root', name, mode: o.mode ?? 0o644, flags: o.flags ?? O_CREAT | O_RDWR, clientId: o.clientId ?? 7, open: o.open ?? false });

describe('unlink', () => {
  it('removes the name, the inode and the chunks on every target', async () => {
    const f = await mk('f');
    const id = f.attr.entryId!;
    await t.store.unlink(ROOT, 'root', 'f');
    await expect(t.store.getAttr(id)).rejects.toEqual(code(ErrCode.NOT_FOUND));
    await expect(t.store.lookup(ROOT, 'root', 'f')).rejects.toEqual(code(ErrCode.NOT_FOUND));
    await t.store.disposalsIdle(); // chunk removal runs in the background
    expect(t.chunks.unlinks).toEqual([{ entryId: id, targetId: 101 }, { entryId: id, targetId: 102 }]);
  });

  it('keeps an open file until its last close, then removes the chunks', async () => {
    const a = await mk('f', { open: true, clientId: 1 });
    const id = a.attr.entryId!;
    const b = await t.store.open(ROOT, id, O_RDONLY, 2);
    await t.store.unlink(ROOT, 'root', 'f');
    await expect(t.store.lookup(ROOT, 'root', 'f')).rejects.toEqual(code(ErrCode.NOT_FOUND));
    expect(await t.store.getAttr(id)).toMatchObject({ nlink: 0 });
    await t.store.disposalsIdle(); // chunk removal runs in the background
    expect(t.chunks.unlinks).toEqual([]);
    await t.store.close({ entryId: id, handleId: a.handleId, clientId: 1, sizeHint: 10 });
    await t.store.disposalsIdle(); // chunk removal runs in the background
    expect(t.chunks.unlinks).toEqual([]);
    await t.store.close({ entryId: id, handleId: b.handleId, clientId: 2, sizeHint: 0 });
    await t.store.disposalsIdle(); // chunk removal runs in the background
    expect(t.chunks.unlinks.map((u) => u.targetId)).toEqual([101, 102]);
    await expect(t.store.getAttr(id)).rejects.toEqual(code(ErrCode.NOT_FOUND));
  });

  it('succeeds even when a target cannot remove the chunk', async () => {
    await mk('f');
    t.chunks.down.add(101);
    await t.store.unlink(ROOT, 'root', 'f');
    await t.store.disposalsIdle(); // chunk removal runs in the background
    expect(t.chunks.unlinks.map((u) => u.targetId)).toEqual([102]);
  });

  it('refuses directories (IS_DIR), missing names and users without permission', async () => {
    await t.store.mkdir(ROOT, 'root', 'd', 0o777);
    await expect(t.store.unlink(ROOT, 'root', 'd')).rejects.toEqual(code(ErrCode.IS_DIR));
    await expect(t.store.unlink(ROOT, 'root', 'nope')).rejects.toEqual(code(ErrCode.NOT_FOUND));
    await mk('f', { mode: 0o666 });
    await expect(t.store.unlink(user(1000), 'root', 'f')).rejects.toEqual(code(ErrCode.ACCESS_DENIED));
  });

  it('in a sticky directory only the owners or root may unlink', async () => {
    const tmp = await t.store.mkdir(ROOT, 'root', 'tmp', 0o1777);
    await mk('mine', { cred: user(1000), parentId: tmp.entryId!, mode: 0o666 });
    await expect(t.store.unlink(user(1001), tmp.entryId!, 'mine')).rejects.toEqual(code(ErrCode.NOT_PERMITTED));
    await t.store.unlink(user(1000), tmp.entryId!, 'mine');
  });

  it('removes a symlink and its target record', async () => {
    const s = await t.store.symlink(ROOT, 'root', 'ln', 'target');
    await t.store.unlink(ROOT, 'root', 'ln');
    await expect(t.store.readlink(s.entryId!)).rejects.toEqual(code(ErrCode.NOT_FOUND));
    await t.store.disposalsIdle(); // chunk removal runs in the background
    expect(t.chunks.unlinks).toEqual([]);
  });
});

describe('orphans across a restart', () => {
  it('an orphan still open after a restart is removed at its last close', async () => {
    const f = await mk('f', { open: true });
    await t.store.unlink(ROOT, 'root', 'f');
    const reopened = await openTestStore({ kv: t.kv, chunks: t.chunks });
    expect(await reopened.store.purgeOrphans()).toEqual({ purged: 0, kept: 1 });
    await reopened.store.close({ entryId: f.attr.entryId!, handleId: f.handleId, clientId: 7, sizeHint: 0 });
    await reopened.store.disposalsIdle(); // chunk removal runs in the background
    expect(t.chunks.unlinks.map((u) => u.entryId)).toEqual([f.attr.entryId, f.attr.entryId]);
  });
});

describe('read-only sessions', () => {
  const onDisk = async (id: string): Promise<string[]> => {
    const out: string[] = [];
    for await (const [k] of t.disk.keysWithPrefix(sessionPrefix(id))) out.push(k);
    return out;
  };

  it('live in memory only: opening and closing one writes nothing to disk', async () => {
    const id = (await mk('f')).attr.entryId!;
    const w = await t.store.open(ROOT, id, O_RDWR, 1);
    const r = await t.store.open(ROOT, id, O_RDONLY, 2);
    expect(await onDisk(id)).toEqual([sessionKey(id, w.handleId)]);
    expect((await t.store.getAttr(id)).nlink).toBe(1);
    await t.store.close({ entryId: id, handleId: r.handleId, clientId: 2, sizeHint: 0 });
    await expect(t.store.close({ entryId: id, handleId: r.handleId, clientId: 2, sizeHint: 0 })).rejects.toEqual(code(ErrCode.BAD_HANDLE));
    await t.store.close({ entryId: id, handleId: w.handleId, clientId: 1, sizeHint: 0 });
    expect(await onDisk(id)).toEqual([]);
  });

  it('are forgotten by a crash (the close then finds no session); a write session is not', async () => {
    const id = (await mk('f')).attr.entryId!;
    const r = await t.store.open(ROOT, id, O_RDONLY, 2);
    const w = await t.store.open(ROOT, id, O_RDWR, 1);
    const after = await openTestStore({ kv: t.disk, chunks: t.chunks });
    await expect(after.store.close({ entryId: id, handleId: r.handleId, clientId: 2, sizeHint: 0 })).rejects.toEqual(code(ErrCode.BAD_HANDLE));
    await after.store.close({ entryId: id, handleId: w.handleId, clientId: 1, sizeHint: 4 });
    expect((await after.store.getAttr(id)).size).toBe(4);
  });

  it("go to disk when the file is unlinked while open, so the orphan outlives a crash until the reader's close", async () => {
    const id = (await mk('f')).attr.entryId!;
    const r = await t.store.open(ROOT, id, O_RDONLY, 2);
    await t.store.unlink(ROOT, 'root', 'f');
    const late = await t.store.open(ROOT, id, O_RDONLY, 3); // an open by id of the orphan is kept on disk too
    expect(await onDisk(id)).toEqual([sessionKey(id, r.handleId), sessionKey(id, late.handleId)].sort());
    const after = await openTestStore({ kv: t.disk, chunks: t.chunks });
    expect(await after.store.purgeOrphans()).toEqual({ purged: 0, kept: 1 });
    await after.store.close({ entryId: id, handleId: late.handleId, clientId: 3, sizeHint: 0 });
    await after.store.close({ entryId: id, handleId: r.handleId, clientId: 2, sizeHint: 0 });
    await after.store.disposalsIdle(); // chunk removal runs in the background
    expect(t.chunks.unlinks.map((u) => u.entryId)).toEqual([id, id]);
    await expect(after.store.getAttr(id)).rejects.toEqual(code(ErrCode.NOT_FOUND));
  });
});
