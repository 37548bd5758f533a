// The mount registry: one `<runDir>/mount-<sha1 of mountpoint>.json` per live mount, which hivefs-ctl reads to find a mount's cluster.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a registry file holds (docs/internals.md, "FUSE client"). */
export interface MountRegistration {
  mountpoint: string;
  /** The client config file; null when the mount was given by --mgmtd. */
  cfgFile: string | null;
  mgmtdHost: string;
  mgmtdPort: number;
  /** The shared secret file; null without authentication. */
  authFile: string | null;
  /** Pid of the hivefs-client serving the mount. */
  pid: number;
}

/** The run directory: $HIVEFS_RUN_DIR, else /run/hivefs for root, else <tmpdir>/hivefs-run-<uid>. */
export function runDir(env: NodeJS.ProcessEnv = process.env, uid: number = process.geteuid?.() ?? 0, tmp: string = tmpdir()): string {
  const fromEnv = env['HIVEFS_RUN_DIR'];
  if (fromEnv) return fromEnv;
  return uid === 0 ? '/run/hivefs' : join(tmp, `hivefs-run-${uid}`);
}

/** The registry file of `mountpoint` in `dir`. */
export function registryFile(dir: string, mountpoint: string): string {
  return join(dir, `mount-${createHash('sha1').update(mountpoint).digest('hex')}.json`);
}

/** Writes (atomically: temp file, then rename) the registration of a mount; returns the file. */
export async function writeRegistration(dir: string, reg: MountRegistration): Promise<string> {
  await mkdir(dir, { recursive: true, mode: 0o755 });
  const file = registryFile(dir, reg.mountpoint);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(reg)}\n`, { mode: 0o644 });
  await rename(tmp, file);
  return file;
}

/** Removes a registry file; a missing one is fine. */
export async function removeRegistration(file: string): Promise<void> {
  await rm(file, { force: true });
}

/** The registration of `mountpoint` in `dir`, or undefined when there is none or it is unreadable. */
export async function readRegistration(dir: string, mountpoint: string): Promise<MountRegistration | undefined> {
  try {
    const reg = JSON.parse(await readFile(registryFile(dir, mountpoint), 'utf8')) as MountRegistration;
    return reg.mountpoint === mountpoint && Number.isInteger(reg.pid) ? reg : undefined;
  } catch {
    return undefined;
  }
}
