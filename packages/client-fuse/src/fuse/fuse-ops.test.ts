import { constants } from 'node:os';
import { hivefs } from '@hivefs/protocol';
import { describe, expect, it, vi } from 'vitest';
import { VfsError } from '../errors.js';
import type { Cred, SetAttrChanges, VfsStat } from '../types.js';
import type { FuseCaller, FuseOps } from './binding.js';
import { CallerCreds } from './creds.js';
import { createFuseOps, ownerChanges, timeChanges, toFuseStatFs, type OpsVfs } from './fuse-ops.js';
import { Replier } from './reply.js';

const E = constants.errno;
const quiet = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
const STAT: VfsStat = {
  ino: 2 ** 40 + 3, mode: 0o100644, nlink: 1, uid: 1, gid: 2, rdev: 0, size: 10, blksize: 4096, blocks: 1,
  atime: { sec: 1, nsec: 2 }, mtime: { sec: 3, nsec: 4 }, ctime: { sec: 5, nsec: 6 }, entryId: 'x',
};

/** Ops over a fake VFS; `caller` is what fuse-native's context() would return. */
function setup(vfs: Partial<OpsVfs>, caller: FuseCaller = { uid: 1000, gid: 100, pid: 4242 }) {
  const creds = new CallerCreds({ readStatus: async () => 'Name:\tx\nGroups:\t100 20 30 \n' });
  const r = new Replier({ log: quiet as never, creds, caller: () => caller });
  return createFuseOps(vfs as OpsVfs, r);
}

/** Calls an op and resolves with the arguments of its (first) callback; fails if it is called twice. */
function call<K extends keyof FuseOps>(ops: FuseOps, name: K, ...args: unknown[]): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    let calls = 0;
    (ops[name] as (...a: unknown[]) => void)(...args, (...res: unknown[]) => {
      if (++calls > 1) reject(new Error(`${name}: callback called twice`));
      setImmediate(() => resolve(res)); // a second call (from a promise) would come before this
    });
  });
}

