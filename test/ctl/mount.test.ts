// hivefs-ctl on a real hivefs-client mount: paths under the mount point go to the mount's cluster, relative to the mount.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAlive, lazyUnmount, main, readMountTable } from '@hivefs/ctl';
import { removeDir, tmpDir, waitFor } from '@hivefs/common/testing';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { REPO, nodeEval, runBin } from '../harness/ctl.js';
import { cleanupAll, mountHivefs } from '../harness/mount.js';

let tc: TestCluster | undefined;
let mnt: string;
let scratch: string | undefined;
let client: ChildProcess | undefined;
let clientOut = '';

/** Runs `node <bin/name> <args>` in `cwd`, never touching the mount from this process. */
async function run(name: string, args: string[], cwd = REPO): Promise<{ code: number; out: string; err: string }> {
  const r = await runBin(name, args, 30_000, {}, cwd);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

beforeAll(async () => {
  tc = await startCluster({ meta: 1, storage: 2, targetsPerStorage: 2 });
  mnt = await tmpDir('hivefs-ctl-mnt-');
  client = spawn(process.execPath, [join(REPO, 'bin/hivefs-client'), `--mount=${mnt}`, `--cfgFile=${tc.clientConf}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  client.stdout!.setEncoding('utf8').on('data', (d: string) => void (clientOut += d));
  client.stderr!.setEncoding('utf8').on('data', (d: string) => void (clientOut += d));
  await waitFor(() => {
    if (client!.exitCode !== null) throw new Error(`hivefs-client exited ${client!.exitCode}: ${clientOut}`);
    return clientOut.includes('"msg":"mounted"');
  }, { timeoutMs: 30_000, what: 'the hivefs-client "mounted" line' });
});

afterAll(async () => {
  await cleanupAll();
  if (scratch) await removeDir(scratch);
  if (client?.pid && client.exitCode === null) {
    client.kill('SIGTERM');
    await waitFor(async () => !(await isAlive(client!.pid!)), { timeoutMs: 15_000, what: 'hivefs-client to exit' }).catch(() => client!.kill('SIGKILL'));
  }
  if (mnt && (await readMountTable()).some((m) => m.mountpoint === mnt)) await lazyUnmount(mnt);
  await tc?.destroy();
  if (mnt) await removeDir(mnt);
});

describe('hivefs-ctl with paths under a hivefs-client mount', () => {
  it('the mount is a fuse.hivefs entry of the mount table', async () => {
    expect((await readMountTable()).find((m) => m.mountpoint === mnt)).toMatchObject({ fsType: 'fuse.hivefs' });
  });

  it('--createdir under the mount (no --cfgFile: the cluster comes from the mount registry) is seen through the mount', async () => {
    expect(await run('hivefs-ctl', ['--createdir', `${mnt}/dir`])).toEqual({ code: 0, out: `Created directory: /dir\nMount: ${mnt}\n`, err: '' });
    expect(await nodeEval('process.stdout.write(String(require("fs").statSync(process.argv[1]).isDirectory()))', join(mnt, 'dir'))).toBe('true');
  });

  it('--setpattern prints Path and Mount as seed 000; files created through the mount get the pattern', async () => {
    const set = await run('hivefs-ctl', ['--setpattern', '--numtargets=2', '--chunksize=1m', `${mnt}/dir`]);
    expect(set).toEqual({ code: 0, out: `New chunksize: 1048576\nNew number of storage targets: 2\n\nPath: /dir\nMount: ${mnt}\n`, err: '' });
    await nodeEval('require("fs").writeFileSync(process.argv[1], Buffer.alloc(3 << 20, 7))', join(mnt, 'dir/file'));
    const info = await run('hivefs-ctl', ['--getentryinfo', `${mnt}/dir/file`]);
    expect(info.code).toBe(0);
    expect(info.out).toMatch(new RegExp(`^Path: /dir/file\\nMount: ${mnt}\\nEntryID: \\S+\\nMetadata node: meta01 \\[ID: 1\\]\\nStripe pattern details:\\n\\+ Type: RAID0\\n\\+ Chunksize: 1M\\n\\+ Number of storage targets: desired: 2; actual: 2\\n\\+ Storage targets:\\n(  \\+ \\d+ @ storage0\\d \\[ID: \\d\\]\\n){2}$`));
  });

  it('--getentryinfo of the mount point, and of a path relative to a working directory in the mount', async () => {
    const root = await run('hivefs-ctl', ['--getentryinfo', mnt]);
    expect(root.out).toMatch(new RegExp(`^Path:\\nMount: ${mnt}\\nEntryID: root\\n`));
    const rel = await run('hivefs-ctl', ['--getentryinfo', 'dir', '--json'], mnt);
    expect(JSON.parse(rel.out)).toMatchObject({ path: '/dir', mount: mnt, entryType: 'directory', pattern: { chunkSize: 1048576, numTargets: 2 } });
  });

  it('a path outside any mount keeps its meaning from the file system root', async () => {
    const r = await run('hivefs-ctl', [`--cfgFile=${tc!.clientConf}`, '--getentryinfo', '/dir']);
    expect(r.out).toMatch(/^Path: \/dir\nMount: -\nEntryID: /);
  });
});

describe('hivefs-ctl without --cfgFile or --mgmtd when the default client conf does not exist', () => {
  const args = ['--listnodes', '--nodetype=storage'];

  it('the only HiveFS mount names the cluster, and stderr says which mount', async () => {
    // The host may have other people's HiveFS mounts: ctl reads a mount table holding only our
    // mount's line, copied from /proc/mounts; the registry is the one our hivefs-client wrote.
    scratch ??= await tmpDir('hivefs-ctl-nomount-');
    const ours = (await readFile('/proc/mounts', 'utf8')).split('\n').filter((l) => l.split(' ')[1] === mnt && l.split(' ')[2] === 'fuse.hivefs');
    expect(ours).toHaveLength(1);
    await writeFile(join(scratch, 'mounts'), `${ours[0]}\n`);
    let out = '';
    let err = '';
    const absent = join(scratch, 'absent.conf');
    const code = await main(args, { out: (t) => void (out += t), err: (t) => void (err += t), defaultCfgFile: absent, mountTable: join(scratch, 'mounts') });
    expect({ code, out, err }).toEqual({ code: 0, out: 'storage01 [ID: 1]\nstorage02 [ID: 2]\n', err: `hivefs-ctl: no ${absent}; using the cluster of the HiveFS mount ${mnt} (mgmtd ${tc!.mgmtd.host}:${tc!.mgmtd.port})\n` });
  });

  it('several HiveFS mounts: exit 1 with an error listing them (HIVEFS_CLIENT_CONF names the default conf)', async () => {
    const second = await mountHivefs({ clientConf: tc!.clientConf });
    const absent = join(second.runDir, 'absent.conf');
    const r = await runBin('hivefs-ctl', args, 30_000, { HIVEFS_CLIENT_CONF: absent });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^hivefs-ctl: no ${absent}, and \\d+ HiveFS mounts could name the cluster \\(.+\\); give --cfgFile=PATH or --mgmtd=HOST:PORT, or a path under one of them\\n$`));
    const listed = r.stderr.slice(r.stderr.indexOf('(') + 1, r.stderr.lastIndexOf(')')).split(', ');
    expect(listed).toEqual(expect.arrayContaining([mnt, second.mountDir]));
    await second.unmount();
  });
});
