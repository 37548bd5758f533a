// Path strings of the VFS API: absolute, '/'-separated, '/' = root.
import { VfsError } from './errors.js';

/** Longest path accepted (Linux PATH_MAX). */
export const PATH_MAX = 4096;

/** The components of an absolute path; empty components are dropped ('.' and '..' kept). */
export function splitPath(path: string): string[] {
  if (typeof path !== 'string' || !path.startsWith('/')) throw VfsError.of('EINVAL', `not an absolute path: '${String(path)}'`);
  if (path.length > PATH_MAX) throw VfsError.of('ENAMETOOLONG', `path longer than ${PATH_MAX} bytes`);
  if (path.includes('\0')) throw VfsError.of('EINVAL', 'path contains a NUL byte');
  return path.split('/').filter((c) => c !== '');
}

/** Splits a path into its directory's components and the last name; the root has no name. */
export function splitParent(path: string): { dir: string[]; name: string | undefined } {
  const comps = splitPath(path);
  const name = comps.pop();
  return { dir: comps, name };
}
