// Plain record types of the meta store: inodes, dentries, sessions, credentials and times.
import type { hivefs } from '@hivefs/protocol';

/** Seconds and nanoseconds since the epoch. */
export interface Timespec {
  sec: number;
  nsec: number;
}

/** A stripe pattern with every field present. */
export interface Pattern {
  type: hivefs.PatternType;
  chunkSize: number;
  numTargets: number;
  /** Target ids chosen at creation (files); empty for directories. */
  ids: number[];
  storagePoolId: number;
  /** Files only: why fewer ids than numTargets were chosen; unset when the pattern was met. */
  shortfall?: string;
}

/** The targets chosen for a new file, and why fewer than asked ('' when the pattern was met). */
export interface TargetChoice {
  ids: number[];
  shortfall: string;
}

/** One inode as the store keeps it (a fully populated hivefs.Attr without open_writers and blocks). */
export interface Inode {
  entryId: string;
  type: hivefs.EntryType;
  /** Permission bits (07777) only. */
  mode: number;
  uid: number;
  gid: number;
  size: number;
  atime: Timespec;
  mtime: Timespec;
  ctime: Timespec;
  nlink: number;
  ownerNodeId: number;
  pattern: Pattern;
  /** Directories: the parent directory's entry id ('' for root and non-directories). */
  parentId: string;
  ino: number;
  /** Character and block devices: the device number (Linux encoding); 0 otherwise. */
  rdev: number;
  /**
   * Regular files: the 512-byte blocks each chunk file holds, by stripe index, as storage last
   * reported them (new files start with zeros). Empty for files stored before blocks were
   * tracked (their blocks are estimated from the size) and for other types.
   */
  chunkBlocks: number[];
}

/** A directory entry: name -> entry id and type. */
export interface Dentry {
  name: string;
  entryId: string;
  type: hivefs.EntryType;
}

/** An open-file session. */
export interface Session {
  handleId: number;
  clientId: number;
  /** The open flags (Linux values). */
  flags: number;
  /** Whether the session may write (O_WRONLY or O_RDWR). */
  write: boolean;
  /**
   * Set on a write session when another party set the file's size or mtime while it was open
   * (a truncate, O_TRUNC, utimens): the size hints it reports may predate that change, so its
   * reports take the size its chunk files have now, and its mtime only when newer (close-ops.ts).
   */
  superseded?: boolean;
}

/** The caller's identity. */
export interface Cred {
  uid: number;
  gid: number;
  gids: number[];
}
