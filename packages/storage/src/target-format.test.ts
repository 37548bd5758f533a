// Unit tests of format.conf parsing, writing and on-the-fly formatting.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { removeDir, tmpDir } from '@hivefs/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTargetDir, formatText, isEmptyDir, parseFormat, readFormat } from './target-format.js';

describe('format.conf', () => {
  let root: string;
  beforeAll(async () => {
    root = await tmpDir('hivefs-format-');
  });
  afterAll(async () => {
    await removeDir(root);
  });

  it('round-trips ids and leaves unassigned ids out', () => {
    const f = { service: 'storage', formatVersion: 1, nodeNumID: 3, targetNumID: 301 };
    expect(parseFormat(formatText(f), 'x')).toEqual(f);
    const text = formatText({ ...f, targetNumID: 0 });
    expect(text).not.toContain('targetNumID');
    expect(text).toContain('fsType=hivefs');
    expect(parseFormat(text, 'x').targetNumID).toBe(0);
  });

  it('refuses bad ids, versions, file system types and lines, naming the file', () => {
    expect(() => parseFormat('service=storage\nnodeNumID=70000\n', '/d/format.conf')).toThrow(/\/d\/format.conf: nodeNumID=70000 is not a valid id/);
    expect(() => parseFormat('service=storage\ntargetNumID=1x\n', 'f')).toThrow(/targetNumID=1x/);
    expect(() => parseFormat('service=storage\nformatVersion=2\n', 'f')).toThrow(/formatVersion 2 is not supported/);
    expect(() => parseFormat('fsType=beegfs\nservice=storage\n', 'f')).toThrow(/fsType is 'beegfs'/);
    expect(() => parseFormat('nodeNumID=1\n', 'f')).toThrow(/no service= line/);
    expect(() => parseFormat('service storage\n', 'f')).toThrow(/line 1: expected key=value/);
  });

  it('formats a directory with chunks/, buddymir/ and format.conf', async () => {
    const dir = join(root, 'new', 'target');
    await formatTargetDir(dir, 1, 101);
    expect((await stat(join(dir, 'chunks'))).isDirectory()).toBe(true);
    expect((await stat(join(dir, 'buddymir'))).isDirectory()).toBe(true);
    expect(await readFile(join(dir, 'format.conf'), 'utf8')).toMatch(/service=storage\nnodeNumID=1\ntargetNumID=101\n/);
    expect(await readFormat(dir)).toEqual({ service: 'storage', formatVersion: 1, nodeNumID: 1, targetNumID: 101 });
    expect(await readFormat(join(root, 'missing'))).toBeUndefined();
  });

  it('counts a directory with only lost+found and lock.pid as empty', async () => {
    const dir = join(root, 'emptyish');
    await mkdir(join(dir, 'lost+found'), { recursive: true });
    await writeFile(join(dir, 'lock.pid'), '1\n');
    expect(await isEmptyDir(dir)).toBe(true);
    await writeFile(join(dir, 'data'), 'x');
    expect(await isEmptyDir(dir)).toBe(false);
    expect(await isEmptyDir(join(root, 'nope'))).toBe(true);
  });
});
