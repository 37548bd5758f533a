// Loads (and, for setup tools, generates) the shared connection secret named by connAuthFile.

import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ConfigError } from './config-schema.js';

/** Shortest accepted secret, in bytes after trimming trailing whitespace. */
export const MIN_AUTH_SECRET_BYTES = 16;

const KEY = 'connAuthFile';

/**
 * Load the shared secret. Returns null when `connDisableAuthentication` is set; otherwise the
 * file contents with trailing whitespace trimmed. Throws a {@link ConfigError} naming
 * connAuthFile (and `cfgFile`, when given) when the path is not set, the file is missing or
 * unreadable, or the secret is shorter than 16 bytes. A relative path is taken from the cwd.
 */
export async function loadAuthSecret(
  cfg: { connAuthFile: string; connDisableAuthentication: boolean },
  cfgFile?: string,
): Promise<Buffer | null> {
  if (cfg.connDisableAuthentication) return null;
  const where = cfgFile ? ` (config file ${cfgFile})` : '';
  const fail = (msg: string, cause?: unknown): never => {
    throw new ConfigError(`${msg}${where}`, { key: KEY, file: cfgFile, cause });
  };
  const path = cfg.connAuthFile;
  if (!path) fail(`${KEY} is not set: set ${KEY} or connDisableAuthentication = true`);
  let raw: Buffer;
  try {
    raw = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? fail(`${KEY} ${path} does not exist`, err)
      : fail(`${KEY} ${path} cannot be read (${code ?? messageOf(err)})`, err);
  }
  const secret = trimEnd(raw);
  if (secret.length < MIN_AUTH_SECRET_BYTES) {
    fail(`${KEY} ${path} is too short: ${secret.length} bytes, at least ${MIN_AUTH_SECRET_BYTES} needed`);
  }
  return secret;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Drop trailing ASCII whitespace (space, tab, CR, LF, VT, FF). */
function trimEnd(buf: Buffer): Buffer {
  let end = buf.length;
  while (end > 0 && [0x20, 0x09, 0x0a, 0x0d, 0x0b, 0x0c].includes(buf[end - 1]!)) end--;
  return buf.subarray(0, end);
}

/**
 * Create a secret file at `path` holding 32 random bytes in base64 (plus a newline), mode
 * 0600, creating parent directories. An existing file is left untouched.
 */
export async function generateAuthSecret(path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const text = randomBytes(32).toString('base64') + '\n';
  try {
    await writeFile(path, text, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
}
