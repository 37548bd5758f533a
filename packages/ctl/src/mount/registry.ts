// The mount registry hivefs-client keeps per live mount: `<runDir>/mount-<sha1 of mountpoint>.json`.
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hivefsRunDir as defaultRunDir, registryFileName, type MountRegistration } from '@hivefs/common';
import { mountOwnerUid, type MountEntry } from './mount-table.js';

export { hivefsRunDir as defaultRunDir, registryFileName, type MountRegistration } from '@hivefs/common';

/**
 * Run directories that may hold a mount's registry, most likely first: $HIVEFS_RUN_DIR, the
 * default of the uid that mounted it (`user_id=` option), the caller's default.
 */
export function candidateRunDirs(mount: MountEntry, callerUid: number, env: NodeJS.ProcessEnv = process.env, tmp = tmpdir()): string[] {
  const noEnv = { ...env, HIVEFS_RUN_DIR: '' };
  const owner = mountOwnerUid(mount);
  const dirs = [env['HIVEFS_RUN_DIR'] ?? '', owner === undefined ? '' : defaultRunDir(owner, noEnv, tmp), defaultRunDir(callerUid, noEnv, tmp)];
  return [...new Set(dirs.filter((d) => d !== ''))];
}

/** A registry file that is unreadable or does not describe the mount. */
export class RegistryError extends Error {
  override readonly name = 'RegistryError';
}

const optionalString = (v: unknown): v is string | null | undefined => v === undefined || v === null || typeof v === 'string';

/** Parses and checks a registry file's text; `file` names it in errors. */
export function parseRegistration(text: string, file: string): MountRegistration {
  let j: Record<string, unknown>;
  try {
    j = JSON.parse(text) as Record<string, unknown>;
  } catch (e) {
    throw new RegistryError(`${file}: not JSON (${(e as Error).message})`);
  }
  if (typeof j !== 'object' || j === null) throw new RegistryError(`${file}: not a JSON object`);
  const { mountpoint, cfgFile, mgmtdHost, mgmtdPort, authFile, pid } = j;
  if (typeof mountpoint !== 'string' || !mountpoint.startsWith('/')) throw new RegistryError(`${file}: mountpoint must be an absolute path`);
  if (typeof mgmtdHost !== 'string' || mgmtdHost === '') throw new RegistryError(`${file}: mgmtdHost must be a host name or address`);
  if (typeof mgmtdPort !== 'number' || !Number.isInteger(mgmtdPort) || mgmtdPort < 1 || mgmtdPort > 65535) throw new RegistryError(`${file}: mgmtdPort must be a port from 1 to 65535`);
  if (!optionalString(cfgFile)) throw new RegistryError(`${file}: cfgFile must be a path or null`);
  if (!optionalString(authFile)) throw new RegistryError(`${file}: authFile must be a path or null`);
  if (typeof pid !== 'number' || !Number.isInteger(pid)) throw new RegistryError(`${file}: pid must be a whole number`);
  return { mountpoint, cfgFile: cfgFile || null, mgmtdHost, mgmtdPort, authFile: authFile || null, pid };
}

/** Result of looking a mount up in the registry: its registration, or the files that were tried. */
export type RegistryLookup = { found: true; registration: MountRegistration; file: string } | { found: false; tried: string[] };

/**
 * Reads the registration of `mount` from the first of `runDirs` that has its file. Throws
 * RegistryError when a file exists but is bad or names another mount point.
 */
export async function lookupRegistration(mount: MountEntry, runDirs: readonly string[]): Promise<RegistryLookup> {
  const name = registryFileName(mount.mountpoint);
  const tried: string[] = [];
  for (const dir of runDirs) {
    const file = join(dir, name);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'EACCES') throw new RegistryError(`${file}: ${(e as Error).message}`);
      tried.push(file);
      continue;
    }
    const registration = parseRegistration(text, file);
    if (registration.mountpoint !== mount.mountpoint) throw new RegistryError(`${file}: describes mount point ${registration.mountpoint}, not ${mount.mountpoint}`);
    return { found: true, registration, file };
  }
  return { found: false, tried };
}
