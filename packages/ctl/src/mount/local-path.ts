// Resolving a local path like realpath(3), except that nothing at or below a HiveFS mount point is touched.
import { lstat, readlink } from 'node:fs/promises';
import { posix } from 'node:path';

/** Symbolic links followed before giving up, as Linux (MAXSYMLINKS). */
export const MAX_SYMLINKS = 40;

/** Options of {@link resolveLocalPath}. */
export interface ResolveOptions {
  /** Directory a relative path starts from (default: process.cwd()). */
  cwd?: string;
  /**
   * Whether an absolute path is at or below a mount point that must not be touched (a hung or
   * dead FUSE mount would block or fail): such components are taken as written.
   */
  untouchable(path: string): boolean;
}

/** A path that cannot be resolved (a symbolic link loop). */
export class PathLoopError extends Error {
  override readonly name = 'PathLoopError';
}

const namesOf = (p: string): string[] => p.split('/').filter((n) => n !== '');

/**
 * The real path of the longest existing prefix of `path`, with the rest appended as written
 * (`.` and `..` applied by name). Symbolic links are followed, asynchronously, until the path
 * reaches an untouchable mount point; below it names are taken as written and `..` at the mount
 * point leads back to its parent. Throws PathLoopError after {@link MAX_SYMLINKS} links.
 */
export async function resolveLocalPath(path: string, opts: ResolveOptions): Promise<string> {
  const pending = namesOf(posix.isAbsolute(path) ? path : `${opts.cwd ?? process.cwd()}/${path}`);
  let resolved: string[] = [];
  let links = 0;
  let missing = false;
  while (pending.length > 0) {
    const name = pending.shift()!;
    if (name === '.') continue;
    if (name === '..') {
      resolved.pop();
      continue;
    }
    resolved.push(name);
    const here = `/${resolved.join('/')}`;
    if (missing || opts.untouchable(here)) continue;
    const st = await lstat(here).catch(() => undefined);
    if (!st) {
      missing = true;
      continue;
    }
    if (!st.isSymbolicLink()) continue;
    if (++links > MAX_SYMLINKS) throw new PathLoopError(`too many levels of symbolic links in ${path}`);
    const target = await readlink(here);
    resolved.pop();
    if (posix.isAbsolute(target)) resolved = [];
    pending.unshift(...namesOf(target));
  }
  return `/${resolved.join('/')}`;
}
