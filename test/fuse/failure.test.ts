// Failure modes through real mounts: with the storage daemon of a file's targets killed or paused, a
// failout mount fails the read with EIO within seconds; a failover mount blocks the read until the
// daemon is back and then returns the right data; once a write-behind send failed, no later write,
// fsync or close of that file descriptor succeeds.
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { waitFor } from '@hivefs/common/testing';
import { hivefs, MapView, Rpc } from '@hivefs/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { cleanupAll, clientConfWith, type Mount, mountHivefs, q, sh, sha256, shOk, startSh, tempDir } from '../harness/mount.js';

const MiB = 1024 * 1024;
let tc: TestCluster | undefined;
/** failout through the conf key sysFailureMode. */
let failout: Mount;
/** The same conf (failout), overridden by --mode=failover on the command line. */
let failover: Mount;
let local: string;
const dataA = randomBytes(4 * MiB + 100); // written through the failover mount, read through the failout one
const dataB = randomBytes(4 * MiB + 200); // written through the failout mount, read through the failover one

beforeAll(async () => {
  local = await tempDir('hivefs-failure-');
  tc = await startCluster({ storage: 2, targetsPerStorage: 2 });
  const conf = await clientConfWith(tc.clientConf, local, { sysFailureMode: 'failout' });
  [failout, failover] = await Promise.all([mountHivefs({ clientConf: conf }), mountHivefs({ clientConf: conf, mode: 'failover' })]);
  await writeFile(join(local, 'a'), dataA);
  await writeFile(join(local, 'b'), dataB);
  // Each mount reads only a file the other one wrote, so no page cache can answer for the cluster.
  // 4 MiB in 512 KiB chunks over the default 4 targets: both storage daemons hold chunks of each.
  await shOk(`cp ${q(join(local, 'a'))} ${q(join(failover.mountDir, 'a'))} && cp ${q(join(local, 'b'))} ${q(join(failout.mountDir, 'b'))}`);
}, 180_000);

afterAll(async () => {
  await cleanupAll();
  await tc?.destroy();
}, 120_000);


describe('failure modes of the mount', () => {
  it('failout: a read from a paused (SIGSTOP) storage daemon fails with EIO within seconds, not after the 10 s request timeout', async () => {
    const data = randomBytes(4 * MiB);
    await writeFile(join(local, 'c'), data);
    await shOk(`cp ${q(join(local, 'c'))} ${q(join(failover.mountDir, 'c'))}`); // not in the failout mount's page cache
    await tc!.pause('storage02');
    try {
      const r = await sh(`cat ${q(join(failout.mountDir, 'c'))} > /dev/null`, { timeoutMs: 60_000 });
      console.log(`failout read from a paused storage daemon failed after ${r.ms} ms: ${r.stderr.trim()}`);
      expect(r.code, r.stderr).not.toBe(0);
      expect(r.stderr).toMatch(/Input\/output error/);
      expect(r.ms).toBeLessThan(6000);
    } finally {
      await tc!.resume('storage02');
    }
    await waitForStorage02('Online');
  }, 120_000);

  it('failout: after a write-behind send failed, every later write, the fsync and the close of the descriptor fail', async () => {
    const script = join(local, 'writer.cjs');
    await writeFile(script, WRITER_SCRIPT);
    const writer = startSh(`${q(process.execPath)} ${q(script)} ${q(join(failout.mountDir, 'sticky'))}`, { timeoutMs: 90_000 });
    try {
      await writer.waitForOutput(/^open$/m);
      await tc!.stop('storage02', 'SIGKILL');
      writer.send('go\n');
      const r = await writer.result;
      const calls = r.stdout.trim().split('\n').slice(1);
      const firstError = calls.findIndex((l) => !l.endsWith(' ok'));
      const errors = calls.slice(firstError);
      console.log(`writer through the failout mount: ${firstError} writes ok, then ${errors.join(', ')}`);
      expect(r.code, r.stderr).toBe(0);
      expect(firstError).toBeGreaterThanOrEqual(0);
      expect(errors).toEqual([...Array(9).fill('write EIO'), 'fsync EIO', 'close EIO']);
    } finally {
      writer.kill();
      await tc!.start('storage02');
    }
    await waitForStorage02('Online');
  }, 120_000);

  it('failout (conf key): a read that needs a killed storage daemon fails with EIO within seconds', async () => {
    await tc!.stop('storage02', 'SIGKILL');
    try {
      const r = await sh(`cat ${q(join(failout.mountDir, 'a'))} > /dev/null`, { timeoutMs: 60_000 });
      expect(r.code, r.stderr).not.toBe(0);
      expect(r.stderr).toMatch(/Input\/output error/);
      expect(r.ms).toBeLessThan(5000);
      console.log(`failout read failed after ${r.ms} ms: ${r.stderr.trim()}`);
      // and again once mgmtd has the targets Offline (the client may now know from the map)
      await waitForStorage02('Offline');
      const r2 = await sh(`dd if=${q(join(failout.mountDir, 'a'))} of=/dev/null bs=1M skip=2 status=none`, { timeoutMs: 60_000 });
      expect(r2.code, r2.stderr).not.toBe(0);
      expect(r2.stderr).toMatch(/Input\/output error/);
      expect(r2.ms).toBeLessThan(5000);
      // metadata still works (meta is up), and the failover mount is unaffected by the failout one
      expect((await shOk(`stat -c %s ${q(join(failout.mountDir, 'a'))}`)).trim()).toBe(String(dataA.length));
    } finally {
      await tc!.start('storage02');
    }
    // once the daemon is back the same mount reads the file correctly
    await waitFor(async () => (await shOk(`sha256sum < ${q(join(failout.mountDir, 'a'))}`)).startsWith(sha256(dataA)), {
      timeoutMs: 15_000,
      intervalMs: 200,
      what: 'the failout mount to read again after the restart',
    });
    await waitForStorage02('Online');
  }, 120_000);

  it('failover (--mode overriding the conf): the read blocks while the daemon is down and completes with the right data after it restarts', async () => {
    await tc!.stop('storage02', 'SIGKILL');
    let restartedAt = 0;
    const reader = startSh(`sha256sum < ${q(join(failover.mountDir, 'b'))}; echo "exit=$?"`, { timeoutMs: 90_000 });
    try {
      // the reader stays stuck in the mount while mgmtd notices the daemon is gone (Offline)
      await waitForStorage02('Offline');
      expect(reader.stdout() + reader.stderr(), 'the failover read must not finish while the daemon is down').toBe('');
      restartedAt = Date.now();
      await tc!.start('storage02');
      const r = await reader.result;
      expect(r.timedOut).toBe(false);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(`${sha256(dataB)}  -\nexit=0\n`);
      console.log(`failover read completed ${Date.now() - restartedAt} ms after the restart began`);
    } finally {
      reader.kill();
      if (!restartedAt) await tc!.start('storage02');
    }
  }, 120_000);
});

