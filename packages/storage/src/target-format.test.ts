// Unit tests of target directory formatting and emptiness (format.conf parsing: @hivefs/common format-file.test.ts).
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readFormat, writeFormat } from '@hivefs/common';
import { removeDir, tmpDir } from '@hivefs/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTargetDir, isEmptyTargetDir, readTargetFormat } from './target-format.js';

describe('target directories', () => {
  let root: string;
  beforeAll(async () => {
    root = await tmpDir('hivefs-format-');
  });
  afterAll(async () => {
    await removeDir(root);
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

  it('reads a target format with both ids filled in and refuses another service', async () => {
    const dir = join(root, 'unassigned');
    await formatTargetDir(dir, 0, 0);
    expect(await readTargetFormat(dir)).toEqual({ service: 'storage', formatVersion: 1, nodeNumID: 0, targetNumID: 0 });
    expect(await readTargetFormat(join(root, 'missing'))).toBeUndefined();
    await writeFormat(join(root, 'meta'), { service: 'meta', formatVersion: 1, nodeNumID: 2 });
    await expect(readTargetFormat(join(root, 'meta'))).rejects.toThrow(`${join(root, 'meta')} is formatted for service 'meta', not 'storage'`);
  });

  it('counts a directory with only lost+found and lock.pid as empty', async () => {
    const dir = join(root, 'emptyish');
    await mkdir(join(dir, 'lost+found'), { recursive: true });
    await writeFile(join(dir, 'lock.pid'), '1\n');
    expect(await isEmptyTargetDir(dir)).toBe(true);
    await writeFile(join(dir, 'data'), 'x');
    expect(await isEmptyTargetDir(dir)).toBe(false);
    expect(await isEmptyTargetDir(join(root, 'nope'))).toBe(true);
  });
});
