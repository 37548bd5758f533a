// Failover of buddy groups under load, through a real mount in failover mode: kill -9 of the
// primaries' storage daemon while fio writes (and later reads) with crc32c verification: fio
// finishes without an error; a SIGSTOPped primary that comes back after its buddy took over
// never acknowledges a write (every block the application was told is durable reads back as
// written); each time the old primary returns, it is resynced automatically and both copies end
// byte-identical. The pauses the application saw are printed.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitFor } from '@hivefs/common/testing';
import { hivefs } from '@hivefs/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMirroredDir, startMirrorCluster, type MirrorCluster } from '../harness/mirror.js';
import { cleanupAll, mountHivefs, q, shOk, startSh, tempDir, type Mount, type ShProcess } from '../harness/mount.js';

const WRITER = fileURLToPath(new URL('./fixtures/block-writer.cjs', import.meta.url));
const BLOCK = 64 * 1024;
const C = hivefs.Consistency;
let mc: MirrorCluster | undefined;
let mount: Mount;
/** A second client that never wrote the files: what it reads comes from the storage daemons. */
let reader: Mount;
let dir: string;
let local: string;

beforeAll(async () => {
  local = await tempDir('hivefs-mirror-failover-');
  mc = await startMirrorCluster();
  [mount, reader] = await Promise.all([mountHivefs({ clientConf: mc.tc.clientConf, mode: 'failover' }), mountHivefs({ clientConf: mc.tc.clientConf, mode: 'failover' })]);
  dir = await makeMirroredDir(mc.tc.clientConf, mount.mountDir);
}, 180_000);

afterAll(async () => {
  await cleanupAll();
  await mc?.destroy();
}, 120_000);

/** One acknowledged write of the block writer. */
interface Ack { ms: number; round: number; block: number }

function acks(p: ShProcess): Ack[] {
  return p.stdout().split('\n').filter((l) => /^\d+ \d+ \d+$/.test(l)).map((l) => {
    const [ms, round, block] = l.split(' ').map(Number);
    return { ms: ms!, round: round!, block: block! };
  });
}

function startWriter(file: string, blocks: number): ShProcess {
  return startSh(`${q(process.execPath)} ${q(WRITER)} ${q(file)} ${blocks}`, { timeoutMs: 300_000 });
}

/** The daemon holding the current primaries (the tests keep all primaries on one daemon). */
async function primaryDaemon(): Promise<{ name: string; targets: number[] }> {
  const primaries = await Promise.all(mc!.groups.map(async (g) => (await mc!.group(g)).primaryId!));
  const names = new Set(primaries.map((t) => mc!.daemonOf(t)));
  expect(names.size, `primaries ${primaries.join(', ')} on one daemon`).toBe(1);
  return { name: [...names][0]!, targets: primaries };
}

/**
 * The pause the writer saw around a failure at `t0`: waits until it acknowledged 20 writes after
 * `t0`, then the longest gap between two acknowledged writes from the last one before `t0` on.
 */
async function pauseAround(p: ShProcess, t0: number): Promise<number> {
  await waitFor(() => acks(p).filter((x) => x.ms > t0).length >= 20, { timeoutMs: 60_000, intervalMs: 50, what: 'writes acknowledged after the failure' });
  const all = acks(p).map((a) => a.ms);
  const around = [...all.filter((t) => t <= t0).slice(-1), ...all.filter((t) => t > t0)];
  return Math.max(...around.map((t, i) => (i ? t - around[i - 1]! : 0)));
}

/** Starts `name` again and waits until its targets are resynced and Good; then both copies must be identical. */
async function bringBackAndResync(name: string, targets: number[]): Promise<void> {
  await mc!.tc.start(name);
  for (const t of targets) await mc!.waitConsistency(t, C.GOOD, 120_000);
  await mc!.expectCopiesIdentical();
}

