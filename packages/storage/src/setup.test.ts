// Unit tests of hivefs-setup-storage: argument parsing, formatting, config file updates, refusals
// (conf text editing itself: @hivefs/common conf-edit.test.ts).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getConfValue, readFormat, writeFormat } from '@hivefs/common';
import { removeDir, tmpDir } from '@hivefs/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError, parseSetupArgs } from './setup-args.js';
import { runSetup } from './setup-cli.js';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runSetup(argv, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

describe('setup argument parsing', () => {
  it('parses all flags, host:port and defaults', () => {
    expect(parseSetupArgs(['-p', '/d', '-s', '1', '-i', '101', '-m', 'mg:9008', '-c', '/c.conf', '-f'])).toEqual({
      dir: '/d', nodeId: 1, targetId: 101, mgmtdHost: 'mg', mgmtdPort: 9008, confFile: '/c.conf', force: true,
    });
    expect(parseSetupArgs(['-p', '/d', '-s', '1', '-i', '2', '-m', 'mg'])).toMatchObject({ mgmtdHost: 'mg', confFile: '/etc/hivefs/hivefs-storage.conf', force: false });
    expect(parseSetupArgs(['-h'])).toBe('help');
  });

  it.each([
    [['-p', '/d', '-s', '1', '-i', '2'], /missing option -m/],
    [['-p', '/d', '-s', '0', '-i', '2', '-m', 'h'], /-s 0 is not a valid id/],
    [['-p', '/d', '-s', '1', '-i', '65536', '-m', 'h'], /-i 65536 is not a valid id/],
    [['-p', '/d', '-s', '1', '-i', '2', '-m', 'h:99999'], /-m: bad port/],
    [['-p'], /option -p needs a value/],
    [['-x'], /unknown argument '-x'/],
  ])('refuses %j', (argv, re) => {
    expect(() => parseSetupArgs(argv)).toThrow(UsageError);
    expect(() => parseSetupArgs(argv)).toThrow(re);
  });
});

describe('hivefs-setup-storage', () => {
  let root: string;
  let conf: string;
  beforeAll(async () => {
    root = await tmpDir('hivefs-setup-');
    conf = join(root, 'etc', 'hivefs-storage.conf');
  });
  afterAll(async () => {
    await removeDir(root);
  });

  it('formats dirs and adds them to the config once, with the mgmtd host and port', async () => {
    const a = join(root, 'a');
    const r = await run(['-p', a, '-s', '1', '-i', '101', '-m', 'mgmt1:9008', '-c', conf]);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain(`formatted ${a} as storage target 101 of node 1`);
    expect(await readFormat(a)).toEqual({ service: 'storage', formatVersion: 1, nodeNumID: 1, targetNumID: 101 });
    expect((await run(['-p', a, '-s', '1', '-i', '101', '-m', 'mgmt2', '-c', conf])).code).toBe(0);
    expect((await run(['-p', join(root, 'b'), '-s', '1', '-i', '102', '-m', 'mgmt2', '-c', conf])).code).toBe(0);
    const text = await readFile(conf, 'utf8');
    expect(getConfValue(text, 'storeStorageDirectory')).toBe(`${a},${join(root, 'b')}`);
    expect(getConfValue(text, 'sysMgmtdHost')).toBe('mgmt2');
    expect(getConfValue(text, 'connMgmtdPort')).toBe('9008');
  });

  it('refuses a dir formatted with another target id, node id or service, unless forced', async () => {
    const a = join(root, 'a');
    const other = join(root, 'other-conf');
    expect(await run(['-p', a, '-s', '1', '-i', '105', '-m', 'h', '-c', other])).toMatchObject({ code: 1, err: expect.stringContaining('already formatted with target id 101 (not 105)') });
    expect(await run(['-p', a, '-s', '2', '-i', '101', '-m', 'h', '-c', other])).toMatchObject({ code: 1, err: expect.stringContaining('already formatted with node id 1 (not 2)') });
    const m = join(root, 'meta');
    await mkdir(m);
    await writeFormat(m, { service: 'meta', formatVersion: 1, nodeNumID: 1, targetNumID: 0 });
    expect(await run(['-p', m, '-s', '1', '-i', '109', '-m', 'h', '-c', other])).toMatchObject({ code: 1, err: expect.stringContaining("service 'meta'") });
    expect((await run(['-p', m, '-s', '1', '-i', '109', '-m', 'h', '-c', other, '-f'])).code).toBe(0);
    expect((await readFormat(m))?.service).toBe('storage');
  });

  it('refuses a non-empty unformatted dir and a dir of another node in the same config', async () => {
    const junk = join(root, 'junk');
    await mkdir(junk);
    await writeFile(join(junk, 'x'), 'data');
    expect(await run(['-p', junk, '-s', '1', '-i', '110', '-m', 'h', '-c', conf])).toMatchObject({ code: 1, err: expect.stringContaining('not empty') });
    expect(await run(['-p', join(root, 'c'), '-s', '2', '-i', '201', '-m', 'h', '-c', conf])).toMatchObject({ code: 1, err: expect.stringContaining('of node 1') });
    expect(await run(['-p', join(root, 'c'), '-s', '1', '-i', '101', '-m', 'h', '-c', conf])).toMatchObject({ code: 1, err: expect.stringContaining('as target 101') });
  });

  it('prints usage on bad flags', async () => {
    const r = await run(['-p', join(root, 'z')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('usage: hivefs-setup-storage -p DIR -s NODEID -i TARGETID');
  });
});
