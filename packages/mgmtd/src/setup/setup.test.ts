// hivefs-setup-mgmtd in-process: formatting, config file updates, refusals, usage
// (conf text editing itself: @hivefs/common conf-edit.test.ts).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { removeDir, tmpDir } from '@hivefs/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSetup } from './run-setup.js';

let root: string;
beforeAll(async () => {
  root = await tmpDir('hivefs-setup-mgmtd-');
});
afterAll(async () => {
  await removeDir(root);
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runSetup(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('hivefs-setup-mgmtd', () => {
  it('formats a new directory and writes the config file with its directory', async () => {
    const dir = join(root, 'a', 'mgmtd');
    const conf = join(root, 'a', 'etc', 'hivefs-mgmtd.conf');
    const r = await run('-p', dir, '-c', conf);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(await readFile(join(dir, 'format.conf'), 'utf8')).toMatch(/fsType=hivefs\nformatVersion=1\nservice=mgmtd/);
    expect(await readFile(conf, 'utf8')).toContain(`storeMgmtdDirectory = ${dir}\n`);
  });

  it('updates an existing config file, keeps other lines and accepts its own directory again', async () => {
    const dir = join(root, 'b');
    const conf = join(root, 'b.conf');
    await writeFile(conf, 'logLevel = debug\nstoreMgmtdDirectory = /elsewhere\n');
    expect((await run('-p', dir, '-c', conf)).code).toBe(0);
    const again = await run('-p', dir, '-c', conf);
    expect(again.code).toBe(0);
    expect(again.out).toContain('already a mgmtd data directory');
    expect(await readFile(conf, 'utf8')).toBe(`logLevel = debug\nstoreMgmtdDirectory = ${dir}\n`);
  });

  it('refuses a directory formatted for another service and leaves the config alone', async () => {
    const dir = join(root, 'meta');
    await mkdir(dir);
    await writeFile(join(dir, 'format.conf'), 'fsType=hivefs\nformatVersion=1\nservice=meta\nnodeNumID=1\n');
    const r = await run('-p', dir, '-c', join(root, 'never.conf'));
    expect(r.code).toBe(1);
    expect(r.err).toContain("formatted for service 'meta', not 'mgmtd'");
    await expect(readFile(join(root, 'never.conf'))).rejects.toThrow(/ENOENT/);
  });

  it('refuses a non-empty unformatted directory unless forced', async () => {
    const dir = join(root, 'full');
    await mkdir(dir);
    await writeFile(join(dir, 'stray'), 'x');
    expect((await run('-p', dir, '-c', join(root, 'f.conf'))).err).toContain('not empty');
    expect((await run('-p', dir, '-c', join(root, 'f.conf'), '-f')).code).toBe(0);
  });

  it('prints the usage and exits 1 on bad flags', async () => {
    for (const argv of [[], ['-x'], ['-p'], ['-p', 'd', 'extra'], ['-p', '']]) {
      const r = await run(...argv);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/^hivefs-setup-mgmtd: .+\n\nusage: hivefs-setup-mgmtd -p DIR/);
    }
    expect((await run('-h')).out).toContain('usage:');
  });
});
