// Public value types of the VFS: credentials, stats, timestamps, attribute changes.

/** The caller's identity; meta checks mode bits and ownership against it. */
export interface Cred {
  uid: number;
  gid: number;
  /** Supplementary groups. */
  gids: number[];
}

/** A point in time, seconds and nanoseconds since the epoch. */
export interface Timespec {
  sec: number;
  nsec: number;
}

/** Attributes of an entry, POSIX `struct stat` style. */
export interface VfsStat {
  ino: number;
  /** Permission bits plus the type bits (S_IFDIR, S_IFREG, S_IFLNK, S_IFIFO, S_IFSOCK, S_IFCHR, S_IFBLK). */
  mode: number;
  nlink: number;
  uid: number;
  gid: number;
  size: number;
  /** Character and block devices: the device number (Linux encoding); 0 otherwise. */
  rdev: number;
  blksize: number;
  /** 512-byte blocks. */
  blocks: number;
  atime: Timespec;
  mtime: Timespec;
  ctime: Timespec;
  entryId: string;
}

/** Changes of {@link Vfs.setattr}; only the given fields change. */
export interface SetAttrChanges {
  mode?: number;
  uid?: number;
  gid?: number;
  size?: number;
  atime?: Timespec | 'now';
  mtime?: Timespec | 'now';
}

/** One entry of {@link Vfs.readdir}. */
export interface VfsDirEntry {
  name: string;
  stat: VfsStat;
}

/** File system figures of {@link Vfs.statfs}, `struct statvfs` style. */
export interface VfsStatFs {
  bsize: number;
  frsize: number;
  blocks: number;
  bfree: number;
  bavail: number;
  files: number;
  ffree: number;
  namemax: number;
}
