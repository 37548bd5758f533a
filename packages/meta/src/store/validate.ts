// Checks of untrusted request fields: names, entry ids, credentials, times.
import { ErrCode, fail, isValidEntryId, type hivefs } from '@hivefs/protocol';
import type { Cred, Timespec } from './types.js';

/** Longest entry name in bytes. */
export const MAX_NAME_BYTES = 255;
/** Largest group list accepted in credentials. */
const MAX_GIDS = 65536;

/** Throws INVALID_NAME / NAME_TOO_LONG unless `name` is a valid directory entry name. */
export function checkName(name: unknown, what: string): string {
  if (typeof name !== 'string' || name === '') fail(ErrCode.INVALID_NAME, `${what}: the name is empty`);
  if (name === '.' || name === '..') fail(ErrCode.INVALID_NAME, `${what}: '${name}' cannot be used as a name`);
  if (name.includes('/')) fail(ErrCode.INVALID_NAME, `${what}: name '${name}' contains '/'`);
  if (name.includes('\0')) fail(ErrCode.INVALID_NAME, `${what}: the name contains a NUL byte`);
  const bytes = Buffer.byteLength(name, 'utf8');
  if (bytes > MAX_NAME_BYTES) fail(ErrCode.NAME_TOO_LONG, `${what}: name is ${bytes} bytes, at most ${MAX_NAME_BYTES} allowed`);
  return name;
}

/** Throws BAD_ENTRY_ID unless `id` is a well-formed entry id. */
export function checkId(id: unknown, what: string): string {
  if (typeof id !== 'string' || !isValidEntryId(id)) {
    const shown = typeof id === 'string' ? `'${id.slice(0, 64)}'` : String(id);
    fail(ErrCode.BAD_ENTRY_ID, `${what}: ${id === '' ? 'no entry id given' : `${shown} is not a valid entry id`}`);
  }
  return id;
}

/** The caller's credentials; INVALID_ARGUMENT when the request carries none. */
export function credOf(c: hivefs.ICredentials | null | undefined, what: string): Cred {
  if (!c) fail(ErrCode.INVALID_ARGUMENT, `${what}: the request carries no credentials`);
  const gids = c.gids ?? [];
  if (gids.length > MAX_GIDS) fail(ErrCode.INVALID_ARGUMENT, `${what}: ${gids.length} supplementary groups, at most ${MAX_GIDS} allowed`);
  return { uid: c.uid ?? 0, gid: c.gid ?? 0, gids: [...gids] };
}

/** A validated time; INVALID_ARGUMENT when nanoseconds are out of range. */
export function checkTime(t: hivefs.ITimespec | null | undefined, what: string): Timespec {
  const sec = Number(t?.sec ?? 0);
  const nsec = t?.nsec ?? 0;
  if (!Number.isSafeInteger(sec)) fail(ErrCode.INVALID_ARGUMENT, `${what}: seconds ${sec} out of range`);
  if (nsec >= 1_000_000_000) fail(ErrCode.INVALID_ARGUMENT, `${what}: nanoseconds ${nsec} must be below 1e9`);
  return { sec, nsec };
}

/** Whether a wire time is set (non-zero). */
export function isSetTime(t: hivefs.ITimespec | null | undefined): boolean {
  return !!t && (Number(t.sec ?? 0) !== 0 || (t.nsec ?? 0) !== 0);
}
