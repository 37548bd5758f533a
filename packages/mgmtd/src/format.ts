// format.conf of the mgmtd data directory: read, check the service, create when the dir is new.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Name of the format file in a data directory. */
export const FORMAT_FILE = 'format.conf';

/** The format this code writes. */
export const FORMAT_VERSION = 1;

/** A data directory that cannot be used (wrong service, newer format, not empty, ...). */
export class FormatError extends Error {
  override readonly name = 'FormatError';
}

/** Parses `key=value` lines (blank lines and `#` comments ignored). */
export function parseFormat(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const eq = line.indexOf('=');
    if (line === '' || line.startsWith('#') || eq < 0) continue;
    out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return out;
}

/** The format.conf fields of `dir`, or undefined when it has none. */
export async function readFormat(dir: string): Promise<Record<string, string> | undefined> {
  try {
    return parseFormat(await readFile(join(dir, FORMAT_FILE), 'utf8'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new FormatError(`cannot read ${join(dir, FORMAT_FILE)}: ${(err as Error).message}`, { cause: err });
  }
}

/** Throws FormatError unless `fields` describe a HiveFS directory of `service` in a known format. */
export function checkFormat(dir: string, fields: Record<string, string>, service: string): void {
  const file = join(dir, FORMAT_FILE);
  if (fields.fsType !== undefined && fields.fsType !== 'hivefs') throw new FormatError(`${file} says fsType=${fields.fsType}, not hivefs`);
  if (fields.service !== service) throw new FormatError(`${dir} is formatted for service '${fields.service ?? '(none)'}', not '${service}' (${file}); use another directory`);
  const v = Number(fields.formatVersion ?? FORMAT_VERSION);
  if (!Number.isInteger(v) || v < 1 || v > FORMAT_VERSION) throw new FormatError(`${file} has formatVersion=${fields.formatVersion}; this version reads format ${FORMAT_VERSION}`);
}

/** Writes a fresh format.conf for mgmtd. */
export async function writeMgmtdFormat(dir: string): Promise<void> {
  const text = `# HiveFS data directory; written by hivefs-mgmtd/hivefs-setup-mgmtd, do not edit.\nfsType=hivefs\nformatVersion=${FORMAT_VERSION}\nservice=mgmtd\n`;
  await writeFile(join(dir, FORMAT_FILE), text, { flag: 'wx' });
}

/**
 * Makes `dir` a mgmtd data directory: an existing format.conf must say service=mgmtd; a new or
 * empty directory gets one (unless `allowNonEmpty`, a directory with other files but no
 * format.conf is refused). Returns whether format.conf was created.
 */
export async function prepareMgmtdDir(dir: string, allowNonEmpty = false): Promise<boolean> {
  const fields = await readFormat(dir);
  if (fields) {
    checkFormat(dir, fields, 'mgmtd');
    return false;
  }
  await mkdir(dir, { recursive: true });
  const entries = await readdir(dir);
  if (entries.length > 0 && !allowNonEmpty) {
    throw new FormatError(`${dir} is not empty but has no ${FORMAT_FILE} (found ${entries.slice(0, 3).join(', ')}); refusing to use it as the mgmtd directory`);
  }
  await writeMgmtdFormat(dir);
  return true;
}
