// The FUSE ops: each one calls the VFS and answers through the Replier; no file system semantics live here.
import type { hivefs } from '@hivefs/protocol';
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
export function localXattr(name: string): boolean {
  return name.startsWith('security.') || name.startsWith('system.');
}

/** The FUSE ops of one mount over `vfs`. */
export function createFuseOps(vfs: OpsVfs, r: Replier): FuseOps {
  return {
    init: (cb) => cb(0),
    access: (path, mode, cb) => r.as(cb, 'access', path, (c, s) => vfs.access(path, mode & (ACCESS.R_OK | ACCESS.W_OK | ACCESS.X_OK), c, s)),
    statfs: (path, cb) => r.run(cb, 'statfs', path, async (s) => toFuseStatFs(await vfs.statfs(s))),
    getattr: (path, cb) => r.as(cb, 'getattr', path, (c, s) => vfs.getattr(path, c, s)),
    // The ops with a handle use only the handle: their path is null when libfuse has none (flag_nullpath_ok),
    // e.g. for a file unlinked while open whose directory was removed before it was closed, and for
    // readdir of a directory removed while open.
    fgetattr: (path, fd, cb) => r.as(cb, 'fgetattr', fd, (c, s) => vfs.fgetattr(fd, c, path, s)),
    readdir: (path, cb) =>
      r.as((code: number, entries: VfsDirEntry[]) => (code ? cb(code, [], []) : cb(0, entries.map((e) => e.name), entries.map((e) => e.stat))), 'readdir', path ?? '(removed)', (c, s) =>
        path === null ? gone('a directory removed while open') : vfs.readdir(path, c, s),
      ),
    mkdir: (path, mode, cb) => r.as(cb, 'mkdir', path, async (c, s) => void (await vfs.mkdir(path, mode, c, s))),
    rmdir: (path, cb) => r.as(cb, 'rmdir', path, (c, s) => vfs.rmdir(path, c, s)),
    create: (path, mode, flags, cb) => r.as(cb, 'create', path, (c, s) => vfs.create(path, mode, flags, c, s)),
    mknod: (path, mode, dev, cb) => r.as(cb, 'mknod', path, (c, s) => mknod(vfs, path, mode, dev, c, s)),
    open: (path, flags, cb) => r.as(cb, 'open', path, (c, s) => vfs.open(path, flags, c, s)),
    read: (path, fd, buf, len, pos, cb) => r.bytes(cb, 'read', fd, (s) => vfs.read(fd, buf, len, pos, s)),
    // the VFS copies buf before its first await; cb (after which fuse-native detaches buf) comes later
    write: (path, fd, buf, len, pos, cb) => r.bytes(cb, 'write', fd, (s) => vfs.write(fd, buf, len, pos, s)),
    flush: (path, fd, cb) => r.run(cb, 'flush', fd, (s) => vfs.flush(fd, s)),
    fsync: (path, datasync, fd, cb) => r.run(cb, 'fsync', fd, (s) => vfs.fsync(fd, datasync !== 0, s)),
    release: (path, fd, cb) => r.run(cb, 'release', fd, () => vfs.release(fd)),
    truncate: (path, size, cb) => r.as(cb, 'truncate', path, (c, s) => vfs.truncate(path, size, c, s)),
    ftruncate: (path, fd, size, cb) => r.run(cb, 'ftruncate', fd, (s) => vfs.ftruncate(fd, size, s)),
    unlink: (path, cb) => r.as(cb, 'unlink', path, (c, s) => vfs.unlink(path, c, s)),
    rename: (src, dest, cb) => r.as(cb, 'rename', src, (c, s) => vfs.rename(src, dest, c, s)),
    link: (existing, newPath, cb) => r.as(cb, 'link', newPath, async (c, s) => void (await vfs.link(existing, newPath, c, s))),
    symlink: (target, path, cb) => r.as(cb, 'symlink', path, async (c, s) => void (await vfs.symlink(target, path, c, s))),
    readlink: (path, cb) => r.as(cb, 'readlink', path, (c, s) => vfs.readlink(path, c, s)),
    chmod: (path, mode, cb) => r.as(cb, 'chmod', path, async (c, s) => void (await vfs.setattr(path, { mode }, c, s))),
    chown: (path, uid, gid, cb) => r.as(cb, 'chown', path, async (c, s) => void (await vfs.setattr(path, ownerChanges(uid, gid), c, s))),
    utimens: (path, atime, mtime, cb) => r.as(cb, 'utimens', path, (c, s) => utimens(vfs, path, atime, mtime, c, s)),
    setxattr: (path, name, value, position, flags, cb) =>
      r.as(cb, 'setxattr', path, (c, s) => (localXattr(name) ? notStored(name) : vfs.setxattr(path, name, value, flags, c, s))),
    getxattr: (path, name, position, cb) =>
      r.as(cb, 'getxattr', path, (c, s) => (localXattr(name) ? absent(name) : vfs.getxattr(path, name, c, s))),
    listxattr: (path, cb) => r.as(cb, 'listxattr', path, (c, s) => vfs.listxattr(path, c, s)),
    removexattr: (path, name, cb) => r.as(cb, 'removexattr', path, (c, s) => (localXattr(name) ? absent(name) : vfs.removexattr(path, name, c, s))),
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

async function utimens(vfs: OpsVfs, path: string, atime: FuseTimeArg, mtime: FuseTimeArg, c: Cred, s: AbortSignal): Promise<void> {
  const ch = timeChanges(atime, mtime);
  if (ch.atime !== undefined || ch.mtime !== undefined) await vfs.setattr(path, ch, c, s);
}

/** mknod: a regular file is created (and closed); FIFOs, sockets and devices are stored as what they are. */
export async function mknod(vfs: Pick<OpsVfs, 'mknod' | 'create' | 'release'>, path: string, mode: number, dev: number, c: Cred, s: AbortSignal): Promise<void> {
  await mknodBy(path, mode, (type, perm) => vfs.mknod(path, type, perm, dev, c, s), async () => vfs.release(await vfs.create(path, mode, O.WRONLY | O.CREAT | O.EXCL, c, s)));
}

/**
 * mknod(2) of `mode`'s file type, for both engines: a special file through `special` (with its
 * permission bits), a regular one (type 0 or S_IFREG) through `regular` (create O_EXCL and close).
 */
export async function mknodBy<T>(what: string, mode: number, special: (type: hivefs.EntryType, perm: number) => Promise<T>, regular: () => Promise<void>): Promise<T | void> {
  const type = specialTypeOf(mode);
  if (type !== undefined) return special(type, mode & 0o7777);
  if ((mode & S_IFMT) !== S_IFREG && (mode & S_IFMT) !== 0) throw VfsError.of('EINVAL', `'${what}': mknod of file type ${(mode & S_IFMT).toString(8)}`);
  await regular();
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
