// Types of fuse-native as patched for HiveFS (patches/fuse-native@2.2.6.patch) and its loader, which refuses an unpatched build.
import { createRequire } from 'node:module';
import type { VfsStatFs } from '../types.js';

/** Revision of the fuse-native patch this adapter is written for (`Fuse.HIVEFS_PATCH`). */
export const REQUIRED_PATCH = 3;

/** A time as the patched binding takes and gives it. */
export interface FuseTime {
  sec: number;
  nsec: number;
}

/** A utimens argument: a time, `'now'` (UTIME_NOW) or null (UTIME_OMIT: leave it). */
export type FuseTimeArg = FuseTime | 'now' | null;

/** What getattr/fgetattr/readdir hand to the binding (64-bit ino, times with nanoseconds). */
export interface FuseStat {
  mode: number;
  uid: number;
  gid: number;
  size: number;
  nlink: number;
  ino: number;
  rdev: number;
  blksize: number;
  blocks: number;
  atime: FuseTime;
  mtime: FuseTime;
  ctime: FuseTime;
}

/** What statfs hands to the binding (counts are 64-bit): the VFS figures plus statvfs's rest. */
export interface FuseStatFs extends VfsStatFs {
  favail: number;
  fsid: number;
  flag: number;
}

/** The process whose request is being dispatched (fuse_get_context(); pid is its thread id). */
export interface FuseCaller {
  uid: number;
  gid: number;
  pid: number;
}

/** Completion of an op: 0 or a negative errno, then the op's results. Call it exactly once. */
export type FuseCb<R extends unknown[] = []> = (code: number, ...results: R) => void;

/**
 * The high-level ops the patched binding dispatches (paths are inside the file system). The ops
 * that carry a file handle get a null path when libfuse has none for the open file
 * (flag_nullpath_ok): a file unlinked while open whose directory was removed before its last
 * close (unlink itself keeps a hidden path, see hidden.ts); they must work from the handle alone.
 * readdir, which libfuse serves the same way, gets null for a directory removed while open.
 */
export interface FuseOps {
  init(cb: FuseCb): void;
  access(path: string, mode: number, cb: FuseCb): void;
  statfs(path: string, cb: FuseCb<[FuseStatFs]>): void;
  getattr(path: string, cb: FuseCb<[FuseStat]>): void;
  fgetattr(path: string | null, fd: number, cb: FuseCb<[FuseStat]>): void;
  readdir(path: string | null, cb: FuseCb<[string[], FuseStat[]]>): void;
  flush(path: string | null, fd: number, cb: FuseCb): void;
  fsync(path: string | null, datasync: number, fd: number, cb: FuseCb): void;
  truncate(path: string, size: number, cb: FuseCb): void;
  ftruncate(path: string | null, fd: number, size: number, cb: FuseCb): void;
  utimens(path: string, atime: FuseTimeArg, mtime: FuseTimeArg, cb: FuseCb): void;
  readlink(path: string, cb: FuseCb<[string]>): void;
  chown(path: string, uid: number, gid: number, cb: FuseCb): void;
  chmod(path: string, mode: number, cb: FuseCb): void;
  mknod(path: string, mode: number, dev: number, cb: FuseCb): void;
  setxattr(path: string, name: string, value: Buffer, position: number, flags: number, cb: FuseCb): void;
  getxattr(path: string, name: string, position: number, cb: FuseCb<[Buffer]>): void;
  listxattr(path: string, cb: FuseCb<[string[]]>): void;
  removexattr(path: string, name: string, cb: FuseCb): void;
  open(path: string, flags: number, cb: FuseCb<[number]>): void;
  read(path: string | null, fd: number, buf: Buffer, len: number, pos: number, cb: (bytesOrErr: number) => void): void;
  write(path: string | null, fd: number, buf: Buffer, len: number, pos: number, cb: (bytesOrErr: number) => void): void;
  release(path: string | null, fd: number, cb: FuseCb): void;
  create(path: string, mode: number, flags: number, cb: FuseCb<[number]>): void;
  unlink(path: string, cb: FuseCb): void;
  rename(src: string, dest: string, cb: FuseCb): void;
  link(existing: string, newPath: string, cb: FuseCb): void;
  symlink(target: string, path: string, cb: FuseCb): void;
  mkdir(path: string, mode: number, cb: FuseCb): void;
  rmdir(path: string, cb: FuseCb): void;
}

/** Options of `new Fuse()` that HiveFS uses (see mount-options.ts). */
export interface FuseOptions {
  fsname: string;
  subtype: string;
  autoCache: boolean;
  force: boolean;
  mkdir: boolean;
  timeout: false;
  defaultPermissions: boolean;
  allowOther: boolean;
  debug?: boolean;
}

/** A fuse-native instance. */
export interface FuseInstance {
  mount(cb: (err: Error | null) => void): void;
  /** The caller of the op being dispatched; valid synchronously at the start of a handler. */
  context(): FuseCaller;
  /** A token for the op being dispatched (valid synchronously at the start of a handler), for interrupted(). */
  opToken(): unknown;
  /** Whether the kernel interrupted the op of `token`; valid until the op is answered. */
  interrupted(token: unknown): boolean;
  /** Called on the main thread whenever the kernel interrupted some op (mounted with intr). */
  onInterrupt?: () => void;
}

/** The fuse-native class. */
export interface FuseClass {
  new (mountpoint: string, ops: Partial<FuseOps>, opts: FuseOptions): FuseInstance;
  HIVEFS_PATCH?: number;
  /** The signal libfuse is to send the worker of an interrupted op (mount option intr_signal). */
  HIVEFS_INTR_SIGNAL?: number;
}

let loaded: FuseClass | undefined;

/**
 * fuse-native, checked to be the patched build. Throws with what to do when the addon is missing
 * (not built) or is an unpatched build (prebuilds: utimens, nanosecond times, 64-bit ino broken).
 */
export function loadFuseNative(): FuseClass {
  if (loaded) return loaded;
  let Fuse: FuseClass;
  try {
    Fuse = createRequire(import.meta.url)('fuse-native') as FuseClass;
  } catch (e) {
    throw new Error(`cannot load fuse-native (${(e as Error).message.split('\n')[0]}); run scripts/bootstrap.sh, which builds it (needs libfuse2, make, a C compiler)`);
  }
  if (Fuse.HIVEFS_PATCH !== REQUIRED_PATCH) {
    throw new Error(`fuse-native is not the HiveFS-patched build (patch revision ${Fuse.HIVEFS_PATCH ?? 'none'}, need ${REQUIRED_PATCH}); reinstall with pnpm install (patches/fuse-native@2.2.6.patch)`);
  }
  return (loaded = Fuse);
}
