// The mount registry: one `<runDir>/mount-<sha1 of mountpoint>.json` per live mount, which hivefs-ctl reads to find a mount's cluster.
import { hivefsRunDir, registryFileName, type MountRegistration } from '@hivefs/common';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type { MountRegistration } from '@hivefs/common';

/** The run directory: $HIVEFS_RUN_DIR, else /run/hivefs for root, else <tmpdir>/hivefs-run-<uid>. */
export function runDir(env: NodeJS.ProcessEnv = process.env, uid: number = process.geteuid?.() ?? 0, tmp: string = tmpdir()): string {
  return hivefsRunDir(uid, env, tmp);
}

/** The registry file of `mountpoint` in `dir`. */
export function registryFile(dir: string, mountpoint: string): string {
  return join(dir, registryFileName(mountpoint));
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
