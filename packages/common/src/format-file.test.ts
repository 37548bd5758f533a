// Unit tests of format.conf parsing, formatting, atomic writing and the service check.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFormatService, formatText, isEmptyDir, parseFormat, readFormat, writeFormat, type FormatInfo } from './format-file.js';
import { removeDir, tmpDir } from './testing/index.js';

describe('format.conf text', () => {
  it('round-trips ids and leaves unassigned ids out', () => {
    const f: FormatInfo = { service: 'storage', formatVersion: 1, nodeNumID: 3, targetNumID: 301 };
    expect(parseFormat(formatText(f), 'x')).toEqual(f);
    const text = formatText({ ...f, targetNumID: 0 });
    expect(text).not.toContain('targetNumID');
    expect(text).toContain('fsType=hivefs');
    expect(parseFormat(text, 'x').targetNumID).toBe(0);
  });

  it('fills in the ids a service carries: none for mgmtd, the node id for meta', () => {
    expect(parseFormat('fsType=hivefs\nformatVersion=1\nservice=mgmtd\n', 'f')).toEqual({ service: 'mgmtd', formatVersion: 1 });
    expect(parseFormat('service=meta\n', 'f')).toEqual({ service: 'meta', formatVersion: 1, nodeNumID: 0 });
    expect(parseFormat('# comment\nservice = meta\nnodeNumID=12 # note\n', 'f')).toEqual({ service: 'meta', formatVersion: 1, nodeNumID: 12 });
    expect(formatText({ service: 'mgmtd', formatVersion: 1 })).toMatch(/fsType=hivefs\nformatVersion=1\nservice=mgmtd\n$/);
  });

  it('refuses bad ids, versions, file system types, services and lines, naming the file', () => {
    expect(() => parseFormat('service=storage\nnodeNumID=70000\n', '/d/format.conf')).toThrow(/\/d\/format.conf: nodeNumID=70000 is not a valid id/);
    expect(() => parseFormat('service=storage\ntargetNumID=1x\n', 'f')).toThrow(/targetNumID=1x/);
    expect(() => parseFormat('service=meta\nnodeNumID=abc\n', 'f')).toThrow(/nodeNumID=abc/);
    expect(() => parseFormat('service=storage\nformatVersion=2\n', 'f')).toThrow(/formatVersion 2 is not supported/);
    expect(() => parseFormat('fsType=beegfs\nservice=storage\n', 'f')).toThrow(/fsType is 'beegfs'/);
    expect(() => parseFormat('nodeNumID=1\n', 'f')).toThrow(/no service= line/);
    expect(() => parseFormat('service=client\n', 'f')).toThrow(/service=client is not a HiveFS service/);
    expect(() => parseFormat('service storage\n', 'f')).toThrow(/line 1: expected key=value/);
  });

  it('names both services when a directory belongs to another one', () => {
    const f: FormatInfo = { service: 'meta', formatVersion: 1, nodeNumID: 1 };
    expect(() => checkFormatService(f, 'meta', '/d')).not.toThrow();
    expect(() => checkFormatService(f, 'storage', '/d')).toThrow("/d is formatted for service 'meta', not 'storage'");
    expect(() => checkFormatService(f, 'mgmtd', '/d', '; use -f')).toThrow(/not 'mgmtd'; use -f$/);
  });
});

describe('format.conf files', () => {
  let root: string;
  beforeAll(async () => {
    root = await tmpDir('hivefs-format-file-');
  });
  afterAll(async () => {
    await removeDir(root);
  });

  it('writes atomically into a new directory and reads it back; a missing file reads as undefined', async () => {
    const dir = join(root, 'new', 'meta');
    await writeFormat(dir, { service: 'meta', formatVersion: 1, nodeNumID: 7 });
    expect(await readFile(join(dir, 'format.conf'), 'utf8')).toMatch(/^service=meta\nnodeNumID=7\n$/m);
    expect(await readdir(dir)).toEqual(['format.conf']);
    expect(await readFormat(dir)).toEqual({ service: 'meta', formatVersion: 1, nodeNumID: 7 });
    await writeFormat(dir, { service: 'meta', formatVersion: 1, nodeNumID: 8 });
    expect((await readFormat(dir))?.nodeNumID).toBe(8);
    expect(await readFormat(join(root, 'missing'))).toBeUndefined();
  });

  it('never replaces a format.conf when writing exclusively', async () => {
    const dir = join(root, 'excl');
    await writeFormat(dir, { service: 'mgmtd', formatVersion: 1 }, { exclusive: true });
    await expect(writeFormat(dir, { service: 'meta', formatVersion: 1 }, { exclusive: true })).rejects.toThrow(/EEXIST/);
    expect((await readFormat(dir))?.service).toBe('mgmtd');
    expect(await readdir(dir)).toEqual(['format.conf']);
  });

  it('counts a missing directory or one with only lost+found (or the given entries) as empty', async () => {
    const dir = join(root, 'emptyish');
    await mkdir(join(dir, 'lost+found'), { recursive: true });
    expect(await isEmptyDir(dir)).toBe(true);
    await writeFile(join(dir, 'lock.pid'), '1\n');
    expect(await isEmptyDir(dir)).toBe(false);
    expect(await isEmptyDir(dir, ['lost+found', 'lock.pid'])).toBe(true);
    expect(await isEmptyDir(join(root, 'nope'))).toBe(true);
  });
});
