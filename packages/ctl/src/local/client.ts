// The local cluster's FUSE client: one hivefs-client mounting the cluster at a directory, started after and stopped before the servers.
import { execFile } from 'node:child_process';
import { mkdir, readFile, readlink, realpath, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { MAX_SYMLINKS } from '../mount/local-path.js';
import { readMountTable } from '../mount/mount-table.js';
import { defaultRunDir, parseRegistration, registryFileName } from '../mount/registry.js';
import { binPath, type ClusterPaths } from './layout.js';
import { fileSize, isAlive, livePid, startDetached, stopByPidFile, waitForReady } from './processes.js';

const run = promisify(execFile);

/** Name of the client in pid, log and output file names and in `status`. */
export const CLIENT_NAME = 'client';

/** How long a client has to unmount and exit on SIGTERM before it is killed and its mount lazily unmounted. */
export const CLIENT_STOP_MS = 10_000;

/** Status of the cluster's client. */
export interface ClientStatus {
  name: string;
  /** The mount point. */
  mount: string;
  /** Pid while the client runs. */
  pid: number | undefined;
  /** Whether the mount point is in the mount table. */
  mounted: boolean;
}

/** A client log line saying the mount serves: `"msg":"mounted"` or `"msg":"ready"`. */
export const isMountedLine = (line: string): boolean => line.includes('"msg":"mounted"') || line.includes('"msg":"ready"');

/**
 * The path the kernel mounts on for `dir`, as the mount table will show it, without touching
 * what may be mounted there: the real path of the parent plus the name, after following the
 * name while it is a symbolic link (readlink never enters a mount).
 */
export async function mountPointOf(dir: string): Promise<string> {
  let p = resolve(dir);
  for (let links = 0; links <= MAX_SYMLINKS; links++) {
    p = join(await realpath(dirname(p)), basename(p));
    const target = await readlink(p).catch(() => undefined);
    if (target === undefined) return p;
    p = resolve(dirname(p), target);
  }
  throw new Error(`too many levels of symbolic links in ${dir}`);
}

/** Creates the mount directory if needed and returns it as the mount table will show it ({@link mountPointOf}). */
export async function prepareMountDir(dir: string): Promise<string> {
  const mount = await mountPointOf(dir);
  await mkdir(mount, { recursive: true }).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'EEXIST' && e.code !== 'ENOTCONN') throw e;
  });
  return mount;
}

/** Whether anything is mounted at `dir` (an absolute real path). */
export async function isMounted(dir: string, mountTable?: string): Promise<boolean> {
  return (await readMountTable(mountTable)).some((m) => m.mountpoint === dir);
}

/** Detaches the mount at `dir` at once (`umount -l` as root, `fusermount -uz` otherwise); not mounted is fine. */
export async function lazyUnmount(dir: string): Promise<void> {
  const [cmd, args] = process.getuid?.() === 0 ? ['umount', ['-l', dir]] : ['fusermount', ['-uz', dir]];
  try {
    await run(cmd, args);
  } catch (e) {
    if (await isMounted(dir)) throw new Error(`cannot unmount ${dir}: ${(e as { stderr?: string }).stderr?.trim() || (e as Error).message}`);
  }
}

/**
 * Starts `hivefs-client --mount=<mount> --cfgFile=<client conf>` in the background unless it runs,
 * and waits until it logs that the mount serves. Fails with the client's last output when it exits first.
 */
export async function startClient(paths: ClusterPaths, mount: string, timeoutMs: number): Promise<Record<string, unknown> | undefined> {
  const pidFile = paths.pid(CLIENT_NAME);
  if (await livePid(pidFile)) return undefined;
  const [logFile, outFile] = [paths.log(CLIENT_NAME), paths.out(CLIENT_NAME)];
  const from = await fileSize(logFile);
  const args = [`--mount=${mount}`, `--cfgFile=${paths.clientConf}`, `--logStdFile=${logFile}`];
  const pid = await startDetached(binPath('hivefs-client'), args, outFile, pidFile);
  return waitForReady({ pid, logFile, from, outFile, timeoutMs, name: `hivefs-client (mount ${mount})`, match: isMountedLine });
}

/**
 * Removes the registry file a killed client left for `mount` in this process's run directory
 * (docs/internals.md), only when the pid it names no longer runs.
 */
export async function removeStaleRegistration(mount: string): Promise<void> {
  const file = join(defaultRunDir(process.geteuid?.() ?? 0), registryFileName(mount));
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return;
  try {
    const reg = parseRegistration(text, file);
    if (reg.mountpoint !== mount || (await isAlive(reg.pid))) return;
  } catch {
    return; // not a registration we understand: leave it to its owner
  }
  await rm(file, { force: true });
}

/**
 * Stops the client: SIGTERM (it unmounts and exits), SIGKILL after {@link CLIENT_STOP_MS}; then,
 * if `mount` is still in the mount table (client killed or hung), detaches it with a lazy unmount
 * and removes the registry file the dead client left.
 */
export async function stopClient(paths: ClusterPaths, mount: string | undefined): Promise<void> {
  await stopByPidFile(paths.pid(CLIENT_NAME), 'SIGTERM', CLIENT_STOP_MS);
  if (!mount) return;
  if (await isMounted(mount)) await lazyUnmount(mount);
  await removeStaleRegistration(mount);
}

/** The client's status, when the cluster has a mount point. */
export async function clientStatus(paths: ClusterPaths, mount: string | undefined): Promise<ClientStatus | undefined> {
  if (!mount) return undefined;
  return { name: CLIENT_NAME, mount, pid: await livePid(paths.pid(CLIENT_NAME)), mounted: await isMounted(mount) };
}
