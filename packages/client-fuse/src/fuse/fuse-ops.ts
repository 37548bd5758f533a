// The FUSE ops: each one calls the VFS and answers through the Replier; no file system semantics live here.
import { ACCESS } from '../attrs.js';
import { VfsError } from '../errors.js';
import { O } from '../flags.js';
import { S_IFMT, S_IFREG, specialTypeOf } from '../stat.js';
import type { Cred, SetAttrChanges, Timespec, VfsDirEntry, VfsStatFs } from '../types.js';
import type { Vfs } from '../vfs.js';
import type { FuseOps, FuseStatFs, FuseTimeArg } from './binding.js';
import type { Replier } from './reply.js';

/** The part of the VFS the ops use (tests pass a fake). */
export type OpsVfs = Pick<
  Vfs,
  | 'access' | 'getattr' | 'fgetattr' | 'setattr' | 'readdir' | 'statfs' | 'mkdir' | 'rmdir' | 'create' | 'open' | 'read' | 'write'
  | 'flush' | 'fsync' | 'release' | 'truncate' | 'ftruncate' | 'unlink' | 'rename' | 'link' | 'symlink' | 'readlink'
  | 'setxattr' | 'getxattr' | 'listxattr' | 'removexattr' | 'mknod'
>;

/** uid/gid value meaning "leave unchanged" in chown. */
const UNCHANGED_ID = 0xffffffff;

/**
 * xattr namespaces not stored in HiveFS: the kernel asks for security.capability on every write and
 * for system.posix_acl_* on listings, so they are answered here (get: ENODATA, set: EOPNOTSUPP).
 */
function localXattr(name: string): boolean {
  return name.startsWith('security.') || name.startsWith('system.');
}

/** The FUSE ops of one mount over `vfs`. */
export function createFuseOps(vfs: OpsVfs, r: Replier): FuseOps {
  return {
    init: (cb) => cb(0),
    access: (path, mode, cb) => r.as(cb, 'access', path, (c) => vfs.access(path, mode & (ACCESS.R_OK | ACCESS.W_OK | ACCESS.X_OK), c)),
    statfs: (path, cb) => r.run(cb, 'statfs', path, async () => toFuseStatFs(await vfs.statfs())),
    getattr: (path, cb) => r.as(cb, 'getattr', path, (c) => vfs.getattr(path, c)),
    // The ops with a handle use only the handle: their path is null when libfuse has none (flag_nullpath_ok),
    // e.g. for a file unlinked while open whose directory was removed before it was closed, and for
    // readdir of a directory removed while open.
    fgetattr: (path, fd, cb) => r.as(cb, 'fgetattr', fd, (c) => vfs.fgetattr(fd, c, path)),
    readdir: (path, cb) =>
      r.as((code: number, entries: VfsDirEntry[]) => (code ? cb(code, [], []) : cb(0, entries.map((e) => e.name), entries.map((e) => e.stat))), 'readdir', path ?? '(removed)', (c) =>
        path === null ? gone('a directory removed while open') : vfs.readdir(path, c),
      ),
    mkdir: (path, mode, cb) => r.as(cb, 'mkdir', path, async (c) => void (await vfs.mkdir(path, mode, c))),
    rmdir: (path, cb) => r.as(cb, 'rmdir', path, (c) => vfs.rmdir(path, c)),
    create: (path, mode, flags, cb) => r.as(cb, 'create', path, (c) => vfs.create(path, mode, flags, c)),
    mknod: (path, mode, dev, cb) => r.as(cb, 'mknod', path, (c) => mknod(vfs, path, mode, dev, c)),
    open: (path, flags, cb) => r.as(cb, 'open', path, (c) => vfs.open(path, flags, c)),
    read: (path, fd, buf, len, pos, cb) => r.bytes(cb, 'read', fd, () => vfs.read(fd, buf, len, pos)),
    // the VFS copies buf before its first await; cb (after which fuse-native detaches buf) comes later
    write: (path, fd, buf, len, pos, cb) => r.bytes(cb, 'write', fd, () => vfs.write(fd, buf, len, pos)),
    flush: (path, fd, cb) => r.run(cb, 'flush', fd, () => vfs.flush(fd)),
    fsync: (path, datasync, fd, cb) => r.run(cb, 'fsync', fd, () => vfs.fsync(fd, datasync !== 0)),
    release: (path, fd, cb) => r.run(cb, 'release', fd, () => vfs.release(fd)),
    truncate: (path, size, cb) => r.as(cb, 'truncate', path, (c) => vfs.truncate(path, size, c)),
    ftruncate: (path, fd, size, cb) => r.run(cb, 'ftruncate', fd, () => vfs.ftruncate(fd, size)),
    unlink: (path, cb) => r.as(cb, 'unlink', path, (c) => vfs.unlink(path, c)),
    rename: (src, dest, cb) => r.as(cb, 'rename', src, (c) => vfs.rename(src, dest, c)),
    link: (existing, newPath, cb) => r.as(cb, 'link', newPath, async (c) => void (await vfs.link(existing, newPath, c))),
    symlink: (target, path, cb) => r.as(cb, 'symlink', path, async (c) => void (await vfs.symlink(target, path, c))),
    readlink: (path, cb) => r.as(cb, 'readlink', path, (c) => vfs.readlink(path, c)),
    chmod: (path, mode, cb) => r.as(cb, 'chmod', path, async (c) => void (await vfs.setattr(path, { mode }, c))),
    chown: (path, uid, gid, cb) => r.as(cb, 'chown', path, async (c) => void (await vfs.setattr(path, ownerChanges(uid, gid), c))),
    utimens: (path, atime, mtime, cb) => r.as(cb, 'utimens', path, (c) => utimens(vfs, path, atime, mtime, c)),
    setxattr: (path, name, value, position, flags, cb) =>
      r.as(cb, 'setxattr', path, (c) => (localXattr(name) ? notStored(name) : vfs.setxattr(path, name, value, flags, c))),
    getxattr: (path, name, position, cb) =>
      r.as(cb, 'getxattr', path, (c) => (localXattr(name) ? absent(name) : vfs.getxattr(path, name, c))),
    listxattr: (path, cb) => r.as(cb, 'listxattr', path, (c) => vfs.listxattr(path, c)),
    removexattr: (path, name, cb) => r.as(cb, 'removexattr', path, (c) => (localXattr(name) ? absent(name) : vfs.removexattr(path, name, c))),
  };
}

