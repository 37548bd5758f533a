// The format.conf of a target directory: parse, validate, write (atomically) and format a fresh dir.
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isValidNumericId } from '@hivefs/protocol';

/** Name of the format file inside a target directory. */
export const FORMAT_FILE = 'format.conf';
/** Sub-directory of unmirrored chunk files. */
export const CHUNKS_DIR = 'chunks';
/** Sub-directory of buddy-mirrored chunk files. */
export const BUDDYMIR_DIR = 'buddymir';
/** Entries a directory may hold and still count as empty (unformatted). */
const IGNORED_WHEN_EMPTY = new Set(['lost+found', 'lock.pid']);

/** The contents of a format.conf. Ids are 0 while mgmtd has not assigned them yet. */
export interface TargetFormat {
  service: string;
  formatVersion: number;
  nodeNumID: number;
  targetNumID: number;
}

/** Parses format.conf text; throws an Error naming the file and the bad line or value. */
export function parseFormat(text: string, file: string): TargetFormat {
  const kv = new Map<string, string>();
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const eq = line.indexOf('=');
    if (eq < 0) throw new Error(`${file} line ${i + 1}: expected key=value, got '${line}'`);
    kv.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  if (kv.has('fsType') && kv.get('fsType') !== 'hivefs') throw new Error(`${file}: fsType is '${kv.get('fsType')}', not hivefs`);
  const version = Number(kv.get('formatVersion') ?? '1');
  if (version !== 1) throw new Error(`${file}: formatVersion ${kv.get('formatVersion')} is not supported (expected 1)`);
  const service = kv.get('service');
  if (!service) throw new Error(`${file}: no service= line`);
  return { service, formatVersion: 1, nodeNumID: idOf(kv, 'nodeNumID', file), targetNumID: idOf(kv, 'targetNumID', file) };
}

function idOf(kv: Map<string, string>, key: string, file: string): number {
  const raw = kv.get(key);
  if (raw === undefined || raw === '' || raw === '0') return 0;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !isValidNumericId(n)) throw new Error(`${file}: ${key}=${raw} is not a valid id (1..65535)`);
  return n;
}

/** The text of a format.conf; ids that are 0 (not assigned yet) are left out. */
export function formatText(f: TargetFormat): string {
  const lines = ['# HiveFS target format file: do not edit', 'fsType=hivefs', `formatVersion=${f.formatVersion}`, `service=${f.service}`];
  if (f.nodeNumID) lines.push(`nodeNumID=${f.nodeNumID}`);
  if (f.targetNumID) lines.push(`targetNumID=${f.targetNumID}`);
  return lines.join('\n') + '\n';
}

/** Reads a directory's format.conf; undefined when it has none. */
export async function readFormat(dir: string): Promise<TargetFormat | undefined> {
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

/** Writes format.conf atomically (temporary file, then rename). */
export async function writeFormat(dir: string, f: TargetFormat): Promise<void> {
  const file = join(dir, FORMAT_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, formatText(f), { mode: 0o644, flush: true });
  await rename(tmp, file);
}

/** Formats a storage target directory: chunks/, buddymir/ and format.conf (dir is created). */
export async function formatTargetDir(dir: string, nodeNumID: number, targetNumID: number): Promise<TargetFormat> {
  await mkdir(join(dir, CHUNKS_DIR), { recursive: true });
  await mkdir(join(dir, BUDDYMIR_DIR), { recursive: true });
  const f: TargetFormat = { service: 'storage', formatVersion: 1, nodeNumID, targetNumID };
  await writeFormat(dir, f);
  return f;
}

/** Whether a directory holds nothing but lost+found and a lock file (a missing dir counts as empty). */
export async function isEmptyDir(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).every((n) => IGNORED_WHEN_EMPTY.has(n));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw e;
  }
}

/** Throws when a format belongs to another service. */
export function checkStorageService(f: TargetFormat, dir: string): void {
  if (f.service !== 'storage') throw new Error(`${dir} is formatted for service '${f.service}', not storage`);
}