describe('failover of buddy groups', () => {
  it('kill -9 of the primaries\' daemon while fio writes with crc32c verify (4 jobs): fio finishes clean; the old primary is resynced', async () => {
    const before = await primaryDaemon();
    const fio = startSh(`fio --name=w --verify_state_save=0 --directory=${q(dir)} --rw=write --bs=256k --size=96M --numjobs=4 --verify=crc32c --do_verify=1 --end_fsync=1 --group_reporting`, { timeoutMs: 300_000 });
    const probe = startWriter(join(dir, 'probe1'), 8);
    try {
      // Kill once fio has written a good part of its files (and the probe is running).
      await waitFor(async () => {
        const sizes = await shOk(`stat -c %s ${q(dir)}/w.*.0 2>/dev/null || true`);
        return sizes.split('\n').filter(Boolean).reduce((a, b) => a + Number(b), 0) >= 64 * 1024 * 1024 && acks(probe).length > 5;
      }, { timeoutMs: 120_000, intervalMs: 100, what: 'fio to be under way' });
      const killedAt = Date.now();
      await mc!.tc.stop(before.name, 'SIGKILL');
      const pause = await pauseAround(probe, killedAt);
      console.log(`kill -9 ${before.name}: writes paused ${pause} ms (longest gap between acknowledged writes)`);
      const r = await fio.result;
      expect(r.code, `${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`).toBe(0);
      expect(r.stdout).not.toMatch(/verify.*(bad|fail)/i);
      const after = await primaryDaemon();
      expect(after.name).not.toBe(before.name);
      for (const t of before.targets) expect((await mc!.target(t)).consistency).toBe(C.NEEDS_RESYNC);
    } finally {
      probe.send('stop\n');
      await probe.result;
      fio.kill();
    }
    await bringBackAndResync(before.name, before.targets);
  }, 400_000);

  it('kill -9 of the primaries\' daemon while fio reads and verifies (O_DIRECT, 4 jobs): fio finishes clean', async () => {
    const spec = `--name=r --verify_state_save=0 --directory=${q(dir)} --rw=write --bs=256k --size=32M --numjobs=4 --verify=crc32c`;
    await shOk(`fio ${spec} --do_verify=0 --end_fsync=1`, { timeoutMs: 120_000 });
    const before = await primaryDaemon();
    const fio = startSh(`fio ${spec} --verify_only --direct=1 --loops=30 --group_reporting`, { timeoutMs: 300_000 });
    try {
      await fio.waitForOutput(/Starting 4 process/, 30_000);
      await mc!.tc.stop(before.name, 'SIGKILL');
      const killedAt = Date.now();
      const r = await fio.result;
      console.log(`fio read+verify ended ${Date.now() - killedAt} ms after kill -9 ${before.name}`);
      expect(r.code, `${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`).toBe(0);
      expect((await primaryDaemon()).name).not.toBe(before.name);
    } finally {
      fio.kill();
    }
    await bringBackAndResync(before.name, before.targets);
  }, 400_000);

  it('SIGSTOP of the primaries\' daemon for 20 s, then SIGCONT: it never acknowledges a write after its buddy took over', async () => {
    const before = await primaryDaemon();
    const file = join(dir, 'stopped');
    const BLOCKS = 32;
    const w = startWriter(file, BLOCKS);
    let pausedAt = 0;
    try {
      await waitFor(() => acks(w).length > 2 * BLOCKS, { timeoutMs: 60_000, intervalMs: 50, what: 'the writer to get going' });
      await mc!.tc.pause(before.name);
      pausedAt = Date.now();
      const pause = await pauseAround(w, pausedAt);
      console.log(`SIGSTOP ${before.name}: writes paused ${pause} ms (longest gap between acknowledged writes)`);
      await waitFor(() => Date.now() - pausedAt >= 20_000 && acks(w).length > 0, { timeoutMs: 60_000, intervalMs: 100, what: '20 s of pause' });
      await mc!.tc.resume(before.name);
      const resumedAt = Date.now();
      // Go on writing for a while with the old primary awake again.
      await waitFor(() => acks(w).filter((a) => a.ms > resumedAt).length > 3 * BLOCKS, { timeoutMs: 60_000, intervalMs: 50, what: 'writes after SIGCONT' });
    } finally {
      await mc!.tc.resume(before.name);
      w.send('stop\n');
    }
    const r = await w.result;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/done/);
    const gaps = acks(w).map((a, i, all) => (i ? a.ms - all[i - 1]!.ms : 0));
    console.log(`longest gap between acknowledged writes: ${Math.max(...gaps)} ms`);
    expect((await primaryDaemon()).name).not.toBe(before.name);
    // Every block must hold the last round acknowledged for it.
    const last = new Map<number, number>();
    for (const a of acks(w)) last.set(a.block, a.round);
    await shOk(`cp ${q(join(reader.mountDir, 'm', 'stopped'))} ${q(join(local, 'stopped'))}`);
    const got = await readFile(join(local, 'stopped'));
    expect(got.length).toBe(BLOCKS * BLOCK);
    for (let j = 0; j < BLOCKS; j++) {
      const rec = got.subarray(j * BLOCK, j * BLOCK + 16).toString().trim();
      expect(rec, `block ${j}`).toBe(`r${last.get(j)} b${j}`);
      expect(got.subarray(j * BLOCK, (j + 1) * BLOCK).equals(Buffer.alloc(BLOCK, got.subarray(j * BLOCK, j * BLOCK + 16))), `block ${j} uniform`).toBe(true);
    }
    for (const t of before.targets) await mc!.waitConsistency(t, C.GOOD, 120_000);
    await mc!.expectCopiesIdentical();
  }, 400_000);
});