/** statfs figures for the binding (favail = ffree; fsid and flags are the kernel's business). */
export function toFuseStatFs(s: VfsStatFs): FuseStatFs {
  return { ...s, favail: s.ffree, fsid: 0, flag: 0 };
}

/** chown arguments as attribute changes (-1 leaves an id unchanged). */
export function ownerChanges(uid: number, gid: number): SetAttrChanges {
  return { ...(uid !== UNCHANGED_ID ? { uid } : {}), ...(gid !== UNCHANGED_ID ? { gid } : {}) };
}

/** utimens arguments as attribute changes: each time set alone, to now, or left (null). */
export function timeChanges(atime: FuseTimeArg, mtime: FuseTimeArg): SetAttrChanges {
  const ch: SetAttrChanges = {};
  if (atime !== null) ch.atime = atime === 'now' ? 'now' : timespec(atime);
  if (mtime !== null) ch.mtime = mtime === 'now' ? 'now' : timespec(mtime);
  return ch;
}

function timespec(t: { sec: number; nsec: number }): Timespec {
  if (!Number.isSafeInteger(t.sec) || !Number.isInteger(t.nsec) || t.nsec < 0 || t.nsec > 999_999_999) {
    throw VfsError.of('EINVAL', `invalid time ${t.sec}.${t.nsec}`);
  }
  return { sec: t.sec, nsec: t.nsec };
}

async function utimens(vfs: OpsVfs, path: string, atime: FuseTimeArg, mtime: FuseTimeArg, c: Cred): Promise<void> {
  const ch = timeChanges(atime, mtime);
  if (ch.atime !== undefined || ch.mtime !== undefined) await vfs.setattr(path, ch, c);
}

/** mknod: a regular file is created (and closed); FIFOs, sockets and devices are stored as what they are. */
async function mknod(vfs: OpsVfs, path: string, mode: number, dev: number, c: Cred): Promise<void> {
  const type = specialTypeOf(mode);
  if (type !== undefined) return void (await vfs.mknod(path, type, mode & 0o7777, dev, c));
  if ((mode & S_IFMT) !== S_IFREG && (mode & S_IFMT) !== 0) throw VfsError.of('EINVAL', `'${path}': mknod of file type ${(mode & S_IFMT).toString(8)}`);
  await vfs.release(await vfs.create(path, mode, O.WRONLY | O.CREAT | O.EXCL, c));
}

function gone(what: string): Promise<never> {
  return Promise.reject(VfsError.of('ENOENT', `${what} has no path any more`));
}

function notStored(name: string): Promise<never> {
  return Promise.reject(VfsError.of('EOPNOTSUPP', `xattr namespace of '${name}' is not stored`));
}

function absent(name: string): Promise<never> {
  return Promise.reject(VfsError.of('ENODATA', `no xattr '${name}'`));
}
