// POSIX namespace semantics through the VFS against a real cluster, including permission errors for non-root callers.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { O, S_IFDIR, S_IFLNK, S_IFMT, S_IFREG, XATTR, type Cred, type Vfs } from '@hivefs/client-fuse';
import { createLogger } from '@hivefs/common';
import { waitFor } from '@hivefs/common/testing';
import { MapView, hivefs } from '@hivefs/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestCluster } from '../harness/cluster.js';
import { startCluster } from '../harness/cluster.js';
import { ALICE, BOB, ROOT, connectVfs, findFiles, readAll } from './helpers.js';

let tc: TestCluster | undefined;
let vfs: Vfs | undefined;

beforeAll(async () => {
  tc = await startCluster({ meta: 1, storage: 1, targetsPerStorage: 2 });
  vfs = await connectVfs(tc);
});
afterAll(async () => {
  await vfs?.close();
  await tc?.destroy();
});

/** Creates a file holding `data` as `cred`. */
async function put(path: string, data: Buffer, cred: Cred = ROOT, mode = 0o644): Promise<void> {
  const fh = await vfs!.create(path, mode, O.WRONLY | O.CREAT | O.EXCL, cred);
  await vfs!.write(fh, data, data.length, 0);
  await vfs!.release(fh);
}

/** The whole content of a file, read as `cred`. */
async function get(path: string, cred: Cred = ROOT): Promise<Buffer> {
  const fh = await vfs!.open(path, O.RDONLY, cred);
  try {
    return await readAll(vfs!, fh, (await vfs!.fgetattr(fh, cred)).size);
  } finally {
    await vfs!.release(fh);
  }
}

const names = async (path: string): Promise<string[]> => (await vfs!.readdir(path, ROOT)).map((e) => e.name);

/** The chunk files of an entry on the cluster's targets (101, 102). */
const chunkFilesOf = async (entryId: string): Promise<string[]> =>
  (await Promise.all([101, 102].map((t) => findFiles(join(tc!.targetDir(t), 'chunks'), entryId)))).flat();

/** Waits until meta's background disposal has removed every chunk file of an entry. */
async function chunksGone(entryId: string, what: string): Promise<void> {
  await waitFor(async () => (await chunkFilesOf(entryId)).length === 0, { timeoutMs: 10_000, what: `chunk files of ${what} to go` });
  expect(await chunkFilesOf(entryId)).toEqual([]);
}

