// The format.conf of a daemon's data directory: parse, format, read, write atomically, check the service.
import { link, mkdir, readFile, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Name of the format file inside a data directory. */
export const FORMAT_FILE = 'format.conf';
/** The format version this code reads and writes. */
export const FORMAT_VERSION = 1;

/** The services that format data directories. */
export type FormatService = 'mgmtd' | 'meta' | 'storage';
const SERVICES: readonly FormatService[] = ['mgmtd', 'meta', 'storage'];

/**
 * The contents of a format.conf. An id is 0 (or left out) while mgmtd has not assigned it;
 * {@link parseFormat} always fills in the ids the service carries: none for mgmtd, nodeNumID
 * for meta, nodeNumID and targetNumID for storage.
 */
export interface FormatInfo {
  service: FormatService;
  formatVersion: number;
  nodeNumID?: number;
  targetNumID?: number;
}

/** The ids each service keeps in its format.conf: meta a node id, storage a node and a target id. */
const FORMAT_IDS: Readonly<Record<FormatService, readonly ('nodeNumID' | 'targetNumID')[]>> = {
  mgmtd: [],
  meta: ['nodeNumID'],
  storage: ['nodeNumID', 'targetNumID'],
};

/** Entries a directory may hold and still count as empty (unformatted), unless told otherwise. */
const IGNORED_WHEN_EMPTY: readonly string[] = ['lost+found'];

/**
 * Parses format.conf text (`key=value` lines, `#` comments). Throws an Error naming `file` and
 * the bad line or value: another fsType, an unsupported formatVersion, a missing or unknown
 * service, an id outside 1..65535.
 */
export function parseFormat(text: string, file: string): FormatInfo {
  const kv = new Map<string, string>();
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const eq = line.indexOf('=');
    if (eq < 0) throw new Error(`${file} line ${i + 1}: expected key=value, got '${line}'`);
    kv.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  if (kv.has('fsType') && kv.get('fsType') !== 'hivefs') throw new Error(`${file}: fsType is '${kv.get('fsType')}', not hivefs`);
  if (Number(kv.get('formatVersion') ?? FORMAT_VERSION) !== FORMAT_VERSION) {
    throw new Error(`${file}: formatVersion ${kv.get('formatVersion')} is not supported (expected ${FORMAT_VERSION})`);
  }
  const service = kv.get('service');
  if (!service) throw new Error(`${file}: no service= line`);
  if (!SERVICES.includes(service as FormatService)) throw new Error(`${file}: service=${service} is not a HiveFS service (${SERVICES.join(', ')})`);
  const out: FormatInfo = { service: service as FormatService, formatVersion: FORMAT_VERSION };
  for (const key of FORMAT_IDS[out.service]) out[key] = idOf(kv.get(key), key, file);
  return out;
}

function idOf(raw: string | undefined, key: string, file: string): number {
  if (raw === undefined || raw === '' || raw === '0') return 0;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > 65535) throw new Error(`${file}: ${key}=${raw} is not a valid id (1..65535)`);
  return n;
}

/** The text of a format.conf; ids that are 0 or missing (not assigned yet) are left out. */
export function formatText(f: FormatInfo): string {
  const lines = [`# HiveFS ${f.service} format file: do not edit`, 'fsType=hivefs', `formatVersion=${f.formatVersion}`, `service=${f.service}`];
  if (f.nodeNumID) lines.push(`nodeNumID=${f.nodeNumID}`);
  if (f.targetNumID) lines.push(`targetNumID=${f.targetNumID}`);
  return lines.join('\n') + '\n';
}

/** Reads and parses a directory's format.conf; undefined when it has none. */
export async function readFormat(dir: string): Promise<FormatInfo | undefined> {
  const file = join(dir, FORMAT_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`cannot read ${file}: ${(e as Error).message}`, { cause: e });
  }
  return parseFormat(text, file);
}

/**
 * Writes format.conf atomically (temporary file, then rename), creating the directory. With
 * `exclusive` an existing format.conf is never replaced: the call fails with EEXIST instead.
 */
export async function writeFormat(dir: string, f: FormatInfo, opts: { exclusive?: boolean } = {}): Promise<void> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, FORMAT_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, formatText(f), { mode: 0o644, flush: true });
  if (!opts.exclusive) return rename(tmp, file);
  try {
    await link(tmp, file);
  } finally {
    await unlink(tmp);
  }
}

/**
 * Throws unless `f` belongs to `service`, with the one message every service uses:
 * `DIR is formatted for service 'X', not 'Y'`, followed by `hint` (e.g. `; use -f to overwrite`).
 */
export function checkFormatService(f: FormatInfo, service: FormatService, dir: string, hint = ''): void {
  if (f.service !== service) throw new Error(`${dir} is formatted for service '${f.service}', not '${service}'${hint}`);
}

/** Whether a directory is missing or holds nothing but the `ignored` entries. */
export async function isEmptyDir(dir: string, ignored: readonly string[] = IGNORED_WHEN_EMPTY): Promise<boolean> {
  try {
    return (await readdir(dir)).every((n) => ignored.includes(n));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw e;
  }
}