/**
 * A writer as its own process: opens (creates) argv[2], prints `open`, waits for a line on stdin,
 * then writes 128 KiB blocks (one FUSE request each) until a write fails, at most 400 (50 MiB, far
 * beyond the client's write-behind), then 8 more, then fsync and close; one line per call: the
 * call and `ok` or its error code.
 */
const WRITER_SCRIPT = `
const fs = require('node:fs');
const fd = fs.openSync(process.argv[2], 'w');
const buf = Buffer.alloc(128 * 1024, 7);
const call = (what, f) => {
  try {
    const r = f();
    console.log(what + ' ' + (r === undefined || r === buf.length ? 'ok' : 'short ' + r));
    return true;
  } catch (e) {
    console.log(what + ' ' + e.code);
    return false;
  }
};
console.log('open');
process.stdin.once('data', () => {
  let n = 0;
  while (n < 400 && call('write', () => fs.writeSync(fd, buf, 0, buf.length, n * buf.length))) n++;
  for (let i = 1; i <= 8; i++) call('write', () => fs.writeSync(fd, buf, 0, buf.length, (n + i) * buf.length));
  call('fsync', () => fs.fsyncSync(fd));
  call('close', () => fs.closeSync(fd));
  process.exit(0);
});
`;

/**
 * Waits until mgmtd's map shows every target of storage02 with this reachability, and meta has
 * a map at least that new (it chooses the targets of new files from its own copy, learnt with its
 * next heartbeat reply: a file created before would leave storage02 out).
 */
async function waitForStorage02(reachability: 'Online' | 'Offline'): Promise<void> {
  await tc!.waitTargets('storage02', reachability === 'Online' ? hivefs.Reachability.ONLINE : hivefs.Reachability.OFFLINE);
  const view = new MapView({ mgmtdHost: tc!.mgmtd.host, mgmtdPort: tc!.mgmtd.port, secret: tc!.secret, log: QUIET, timeoutMs: 2000 });
  try {
    const version = (await view.refresh()).version;
    await waitFor(async () => Number((await view.nodeClient(hivefs.NodeType.META, 1).call(Rpc.ping, {})).mapVersion) >= Number(version), {
      timeoutMs: 15_000, intervalMs: 50, what: `meta to learn map version ${version}`,
    });
  } finally {
    view.close();
  }
}

const QUIET = { debug() {}, info() {}, warn() {}, error() {} };
