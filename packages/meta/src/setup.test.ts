import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFormat } from '@hivefs/common';
import { removeDir, tmpDir } from '@hivefs/common/testing';
import { prepareMetaDir } from './format.js';
import { parseSetupArgs, runSetup, UsageError } from './setup.js';

let dir = '';
beforeEach(async () => {
  dir = await tmpDir('hivefs-meta-setup-');
});
afterEach(async () => {
  await removeDir(dir);
});

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) } };
}

describe('parseSetupArgs', () => {
  it('parses -p -s -m host:port -c -f', () => {
    expect(parseSetupArgs(['-p', 'x', '-s', '3', '-m', 'mg:9008', '-c', '/c.conf', '-f'])).toMatchObject({ nodeId: 3, mgmtdHost: 'mg', mgmtdPort: 9008, confFile: '/c.conf', force: true });
    expect(parseSetupArgs(['-p', 'x', '-s', '3', '-m', 'mg'])).toMatchObject({ mgmtdHost: 'mg', mgmtdPort: undefined, confFile: '/etc/hivefs/hivefs-meta.conf', force: false });
  });

  it('rejects unknown flags, missing values and bad ids', () => {
    expect(() => parseSetupArgs(['-p', 'x', '-s', '3', '-m', 'h', '-z'])).toThrow(UsageError);
    expect(() => parseSetupArgs(['-p', 'x', '-m', 'h'])).toThrow(/-s is required/);
    expect(() => parseSetupArgs(['-p', 'x', '-s', '0', '-m', 'h'])).toThrow(/1\.\.65535/);
    expect(() => parseSetupArgs(['-p', 'x', '-s', '70000', '-m', 'h'])).toThrow(UsageError);
    expect(() => parseSetupArgs(['-p', 'x', '-s', '1', '-m', 'h:port'])).toThrow(UsageError);
    expect(() => parseSetupArgs(['-p'])).toThrow(/needs a value/);
  });
});

describe('runSetup', () => {
  it('formats an empty dir and writes the conf file, keeping other lines', async () => {
    const conf = join(dir, 'etc', 'meta.conf');
    await mkdir(join(dir, 'etc'));
    await writeFile(conf, '# mine\nlogLevel = debug\nsysMgmtdHost = old\n');
    const o = io();
    expect(await runSetup(['-p', join(dir, 'data'), '-s', '12', '-m', '10.0.0.1:9999', '-c', conf], o.io)).toBe(0);
    expect(await readFormat(join(dir, 'data'))).toEqual({ service: 'meta', formatVersion: 1, nodeNumID: 12 });
    const text = await readFile(conf, 'utf8');
    expect(text).toContain('# mine\nlogLevel = debug\nsysMgmtdHost = 10.0.0.1\n');
    expect(text).toContain(`storeMetaDirectory = ${join(dir, 'data')}`);
    expect(text).toContain('connMgmtdPort = 9999');
  });

  it('is idempotent for the same node id and refuses another one unless forced', async () => {
    const args = ['-p', join(dir, 'data'), '-m', 'h', '-c', join(dir, 'c.conf')];
    expect(await runSetup([...args, '-s', '4'], io().io)).toBe(0);
    expect(await runSetup([...args, '-s', '4'], io().io)).toBe(0);
    const o = io();
    expect(await runSetup([...args, '-s', '5'], o.io)).toBe(1);
    expect(o.err.join('')).toMatch(/formatted for meta node 4, not 5/);
    expect(await runSetup([...args, '-s', '5', '-f'], io().io)).toBe(0);
    expect((await readFormat(join(dir, 'data')))?.nodeNumID).toBe(5);
  });

  it('refuses a dir of another service and a non-empty unformatted dir', async () => {
    await mkdir(join(dir, 'st'));
    await writeFile(join(dir, 'st', 'format.conf'), 'fsType=hivefs\nformatVersion=1\nservice=storage\nnodeNumID=1\ntargetNumID=101\n');
    const o = io();
    expect(await runSetup(['-p', join(dir, 'st'), '-s', '1', '-m', 'h', '-c', join(dir, 'c.conf')], o.io)).toBe(1);
    expect(o.err.join('')).toMatch(/service 'storage'/);
    await mkdir(join(dir, 'junk'));
    await writeFile(join(dir, 'junk', 'x'), 'x');
    expect(await runSetup(['-p', join(dir, 'junk'), '-s', '1', '-m', 'h', '-c', join(dir, 'c.conf')], io().io)).toBe(1);
  });

  it('prints usage and exits 1 on bad flags, 0 on -h', async () => {
    const o = io();
    expect(await runSetup(['--bogus'], o.io)).toBe(1);
    expect(o.err.join('')).toMatch(/usage: hivefs-setup-meta/);
    expect(await runSetup(['-h'], io().io)).toBe(0);
  });
});

describe('prepareMetaDir', () => {
  it('formats a missing or empty dir on the fly without a node id', async () => {
    expect(await prepareMetaDir(join(dir, 'new'))).toEqual({ service: 'meta', formatVersion: 1, nodeNumID: 0 });
    expect(await readFile(join(dir, 'new', 'format.conf'), 'utf8')).toMatch(/^service=meta$/m);
  });

  it('refuses other services, non-empty unformatted dirs and bad format files', async () => {
    await writeFile(join(dir, 'format.conf'), 'service=mgmtd\n');
    await expect(prepareMetaDir(dir)).rejects.toThrow(/service 'mgmtd', not 'meta'/);
    await writeFile(join(dir, 'format.conf'), 'service=meta\nnodeNumID=abc\n');
    await expect(prepareMetaDir(dir)).rejects.toThrow(/nodeNumID=abc/);
    await writeFile(join(dir, 'format.conf'), 'service=meta\nformatVersion=2\n');
    await expect(prepareMetaDir(dir)).rejects.toThrow(/formatVersion 2/);
    const other = join(dir, 'other');
    await mkdir(other);
    await writeFile(join(other, 'stuff'), '');
    await expect(prepareMetaDir(other)).rejects.toThrow(/not empty/);
  });
});
