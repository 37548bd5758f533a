import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readIfExists, syncTree, writeDurably } from './durable-file.js';
import { removeDir, tmpDir } from './testing/index.js';

describe('durable files', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await removeDir(dir);
  });

  it('replaces a file whole and reads a missing one as undefined', async () => {
    dir = await tmpDir();
    const path = join(dir, 'sub', 'state.json');
    expect(await readIfExists(path)).toBeUndefined();
    await writeDurably(path, 'one');
    await writeDurably(path, 'two');
    expect(await readFile(path, 'utf8')).toBe('two');
    expect(await readIfExists(`${path}.tmp`)).toBeUndefined();
  });

  it('fsyncs a tree of files and directories', async () => {
    dir = await tmpDir();
    await mkdir(join(dir, 'a', 'b'), { recursive: true });
    await writeFile(join(dir, 'a', 'b', 'f'), 'x');
    await writeFile(join(dir, 'g'), 'y');
    await expect(syncTree(dir)).resolves.toBeUndefined();
  });
});