describe('namespace operations', () => {
  it('mkdir, readdir with "." and ".." first and stats of every type', async () => {
    const v = vfs!;
    await v.mkdir('/ns', 0o755, ROOT);
    await v.mkdir('/ns/sub', 0o700, ROOT);
    await put('/ns/file', Buffer.from('hello'));
    await v.symlink('file', '/ns/ln', ROOT);
    const list = await v.readdir('/ns', ROOT);
    expect(list.map((e) => e.name)).toEqual(['.', '..', 'file', 'ln', 'sub']);
    const by = Object.fromEntries(list.map((e) => [e.name, e.stat]));
    expect(by['.']!.mode & S_IFMT).toBe(S_IFDIR);
    expect(by['..']!.entryId).toBe('root');
    expect(by.sub!.mode).toBe(S_IFDIR | 0o700);
    expect(by.file!.mode).toBe(S_IFREG | 0o644);
    expect(by.file!.size).toBe(5);
    expect(by.ln!.mode & S_IFMT).toBe(S_IFLNK);
    expect((await v.getattr('/ns/sub', ROOT)).ino).toBe(by.sub!.ino);
    await expect(v.mkdir('/ns/sub', 0o755, ROOT)).rejects.toMatchObject({ code: 'EEXIST' });
    await expect(v.getattr('/ns/nope', ROOT)).rejects.toMatchObject({ code: 'ENOENT', errno: 2 });
    await expect(v.getattr('/ns/file/x', ROOT)).rejects.toMatchObject({ code: 'ENOTDIR' });
    await expect(v.create('/ns/file', 0o644, O.RDWR | O.CREAT | O.EXCL, ROOT)).rejects.toMatchObject({ code: 'EEXIST' });
    await expect(v.rmdir('/ns', ROOT)).rejects.toMatchObject({ code: 'ENOTEMPTY' });
    await expect(v.rmdir('/ns/file', ROOT)).rejects.toMatchObject({ code: 'ENOTDIR' });
    await v.rmdir('/ns/sub', ROOT);
    expect(await names('/ns')).toEqual(['.', '..', 'file', 'ln']);
  });

  it('lists a directory larger than one readdir page', async () => {
    const v = vfs!;
    await v.mkdir('/many', 0o755, ROOT);
    const want = Array.from({ length: 700 }, (_, i) => `e${String(i).padStart(4, '0')}`);
    for (let i = 0; i < want.length; i += 50) await Promise.all(want.slice(i, i + 50).map((n) => v.mkdir(`/many/${n}`, 0o755, ROOT)));
    expect(await names('/many')).toEqual(['.', '..', ...want]);
  });

  it('rename within and across directories, over an existing file, and of a directory', async () => {
    const v = vfs!;
    await v.mkdir('/mv', 0o755, ROOT);
    await v.mkdir('/mv/a', 0o755, ROOT);
    await v.mkdir('/mv/b', 0o755, ROOT);
    await put('/mv/a/x', Buffer.from('x-data'));
    await put('/mv/b/y', Buffer.from('y-data'));
    const replaced = (await v.getattr('/mv/b/y', ROOT)).entryId;
    expect(await chunkFilesOf(replaced)).toHaveLength(1);
    await v.rename('/mv/a/x', '/mv/a/x2', ROOT);
    await expect(v.getattr('/mv/a/x', ROOT)).rejects.toMatchObject({ code: 'ENOENT' });
    const moved = (await v.getattr('/mv/a/x2', ROOT)).entryId;
    await v.rename('/mv/a/x2', '/mv/b/y', ROOT); // replaces y: its inode and chunk files go
    expect((await get('/mv/b/y')).toString()).toBe('x-data');
    await chunksGone(replaced, 'the file replaced by rename');
    expect(await chunkFilesOf(moved)).toHaveLength(1);
    expect(await names('/mv/a')).toEqual(['.', '..']);
    await v.rename('/mv/b', '/mv/a/b2', ROOT); // a directory moves with its content
    expect((await get('/mv/a/b2/y')).toString()).toBe('x-data');
    expect((await v.readdir('/mv/a/b2', ROOT)).find((e) => e.name === '..')!.stat.entryId).toBe((await v.getattr('/mv/a', ROOT)).entryId);
    expect((await v.getattr('/mv/a/b2/..', ROOT)).entryId).toBe((await v.getattr('/mv/a', ROOT)).entryId);
    await expect(v.getattr('/mv/b/y', ROOT)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('hard links share the inode and data; symlinks resolve inside paths', async () => {
    const v = vfs!;
    await v.mkdir('/ln', 0o755, ROOT);
    await put('/ln/orig', Buffer.from('shared'));
    const st = await v.link('/ln/orig', '/ln/hard', ROOT);
    expect(st.nlink).toBe(2);
    expect((await v.getattr('/ln/hard', ROOT)).ino).toBe((await v.getattr('/ln/orig', ROOT)).ino);
    expect((await v.getattr('/ln/orig', ROOT)).nlink).toBe(2);
    await v.unlink('/ln/orig', ROOT);
    expect((await v.getattr('/ln/hard', ROOT)).nlink).toBe(1);
    expect((await get('/ln/hard')).toString()).toBe('shared');
    await expect(v.link('/ln', '/ln/dirlink', ROOT)).rejects.toMatchObject({ code: 'EPERM' });

    await v.symlink('/ln', '/lnk-abs', ROOT);
    await v.symlink('../ln/hard', '/ln/rel', ROOT);
    expect(await v.readlink('/lnk-abs', ROOT)).toBe('/ln');
    expect((await v.getattr('/lnk-abs', ROOT)).mode & S_IFMT).toBe(S_IFLNK);
    expect((await get('/lnk-abs/hard')).toString()).toBe('shared'); // symlink in the middle of a path
    expect((await get('/ln/rel')).toString()).toBe('shared'); // open follows a final symlink
    await v.symlink('loop2', '/ln/loop1', ROOT);
    await v.symlink('loop1', '/ln/loop2', ROOT);
    await expect(v.open('/ln/loop1', O.RDONLY, ROOT)).rejects.toMatchObject({ code: 'ELOOP' });
  });

  it('extended attributes: set, get, list, create/replace flags, remove', async () => {
    const v = vfs!;
    await put('/xa', Buffer.from('x'));
    await v.setxattr('/xa', 'user.color', Buffer.from('blue'), 0, ROOT);
    await v.setxattr('/xa', 'user.size', Buffer.from([1, 2, 3]), XATTR.CREATE, ROOT);
    expect((await v.getxattr('/xa', 'user.color', ROOT)).toString()).toBe('blue');
    expect([...(await v.getxattr('/xa', 'user.size', ROOT))]).toEqual([1, 2, 3]);
    expect((await v.listxattr('/xa', ROOT)).sort()).toEqual(['user.color', 'user.size']);
    await expect(v.setxattr('/xa', 'user.color', Buffer.from('red'), XATTR.CREATE, ROOT)).rejects.toMatchObject({ code: 'EEXIST' });
    await expect(v.setxattr('/xa', 'user.none', Buffer.from('x'), XATTR.REPLACE, ROOT)).rejects.toMatchObject({ code: 'ENODATA' });
    await v.removexattr('/xa', 'user.color', ROOT);
    await expect(v.getxattr('/xa', 'user.color', ROOT)).rejects.toMatchObject({ code: 'ENODATA' });
    expect(await v.listxattr('/xa', ROOT)).toEqual(['user.size']);
  });

  it('statfs sums the storage targets', async () => {
    const s = await vfs!.statfs();
    expect(s.bsize).toBeGreaterThan(0);
    expect(s.blocks).toBeGreaterThan(0);
    expect(s.bfree).toBeLessThanOrEqual(s.blocks);
    expect(s.bavail).toBeLessThanOrEqual(s.blocks);
    expect(s.files).toBeGreaterThan(0);
    expect(s.namemax).toBe(255);
  });

  it('an unlinked open file stays readable and writable until release, then its chunks are gone', async () => {
    const v = vfs!;
    const data = randomBytes(3 * 1024 * 1024 + 7);
    await put('/gone', data);
    const { entryId } = await v.getattr('/gone', ROOT);
    const fh = await v.open('/gone', O.RDWR, ROOT);
    await v.unlink('/gone', ROOT);
    await expect(v.getattr('/gone', ROOT)).rejects.toMatchObject({ code: 'ENOENT' });
    expect((await v.fgetattr(fh, ROOT)).nlink).toBe(0);
    expect((await readAll(v, fh, data.length)).equals(data)).toBe(true);
    await v.write(fh, Buffer.from('tail'), 4, data.length);
    await v.flush(fh);
    const end = Buffer.alloc(10);
    expect(await v.read(fh, end, 10, data.length - 2)).toBe(6);
    expect(end.subarray(2, 6).toString()).toBe('tail');
    const targets = await v.statfs(); // still answers while the file is open
    expect(targets.blocks).toBeGreaterThan(0);
    await v.release(fh);
    // meta removes the chunk files in the background once the last session closed.
    await chunksGone(entryId, 'the released unlinked file');
  });
});

describe('file semantics', () => {
  it('O_APPEND writes go to the end; O_TRUNC empties; truncate extends with zeros', async () => {
    const v = vfs!;
    await put('/ap', Buffer.from('0123456789'));
    const fh = await v.open('/ap', O.WRONLY | O.APPEND, ROOT);
    await v.write(fh, Buffer.from('AB'), 2, 0);
    await v.write(fh, Buffer.from('CD'), 2, 3);
    await v.release(fh);
    expect((await get('/ap')).toString()).toBe('0123456789ABCD');
    await v.truncate('/ap', 20, ROOT);
    expect((await get('/ap')).equals(Buffer.concat([Buffer.from('0123456789ABCD'), Buffer.alloc(6)]))).toBe(true);
    const t = await v.open('/ap', O.RDWR | O.TRUNC, ROOT);
    expect((await v.fgetattr(t, ROOT)).size).toBe(0);
    await v.release(t);
    expect((await v.getattr('/ap', ROOT)).size).toBe(0);
  });

  it('stat shows own buffered writes before flush; another client sees them after close', async () => {
    const v = vfs!;
    const other = await connectVfs(tc!);
    try {
      const fh = await v.create('/c2o', 0o644, O.RDWR | O.CREAT, ROOT);
      await v.write(fh, Buffer.alloc(1000, 1), 1000, 0);
      expect((await v.getattr('/c2o', ROOT)).size).toBe(1000);
      expect((await v.fgetattr(fh, ROOT)).size).toBe(1000);
      await v.release(fh);
      const fh2 = await other.open('/c2o', O.RDONLY, ROOT);
      expect((await other.fgetattr(fh2, ROOT)).size).toBe(1000);
      await other.release(fh2);
    } finally {
      await other.close();
    }
  });

  it('setattr changes mode, times and size', async () => {
    const v = vfs!;
    await put('/sa', Buffer.from('abcdef'));
    const st = await v.setattr('/sa', { mode: 0o600, mtime: { sec: 1_000_000, nsec: 5 }, atime: { sec: 2_000_000, nsec: 0 }, size: 3 }, ROOT);
    expect(st.mode).toBe(S_IFREG | 0o600);
    expect(st.mtime).toEqual({ sec: 1_000_000, nsec: 5 });
    expect(st.atime).toEqual({ sec: 2_000_000, nsec: 0 });
    expect(st.size).toBe(3);
    expect((await get('/sa')).toString()).toBe('abc');
    const now = Math.floor(Date.now() / 1000);
    const st2 = await v.setattr('/sa', { mtime: 'now' }, ROOT);
    expect(Math.abs(st2.mtime.sec - now)).toBeLessThan(60);
  });

  it('rejects reads and writes through handles opened without that access', async () => {
    const v = vfs!;
    await put('/acc', Buffer.from('abc'));
    const r = await v.open('/acc', O.RDONLY, ROOT);
    await expect(v.write(r, Buffer.from('x'), 1, 0)).rejects.toMatchObject({ code: 'EBADF' });
    await expect(v.ftruncate(r, 0)).rejects.toMatchObject({ code: 'EINVAL' });
    await v.release(r);
    const w = await v.open('/acc', O.WRONLY, ROOT);
    await expect(v.read(w, Buffer.alloc(3), 3, 0)).rejects.toMatchObject({ code: 'EBADF' });
    await v.release(w);
    await expect(v.release(w)).rejects.toMatchObject({ code: 'EBADF' });
  });
});

describe('permissions for non-root callers', () => {
  it('EACCES where mode bits deny, EPERM where ownership is required', async () => {
    const v = vfs!;
    await v.mkdir('/perm', 0o755, ROOT);
    await expect(v.mkdir('/perm/alice', 0o755, ALICE)).rejects.toMatchObject({ code: 'EACCES' });
    await v.mkdir('/perm/alice', 0o755, ROOT);
    await v.setattr('/perm/alice', { uid: ALICE.uid, gid: ALICE.gid }, ROOT);
    await put('/perm/alice/secret', Buffer.from('s3cret'), ALICE, 0o600);
    await put('/perm/alice/public', Buffer.from('hello'), ALICE, 0o644);
    expect((await v.getattr('/perm/alice/secret', ALICE)).uid).toBe(ALICE.uid);

    await expect(v.open('/perm/alice/secret', O.RDONLY, BOB)).rejects.toMatchObject({ code: 'EACCES' });
    expect((await get('/perm/alice/public', BOB)).toString()).toBe('hello');
    // Read-only for BOB: any open with write access or O_TRUNC is refused by meta (a FUSE mount's
    // default_permissions refuses these in the kernel first, so only this level shows meta's check).
    await expect(v.open('/perm/alice/public', O.WRONLY, BOB)).rejects.toMatchObject({ code: 'EACCES' });
    await expect(v.open('/perm/alice/public', O.RDWR, BOB)).rejects.toMatchObject({ code: 'EACCES' });
    await expect(v.open('/perm/alice/public', O.RDONLY | O.TRUNC, BOB)).rejects.toMatchObject({ code: 'EACCES' });
    await expect(v.create('/perm/alice/public', 0o644, O.RDWR | O.CREAT, BOB)).rejects.toMatchObject({ code: 'EACCES' });
    expect((await get('/perm/alice/public', BOB)).toString()).toBe('hello');
    await expect(v.truncate('/perm/alice/public', 0, BOB)).rejects.toMatchObject({ code: 'EACCES' });
    await expect(v.create('/perm/alice/bobs', 0o644, O.WRONLY | O.CREAT, BOB)).rejects.toMatchObject({ code: 'EACCES' });
    await expect(v.unlink('/perm/alice/public', BOB)).rejects.toMatchObject({ code: 'EACCES' });
    await expect(v.rename('/perm/alice/public', '/perm/alice/p2', BOB)).rejects.toMatchObject({ code: 'EACCES' });
    await expect(v.setattr('/perm/alice/public', { mode: 0o777 }, BOB)).rejects.toMatchObject({ code: 'EPERM' });
    await expect(v.setattr('/perm/alice/public', { uid: BOB.uid }, BOB)).rejects.toMatchObject({ code: 'EPERM' });
    await expect(v.setattr('/perm/alice/public', { uid: BOB.uid }, ALICE)).rejects.toMatchObject({ code: 'EPERM' });
    await expect(v.setattr('/perm/alice/public', { mtime: { sec: 5, nsec: 0 } }, BOB)).rejects.toMatchObject({ code: 'EPERM' });
    await expect(v.setPattern('/perm/alice', { chunkSize: 65536, numTargets: 1 }, BOB)).rejects.toMatchObject({ code: 'EPERM' });
    expect((await v.setattr('/perm/alice/public', { mode: 0o640 }, ALICE)).mode).toBe(S_IFREG | 0o640);
  });

  it('a directory without search permission hides its entries even when the client cached them', async () => {
    const v = vfs!;
    await v.mkdir('/private', 0o700, ROOT);
    await put('/private/f', Buffer.from('x'));
    expect((await v.getattr('/private/f', ROOT)).size).toBe(1); // now in the dentry and attr caches
    await expect(v.getattr('/private/f', ALICE)).rejects.toMatchObject({ code: 'EACCES' });
    await expect(v.readdir('/private', ALICE)).rejects.toMatchObject({ code: 'EACCES' });
  });

  it('in a sticky directory only the owner of an entry (or of the directory) may remove it', async () => {
    const v = vfs!;
    await v.mkdir('/tmp', 0o1777, ROOT);
    await put('/tmp/alices', Buffer.from('a'), ALICE);
    await expect(v.unlink('/tmp/alices', BOB)).rejects.toMatchObject({ code: 'EPERM' });
    await expect(v.rename('/tmp/alices', '/tmp/bobs', BOB)).rejects.toMatchObject({ code: 'EPERM' });
    await v.unlink('/tmp/alices', ALICE);
    await expect(v.getattr('/tmp/alices', ROOT)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('client registration', () => {
  it('registers as a CLIENT node under its alias and keeps heartbeating', async () => {
    const c = await connectVfs(tc!, { sysClientAlias: 'vfs-test-client' });
    const view = new MapView({ mgmtdHost: tc!.mgmtd.host, mgmtdPort: tc!.mgmtd.port, secret: tc!.secret, log: createLogger({ service: 'test', level: 'warn' }) });
    try {
      const id = c.getClientId();
      expect(id).toBeGreaterThan(0);
      expect(vfs!.getClientId()).not.toBe(id);
      const node = async () => (await view.refresh()).nodes.find((n) => n.type === hivefs.NodeType.CLIENT && n.nodeId === id);
      const first = await waitFor(async () => (await node())?.lastSeenMs, { what: 'a heartbeat of the client' });
      expect((await node())?.alias).toBe('vfs-test-client');
      await waitFor(async () => Number((await node())?.lastSeenMs ?? 0) > Number(first), { what: 'a later heartbeat', timeoutMs: 10_000 });
    } finally {
      view.close();
      await c.close();
    }
  });
});
