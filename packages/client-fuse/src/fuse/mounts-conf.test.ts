import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MountsConfError, parseMountsConf, readMountsConf } from './mounts-conf.js';

describe('parseMountsConf', () => {
  it('reads mount point / client conf pairs, skipping comments and blank lines', () => {
    const text = '# HiveFS mounts\n\n/mnt/hive  /etc/hivefs/hivefs-client.conf\n/mnt/scratch/ scratch.conf   # second fs\n';
    expect(parseMountsConf(text, '/etc/hivefs/hivefs-mounts.conf')).toEqual([
      { mountpoint: '/mnt/hive', cfgFile: '/etc/hivefs/hivefs-client.conf', line: 3 },
      { mountpoint: '/mnt/scratch', cfgFile: '/etc/hivefs/scratch.conf', line: 4 },
    ]);
  });

  it('names file and line for a bad line, a relative mount point, a duplicate, an empty file', () => {
    const f = '/etc/m.conf';
    expect(() => parseMountsConf('/mnt/a\n', f)).toThrow("/etc/m.conf line 1: expected '<mountpoint> <client-conf>', got 1 field(s)");
    expect(() => parseMountsConf('/mnt/a b.conf extra\n', f)).toThrow('line 1: expected');
    expect(() => parseMountsConf('\nmnt/a b.conf\n', f)).toThrow("line 2: mount point 'mnt/a' is not an absolute path");
    expect(() => parseMountsConf('/mnt/a x.conf\n/mnt/a/ y.conf\n', f)).toThrow('line 2: mount point /mnt/a is already listed on line 1');
    expect(() => parseMountsConf('# nothing\n', f)).toThrow(MountsConfError);
  });
});

describe('readMountsConf', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hivefs-mounts-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('says when the file is missing', async () => {
    await expect(readMountsConf(join(dir, 'none.conf'))).rejects.toThrow(/mounts file .*none.conf does not exist/);
  });

  it('resolves client confs relative to the mounts file', async () => {
    await writeFile(join(dir, 'm.conf'), '/mnt/x c.conf\n');
    expect(await readMountsConf(join(dir, 'm.conf'))).toEqual([{ mountpoint: '/mnt/x', cfgFile: join(dir, 'c.conf'), line: 1 }]);
  });
});
