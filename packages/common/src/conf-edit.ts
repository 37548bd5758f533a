// Editing BeeGFS-style `key = value` conf files in place: read and set keys, keep comments and order.
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** A value written as `key = value`. */
export type ConfValue = string | number | boolean;

/** The key of an active `key = value` line; undefined for blank, comment and other lines. */
function keyOf(line: string): string | undefined {
  const body = line.trim();
  const eq = body.indexOf('=');
  return body.startsWith('#') || eq < 0 ? undefined : body.slice(0, eq).trim();
}

/** The value of an active line, without a trailing ` # comment`. */
function valueOf(line: string): string {
  return line.slice(line.indexOf('=') + 1).replace(/(^|\s)#.*$/, '').trim();
}

/** The value of the last active `key = value` line (the one that wins), or undefined. */
export function getConfValue(text: string, key: string): string | undefined {
  let value: string | undefined;
  for (const line of text.split(/\r?\n/)) if (keyOf(line) === key) value = valueOf(line);
  return value;
}

/** Every key of conf text with its value (the last line of a key wins). */
export function parseConfKeys(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const key = keyOf(line);
    if (key) out[key] = valueOf(line);
  }
  return out;
}

/**
 * Returns `text` with `key = value` for each entry of `values`: every active line of a key gets
 * the new value (so the last one, which wins, is right too); a key without a line is appended.
 * Comments and other lines stay; the result ends with a newline.
 */
export function setConfValues(text: string, values: Record<string, ConfValue>): string {
  const lines = text === '' ? [] : text.replace(/\r?\n$/, '').split(/\r?\n/);
  for (const [key, value] of Object.entries(values)) {
    let found = false;
    for (const [i, line] of lines.entries()) {
      if (keyOf(line) !== key) continue;
      lines[i] = `${key} = ${value}`;
      found = true;
    }
    if (!found) lines.push(`${key} = ${value}`);
  }
  return lines.join('\n') + '\n';
}

/** Splits a comma list value into trimmed, non-empty items. */
export function confList(value: string | undefined): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

/** Returns `text` with `item` appended to the comma list of `key`, unless an item `same` as it is there. */
export function addConfListItem(text: string, key: string, item: string, same: (a: string, b: string) => boolean = (a, b) => a === b): string {
  const items = confList(getConfValue(text, key));
  if (!items.some((x) => same(x, item))) items.push(item);
  return setConfValues(text, { [key]: items.join(',') });
}

/** The text of a conf file; undefined when it does not exist. Throws `cannot read FILE: why` otherwise. */
export async function readConfText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`cannot read ${file}: ${(e as Error).message}`, { cause: e });
  }
}

/**
 * Writes a conf file atomically (temporary file, then rename), creating its directory (e.g.
 * /etc/hivefs). An existing file keeps its permission bits; a new one gets 0644.
 */
export async function writeConfText(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const mode = await stat(file).then((s) => s.mode & 0o7777, () => 0o644);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, text, { mode });
  await rename(tmp, file);
}

/** The keys of a conf file (no validation); throws when it cannot be read. */
export async function readConfKeys(file: string): Promise<Record<string, string>> {
  const text = await readConfText(file);
  if (text === undefined) throw new Error(`cannot read ${file}: it does not exist`);
  return parseConfKeys(text);
}

/**
 * Sets keys in a conf file with {@link setConfValues}, creating the file and its directory when
 * missing; a missing or empty file starts with `opts.header` (a `#` comment line), if given.
 * Resolves whether the file was created.
 */
export async function setConfKeys(file: string, values: Record<string, ConfValue>, opts: { header?: string } = {}): Promise<boolean> {
  const text = await readConfText(file);
  const base = text || (opts.header ? `${opts.header}\n` : '');
  await writeConfText(file, setConfValues(base, values));
  return text === undefined;
}
