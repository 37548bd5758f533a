// Turns meta's Attr into a VfsStat and answers local permission questions on cached attributes.
import { DEFAULT_CHUNK_SIZE, hivefs, inodeNumberOf } from '@hivefs/protocol';
import type { Cred, Timespec, VfsStat } from './types.js';

/** Mask of the file type bits of st_mode. */
export const S_IFMT = 0o170000;
/** Type bits of a directory. */
export const S_IFDIR = 0o040000;
/** Type bits of a regular file. */
export const S_IFREG = 0o100000;
/** Type bits of a symbolic link. */
export const S_IFLNK = 0o120000;
/** Type bits of a FIFO (named pipe). */
export const S_IFIFO = 0o010000;
/** Type bits of a character device. */
export const S_IFCHR = 0o020000;
/** Type bits of a block device. */
export const S_IFBLK = 0o060000;
/** Type bits of a socket. */
export const S_IFSOCK = 0o140000;

const TYPE_BITS: Readonly<Record<number, number>> = {
  [hivefs.EntryType.DIRECTORY]: S_IFDIR,
  [hivefs.EntryType.REGULAR]: S_IFREG,
  [hivefs.EntryType.SYMLINK]: S_IFLNK,
  [hivefs.EntryType.FIFO]: S_IFIFO,
  [hivefs.EntryType.CHARDEV]: S_IFCHR,
  [hivefs.EntryType.BLOCKDEV]: S_IFBLK,
  [hivefs.EntryType.SOCKET]: S_IFSOCK,
};

/** The special file entry type of st_mode's type bits (mknod), or undefined for any other type. */
export function specialTypeOf(mode: number): hivefs.EntryType | undefined {
  switch (mode & S_IFMT) {
    case S_IFIFO: return hivefs.EntryType.FIFO;
    case S_IFCHR: return hivefs.EntryType.CHARDEV;
    case S_IFBLK: return hivefs.EntryType.BLOCKDEV;
    case S_IFSOCK: return hivefs.EntryType.SOCKET;
    default: return undefined;
  }
}

/** A wire timespec as a plain one (absent = epoch). */
export function timespecOf(t: hivefs.ITimespec | null | undefined): Timespec {
  return { sec: Number(t?.sec ?? 0), nsec: t?.nsec ?? 0 };
}

/** The current wall-clock time. */
export function nowTimespec(): Timespec {
  const ms = Date.now();
  return { sec: Math.floor(ms / 1000), nsec: (ms % 1000) * 1_000_000 };
}

/** Size and blocks of a file as this client's own writes show them (they replace meta's figures). */
export interface OwnExtent {
  size: number;
  blocks: number;
}

/**
 * st_blocks of an entry: a regular file's 512-byte blocks as meta counts them on storage (holes
 * hold none), a directory's or symlink's from its size, none for other types.
 */
function statBlocks(attr: hivefs.IAttr, size: number): number {
  if (attr.type === hivefs.EntryType.REGULAR) return Number(attr.blocks ?? 0);
  if (attr.type === hivefs.EntryType.DIRECTORY || attr.type === hivefs.EntryType.SYMLINK) return Math.ceil(size / 512);
  return 0;
}

/** `attr` as a stat; `own` replaces size and blocks (a file this client is writing). */
export function attrToStat(attr: hivefs.IAttr, own?: OwnExtent): VfsStat {
  const size = own?.size ?? Number(attr.size ?? 0);
  const entryId = attr.entryId ?? '';
  return {
    ino: Number(attr.ino ?? 0) || inodeNumberOf(entryId),
    mode: (TYPE_BITS[attr.type ?? 0] ?? 0) | ((attr.mode ?? 0) & 0o7777),
    nlink: attr.nlink ?? 1,
    uid: attr.uid ?? 0,
    gid: attr.gid ?? 0,
    rdev: attr.rdev ?? 0,
    size,
    blksize: attr.pattern?.chunkSize || DEFAULT_CHUNK_SIZE,
    blocks: own?.blocks ?? statBlocks(attr, size),
    atime: timespecOf(attr.atime),
    mtime: timespecOf(attr.mtime),
    ctime: timespecOf(attr.ctime),
    entryId,
  };
}

/** Whether `attr` describes a directory. */
export function isDir(attr: hivefs.IAttr): boolean {
  return attr.type === hivefs.EntryType.DIRECTORY;
}

/** Whether `attr` describes a symbolic link. */
export function isSymlink(attr: hivefs.IAttr): boolean {
  return attr.type === hivefs.EntryType.SYMLINK;
}

/**
 * POSIX access check of `mask` (4 read, 2 write, 1 execute/search) against mode and ownership.
 * root may do anything, except execute where no x bit is set on a non-directory.
 */
export function mayAccess(attr: hivefs.IAttr, cred: Cred, mask: number): boolean {
  const mode = attr.mode ?? 0;
  if (cred.uid === 0) return (mask & 1) === 0 || isDir(attr) || (mode & 0o111) !== 0;
  let bits: number;
  if (cred.uid === attr.uid) bits = (mode >> 6) & 7;
  else if (cred.gid === attr.gid || cred.gids.includes(attr.gid ?? -1)) bits = (mode >> 3) & 7;
  else bits = mode & 7;
  return (bits & mask) === mask;
}
