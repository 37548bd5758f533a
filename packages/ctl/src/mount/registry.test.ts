import { createHash } from 'node:crypto';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, tmpDir } from '@hivefs/common/testing';
import type { MountEntry } from './mount-table.js';
import { RegistryError, candidateRunDirs, defaultRunDir, lookupRegistration, parseRegistration, registryFileName } from './registry.js';

const FIXTURES = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures');
const mount = (mountpoint: string, uid?: number): MountEntry =>
  ({ source: 'hivefs', mountpoint, fsType: 'fuse.hivefs', options: ['rw', ...(uid === undefined ? [] : [`user_id=${uid}`])] });
let dir: string;

beforeAll(async () => {
  dir = await tmpDir('hivefs-registry-');
});
afterAll(async () => {
  await removeDir(dir);
});

describe('mount registry', () => {
  it('names the file by the sha1 of the mount point', () => {
    expect(registryFileName('/mnt/hivefs')).toBe(`mount-${createHash('sha1').update('/mnt/hivefs').digest('hex')}.json`);
    expect(registryFileName('/mnt/hivefs')).toMatch(/^mount-[0-9a-f]{40}\.json$/);
    expect(registryFileName('/mnt/hivefs2')).not.toBe(registryFileName('/mnt/hivefs'));
  });

  it('run directory: $HIVEFS_RUN_DIR, else /run/hivefs for root, else <tmpdir>/hivefs-run-<uid>', () => {
    expect(defaultRunDir(0, { HIVEFS_RUN_DIR: '/x/run' }, '/tmp')).toBe('/x/run');
    expect(defaultRunDir(0, {}, '/tmp')).toBe('/run/hivefs');
    expect(defaultRunDir(1000, {}, '/var/tmp')).toBe('/var/tmp/hivefs-run-1000');
  });

  it('looks in $HIVEFS_RUN_DIR, then the mounting user\'s run dir, then the caller\'s', () => {
    expect(candidateRunDirs(mount('/m', 1000), 0, { HIVEFS_RUN_DIR: '/e' }, '/tmp')).toEqual(['/e', '/tmp/hivefs-run-1000', '/run/hivefs']);
    expect(candidateRunDirs(mount('/m', 0), 0, {}, '/tmp')).toEqual(['/run/hivefs']);
    expect(candidateRunDirs(mount('/m'), 1000, {}, '/tmp')).toEqual(['/tmp/hivefs-run-1000']);
  });

  it('parses the fixture; empty or null paths mean none', async () => {
    const text = await import('node:fs/promises').then((fs) => fs.readFile(join(FIXTURES, 'registry-mnt-hivefs.json'), 'utf8'));
    expect(parseRegistration(text, 'f')).toEqual({ mountpoint: '/mnt/hivefs', cfgFile: '/etc/hivefs/hivefs-client.conf', mgmtdHost: '10.0.0.5', mgmtdPort: 8008, authFile: '/etc/hivefs/connauth', pid: 4242 });
    const bare = JSON.stringify({ mountpoint: '/m', cfgFile: null, mgmtdHost: 'h', mgmtdPort: 1, authFile: '', pid: 1 });
    expect(parseRegistration(bare, 'f')).toMatchObject({ cfgFile: null, authFile: null });
  });

  it('refuses a registry that does not say how to reach mgmtd', () => {
    const ok = { mountpoint: '/m', cfgFile: null, mgmtdHost: 'h', mgmtdPort: 8008, authFile: null, pid: 1 };
    const bad = (o: Record<string, unknown>): string => {
      try {
        parseRegistration(JSON.stringify({ ...ok, ...o }), 'F');
      } catch (e) {
        expect(e).toBeInstanceOf(RegistryError);
        return (e as Error).message;
      }
      return 'accepted';
    };
    expect(bad({ mgmtdPort: 0 })).toBe('F: mgmtdPort must be a port from 1 to 65535');
    expect(bad({ mgmtdPort: '8008' })).toBe('F: mgmtdPort must be a port from 1 to 65535');
    expect(bad({ mgmtdHost: '' })).toBe('F: mgmtdHost must be a host name or address');
    expect(bad({ mountpoint: 'rel' })).toBe('F: mountpoint must be an absolute path');
    expect(bad({ authFile: 3 })).toBe('F: authFile must be a path or null');
    expect(bad({ pid: 'x' })).toBe('F: pid must be a whole number');
    expect(() => parseRegistration('{"mountpoint":', 'F')).toThrow(/^F: not JSON/);
  });

  it('finds the registration in the first run dir that has it; says which files it tried', async () => {
    const [a, b] = [join(dir, 'a'), join(dir, 'b')];
    await mkdir(a);
    await mkdir(b);
    const file = join(b, registryFileName('/mnt/hivefs'));
    await copyFile(join(FIXTURES, 'registry-mnt-hivefs.json'), file);
    const found = await lookupRegistration(mount('/mnt/hivefs', 0), [a, b]);
    expect(found).toMatchObject({ found: true, file, registration: { mgmtdHost: '10.0.0.5', mgmtdPort: 8008 } });
    const missing = await lookupRegistration(mount('/mnt/other', 0), [a, join(dir, 'absent')]);
    expect(missing).toEqual({ found: false, tried: [join(a, registryFileName('/mnt/other')), join(dir, 'absent', registryFileName('/mnt/other'))] });
  });

  it('a registry file naming another mount point is an error, not a match', async () => {
    const c = join(dir, 'c');
    await mkdir(c);
    await copyFile(join(FIXTURES, 'registry-mnt-hivefs.json'), join(c, registryFileName('/mnt/elsewhere')));
    await expect(lookupRegistration(mount('/mnt/elsewhere'), [c])).rejects.toThrow(/describes mount point \/mnt\/hivefs, not \/mnt\/elsewhere/);
    await writeFile(join(c, registryFileName('/mnt/broken')), 'garbage');
    await expect(lookupRegistration(mount('/mnt/broken'), [c])).rejects.toBeInstanceOf(RegistryError);
  });
});
