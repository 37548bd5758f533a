// Operation codes and array layouts shared with the addon (native/ll.h); change both together.

/** What the addon hands to the dispatcher. */
export const Op = {
  INIT: 1, LOOKUP: 2, FORGET: 3, BATCH_FORGET: 4, GETATTR: 5, SETATTR: 6, READLINK: 7, MKNOD: 8, MKDIR: 9,
  UNLINK: 10, RMDIR: 11, SYMLINK: 12, RENAME: 13, LINK: 14, OPEN: 15, READ: 16, WRITE: 17, FLUSH: 18,
  RELEASE: 19, FSYNC: 20, OPENDIR: 21, READDIR: 22, READDIRPLUS: 23, RELEASEDIR: 24, FSYNCDIR: 25,
  STATFS: 26, SETXATTR: 27, GETXATTR: 28, LISTXATTR: 29, REMOVEXATTR: 30, ACCESS: 31, CREATE: 32,
  INTERRUPT: 33, ENDED: 34, FALLOCATE: 35, COPY_FILE_RANGE: 36,
} as const;

/** Index of each value in the request-info array (C -> JS): the caller, then setattr's values. */
export const Info = {
  UID: 0, GID: 1, PID: 2, MODE: 3, UID_NEW: 4, GID_NEW: 5, SIZE: 6, ATIME: 7, ATIME_NS: 8, MTIME: 9, MTIME_NS: 10,
} as const;

/** Index of each field of one stat in an attribute array (JS -> C). */
export const St = {
  INO: 0, MODE: 1, NLINK: 2, UID: 3, GID: 4, SIZE: 5, RDEV: 6, BLKSIZE: 7, BLOCKS: 8,
  ATIME: 9, ATIME_NS: 10, MTIME: 11, MTIME_NS: 12, CTIME: 13, CTIME_NS: 14,
} as const;

/** Doubles per stat in an attribute array. */
export const ST_COUNT = 15;

/** Index of each figure in the statfs array (JS -> C). */
export const Sf = { BSIZE: 0, FRSIZE: 1, BLOCKS: 2, BFREE: 3, BAVAIL: 4, FILES: 5, FFREE: 6, NAMEMAX: 7 } as const;

/** Bits of an open/create/opendir answer. */
export const OpenBits = { DIRECT_IO: 1, KEEP_CACHE: 2, NONSEEKABLE: 4, CACHE_READDIR: 8 } as const;

/** setattr's to_set bits (FUSE_SET_ATTR_*). */
export const SetAttr = {
  MODE: 1 << 0, UID: 1 << 1, GID: 1 << 2, SIZE: 1 << 3, ATIME: 1 << 4, MTIME: 1 << 5, ATIME_NOW: 1 << 7, MTIME_NOW: 1 << 8, CTIME: 1 << 10,
} as const;

/** fuse_conn_info capability bits HiveFS looks at (FUSE_CAP_*). */
export const Cap = {
  ASYNC_READ: 1 << 0, ATOMIC_O_TRUNC: 1 << 3, READDIRPLUS: 1 << 13, READDIRPLUS_AUTO: 1 << 14, ASYNC_DIO: 1 << 15,
  WRITEBACK_CACHE: 1 << 16, PARALLEL_DIROPS: 1 << 18,
} as const;
