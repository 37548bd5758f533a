import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseClientArgs } from './cli.js';

let dir = '';
let conf = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hivefs-cli-'));
  conf = join(dir, 'client.conf');
  await writeFile(conf, 'sysMgmtdHost = 10.0.0.1\nconnMgmtdPort = 9000\nconnAuthFile = /etc/hivefs/secret\n');
  await writeFile(join(dir, 'other.conf'), 'sysMgmtdHost = 10.0.0.2\nsysFailureMode = failout\n');
  await writeFile(join(dir, 'mounts.conf'), `/mnt/a ${conf}\n/mnt/b other.conf\n`);
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function mounts(argv: string[]) {
  const a = await parseClientArgs(argv, join(dir, 'mounts.conf'));
  if (a.help) throw new Error('unexpected help');
  return a.mounts;
}

describe('hivefs-client command line', () => {
  it('--mount with --cfgFile: one mount, flags override the conf, --mode sets sysFailureMode', async () => {
    const [m, ...more] = await mounts(['--mount=rel/dir', `--cfgFile=${conf}`, '--mode', 'failout', '--tuneAttrCacheSecs=0']);
    expect(more).toEqual([]);
    expect(m!.mountpoint).toBe(join(process.cwd(), 'rel/dir'));
    expect(m!.cfgFile).toBe(conf);
    expect(m!.mgmtd).toEqual({ host: '10.0.0.1', port: 9000 });
    expect(m!.config).toMatchObject({ sysFailureMode: 'failout', tuneAttrCacheSecs: 0, connAuthFile: '/etc/hivefs/secret' });
  });

  it('--mount with --mgmtd and --authFile: no conf file read', async () => {
    const [m] = await mounts(['--mount', '/mnt/x', '--mgmtd=127.0.0.1:8123', '--authFile=/s']);
    expect(m).toMatchObject({ mountpoint: '/mnt/x', cfgFile: null, mgmtd: { host: '127.0.0.1', port: 8123 } });
    expect(m!.config.connAuthFile).toBe('/s');
  });

  it('without --mount: every line of the mounts file, flags applied to all', async () => {
    const ms = await mounts(['--mode=failover', '--tuneEntryCacheSecs=3']);
    expect(ms.map((m) => [m.mountpoint, m.mgmtd.host, m.config.sysFailureMode, m.config.tuneEntryCacheSecs])).toEqual([
      ['/mnt/a', '10.0.0.1', 'failover', 3],
      ['/mnt/b', '10.0.0.2', 'failover', 3],
    ]);
    expect(ms[1]!.cfgFile).toBe(join(dir, 'other.conf'));
  });

  it('--engine picks the FUSE engine (sysFuseEngine); lowlevel by default, the conf key works too', async () => {
    const [def] = await mounts(['--mount=/m', `--cfgFile=${conf}`]);
    expect(def!.config.sysFuseEngine).toBe('lowlevel');
    const [nat] = await mounts(['--mount=/m', `--cfgFile=${conf}`, '--engine=native']);
    expect(nat!.config.sysFuseEngine).toBe('native');
    const [key] = await mounts(['--mount=/m', `--cfgFile=${conf}`, '--sysFuseEngine=native']);
    expect(key!.config.sysFuseEngine).toBe('native');
    await expect(mounts(['--mount=/m', `--cfgFile=${conf}`, '--engine=fast'])).rejects.toThrow("bad value 'fast' for --engine");
  });

  it('names what is wrong', async () => {
    await expect(mounts(['--mount=/m', `--cfgFile=${conf}`, '--bogus=1'])).rejects.toThrow("unknown option '--bogus=1'");
    await expect(mounts(['--mount=/m', `--cfgFile=${conf}`, '--mode=sometimes'])).rejects.toThrow("bad value 'sometimes' for --mode");
    await expect(mounts(['--mgmtd=h:1'])).rejects.toThrow('--mgmtd needs --mount');
    await expect(mounts([`--cfgFile=${conf}`])).rejects.toThrow('--cfgFile needs --mount');
    await expect(mounts(['--mount'])).rejects.toThrow('missing value for --mount');
    await expect(mounts(['--mount=/m', '--mgmtd=h:notaport'])).rejects.toThrow('bad --mgmtd');
    await expect(mounts(['--mountsFile', join(dir, 'nope.conf')])).rejects.toThrow('does not exist');
  });

  it('--help lists the client config keys', async () => {
    const a = await parseClientArgs(['--help']);
    expect(a.help && a.usage).toContain('tuneAttrCacheSecs');
  });
});
