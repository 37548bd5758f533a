// Sets one key in a BeeGFS-style `key = value` config file, keeping every other line.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Returns `text` with `key = value`: every line setting `key` gets the new value (so the last
 * occurrence, which wins, is right too); without such a line one is appended.
 */
export function setConfValue(text: string, key: string, value: string): string {
  const re = new RegExp(`^\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=`);
  let found = false;
  const lines = text === '' ? [] : text.replace(/\r?\n$/, '').split(/\r?\n/);
  const out = lines.map((line) => {
    if (!re.test(line)) return line;
    found = true;
    return `${key} = ${value}`;
  });
  if (!found) out.push(`${key} = ${value}`);
  return out.join('\n') + '\n';
}

/**
 * Sets `key = value` in the config file at `path`, creating the file (and its directory) when
 * missing. Returns whether the file was created.
 */
export async function updateConfFile(path: string, key: string, value: string): Promise<boolean> {
  let text: string | undefined;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  await mkdir(dirname(path), { recursive: true });
  const base = text ?? '# hivefs-mgmtd configuration (key = value); see hivefs-mgmtd for all keys.\n';
  await writeFile(path, setConfValue(base, key, value));
  return text === undefined;
}
