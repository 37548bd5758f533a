// Smoke test of hivefs-client: a real cluster, the FUSE daemon as a child process, the mount driven by coreutils in separate processes.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { removeDir, tmpDir, waitFor } from '@hivefs/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { engineArgs } from '../harness/mount.js';

const CLIENT_BIN = fileURLToPath(new URL('../../bin/hivefs-client', import.meta.url));
const ENV = { ...process.env, LC_ALL: 'C', TZ: 'UTC', NODE_OPTIONS: '' };

let tc: TestCluster | undefined;
let mnt = '';
let work = '';
let runDir = '';
const clients: Client[] = [];

/** A hivefs-client child process and its stdout lines. */
interface Client {
  child: ChildProcess;
  lines: string[];
  stderr: string;
  exit: Promise<number | null>;
}

/** Starts hivefs-client on `mnt` and waits for its "mounted" line (fails at once if it exits). */
async function startClient(): Promise<Client> {
  const child = spawn(CLIENT_BIN, [`--mount=${mnt}`, `--cfgFile=${tc!.clientConf}`, ...engineArgs()], { env: { ...ENV, HIVEFS_RUN_DIR: runDir }, stdio: ['ignore', 'pipe', 'pipe'] });
  const c: Client = { child, lines: [], stderr: '', exit: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
  let partial = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => {
    const parts = (partial + d).split('\n');
    partial = parts.pop()!;
    c.lines.push(...parts);
  });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (c.stderr += d));
  clients.push(c);
  let exited = false;
  void c.exit.then(() => (exited = true));
  await waitFor(
    () => {
      if (exited) throw new Error(`hivefs-client exited: ${c.stderr}${c.lines.slice(-5).join('\n')}`);
      return c.lines.some((l) => l.includes('"msg":"mounted"') && l.includes(`"mountpoint":"${mnt}"`));
    },
    { timeoutMs: 30_000, what: 'the "mounted" line of hivefs-client' },
  );
  return c;
}

/** Runs a shell script in its own process; resolves with its exit code and output. */
function sh(script: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const p = spawn('sh', ['-c', script], { env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    p.on('close', (code) => resolve({ code, out, err }));
  });
}

/** `sh` that must succeed; resolves with stdout. */
async function ok(script: string): Promise<string> {
  const r = await sh(script);
  expect(r.code, `${script}\n${r.err}`).toBe(0);
  return r.out;
}

async function isMounted(dir: string): Promise<boolean> {
  return (await readFile('/proc/mounts', 'utf8')).split('\n').some((l) => l.split(' ')[1] === dir);
}

beforeAll(async () => {
  tc = await startCluster({ meta: 1, storage: 2, targetsPerStorage: 2 });
  mnt = await realpath(await tmpDir('hivefs-mnt-'));
  work = await tmpDir('hivefs-smoke-');
  runDir = join(work, 'run');
  await startClient();
});

afterAll(async () => {
  for (const c of clients) if (c.child.exitCode === null && c.child.signalCode === null) c.child.kill('SIGKILL');
  await Promise.all(clients.map((c) => c.exit));
  if (mnt && (await isMounted(mnt))) await sh(`umount -l '${mnt}'`);
  await tc?.destroy();
  if (mnt) await removeDir(mnt);
  if (work) await removeDir(work);
});

