// What a record of a space's snapshot is, for the resync stats: a directory or file inode, a session, or other.
import { prefix } from '@hivefs/common';
import { hivefs } from '@hivefs/protocol';
import { SESSION_PREFIX } from '../../store/keys.js';

const INODE_PREFIX = prefix('I');

/** The kind of a space record: inodes (`I:`) by their type, stored sessions (`S:`), anything else. */
export type RecordKind = 'dir' | 'file' | 'session' | 'other';

/**
 * The kind of record `key` (relative to the space) with `value`. Every inode that is not a
 * directory counts as a file (regular, symlink, special). Throws when an inode does not decode.
 */
export function recordKind(key: string, value: Uint8Array): RecordKind {
  if (key.startsWith(INODE_PREFIX)) return hivefs.Attr.decode(value).type === hivefs.EntryType.DIRECTORY ? 'dir' : 'file';
  if (key.startsWith(SESSION_PREFIX)) return 'session';
  return 'other';
}

/** Records of a page by kind. */
export interface Tally {
  dirs: number;
  files: number;
  sessions: number;
}

export const emptyTally = (): Tally => ({ dirs: 0, files: 0, sessions: 0 });

/** Adds `kind` to `t`. */
export function count(t: Tally, kind: RecordKind): void {
  if (kind === 'dir') t.dirs++;
  else if (kind === 'file') t.files++;
  else if (kind === 'session') t.sessions++;
}