describe('FUSE ops', () => {
  it('answers with the VFS result and passes the caller with its supplementary groups', async () => {
    let seen: Cred | undefined;
    const ops = setup({ getattr: async (_p, c) => ((seen = c), STAT) });
    expect(await call(ops, 'getattr', '/a')).toEqual([0, STAT]);
    expect(seen).toEqual({ uid: 1000, gid: 100, gids: [100, 20, 30] });
  });

  it('maps VfsError to -errno, anything else (sync throw or rejection) to -EIO, each answered once', async () => {
    const ops = setup({
      getattr: async () => {
        throw VfsError.of('ENOENT', 'no');
      },
      unlink: () => {
        throw new TypeError('bug');
      },
      rmdir: async () => {
        throw new Error('bug');
      },
    });
    expect(await call(ops, 'getattr', '/a')).toEqual([-E.ENOENT!]);
    expect(await call(ops, 'unlink', '/a')).toEqual([-E.EIO!]);
    expect(await call(ops, 'rmdir', '/a')).toEqual([-E.EIO!]);
  });

  it('answers -EIO when reading the caller throws', async () => {
    const r = new Replier({ log: quiet as never, creds: new CallerCreds(), caller: () => { throw new Error('no context'); } });
    const ops = createFuseOps({ getattr: async () => STAT } as unknown as OpsVfs, r);
    expect(await call(ops, 'getattr', '/a')).toEqual([-E.EIO!]);
  });

  it('read/write answer the byte count or a negative errno', async () => {
    const ops = setup({
      read: async (_fh, buf, len) => (buf.fill(7, 0, len), len),
      write: async () => {
        throw VfsError.of('ENOSPC', 'full');
      },
    });
    const buf = Buffer.alloc(8);
    expect(await call(ops, 'read', '/f', 3, buf, 8, 0)).toEqual([8]);
    expect(buf.every((b) => b === 7)).toBe(true);
    expect(await call(ops, 'write', '/f', 3, buf, 8, 0)).toEqual([-E.ENOSPC!]);
  });

  it('create passes the open flags; readdir gives names and stats', async () => {
    const create = vi.fn(async () => 9);
    const ops = setup({ create, readdir: async () => [{ name: '.', stat: STAT }, { name: 'f', stat: STAT }] });
    expect(await call(ops, 'create', '/f', 0o100644, 0o2101)).toEqual([0, 9]);
    expect(create).toHaveBeenCalledWith('/f', 0o100644, 0o2101, expect.anything(), expect.any(AbortSignal));
    expect(await call(ops, 'readdir', '/')).toEqual([0, ['.', 'f'], [STAT, STAT]]);
  });

  it('serves the handle ops of a file that has no name any more (null path: its directory was removed) from the handle', async () => {
    const vfs = {
      read: vi.fn(async (_fh: number, buf: Buffer, len: number) => (buf.fill(1, 0, len), len)),
      write: vi.fn(async (_fh: number, _b: Buffer, len: number) => len),
      flush: vi.fn(async () => undefined),
      fsync: vi.fn(async () => undefined),
      ftruncate: vi.fn(async () => undefined),
      fgetattr: vi.fn(async () => STAT),
      release: vi.fn(async () => undefined),
    };
    const ops = setup(vfs);
    const buf = Buffer.alloc(4);
    expect(await call(ops, 'read', null, 7, buf, 4, 0)).toEqual([4]);
    expect(await call(ops, 'write', null, 7, buf, 4, 4)).toEqual([4]);
    expect(await call(ops, 'flush', null, 7)).toEqual([0]);
    expect(await call(ops, 'fsync', null, 1, 7)).toEqual([0]);
    expect(await call(ops, 'ftruncate', null, 7, 2)).toEqual([0]);
    expect(await call(ops, 'fgetattr', null, 7)).toEqual([0, STAT]);
    expect(await call(ops, 'release', null, 7)).toEqual([0]);
    expect(vfs.read).toHaveBeenCalledWith(7, buf, 4, 0, expect.any(AbortSignal));
    expect(vfs.write).toHaveBeenCalledWith(7, buf, 4, 4, expect.any(AbortSignal));
    expect(vfs.flush).toHaveBeenCalledWith(7, expect.any(AbortSignal));
    expect(vfs.fsync).toHaveBeenCalledWith(7, true, expect.any(AbortSignal));
    expect(vfs.ftruncate).toHaveBeenCalledWith(7, 2, expect.any(AbortSignal));
    expect(vfs.fgetattr).toHaveBeenCalledWith(7, expect.anything(), null, expect.any(AbortSignal));
    expect(vfs.release).toHaveBeenCalledWith(7);
  });

  it('readdir of a directory removed while open (null path) is ENOENT, not a crash', async () => {
    const readdir = vi.fn(async () => []);
    const ops = setup({ readdir });
    expect(await call(ops, 'readdir', null)).toEqual([-E.ENOENT!, [], []]);
    expect(readdir).not.toHaveBeenCalled();
  });

  it('utimens sets each time alone, to now, or not at all', async () => {
    const setattr = vi.fn(async () => STAT);
    const ops = setup({ setattr });
    await call(ops, 'utimens', '/f', null, { sec: 981173106, nsec: 123456789 });
    await call(ops, 'utimens', '/f', 'now', null);
    await call(ops, 'utimens', '/f', null, null);
    expect(setattr.mock.calls.map((c) => (c as unknown[])[1])).toEqual([{ mtime: { sec: 981173106, nsec: 123456789 } }, { atime: 'now' }]);
    expect(await call(ops, 'utimens', '/f', { sec: 1, nsec: 2e9 }, null)).toEqual([-E.EINVAL!]);
  });

  it('chown leaves an id given as -1', () => {
    expect(ownerChanges(5, 0xffffffff)).toEqual({ uid: 5 });
    expect(ownerChanges(0xffffffff, 6)).toEqual({ gid: 6 });
    expect(timeChanges(null, null)).toEqual({} satisfies SetAttrChanges);
  });

  it('answers security.* and system.* xattrs locally, others through the VFS', async () => {
    const getxattr = vi.fn(async () => Buffer.from('v'));
    const ops = setup({ getxattr, setxattr: async () => undefined });
    expect(await call(ops, 'getxattr', '/f', 'security.capability', 0)).toEqual([-E.ENODATA!]);
    expect(await call(ops, 'getxattr', '/f', 'system.posix_acl_access', 0)).toEqual([-E.ENODATA!]);
    expect(await call(ops, 'setxattr', '/f', 'security.selinux', Buffer.from('x'), 0, 0)).toEqual([-E.EOPNOTSUPP!]);
    expect(await call(ops, 'getxattr', '/f', 'user.a', 0)).toEqual([0, Buffer.from('v')]);
    expect(getxattr).toHaveBeenCalledTimes(1);
    expect(await call(ops, 'setxattr', '/f', 'user.a', Buffer.from('x'), 0, 1)).toEqual([0]);
  });

  it('mknod makes a regular file through create; FIFOs, sockets and devices (with rdev) through the VFS mknod', async () => {
    const release = vi.fn(async () => undefined);
    const mknod = vi.fn(async () => STAT);
    const ops = setup({ create: async () => 4, release, mknod });
    expect(await call(ops, 'mknod', '/r', 0o100644, 0)).toEqual([0]);
    expect(release).toHaveBeenCalledWith(4);
    expect(mknod).not.toHaveBeenCalled();
    expect(await call(ops, 'mknod', '/p', 0o010640, 0)).toEqual([0]);
    expect(await call(ops, 'mknod', '/s', 0o140755, 0)).toEqual([0]);
    expect(await call(ops, 'mknod', '/c', 0o020600, 0x103)).toEqual([0]);
    expect(await call(ops, 'mknod', '/b', 0o060660, 0x700)).toEqual([0]);
    expect(mknod.mock.calls.map((c: unknown[]) => c.slice(0, 4))).toEqual([
      ['/p', hivefs.EntryType.FIFO, 0o640, 0],
      ['/s', hivefs.EntryType.SOCKET, 0o755, 0],
      ['/c', hivefs.EntryType.CHARDEV, 0o600, 0x103],
      ['/b', hivefs.EntryType.BLOCKDEV, 0o660, 0x700],
    ]);
    expect(await call(ops, 'mknod', '/d', 0o040755, 0)).toEqual([-E.EINVAL!]);
  });

  it('statfs reports 64-bit counts with favail = ffree', async () => {
    const s = { bsize: 4096, frsize: 4096, blocks: 2 ** 40, bfree: 2 ** 33, bavail: 2 ** 33, files: 2 ** 34, ffree: 2 ** 34 - 1, namemax: 255 };
    const ops = setup({ statfs: async () => s });
    expect(await call(ops, 'statfs', '/')).toEqual([0, toFuseStatFs(s)]);
    expect(toFuseStatFs(s)).toMatchObject({ favail: 2 ** 34 - 1, blocks: 2 ** 40 });
  });
});
