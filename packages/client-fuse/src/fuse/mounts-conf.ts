// /etc/hivefs/hivefs-mounts.conf: one `<mountpoint> <client-conf>` per line, for every file system hivefs-client mounts.
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, normalize, resolve } from 'node:path';

/** Default mounts file. */
export const DEFAULT_MOUNTS_FILE = '/etc/hivefs/hivefs-mounts.conf';

/** One line of the mounts file. */
export interface MountsConfEntry {
  /** Absolute, normalized mount point. */
  mountpoint: string;
  /** Client config file (relative paths are taken from the mounts file's directory). */
  cfgFile: string;
  /** 1-based line number, for messages. */
  line: number;
}

/** A mounts file that cannot be used; the message names the file and line. */
export class MountsConfError extends Error {
  override readonly name = 'MountsConfError';
}

/**
 * Parses the text of a mounts file: blank lines and `#` comments are skipped; every other line
 * is a mount point (absolute) and a client config file, separated by whitespace. Throws
 * MountsConfError for a line with another number of fields, a relative mount point, a mount
 * point listed twice, or a file without any mount.
 */
export function parseMountsConf(text: string, file: string): MountsConfEntry[] {
  const out: MountsConfEntry[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const body = raw.replace(/(^|\s)#.*$/, '').trim();
    if (body === '') return;
    const fields = body.split(/\s+/);
    const where = `${file} line ${line}`;
    if (fields.length !== 2) throw new MountsConfError(`${where}: expected '<mountpoint> <client-conf>', got ${fields.length} field(s): '${body}'`);
    const [mp, conf] = fields as [string, string];
    if (!isAbsolute(mp)) throw new MountsConfError(`${where}: mount point '${mp}' is not an absolute path`);
    const mountpoint = normalize(mp).replace(/(.)\/+$/, '$1');
    const first = seen.get(mountpoint);
    if (first !== undefined) throw new MountsConfError(`${where}: mount point ${mountpoint} is already listed on line ${first}`);
    seen.set(mountpoint, line);
    out.push({ mountpoint, cfgFile: resolve(dirname(file), conf), line });
  });
  if (out.length === 0) throw new MountsConfError(`${file} lists no mounts (expected '<mountpoint> <client-conf>' lines)`);
  return out;
}

/** Reads and parses a mounts file; a missing or unreadable file is a MountsConfError saying so. */
export async function readMountsConf(file: string): Promise<MountsConfEntry[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist (list mounts there, or give --mount=DIR)' : `cannot be read (${code ?? (e as Error).message})`;
    throw new MountsConfError(`mounts file ${file} ${why}`);
  }
  return parseMountsConf(text, file);
}
