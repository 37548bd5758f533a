// Linux open(2) flag values (the wire uses them too) and helpers on access modes.

/** Linux O_* values. */
export const O = {
  RDONLY: 0,
  WRONLY: 1,
  RDWR: 2,
  ACCMODE: 3,
  CREAT: 0o100,
  EXCL: 0o200,
  TRUNC: 0o1000,
  APPEND: 0o2000,
  DIRECTORY: 0o200000,
  NOFOLLOW: 0o400000,
} as const;

/** Whether a handle opened with `flags` may read. */
export function canRead(flags: number): boolean {
  return (flags & O.ACCMODE) !== O.WRONLY;
}

/** Whether a handle opened with `flags` may write. */
export function canWrite(flags: number): boolean {
  const acc = flags & O.ACCMODE;
  return acc === O.WRONLY || acc === O.RDWR;
}

/** XATTR_CREATE / XATTR_REPLACE of setxattr(2). */
export const XATTR = { CREATE: 1, REPLACE: 2 } as const;
