// Edits `key = value` conf files in place, keeping comments and unrelated lines.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Sets keys in a conf file (replacing their lines, appending new ones); creates the file and its directory. */
export async function setConfKeys(file: string, values: Record<string, string | number>): Promise<void> {
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`cannot read ${file}: ${(e as Error).message}`);
  }
  const lines = text === '' ? ['# HiveFS metadata daemon configuration (written by hivefs-setup-meta)'] : text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (const [k, v] of Object.entries(values)) {
    const line = `${k} = ${v}`;
    const i = lines.findIndex((l) => !l.trim().startsWith('#') && l.split('=')[0]!.trim() === k);
    if (i >= 0) lines[i] = line;
    else lines.push(line);
  }
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, lines.join('\n') + '\n');
}
