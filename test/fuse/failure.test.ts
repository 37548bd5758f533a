// Failure modes through real mounts: with the storage daemon of a file's targets killed, a failout
// mount fails the read with EIO within seconds; a failover mount blocks the read until the
// daemon is back and then returns the right data.
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { waitFor } from '@hivefs/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { runCtl } from '../harness/ctl.js';
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

/** Waits until hivefs-ctl shows every target of storage02 with this reachability. */
async function waitForStorage02(reachability: string): Promise<void> {
  const ids = tc!.cluster.slots.find((sl) => sl.name === 'storage02')!.targetIds;
  await waitFor(
    async () => {
      const r = await runCtl([`--cfgFile=${tc!.clientConf}`, '--listtargets', '--state', '--json']);
      const rows = (JSON.parse(r.stdout) as { targets: { targetId: number; reachability: string }[] }).targets;
      return ids.every((id) => rows.find((t) => t.targetId === id)?.reachability === reachability);
    },
    { timeoutMs: 15_000, intervalMs: 250, what: `storage02's targets ${ids.join(',')} to be ${reachability}` },
  );
}
