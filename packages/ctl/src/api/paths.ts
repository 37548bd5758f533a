// Paths as hivefs-ctl takes them: relative to the file system root, normalised to `/a/b` (root: `/`).
import { posix } from 'node:path';

/** `/a/b` for `a/b/`, `/a//b`, `/a/./b`, `/a/c/../b`; `/` for the root (also for `` and `.`). */
export function normalizePath(p: string): string {
  const n = posix.normalize(`/${p}`);
  return n.length > 1 && n.endsWith('/') ? n.slice(0, -1) : n;
}

/** The names along a normalised path (`/a/b` -> [a, b]; `/` -> []). */
export function pathNames(p: string): string[] {
  return normalizePath(p).split('/').filter((s) => s !== '');
}

/** Parent path and last name of a path other than the root. */
export function splitParent(p: string): { parent: string; name: string } | undefined {
  const names = pathNames(p);
  const name = names.pop();
  return name === undefined ? undefined : { parent: `/${names.join('/')}`, name };
}
