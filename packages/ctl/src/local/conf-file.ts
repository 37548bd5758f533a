// Reads and edits `key = value` conf files, keeping comments and unrelated lines.
import { readFile, writeFile } from 'node:fs/promises';

/** Sets keys in a conf file (replacing existing lines, appending new ones). */
export async function setConfKeys(file: string, values: Record<string, string | number | boolean>): Promise<void> {
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (const [k, v] of Object.entries(values)) {
    const line = `${k} = ${v}`;
    const i = lines.findIndex((l) => l.split('=')[0]!.trim() === k);
    if (i >= 0) lines[i] = line;
    else lines.push(line);
  }
  await writeFile(file, lines.join('\n') + '\n');
}

/** Reads the keys of a conf file (no validation). */
export async function readConfKeys(file: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const raw of (await readFile(file, 'utf8')).split('\n')) {
    const l = raw.trim();
    if (!l || l.startsWith('#') || !l.includes('=')) continue;
    const i = l.indexOf('=');
    out[l.slice(0, i).trim()] = l.slice(i + 1).trim();
  }
  return out;
}
