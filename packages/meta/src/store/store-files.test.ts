import { beforeEach, describe, expect, it } from 'vitest';
import { chunkFileLength, ErrCode, hivefs } from '@hivefs/protocol';
import { openTestStore, ROOT, user, type TestStore } from '../testing/store-fixture.js';

const O_RDONLY = 0;
const O_WRONLY = 1;
const O_RDWR = 2;
const O_CREAT = 0o100;
const O_EXCL = 0o200;
const O_TRUNC = 0o1000;
const CHUNK = 64 * 1024;
const code = (c: ErrCode) => expect.objectContaining({ code: c });

let t: TestStore;
beforeEach(async () => {
  t = await openTestStore();
});

const mk = (name: string, o: Partial<{ mode: number; flags: number; open: boolean; clientId: number; cred: typeof ROOT; parentId: string }> = {}) =>
  t.store.create(o.cred ?? ROOT, { parentId: o.parentId ?? 'root', name, mode: o.mode ?? 0o644, flags: o.flags ?? O_CREAT | O_RDWR, clientId: o.clientId ?? 7, open: o.open ?? false });

describe('create', () => {
  it('creates a regular file with targets chosen from the parent pattern', async () => {
    const r = await mk('f');
    expect(r.created).toBe(true);
    expect(r.handleId).toBe(0);
    expect(r.attr).toMatchObject({ type: hivefs.EntryType.REGULAR, mode: 0o644, uid: 0, size: 0, nlink: 1, parentId: '' });
    expect(r.attr.pattern).toMatchObject({ type: hivefs.PatternType.RAID0, chunkSize: CHUNK, numTargets: 2, ids: [101, 102] });
    expect((await mk('g')).attr.pattern!.ids).toEqual([201, 202]);
  });

  it('O_EXCL on an existing name is EXISTS; without it the file is opened', async () => {
    const first = await mk('f');
    await expect(mk('f', { flags: O_CREAT | O_EXCL | O_WRONLY })).rejects.toEqual(code(ErrCode.EXISTS));
    const again = await mk('f', { open: true, flags: O_CREAT | O_RDWR });
    expect(again.created).toBe(false);
    expect(again.attr.entryId).toBe(first.attr.entryId);
    expect(again.handleId).toBeGreaterThan(0);
  });

  it('create without O_EXCL honours O_TRUNC on an existing file', async () => {
    const f = await mk('f', { open: true });
    await t.store.close({ entryId: f.attr.entryId!, handleId: f.handleId, clientId: 7, sizeHint: 300_000 });
    const r = await mk('f', { flags: O_CREAT | O_TRUNC | O_WRONLY, open: true });
    expect(r.attr.size).toBe(0);
    expect(t.chunks.truncates).toEqual([{ entryId: f.attr.entryId, targetId: 101, length: 0 }, { entryId: f.attr.entryId, targetId: 102, length: 0 }]);
  });

  it('create over a directory name is IS_DIR when writing', async () => {
    await t.store.mkdir(ROOT, 'root', 'd', 0o755);
    await expect(mk('d', { flags: O_CREAT | O_WRONLY, open: true })).rejects.toEqual(code(ErrCode.IS_DIR));
  });

  it('with open: true returns a handle and counts the writer', async () => {
    const r = await mk('f', { open: true, flags: O_CREAT | O_WRONLY });
    expect(r.handleId).toBeGreaterThan(0);
    expect(r.attr.openWriters).toBe(1);
    expect((await t.store.getAttr(r.attr.entryId!)).openWriters).toBe(1);
  });

  it('needs write and search permission on the parent', async () => {
    await expect(mk('f', { cred: user(1000) })).rejects.toEqual(code(ErrCode.ACCESS_DENIED));
  });

  it('fails with NO_TARGETS when the pattern names a pool without targets', async () => {
    const d = await t.store.mkdir(ROOT, 'root', 'd', 0o755);
    await t.store.setPattern(ROOT, d.entryId!, { type: hivefs.PatternType.RAID0, chunkSize: CHUNK, numTargets: 1, storagePoolId: 9 });
    await expect(mk('f', { parentId: d.entryId! })).rejects.toEqual(code(ErrCode.NO_TARGETS));
  });
});

