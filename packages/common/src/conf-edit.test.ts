// Unit tests of in-place `key = value` conf file editing.
import { chmod, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addConfListItem, confList, getConfValue, readConfKeys, readConfText, setConfKeys, setConfValues } from './conf-edit.js';
import { removeDir, tmpDir } from './testing/index.js';

describe('conf text', () => {
  it('replaces every line of the key and keeps the others, or appends the key', () => {
    const text = '# comment\nlogLevel = debug\nstoreMgmtdDirectory = /old\n  storeMgmtdDirectory=/older # x\n';
    expect(setConfValues(text, { storeMgmtdDirectory: '/new' })).toBe('# comment\nlogLevel = debug\nstoreMgmtdDirectory = /new\nstoreMgmtdDirectory = /new\n');
    expect(setConfValues('logLevel = info', { storeMgmtdDirectory: '/d' })).toBe('logLevel = info\nstoreMgmtdDirectory = /d\n');
    expect(setConfValues('storeMgmtdDirectoryX = 1\n', { storeMgmtdDirectory: '/d' })).toBe('storeMgmtdDirectoryX = 1\nstoreMgmtdDirectory = /d\n');
    expect(setConfValues('# storeMgmtdDirectory = /c\n', { storeMgmtdDirectory: '/d' })).toBe('# storeMgmtdDirectory = /c\nstoreMgmtdDirectory = /d\n');
  });

  it('replaces keys in place, keeps comments, appends new keys', () => {
    const text = '# comment\nsysMgmtdHost = old # note\nlogLevel = info\n';
    expect(getConfValue(text, 'sysMgmtdHost')).toBe('old');
    const next = setConfValues(setConfValues(text, { sysMgmtdHost: 'new' }), { connMgmtdPort: '9008' });
    expect(next).toBe('# comment\nsysMgmtdHost = new\nlogLevel = info\nconnMgmtdPort = 9008\n');
    expect(getConfValue('#sysMgmtdHost = x\n', 'sysMgmtdHost')).toBeUndefined();
    expect(getConfValue('a = 1\na = 2\n', 'a')).toBe('2');
  });

  it('adds an item to a comma list once', () => {
    expect(confList(' /a, ,/b ')).toEqual(['/a', '/b']);
    expect(confList(undefined)).toEqual([]);
    const one = addConfListItem('# c\n', 'storeStorageDirectory', '/a');
    expect(one).toBe('# c\nstoreStorageDirectory = /a\n');
    const two = addConfListItem(one, 'storeStorageDirectory', '/b');
    expect(getConfValue(two, 'storeStorageDirectory')).toBe('/a,/b');
    expect(addConfListItem(two, 'storeStorageDirectory', '/a/', (x, y) => x.replace(/\/$/, '') === y.replace(/\/$/, ''))).toBe(two);
  });
});

describe('conf files', () => {
  let root: string;
  beforeAll(async () => {
    root = await tmpDir('hivefs-conf-edit-');
  });
  afterAll(async () => {
    await removeDir(root);
  });

  it('creates a missing file and its directory with the header, then edits it in place', async () => {
    const file = join(root, 'etc', 'hivefs', 'x.conf');
    expect(await readConfText(file)).toBeUndefined();
    expect(await setConfKeys(file, { a: 1, b: true }, { header: '# made by a test' })).toBe(true);
    expect(await readFile(file, 'utf8')).toBe('# made by a test\na = 1\nb = true\n');
    expect(await setConfKeys(file, { b: 'no', c: 'x' }, { header: '# other' })).toBe(false);
    expect(await readFile(file, 'utf8')).toBe('# made by a test\na = 1\nb = no\nc = x\n');
    expect(await readConfKeys(file)).toEqual({ a: '1', b: 'no', c: 'x' });
  });

  it('keeps the permission bits of an existing file', async () => {
    const file = join(root, 'secret.conf');
    await writeFile(file, 'a = 1\n');
    await chmod(file, 0o600);
    await setConfKeys(file, { a: 2 });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readFile(file, 'utf8')).toBe('a = 2\n');
  });

  it('says which file it cannot read', async () => {
    await expect(readConfKeys(join(root, 'missing.conf'))).rejects.toThrow(/missing\.conf/);
    await expect(readConfText(root)).rejects.toThrow(`cannot read ${root}`);
  });
});
