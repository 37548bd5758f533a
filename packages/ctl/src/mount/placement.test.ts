import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, tmpDir } from '@hivefs/common/testing';
import { CtlError, ExitCode } from '../errors.js';
import { locatePath } from './locate.js';
import { placeCommand } from './placement.js';
import { registryFileName } from './registry.js';

let t: string;
let opts: { mountTable: string; runDirs: () => string[] };
const registration = (mountpoint: string, authFile: string | null) => ({ mountpoint, cfgFile: null, mgmtdHost: '127.0.0.9', mgmtdPort: 9008, authFile, pid: 1 });

beforeAll(async () => {
  t = await tmpDir('hivefs-placement-');
  await mkdir(join(t, 'mnt'));
  await mkdir(join(t, 'unregistered'));
  await mkdir(join(t, 'run'));
  await symlink(join(t, 'mnt'), join(t, 'link'));
  const table = [
    `/dev/vda / ext4 rw 0 0`,
    `hivefs ${t}/mnt fuse.hivefs rw,user_id=0,group_id=0 0 0`,
    `hivefs ${t}/unregistered fuse.hivefs rw,user_id=0,group_id=0 0 0`,
    `other ${t}/notours fuse.sshfs rw 0 0`,
  ];
  await writeFile(join(t, 'mounts'), `${table.join('\n')}\n`);
  await writeFile(join(t, 'run', registryFileName(join(t, 'mnt'))), JSON.stringify(registration(join(t, 'mnt'), '/secret')));
  opts = { mountTable: join(t, 'mounts'), runDirs: () => [join(t, 'run')] };
});
afterAll(async () => {
  await removeDir(t);
});

describe('locatePath', () => {
  it('a path under a mount (also through a link, or relative) is taken from the mount point', async () => {
    expect(await locatePath(join(t, 'mnt/dir/file'), opts)).toMatchObject({ fsPath: '/dir/file', mount: { mountpoint: join(t, 'mnt') }, registry: { found: true } });
    expect((await locatePath(join(t, 'link/dir/'), opts)).fsPath).toBe('/dir');
    expect((await locatePath('mnt', { ...opts, cwd: t })).fsPath).toBe('/');
  });

  it('any other path keeps its meaning from the file system root', async () => {
    expect(await locatePath('/smallfiles/', opts)).toEqual({ fsPath: '/smallfiles', mount: null, registry: null });
    expect(await locatePath('smallfiles', { ...opts, cwd: t })).toEqual({ fsPath: '/smallfiles', mount: null, registry: null });
    expect((await locatePath(join(t, 'notours/x'), opts)).mount).toBeNull();
    expect((await locatePath(join(t, 'mnt/x'), { ...opts, mountTable: join(t, 'absent') })).fsPath).toBe(join(t, 'mnt/x'));
  });
});

describe('placeCommand', () => {
  it('uses the cluster of the mount\'s registration and the path in the mount', async () => {
    const p = await placeCommand({ mode: 'getentryinfo', path: join(t, 'mnt/smallfiles') }, {}, opts);
    expect(p).toEqual({ command: { mode: 'getentryinfo', path: '/smallfiles' }, connection: { mgmtd: { host: '127.0.0.9', port: 9008 }, authFile: '/secret' }, mount: join(t, 'mnt') });
  });

  it('an explicit --cfgFile or --mgmtd wins, but the path is still taken in the mount', async () => {
    const p = await placeCommand({ mode: 'setpattern', path: join(t, 'mnt/d'), numTargets: 2 }, { cfgFile: '/c.conf' }, opts);
    expect(p).toEqual({ command: { mode: 'setpattern', path: '/d', numTargets: 2 }, connection: { cfgFile: '/c.conf' }, mount: join(t, 'mnt') });
    const q = await placeCommand({ mode: 'createdir', path: join(t, 'unregistered/d'), permissions: 0o755 }, { mgmtd: { host: 'h', port: 1 } }, opts);
    expect(q.command).toMatchObject({ path: '/d' });
  });

  it('a mount nobody registered: exit 2 naming the files looked for', async () => {
    const err = await placeCommand({ mode: 'getentryinfo', path: join(t, 'unregistered/x') }, {}, opts).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CtlError);
    expect((err as CtlError).exitCode).toBe(ExitCode.INIT_FAILED);
    expect((err as CtlError).message).toBe(
      `${join(t, 'unregistered/x')} is under the HiveFS mount ${join(t, 'unregistered')}, but no hivefs-client registers that mount (no ${join(t, 'run', registryFileName(join(t, 'unregistered')))}); give --cfgFile=PATH or --mgmtd=HOST:PORT`,
    );
  });

  it('modes without a path and paths outside mounts are left alone', async () => {
    expect(await placeCommand({ mode: 'df' }, { cfgFile: '/x' }, opts)).toEqual({ command: { mode: 'df' }, connection: { cfgFile: '/x' }, mount: null });
    expect(await placeCommand({ mode: 'getentryinfo', path: 'smallfiles/' }, {}, opts)).toEqual({ command: { mode: 'getentryinfo', path: 'smallfiles/' }, connection: {}, mount: null });
  });
});