describe('open', () => {
  it('checks access by O_ACCMODE for non-root users', async () => {
    const f = await mk('f', { mode: 0o640 });
    const id = f.attr.entryId!;
    await expect(t.store.open(user(1000), id, O_RDONLY, 1)).rejects.toEqual(code(ErrCode.ACCESS_DENIED));
    await t.store.setAttr(ROOT, { entryId: id, valid: 4, mode: 0, uid: 0, gid: 1000, size: 0, handleId: 0 });
    await expect(t.store.open(user(1000), id, O_RDONLY, 1)).resolves.toMatchObject({ handleId: expect.any(Number) });
    await expect(t.store.open(user(1000), id, O_WRONLY, 1)).rejects.toEqual(code(ErrCode.ACCESS_DENIED));
    await expect(t.store.open(user(1000), id, O_RDONLY | O_TRUNC, 1)).rejects.toEqual(code(ErrCode.ACCESS_DENIED));
    await expect(t.store.open(ROOT, id, O_RDWR, 1)).resolves.toBeTruthy();
    await expect(t.store.open(ROOT, id, 3, 1)).rejects.toEqual(code(ErrCode.INVALID_ARGUMENT));
  });

  it('a non-root user who may only read gets no write access, through whichever class grants the read', async () => {
    // Owner, group and other each allowed r and nothing else: O_RDONLY opens, every write access fails.
    const cases = [
      { mode: 0o400, cred: user(1000) },
      { mode: 0o040, cred: user(1001, 1001, [1000]) },
      { mode: 0o004, cred: user(1002) },
    ];
    for (const { mode, cred } of cases) {
      const id = (await mk(`ro-${mode.toString(8)}`, { mode })).attr.entryId!;
      await t.store.setAttr(ROOT, { entryId: id, valid: 2 | 4, mode: 0, uid: 1000, gid: 1000, size: 0, handleId: 0 });
      const denied = code(ErrCode.ACCESS_DENIED);
      await expect(t.store.open(cred, id, O_RDWR, 1), `O_RDWR, mode ${mode.toString(8)}`).rejects.toEqual(denied);
      await expect(t.store.open(cred, id, O_WRONLY, 1), `O_WRONLY, mode ${mode.toString(8)}`).rejects.toEqual(denied);
      await expect(t.store.open(cred, id, O_RDONLY | O_TRUNC, 1), `O_RDONLY|O_TRUNC, mode ${mode.toString(8)}`).rejects.toEqual(denied);
      await expect(t.store.open(cred, id, O_RDWR | O_TRUNC, 1), `O_RDWR|O_TRUNC, mode ${mode.toString(8)}`).rejects.toEqual(denied);
      await expect(mk(`ro-${mode.toString(8)}`, { cred, flags: O_CREAT | O_RDWR, open: true }), `create O_RDWR, mode ${mode.toString(8)}`).rejects.toEqual(denied);
      await expect(t.store.open(cred, id, O_RDONLY, 1), `O_RDONLY, mode ${mode.toString(8)}`).resolves.toMatchObject({ handleId: expect.any(Number) });
      expect(await t.store.getAttr(id)).toMatchObject({ openWriters: 0, mode });
    }
  });

  it('directories open read-only without a session; writing is IS_DIR', async () => {
    const d = await t.store.mkdir(ROOT, 'root', 'd', 0o755);
    await expect(t.store.open(ROOT, d.entryId!, O_RDONLY, 1)).resolves.toMatchObject({ handleId: 0 });
    await expect(t.store.open(ROOT, d.entryId!, O_WRONLY, 1)).rejects.toEqual(code(ErrCode.IS_DIR));
    await expect(t.store.open(ROOT, d.entryId!, O_RDWR, 1)).rejects.toEqual(code(ErrCode.IS_DIR));
  });

  it('O_TRUNC truncates every chunk file and resets the size', async () => {
    const f = await mk('f', { open: true });
    await t.store.close({ entryId: f.attr.entryId!, handleId: f.handleId, clientId: 7, sizeHint: 5000 });
    const r = await t.store.open(ROOT, f.attr.entryId!, O_WRONLY | O_TRUNC, 7);
    expect(r.attr.size).toBe(0);
    expect(t.chunks.truncates.map((c) => [c.targetId, c.length])).toEqual([[101, 0], [102, 0]]);
  });

  it('O_TRUNC fails when a target cannot be reached, leaving the size', async () => {
    const f = await mk('f', { open: true });
    await t.store.close({ entryId: f.attr.entryId!, handleId: f.handleId, clientId: 7, sizeHint: 5000 });
    t.chunks.down.add(102);
    await expect(t.store.open(ROOT, f.attr.entryId!, O_WRONLY | O_TRUNC, 7)).rejects.toEqual(code(ErrCode.UNREACHABLE));
    expect((await t.store.getAttr(f.attr.entryId!)).size).toBe(5000);
  });
});

