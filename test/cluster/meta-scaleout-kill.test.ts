// Two meta daemons under a stream of cross-owner operations; each is killed with SIGKILL in the
// middle and restarted: once recovery has run, the checker finds both stores clean.
import type { Vfs } from '@hivefs/client-fuse';
import { waitFor } from '@hivefs/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Violation } from '@hivefs/meta';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { connectVfs, prng, ROOT } from '../vfs/helpers.js';
import { checkStores, META, ownerOf } from './scaleout-driver.js';

/**
 * Random mkdir/rmdir/rename/link/unlink/create over a few top directories; errors are expected
 * while a node is down. Successes are counted in `tally.ok` as they happen.
 */
async function churn(vfs: Vfs, seed: number, ops: number, stop: { now: boolean }, tally = { ok: 0 }): Promise<void> {
  const r = prng(seed);
  const tops = ['/t0', '/t1', '/t2', '/t3'];
  const pick = (): string => `${tops[r.int(tops.length)]}/n${r.int(12)}`;
  for (let i = 0; i < ops && !stop.now; i++) {
    const k = r.int(6);
    const p = pick();
    const q = pick();
    const step = [
      () => vfs.mkdir(p, 0o755, ROOT),
      () => vfs.rmdir(p, ROOT),
      () => vfs.rename(p, q, ROOT),
      () => vfs.link(p, q, ROOT),
      () => vfs.unlink(p, ROOT),
      async () => vfs.release(await vfs.create(p, 0o644, 0o1, ROOT)),
    ][k]!;
    await step().then(() => void tally.ok++, () => undefined);
  }
}

describe('two meta nodes: SIGKILL in the middle of a stream of cross-owner operations', () => {
  let tc: TestCluster;
  beforeAll(async () => {
    tc = await startCluster({ meta: 2, storage: 1, targetsPerStorage: 1 });
  }, 90_000);
  afterAll(async () => {
    await tc?.destroy();
  });

  it('leaves a clean namespace after each node was killed and restarted', async () => {
    let vfs = await connectVfs(tc, { sysFailureMode: 'failout' });
    const root = await ownerOf(vfs, '/');
    for (const t of ['/t0', '/t1', '/t2', '/t3']) await vfs.mkdir(t, 0o777, ROOT);
    const stop = { now: false };
    const tally = { ok: 0 };
    let ended = false;
    const streams = Promise.all([1, 2, 3].map((s) => churn(vfs, s, 400, stop, tally))).finally(() => (ended = true));
    for (const n of [2, 1]) {
      await churn(vfs, 10 + n, 40, { now: false }); // let the streams run a while
      await tc.stop(META(n), 'SIGKILL');
      await churn(vfs, 20 + n, 20, { now: false });
      await tc.start(META(n));
    }
    // with both nodes back the streams go on succeeding (not a fixed time: a loaded machine is slow)
    const before = tally.ok;
    await waitFor(() => ended || tally.ok >= before + 60, { timeoutMs: 60_000, what: 'the streams to succeed again after the restarts' });
    stop.now = true;
    await streams;
    await vfs.close();
    expect(tally.ok).toBeGreaterThan(50);
    // restarting both runs a recovery pass at start; a pass may need the other node back first
    let violations: Violation[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      violations = (await checkStores(tc, root)).violations;
      if (!violations.some((v) => v.kind === 'pending-intent')) break;
    }
    expect(violations).toEqual([]);
    vfs = await connectVfs(tc);
    try {
      for (const t of ['/t0', '/t1', '/t2', '/t3']) await vfs.readdir(t, ROOT);
    } finally {
      await vfs.close();
    }
  }, 180_000);
});
