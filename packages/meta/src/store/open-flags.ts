// Linux open(2) flag values used on the wire, and the access an open needs.
import { ErrCode, fail, hivefs } from '@hivefs/protocol';
import { R, W } from './permissions.js';
import type { Inode } from './types.js';

export const O_ACCMODE = 0o3;
export const O_RDONLY = 0;
export const O_WRONLY = 0o1;
export const O_RDWR = 0o2;
export const O_CREAT = 0o100;
export const O_EXCL = 0o200;
export const O_TRUNC = 0o1000;
export const O_APPEND = 0o2000;

/** Whether the flags open for writing. */
export function opensForWrite(flags: number): boolean {
  const acc = flags & O_ACCMODE;
  return acc === O_WRONLY || acc === O_RDWR;
}

/**
 * The permission bits opening `i` with `flags` needs. Directories may only be opened
 * read-only (IS_DIR otherwise); symlinks are never opened (LOOP), nor special files (NO_DEVICE:
 * the kernel serves FIFOs and devices itself and refuses sockets); O_ACCMODE 3 is invalid.
 */
export function accessForOpen(i: Inode, flags: number, what: string): number {
  const acc = flags & O_ACCMODE;
  if (acc === O_ACCMODE) fail(ErrCode.INVALID_ARGUMENT, `${what}: access mode 3 in flags 0${flags.toString(8)} is invalid`);
  if (i.type === hivefs.EntryType.DIRECTORY) {
    if (acc !== O_RDONLY || flags & O_TRUNC) fail(ErrCode.IS_DIR, `${what}: ${i.entryId} is a directory and can only be opened read-only`);
    return R;
  }
  if (i.type === hivefs.EntryType.SYMLINK) fail(ErrCode.LOOP, `${what}: ${i.entryId} is a symlink; resolve it before opening`);
  if (i.type !== hivefs.EntryType.REGULAR) fail(ErrCode.NO_DEVICE, `${what}: ${i.entryId} is a special file; its I/O is the kernel's, not the file system's`);
  let want = acc === O_RDONLY ? R : acc === O_WRONLY ? W : R | W;
  if (flags & O_TRUNC) want |= W;
  return want;
}
