// POSIX permission and ownership rules, checked against the caller's uid, gid and groups.
import { ErrCode, fail, hivefs } from '@hivefs/protocol';
import type { Cred, Inode } from './types.js';

/** Access bits. */
export const R = 4;
export const W = 2;
export const X = 1;

/** Mode bits. */
export const S_ISUID = 0o4000;
export const S_ISGID = 0o2000;
export const S_ISVTX = 0o1000;

type Owned = Pick<Inode, 'entryId' | 'type' | 'mode' | 'uid' | 'gid'>;

const isRoot = (c: Cred): boolean => c.uid === 0;

/** Whether the caller is in group `gid` (primary or supplementary). */
export function inGroup(c: Cred, gid: number): boolean {
  return c.gid === gid || c.gids.includes(gid);
}

/**
 * Whether the caller has every bit of `want` on `a`. Root passes r/w always, and x on
 * directories; x on other entries needs at least one x bit. Others get the owner, group or
 * other class, whichever applies first.
 */
export function hasAccess(c: Cred, a: Owned, want: number): boolean {
  if (isRoot(c)) return !(want & X) || a.type === hivefs.EntryType.DIRECTORY || (a.mode & 0o111) !== 0;
  const shift = c.uid === a.uid ? 6 : inGroup(c, a.gid) ? 3 : 0;
  return (((a.mode >> shift) & 7) & want) === want;
}

function bitsText(want: number): string {
  return `${want & R ? 'r' : ''}${want & W ? 'w' : ''}${want & X ? 'x' : ''}`;
}

/** Throws ACCESS_DENIED unless the caller has `want` on `a`. */
export function checkAccess(c: Cred, a: Owned, want: number, what: string): void {
  if (!hasAccess(c, a, want)) fail(ErrCode.ACCESS_DENIED, `${what}: uid ${c.uid} has no ${bitsText(want)} permission on ${a.entryId} (mode ${a.mode.toString(8)}, owner ${a.uid}:${a.gid})`);
}

/**
 * Whether `mode` is `a`'s mode with only S_ISUID and/or S_ISGID taken away: what the kernel asks
 * for, on behalf of whoever writes or truncates a set-id file (file_remove_privs), when the file
 * system does not clear the bits itself.
 */
export function onlyDropsSetId(a: Owned, mode: number): boolean {
  const m = mode & 0o7777;
  return m !== a.mode && (m & ~a.mode) === 0 && ((a.mode ^ m) & ~(S_ISUID | S_ISGID)) === 0;
}

/** Throws NOT_PERMITTED unless the caller owns `a` or is root. */
export function checkOwner(c: Cred, a: Owned, what: string): void {
  if (!isRoot(c) && c.uid !== a.uid) fail(ErrCode.NOT_PERMITTED, `${what}: uid ${c.uid} does not own ${a.entryId} (owner ${a.uid})`);
}

/** In a sticky directory only root, the directory's owner or the entry's owner may remove or rename it. */
export function checkSticky(c: Cred, dir: Owned, entry: Owned, what: string): void {
  if (!(dir.mode & S_ISVTX) || isRoot(c) || c.uid === dir.uid || c.uid === entry.uid) return;
  fail(ErrCode.NOT_PERMITTED, `${what}: ${dir.entryId} is sticky and uid ${c.uid} owns neither it nor ${entry.entryId}`);
}

/**
 * chown/chgrp rules: only root changes the owner (the owner may "change" it to itself); the
 * owner may change the group to one they belong to. Throws NOT_PERMITTED otherwise.
 */
export function checkChown(c: Cred, a: Owned, uid: number | undefined, gid: number | undefined, what: string): void {
  if (isRoot(c)) return;
  if (c.uid !== a.uid) fail(ErrCode.NOT_PERMITTED, `${what}: uid ${c.uid} does not own ${a.entryId} (owner ${a.uid})`);
  if (uid !== undefined && uid !== a.uid) fail(ErrCode.NOT_PERMITTED, `${what}: only root may give ${a.entryId} to uid ${uid}`);
  if (gid !== undefined && gid !== a.gid && !inGroup(c, gid)) fail(ErrCode.NOT_PERMITTED, `${what}: uid ${c.uid} is not in group ${gid}`);
}

/** The mode a chmod by the caller results in: S_ISGID is dropped for non-root callers outside the group. */
export function chmodResult(c: Cred, a: Owned, mode: number): number {
  const m = mode & 0o7777;
  return !isRoot(c) && !inGroup(c, a.gid) ? m & ~S_ISGID : m;
}

/** The mode after a write or truncate by the caller: non-root drops S_ISUID, and S_ISGID when group-executable. */
export function afterWriteMode(c: Cred, mode: number): number {
  if (isRoot(c)) return mode;
  let m = mode & ~S_ISUID;
  if (m & 0o010) m &= ~S_ISGID;
  return m;
}

/** The mode after a chown/chgrp of a non-directory: S_ISUID dropped, S_ISGID when group-executable. */
export function afterChownMode(a: Owned): number {
  if (a.type === hivefs.EntryType.DIRECTORY) return a.mode;
  let m = a.mode & ~S_ISUID;
  if (m & 0o010) m &= ~S_ISGID;
  return m;
}

/**
 * utimes rules: explicit times need ownership or root (NOT_PERMITTED); setting both to "now"
 * is also allowed with write permission (ACCESS_DENIED otherwise).
 */
export function checkTimes(c: Cred, a: Owned, explicit: boolean, what: string): void {
  if (isRoot(c) || c.uid === a.uid) return;
  if (explicit) fail(ErrCode.NOT_PERMITTED, `${what}: only the owner or root may set explicit times on ${a.entryId}`);
  checkAccess(c, a, W, what);
}

/** The mode of a new file: S_ISGID is dropped when a non-root creator is not in the file's group. */
export function createMode(c: Cred, mode: number, gid: number): number {
  const m = mode & 0o7777;
  return !isRoot(c) && !inGroup(c, gid) ? m & ~S_ISGID : m;
}
