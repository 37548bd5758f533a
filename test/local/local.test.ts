// bin/hivefs-local as a process: `up --mount` adds the FUSE client, `status` lists it, `down` unmounts and stops everything.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultRunDir, isAlive, lazyUnmount, readMountTable, registryFileName } from '@hivefs/ctl';
import { removeDir, tmpDir, waitFor } from '@hivefs/common/testing';
import { nodeEval, runBin } from '../harness/ctl.js';

let dir: string;
let mnt: string;

/** `hivefs-local <cmd> --dir <dir> [args]`; fails the test with its output unless it exits 0. */
async function local(cmd: string, ...args: string[]): Promise<string> {
  const r = await runBin('hivefs-local', [cmd, '--dir', dir, ...args], 120_000);
  if (r.code !== 0) throw new Error(`hivefs-local ${cmd} exited ${r.code}: ${r.stderr}${r.stdout}`);
  return r.stdout;
}

const WRITE = 'require("fs").writeFileSync(process.argv[1], process.argv[2].repeat(100000))';
const READ = 'const s = require("fs").readFileSync(process.argv[1], "utf8"); process.stdout.write(s.length + ":" + s.slice(0, 8))';

/** The mount table entry at `mnt`, if any. */
const mountEntry = async () => (await readMountTable()).find((m) => m.mountpoint === mnt);

/** Whether the client's mount registry file (docs/internals.md) exists. */
const registered = (): Promise<boolean> => readFile(join(defaultRunDir(process.geteuid!()), registryFileName(mnt))).then(() => true, () => false);

/** Pids recorded in the cluster's pid files. */
async function recordedPids(): Promise<Map<string, number>> {
  const run = join(dir, 'run');
  const names = (await readdir(run).catch(() => [] as string[])).filter((f) => f.endsWith('.pid'));
  return new Map(await Promise.all(names.map(async (f) => [f.slice(0, -4), Number((await readFile(join(run, f), 'utf8')).trim())] as [string, number])));
}

beforeAll(async () => {
  dir = await tmpDir('hivefs-local-');
  mnt = await tmpDir('hivefs-local-mnt-');
});
afterAll(async () => {
  // Only if a test failed half-way: stop what the pid files name, by pid, and detach the mount.
  for (const pid of (await recordedPids()).values()) if (await isAlive(pid)) process.kill(pid, 'SIGKILL');
  if (await mountEntry()) await lazyUnmount(mnt);
  await removeDir(dir);
  await removeDir(mnt);
});

describe('hivefs-local with a FUSE client', () => {
  it('up --mount starts the servers and a client; other processes write and read through the mount', async () => {
    const out = await local('up', '--mount', mnt);
    expect(out).toContain(`mounted at ${mnt}`);
    expect(await mountEntry()).toMatchObject({ fsType: 'fuse.hivefs' });
    expect(JSON.parse(await readFile(join(dir, 'cluster.json'), 'utf8')).mount).toBe(mnt);
    expect(await registered()).toBe(true);
    await nodeEval(WRITE, join(mnt, 'hello.txt'), 'hive');
    expect(await nodeEval(READ, join(mnt, 'hello.txt'))).toBe('400000:hivehive');
  });

  it('status lists the client with its pid and mount point', async () => {
    const pids = await recordedPids();
    const out = await local('status');
    expect(out).toMatch(new RegExp(`^  client +pid ${pids.get('client')} +mounted at ${mnt}$`, 'm'));
    for (const name of ['mgmtd', 'meta01', 'storage01', 'storage02']) expect(out).toMatch(new RegExp(`^  ${name} +pid ${pids.get(name)} `, 'm'));
    expect(await isAlive(pids.get('client')!)).toBe(true);
  });

  it('up again keeps the running client; down unmounts and leaves no daemon running', async () => {
    const before = await recordedPids();
    await local('up');
    expect((await recordedPids()).get('client')).toBe(before.get('client'));
    const out = await local('down');
    expect(out).toContain(`unmounted ${mnt}`);
    expect(await mountEntry()).toBeUndefined();
    expect(before.size).toBe(5);
    for (const [name, pid] of before) expect({ name, alive: await isAlive(pid) }).toEqual({ name, alive: false });
    expect(await local('status')).toMatch(new RegExp(`^  client +stopped +not mounted: ${mnt}$`, 'm'));
  });

  it('up without --mount re-mounts the remembered directory with the data kept; a killed client is still unmounted by down', async () => {
    await local('up');
    expect(await mountEntry()).toMatchObject({ fsType: 'fuse.hivefs' });
    expect(await nodeEval(READ, join(mnt, 'hello.txt'))).toBe('400000:hivehive');
    const pids = await recordedPids();
    process.kill(pids.get('client')!, 'SIGKILL');
    await waitFor(async () => !(await isAlive(pids.get('client')!)), { what: 'the killed client to die' });
    expect(await local('status')).toMatch(new RegExp(`^  client +stopped +stale mount \\(no client serves it\\): ${mnt}$`, 'm'));
    await local('down');
    expect(await mountEntry()).toBeUndefined();
    expect(await registered()).toBe(false);
    for (const [name, pid] of pids) expect({ name, alive: await isAlive(pid) }).toEqual({ name, alive: false });
  });
});
