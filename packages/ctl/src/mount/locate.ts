// Maps a path given to hivefs-ctl to a file system path and, under a HiveFS mount, to that mount's cluster.
import { normalizePath } from '../api/paths.js';
import { findMount, hivefsMounts, isUnder, pathInMount, readMountTable, PROC_MOUNTS, type MountEntry } from './mount-table.js';
import { resolveLocalPath } from './local-path.js';
import { candidateRunDirs, lookupRegistration, type RegistryLookup } from './registry.js';

/** Where a path given on the command line points. */
export interface LocatedPath {
  /** Path from the root of the HiveFS file system (`/` for the root). */
  fsPath: string;
  /** The mount point it lies under; null when it is not under a HiveFS mount (then taken from the file system root). */
  mount: MountEntry | null;
  /** The mount's registry entry (only when under a mount). */
  registry: RegistryLookup | null;
}

/** Options of {@link locatePath}; the defaults are the real system's. */
export interface LocateOptions {
  /** Mount table file (default /proc/mounts). */
  mountTable?: string;
  /** Run directories to look for registry files in (default: {@link candidateRunDirs}). */
  runDirs?: (mount: MountEntry) => string[];
  /** Directory relative paths start from (default: the process's). */
  cwd?: string;
}

/**
 * Locates `path`: its real path (longest existing prefix, never touching a HiveFS mount) is
 * looked up among the `fuse.hivefs` mounts; under one, the path relative to the mount point is
 * the file system path and the mount's registry names the cluster. Any other path keeps its
 * meaning as a path from the file system root.
 */
export async function locatePath(path: string, opts: LocateOptions = {}): Promise<LocatedPath> {
  const mounts = hivefsMounts(await readMountTable(opts.mountTable ?? PROC_MOUNTS));
  const notMounted: LocatedPath = { fsPath: normalizePath(path), mount: null, registry: null };
  if (mounts.length === 0) return notMounted;
  const untouchable = (p: string): boolean => mounts.some((m) => isUnder(p, m.mountpoint));
  const real = await resolveLocalPath(path, { untouchable, ...(opts.cwd !== undefined ? { cwd: opts.cwd } : {}) });
  const mount = findMount(mounts, real);
  if (!mount) return notMounted;
  const runDirs = opts.runDirs?.(mount) ?? candidateRunDirs(mount, process.getuid?.() ?? 0);
  return { fsPath: pathInMount(real, mount.mountpoint), mount, registry: await lookupRegistration(mount, runDirs) };
}
