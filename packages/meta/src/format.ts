// The format.conf of a meta directory: read, validate, write atomically, format on the fly.
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isValidNumericId } from '@hivefs/protocol';

/** Name of the format file inside the meta directory. */
export const FORMAT_FILE = 'format.conf';
const SERVICE = 'meta';
/** Entries a directory may hold and still count as unformatted-empty. */
const IGNORED_WHEN_EMPTY = new Set(['lost+found']);

/** The contents of a format.conf; nodeNumID is 0 until mgmtd assigned one. */
export interface MetaFormat {
  service: string;
  formatVersion: number;
  nodeNumID: number;
}

/** Parses format.conf text; throws naming the file and what is wrong. */
export function parseFormat(text: string, file: string): MetaFormat {
  const kv = new Map<string, string>();
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const eq = line.indexOf('=');
    if (eq < 0) throw new Error(`${file} line ${i + 1}: expected key=value, got '${line}'`);
    kv.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  if (kv.has('fsType') && kv.get('fsType') !== 'hivefs') throw new Error(`${file}: fsType is '${kv.get('fsType')}', not hivefs`);
  if ((kv.get('formatVersion') ?? '1') !== '1') throw new Error(`${file}: formatVersion ${kv.get('formatVersion')} is not supported (expected 1)`);
  const service = kv.get('service');
  if (!service) throw new Error(`${file}: no service= line`);
  const raw = kv.get('nodeNumID') ?? '0';
  const nodeNumID = Number(raw);
  if (!/^\d+$/.test(raw) || (nodeNumID !== 0 && !isValidNumericId(nodeNumID))) throw new Error(`${file}: nodeNumID=${raw} is not a valid id (1..65535)`);
  return { service, formatVersion: 1, nodeNumID };
}

/** The text of a format.conf (nodeNumID left out while 0). */
export function formatText(f: MetaFormat): string {
  const lines = ['# HiveFS meta format file: do not edit', 'fsType=hivefs', `formatVersion=${f.formatVersion}`, `service=${f.service}`];
  if (f.nodeNumID) lines.push(`nodeNumID=${f.nodeNumID}`);
  return lines.join('\n') + '\n';
}

/** Reads a directory's format.conf; undefined when it has none. */
export async function readFormat(dir: string): Promise<MetaFormat | undefined> {
  const file = join(dir, FORMAT_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`cannot read ${file}: ${(e as Error).message}`);
  }
  return parseFormat(text, file);
}

/** Writes format.conf atomically (temporary file, then rename); creates the directory. */
export async function writeFormat(dir: string, f: MetaFormat): Promise<void> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, FORMAT_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, formatText(f), { mode: 0o644, flush: true });
  await rename(tmp, file);
}

/** Whether a directory is missing or holds nothing but lost+found. */
export async function isEmptyDir(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).every((n) => IGNORED_WHEN_EMPTY.has(n));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw e;
  }
}

/**
 * The format of the meta directory, formatting a missing or empty directory on the fly (without
 * a node id). Throws when it is formatted for another service, or not formatted but not empty.
 */
export async function prepareMetaDir(dir: string): Promise<MetaFormat> {
  const f = await readFormat(dir);
  if (f) {
    if (f.service !== SERVICE) throw new Error(`${dir} is formatted for service '${f.service}', not meta`);
    return f;
  }
  if (!(await isEmptyDir(dir))) throw new Error(`${dir} has no ${FORMAT_FILE} and is not empty; format it with hivefs-setup-meta or use an empty directory`);
  const fresh: MetaFormat = { service: SERVICE, formatVersion: 1, nodeNumID: 0 };
  await writeFormat(dir, fresh);
  return fresh;
}