describe('close and reportWrite', () => {
  it('grows the size to the hint (never shrinks) and takes mtime/ctime from the client', async () => {
    const f = await mk('f', { open: true });
    const id = f.attr.entryId!;
    const a = await t.store.reportWrite({ entryId: id, handleId: f.handleId, clientId: 7, sizeHint: 1000, mtime: { sec: 1234, nsec: 5 } });
    expect(a).toMatchObject({ size: 1000, mtime: { sec: 1234, nsec: 5 }, ctime: { sec: 1234, nsec: 5 }, openWriters: 1 });
    await t.store.close({ entryId: id, handleId: f.handleId, clientId: 7, sizeHint: 10 });
    const after = await t.store.getAttr(id);
    expect(after).toMatchObject({ size: 1000, openWriters: 0 });
  });

  it('rejects unknown handles, other clients and double closes with BAD_HANDLE', async () => {
    const f = await mk('f', { open: true });
    const id = f.attr.entryId!;
    await expect(t.store.close({ entryId: id, handleId: f.handleId + 1, clientId: 7, sizeHint: 0 })).rejects.toEqual(code(ErrCode.BAD_HANDLE));
    await expect(t.store.close({ entryId: id, handleId: f.handleId, clientId: 8, sizeHint: 0 })).rejects.toEqual(code(ErrCode.BAD_HANDLE));
    await t.store.close({ entryId: id, handleId: f.handleId, clientId: 7, sizeHint: 0 });
    await expect(t.store.close({ entryId: id, handleId: f.handleId, clientId: 7, sizeHint: 0 })).rejects.toEqual(code(ErrCode.BAD_HANDLE));
    await expect(t.store.close({ entryId: id, handleId: 0, clientId: 7, sizeHint: 0 })).rejects.toEqual(code(ErrCode.BAD_HANDLE));
  });

  it('a read-only session cannot report writes, and its close leaves the size alone', async () => {
    const f = await mk('f');
    const r = await t.store.open(ROOT, f.attr.entryId!, O_RDONLY, 3);
    await expect(t.store.reportWrite({ entryId: f.attr.entryId!, handleId: r.handleId, clientId: 3, sizeHint: 99 })).rejects.toEqual(code(ErrCode.BAD_HANDLE));
    await t.store.close({ entryId: f.attr.entryId!, handleId: r.handleId, clientId: 3, sizeHint: 99 });
    expect((await t.store.getAttr(f.attr.entryId!)).size).toBe(0);
  });
});

describe('getattr of files open for writing', () => {
  it('reports the size the chunk files imply and the number of writers', async () => {
    const f = await mk('f', { open: true, flags: O_CREAT | O_WRONLY });
    const id = f.attr.entryId!;
    const size = 3 * CHUNK + 100; // stripes 0,2 on 101 and 1,3 on 102
    t.chunks.setLength(id, 101, chunkFileLength(size, CHUNK, 2, 0));
    t.chunks.setLength(id, 102, chunkFileLength(size, CHUNK, 2, 1));
    expect(await t.store.getAttr(id)).toMatchObject({ size, openWriters: 1 });
    expect((await t.store.lookup(ROOT, 'root', 'f')).size).toBe(size);
  });

  it('falls back to the stored size when storage does not answer', async () => {
    const f = await mk('f', { open: true });
    const id = f.attr.entryId!;
    await t.store.reportWrite({ entryId: id, handleId: f.handleId, clientId: 7, sizeHint: 4242 });
    t.chunks.setLength(id, 101, 99_999);
    t.chunks.down.add(102);
    expect(await t.store.getAttr(id)).toMatchObject({ size: 4242, openWriters: 1 });
  });

  it('does not ask storage for files without writers', async () => {
    const f = await mk('f');
    t.chunks.setLength(f.attr.entryId!, 101, 1_000_000);
    expect((await t.store.getAttr(f.attr.entryId!)).size).toBe(0);
  });
});
