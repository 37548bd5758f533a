// Resync of buddy groups with real daemons and a real mount: a secondary that was down gets back
// exactly the chunks changed meanwhile (the job's counters say so), a resync killed midway
// on either side ends Good with identical copies once both daemons are back, and a secondary
// that still needs a resync is never promoted.
import { waitFor } from '@hivefs/common/testing';
import { hivefs } from '@hivefs/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMirroredDir, startMirrorCluster, type MirrorCluster } from '../harness/mirror.js';
import { cleanupAll, mountHivefs, q, shOk, type Mount } from '../harness/mount.js';

const MiB = 1024 * 1024;
const C = hivefs.Consistency;
const R = hivefs.Reachability;
let mc: MirrorCluster | undefined;
let mount: Mount;
let dir: string;

beforeAll(async () => {
  mc = await startMirrorCluster();
  mount = await mountHivefs({ clientConf: mc.tc.clientConf, mode: 'failover' });
  dir = await makeMirroredDir(mc.tc.clientConf, mount.mountDir);
}, 180_000);

afterAll(async () => {
  await cleanupAll();
  await mc?.destroy();
}, 120_000);

/** Targets of the current secondaries (storage02's, as the tests keep them). */
async function secondaries(): Promise<number[]> {
  return Promise.all(mc!.groups.map(async (g) => (await mc!.group(g)).secondaryId!));
}

async function primaries(): Promise<number[]> {
  return Promise.all(mc!.groups.map(async (g) => (await mc!.group(g)).primaryId!));
}

/** Writes `count` files of `mib` MiB of random data named `<prefix><i>` and syncs them. */
async function writeFiles(prefix: string, count: number, mib: number): Promise<void> {
  await shOk(`for i in $(seq 0 ${count - 1}); do head -c ${mib * MiB} /dev/urandom > ${q(dir)}/${prefix}$i || exit 1; done; sync`, { timeoutMs: 300_000 });
}

/** Kills the secondaries' daemon and waits until mgmtd marked its targets Offline and Needs-resync (after `change` ran). */
async function loseSecondaries(change: () => Promise<void>): Promise<number[]> {
  const targets = await secondaries();
  await mc!.tc.stop(mc!.daemonOf(targets[0]!), 'SIGKILL');
  await mc!.tc.waitTargets(mc!.daemonOf(targets[0]!), R.OFFLINE, 30_000);
  await change();
  for (const t of targets) await mc!.waitConsistency(t, C.NEEDS_RESYNC, 30_000);
  return targets;
}

/** Waits until some group's resync job is running and has copied at least one chunk file. */
async function waitJobUnderWay(): Promise<void> {
  await waitFor(async () => {
    const stats = await Promise.all(mc!.groups.map((g) => mc!.resyncStats(g).catch(() => undefined)));
    return stats.some((s) => s?.state === hivefs.ResyncJobState.RESYNC_RUNNING && Number(s.syncedFiles ?? 0) > 0);
  }, { timeoutMs: 60_000, intervalMs: 20, what: 'a resync job under way' });
}

/**
 * Every group's resync stats once no job runs any more. mgmtd shows the secondary Good a moment
 * before its primary hears the answer to that state change and marks its job completed.
 */
async function jobsEnded(): Promise<hivefs.IResyncStats[]> {
  let stats: hivefs.IResyncStats[] = [];
  await waitFor(async () => {
    stats = await Promise.all(mc!.groups.map((g) => mc!.resyncStats(g)));
    return stats.every((s) => s.state !== hivefs.ResyncJobState.RESYNC_RUNNING);
  }, { timeoutMs: 30_000, intervalMs: 20, what: 'every resync job ended' });
  return stats;
}

describe('resync of buddy groups', () => {
  it('copies back only what changed while the secondary was down (a 1 GiB file, 3 chunks of 512 KiB rewritten: 3 chunks copied)', async () => {
    await shOk(`head -c ${1024 * MiB} /dev/urandom > ${q(dir)}/big && sync`, { timeoutMs: 300_000 });
    const CHUNK = 512 * 1024; // the directory's chunk size (the default)
    const rewritten = [10, 501, 1500];
    const targets = await loseSecondaries(async () => {
      for (const k of rewritten) await shOk(`head -c ${CHUNK} /dev/urandom | dd of=${q(dir)}/big bs=${CHUNK} seek=${k} count=1 conv=notrunc,fsync iflag=fullblock status=none`);
    });
    await mc!.tc.start(mc!.daemonOf(targets[0]!));
    for (const t of targets) await mc!.waitConsistency(t, C.GOOD, 120_000);
    const stats = await jobsEnded();
    for (const s of stats) console.log(`group ${s.groupId}: ${hivefs.ResyncJobState[s.state ?? 0]}, synced files ${s.syncedFiles}, bytes ${s.syncedBytes}, discovered files ${s.discoveredFiles}, removed ${s.removedFiles}`);
    // The file has one chunk file per group; only the three rewritten chunks crossed the wire.
    expect(stats.reduce((a, s) => a + Number(s.syncedBytes ?? 0), 0)).toBe(rewritten.length * CHUNK);
    const files = stats.reduce((a, s) => a + Number(s.syncedFiles ?? 0), 0);
    expect(files).toBeGreaterThanOrEqual(1);
    expect(files).toBeLessThanOrEqual(2);
    for (const s of stats) expect(s.state).toBe(hivefs.ResyncJobState.RESYNC_COMPLETED);
    await mc!.expectCopiesIdentical();
  }, 600_000);

  it('a resync whose secondary is killed midway ends Good and identical once the secondary is back', async () => {
    const targets = await loseSecondaries(() => writeFiles('s', 48, 8));
    const name = mc!.daemonOf(targets[0]!);
    await mc!.tc.start(name);
    await waitJobUnderWay();
    await mc!.tc.stop(name, 'SIGKILL');
    for (const t of targets) expect((await mc!.target(t)).consistency).not.toBe(C.GOOD);
    await mc!.tc.start(name);
    for (const t of targets) await mc!.waitConsistency(t, C.GOOD, 180_000);
    await mc!.expectCopiesIdentical();
  }, 600_000);

  it('a resync whose primary is killed midway ends Good and identical once it is back; the stale secondary is never promoted', async () => {
    const before = await primaries();
    const targets = await loseSecondaries(() => writeFiles('p', 48, 8));
    await mc!.tc.start(mc!.daemonOf(targets[0]!));
    await waitJobUnderWay();
    const primaryName = mc!.daemonOf(before[0]!);
    await mc!.tc.stop(primaryName, 'SIGKILL');
    await mc!.tc.waitTargets(primaryName, R.OFFLINE, 30_000);
    // The primary is Offline, its secondary Online but Needs-resync: no switchover.
    expect(await primaries()).toEqual(before);
    for (const t of targets) expect((await mc!.target(t)).consistency).not.toBe(C.GOOD);
    await mc!.tc.start(primaryName);
    for (const t of targets) await mc!.waitConsistency(t, C.GOOD, 180_000);
    expect(await primaries()).toEqual(before);
    await mc!.expectCopiesIdentical();
  }, 600_000);
});