describe('hivefs-client smoke', () => {
  let inode = '';

  it('writes and reads a small file; its inode number is the same on every call', async () => {
    expect(await ok(`echo hello > ${mnt}/f && cat ${mnt}/f`)).toBe('hello\n');
    const ls1 = await ok(`ls -li ${mnt}`);
    const ls2 = await ok(`ls -li ${mnt}/f; stat -c %i ${mnt}/f`);
    inode = ls1.split('\n').find((l) => l.endsWith(' f'))!.trim().split(/\s+/)[0]!;
    expect(Number(inode)).toBeGreaterThan(0);
    const [lsLine, statIno] = ls2.trim().split('\n');
    expect(lsLine!.trim().split(/\s+/)[0]).toBe(inode);
    expect(statIno).toBe(inode);
  });

  it('sets times with nanoseconds, and touch -m leaves atime alone', async () => {
    await ok(`touch -d '2001-02-03 04:05:06.123456789' ${mnt}/f`);
    expect(await ok(`stat -c '%x|%y' ${mnt}/f`)).toBe('2001-02-03 04:05:06.123456789 +0000|2001-02-03 04:05:06.123456789 +0000\n');
    await ok(`touch -m -d '2010-05-06 07:08:09.5' ${mnt}/f`);
    expect(await ok(`stat -c '%x|%y' ${mnt}/f`)).toBe('2001-02-03 04:05:06.123456789 +0000|2010-05-06 07:08:09.500000000 +0000\n');
    await ok(`touch -a -d '2002-01-01 00:00:00.000000001' ${mnt}/f`);
    expect(await ok(`stat -c '%x|%y' ${mnt}/f`)).toBe('2002-01-01 00:00:00.000000001 +0000|2010-05-06 07:08:09.500000000 +0000\n');
  });

  it('df shows the one disk that holds all 4 targets once: its size, use and free space, as df of a target directory does', async () => {
    const targets = tc!.cluster.slots.flatMap((s) => s.targetIds);
    expect(targets).toHaveLength(4);
    const devs = new Set(await Promise.all(targets.map(async (id) => (await stat(tc!.targetDir(id))).dev)));
    expect(devs.size, 'test setup: every target on one file system').toBe(1);
    const df = async (dir: string): Promise<number[]> => (await ok(`df -B1 --output=size,used,avail ${dir} | tail -n 1`)).trim().split(/\s+/).map(Number);
    const [disk, mount] = await Promise.all([df(tc!.targetDir(targets[0]!)), df(mnt)]);
    const [size, used, avail] = mount as [number, number, number];
    expect(size).toBe(disk[0]);
    // others write to the same disk meanwhile: close, not equal
    expect(Math.abs(used - disk[1]!), `used ${used} vs the disk's ${disk[1]}`).toBeLessThan(size * 0.01);
    expect(Math.abs(avail - disk[2]!), `avail ${avail} vs the disk's ${disk[2]}`).toBeLessThan(size * 0.01);
  });

  it('copies 64 MiB in and out bit for bit', async () => {
    await ok(`dd if=/dev/urandom of=${work}/src bs=1M count=64 status=none`);
    await ok(`dd if=${work}/src of=${mnt}/big bs=1M status=none`);
    const sums = (await ok(`sha256sum ${work}/src ${mnt}/big`)).trim().split('\n').map((l) => l.split(/\s+/)[0]);
    expect(sums[1]).toBe(sums[0]);
    expect((await ok(`stat -c %s ${mnt}/big`)).trim()).toBe(String(64 * 1024 * 1024));
  });

  it('unmounts on SIGTERM and exits 0', async () => {
    const c = clients[clients.length - 1]!;
    c.child.kill('SIGTERM');
    expect(await c.exit).toBe(0);
    expect(await isMounted(mnt)).toBe(false);
    expect(c.lines.some((l) => l.includes('"msg":"unmounted"'))).toBe(true);
  });

  it('after a SIGKILL, the next client clears the dead mount and serves the same files', async () => {
    const first = await startClient();
    first.child.kill('SIGKILL');
    await first.exit;
    expect(await isMounted(mnt)).toBe(true); // left behind: every access fails with ENOTCONN
    expect((await sh(`stat ${mnt}/f`)).err).toMatch(/not connected/);

    const second = await startClient();
    expect(second.lines.some((l) => l.includes('cleared a stale mount'))).toBe(true);
    expect(await ok(`cat ${mnt}/f`)).toBe('hello\n');
    expect((await ok(`stat -c %i ${mnt}/f`)).trim()).toBe(inode);
    // a fresh client has no cached pages: this reads from the storage targets
    const sums = (await ok(`sha256sum ${work}/src ${mnt}/big`)).trim().split('\n').map((l) => l.split(/\s+/)[0]);
    expect(sums[1]).toBe(sums[0]);

    second.child.kill('SIGTERM');
    expect(await second.exit).toBe(0);
    expect(await isMounted(mnt)).toBe(false);
  });
});
