import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { removeDir, tmpDir } from '@hivefs/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRegistration, registryFile, removeRegistration, runDir, writeRegistration } from './registry.js';

let dir = '';
beforeAll(async () => {
  dir = await tmpDir('hivefs-registry-');
});
afterAll(async () => removeDir(dir));

describe('mount registry', () => {
  it('picks $HIVEFS_RUN_DIR, else /run/hivefs for root, else a per-user temp directory', () => {
    expect(runDir({ HIVEFS_RUN_DIR: '/x' }, 1000, '/tmp')).toBe('/x');
    expect(runDir({}, 0, '/tmp')).toBe('/run/hivefs');
    expect(runDir({}, 1000, '/tmp')).toBe('/tmp/hivefs-run-1000');
  });

  it('names the file after the sha1 of the mount point', () => {
    expect(registryFile('/run/hivefs', '/mnt/hive')).toMatch(/^\/run\/hivefs\/mount-[0-9a-f]{40}\.json$/);
  });

  it('writes the registration atomically, reads it back, removes it', async () => {
    const reg = { mountpoint: '/mnt/hive', cfgFile: null, mgmtdHost: '127.0.0.1', mgmtdPort: 8008, authFile: '/etc/hivefs/secret', pid: 123 };
    const sub = join(dir, 'run');
    const file = await writeRegistration(sub, reg);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(reg);
    expect(await readdir(sub)).toEqual([file.slice(sub.length + 1)]);
    expect(await readRegistration(sub, '/mnt/hive')).toEqual(reg);
    expect(await readRegistration(sub, '/mnt/other')).toBeUndefined();
    await removeRegistration(file);
    await removeRegistration(file);
    expect(await readdir(sub)).toEqual([]);
  });
});
