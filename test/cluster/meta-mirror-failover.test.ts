// Meta buddy mirroring against real daemons and a real FUSE mount in failover mode: three writer
// processes run through a kill -9 and a 20 s SIGSTOP of the group's primary without an error and
// leave exactly the namespace their logs promise; the killed primary comes back as secondary and
// is resynced from the journal (every entry it missed, counted), and both members' group spaces
// end byte-identical; tagged create, rename and unlink resent across a failover run once. With a
// small journal, a secondary whose entries were trimmed while it was away gets a full resync.
import { join } from 'node:path';
import { waitFor } from '@hivefs/common/testing';
import { ErrCode, Rpc, hivefs } from '@hivefs/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { META_GROUP, MetaWriters, diffSpaces, entryShape, keyKinds, metaDaemon, readJournal, readSpaceImage, startMetaMirrorMount, type MetaMirrorCluster, type MetaMirrorMount } from '../harness/meta-mirror.js';
import { q, shOk, type Mount } from '../harness/mount.js';
import { compareNamespace, opCounts } from './meta-writer-log.js';

const C = hivefs.Consistency;
const R = hivefs.Reachability;
const WRITERS = 3;
const NO_DIFF = { lost: [], resurrected: [], unexpected: [], changed: [] };

/** Stops the writers, expects each to have exited 0 with a clean log, and the namespace of each directory to be what its log says. */
async function finishAndCompare(w: MetaWriters, mount: Mount): Promise<number[]> {
  const exits = await w.stop();
  const logs = await w.read();
  const failed = exits.some((e) => e.code !== 0);
  expect(exits.map((e) => e.code), `${logs.map((l, i) => `writer ${i}: ${l.error ?? 'no error'} ${exits[i]!.stderr}`).join('\n')}${failed ? `\nthe client:\n${mount.output()}` : ''}`).toEqual(exits.map(() => 0));
  for (const [i, log] of logs.entries()) {
    expect(log.error, `writer ${i}`).toBeUndefined();
    expect(log.stopped, `writer ${i} logged its stop`).toBe(true);
    expect(compareNamespace(log.ops, await w.walk(i)), `writer ${i}'s directory against its log`).toEqual(NO_DIFF);
  }
  console.log(`writers: ${logs.map((l) => `${JSON.stringify(opCounts(l.ops))}, slowest ${Math.max(...l.ops.map((o) => o.ms))} ms`).join('; ')}`);
  return logs.map((l) => l.ops.length);
}

/**
 * Stops both meta daemons (together, so that no switchover happens in between), expects their
 * group spaces byte-identical and their applied positions equal, runs `alsoStopped` on the
 * stopped pair, starts both again and waits until they are Good in the same roles.
 */
async function expectSpacesIdentical(mc: MetaMirrorCluster, alsoStopped?: (dataDir: (n: number) => string) => Promise<void>): Promise<void> {
  const roles = await mc.roles();
  const dataDir = (n: number): string => mc.tc.cluster.paths.data(metaDaemon(n));
  await Promise.all([1, 2].map((n) => mc.tc.stop(metaDaemon(n))));
  try {
    const [a, b] = await Promise.all([1, 2].map((n) => readSpaceImage(dataDir(n))));
    console.log(`group space of node 1: ${a!.records.size} keys ${JSON.stringify(keyKinds(a!.records))}, applied seq ${a!.appliedSeq}, ${a!.journalRecords} journal records; node 2: ${b!.records.size} keys, applied seq ${b!.appliedSeq}, ${b!.journalRecords} journal records`);
    expect(diffSpaces(a!.records, b!.records)).toEqual({ onlyA: [], onlyB: [], differ: [] });
    expect(a!.appliedSeq).toBe(b!.appliedSeq);
    expect(a!.records.size).toBeGreaterThan(10);
    await alsoStopped?.(dataDir);
  } finally {
    // The primary first: back while the primary's heartbeats were overdue, the secondary (Good)
    // would rightly be promoted, and the roles this check expects unchanged would swap.
    await mc.tc.start(metaDaemon(roles.primary));
    await waitFor(async () => (await mc.metaTarget(roles.primary)).reachability === hivefs.Reachability.ONLINE, { timeoutMs: 20_000, intervalMs: 50, what: `meta node ${roles.primary} Online again` });
    await mc.tc.start(metaDaemon(roles.secondary));
  }
  await mc.waitAllGood();
  expect(await mc.roles()).toEqual(roles);
}

/**
 * Sends a request until it is answered (10 s at most), as a client resends one with the same tag
 * while the new primary refuses it (not primary yet by its map, busy); the last error is reported.
 */
async function resending<T>(send: () => Promise<T>): Promise<T> {
  let reply: { value: T } | undefined;
  await waitFor(async () => (reply = { value: await send() }) !== undefined, { timeoutMs: 10_000, intervalMs: 100, what: 'the resent request to be answered' });
  return reply!.value;
}

/**
 * Node `n`'s last journal seq once the group is quiet: the same in three polls 250 ms apart and,
 * with a secondary attached, acknowledged by it (so nothing is in flight).
 */
async function quietSeq(mc: MetaMirrorCluster, n: number): Promise<number> {
  const seen: number[] = [];
  await waitFor(async () => {
    const js = await mc.journalStats(n);
    const settled = js.secondaryState !== 'good' || Number(js.secondaryAckedSeq) === Number(js.lastSeq);
    seen.push(settled ? Number(js.lastSeq) : -1);
    return seen.length >= 3 && seen.slice(-3).every((x) => x >= 0 && x === seen.at(-1));
  }, { timeoutMs: 20_000, intervalMs: 250, what: `meta node ${n}'s journal to be quiet` });
  return seen.at(-1)!;
}

describe('meta buddy group 200: writers through failover, resync, identical members', () => {
  let suite: MetaMirrorMount | undefined;
  let mc: MetaMirrorCluster;
  let mount: Mount;
  let logDir = '';
  // the exactly-once case's client id is in no map: keep the session reclaimer from dropping its replies
  beforeAll(async () => void ({ mc, mount, logDir } = suite = await startMetaMirrorMount({ extra: { meta: { sysSessionReclaimSecs: '3600' } } })), 120_000);
  afterAll(() => suite?.destroy(), 120_000);

  /** Journal entries one operation through the mount adds, by operation (measured on the quiet pair). */
  const cost: Record<string, number> = {};
  /**
   * The entries of an operation written before it returns: a create's are the create and the size
   * report of its flush; its release's close is gathered with others (closeSessions) and an
   * unlink's disposal comes later and may share its batch with others.
   */
  const SYNC_ENTRIES = { mkdir: 1, create: 2, rename: 1, unlink: 1 };

  it('one journal entry per committed batch: what a mkdir, a create+write+close, a rename and an unlink through the mount add', async () => {
    const { primary } = await mc.roles();
    const base = join(mount.mountDir, 'cost');
    await shOk(`mkdir ${q(base)}`);
    const steps: [string, string][] = [
      ['mkdir', `mkdir ${q(join(base, 'd'))}`],
      ['create', `printf 'a few bytes' > ${q(join(base, 'f'))}`],
      ['rename', `mv ${q(join(base, 'f'))} ${q(join(base, 'd', 'g'))}`],
      ['unlink', `rm ${q(join(base, 'd', 'g'))}`],
    ];
    for (const [op, cmd] of steps) {
      const before = await quietSeq(mc, primary);
      await shOk(cmd);
      cost[op] = (await quietSeq(mc, primary)) - before;
    }
    console.log(`journal entries per operation through the mount: ${JSON.stringify(cost)}`);
    // create+write+close: the create (dentry, inode, session), the size at the flush, the release
    // (session gone; a gathered close, alone here); unlink: the unlink, then the batch that drops the disposal record once
    // storage removed the chunk files
    expect(cost).toEqual({ mkdir: 1, create: 3, rename: 1, unlink: 2 });
  }, 60_000);

  it('(a) kill -9 of the primary in the middle of three writers: each finishes without an error and the namespace is exactly what the logs say', async () => {
    expect(await mc.roles()).toEqual({ primary: 1, secondary: 2 });
    const w = await MetaWriters.start(mc.tc.clientConf, mount.mountDir, logDir, 'a', WRITERS);
    try {
      await w.waitOps(40);
      const killedAt = performance.now();
      await mc.tc.stop(metaDaemon(1), 'SIGKILL');
      await mc.waitPrimary(2);
      const atSwitch = await w.counts();
      console.log(`group ${META_GROUP} switched to node 2 ${Math.round(performance.now() - killedAt)} ms after the kill -9 of node 1; the writers had logged ${atSwitch.join(', ')} operations`);
      const t1 = await mc.metaTarget(1);
      expect({ r: t1.reachability, c: t1.consistency }).toEqual({ r: R.OFFLINE, c: C.NEEDS_RESYNC });
      await w.waitOps(atSwitch.map((n) => n + 40));
      await finishAndCompare(w, mount);
    } finally {
      w.kill();
    }
  }, 120_000);

  it('(a) the primary killed mid-write comes back as secondary and is resynced: in full when it had written entries its buddy never got, else from the journal; both spaces end identical', async () => {
    const deadDir = mc.tc.cluster.paths.data(metaDaemon(1));
    const dead = await readSpaceImage(deadDir);
    const last = (await readJournal(deadDir)).at(-1)!;
    expect(Number(last.seq)).toBe(dead.appliedSeq);
    await mc.tc.start(metaDaemon(1));
    await mc.waitAllGood();
    expect(await mc.roles()).toEqual({ primary: 2, secondary: 1 });
    const text = await mc.ctl('--resyncstats', '--nodetype=meta', '--nodeid=1');
    console.log(`$ hivefs-ctl --resyncstats --nodetype=meta --nodeid=1\n${text}`);
    expect(text).toMatch(/^Job state: Completed successfully$/m);
    const st = await mc.resyncStats();
    expect(Number(st.fromSeq)).toBe(dead.appliedSeq);
    let diverged = true;
    await expectSpacesIdentical(mc, async (dataDir) => {
      const same = (await readJournal(dataDir(2))).find((e) => Number(e.seq) === dead.appliedSeq);
      diverged = !same || String(same.epoch) !== String(last.epoch);
    });
    console.log(`node 1 died at seq ${dead.appliedSeq}, which node 2 ${diverged ? 'never got (diverged)' : 'has too'}: resync ${st.full ? 'full' : 'incremental'}, ${Number(st.journalEntriesReplayed)} entries replayed, ${Number(st.snapshotRecords)} snapshot records`);
    expect(st.full ?? false).toBe(diverged);
    expect(text).toMatch(new RegExp(`^Mode: ${diverged ? 'full' : 'incremental'}$`, 'm'));
  }, 120_000);

  it('(c) a primary killed at a quiet moment comes back as secondary and is resynced incrementally: exactly the journal entries of the mutations made while it was away', async () => {
    expect(await mc.roles()).toEqual({ primary: 2, secondary: 1 });
    const w = await MetaWriters.start(mc.tc.clientConf, mount.mountDir, logDir, 'c', WRITERS);
    let range = { from: 0, to: 0 };
    let counts = opCounts([]);
    try {
      await w.waitOps(20);
      const atKill = await w.pause();
      // nothing in flight: node 1 acknowledged every entry node 2 wrote
      const acked = await quietSeq(mc, 2);
      await mc.tc.stop(metaDaemon(2), 'SIGKILL');
      await mc.waitPrimary(1);
      const dead = await readSpaceImage(mc.tc.cluster.paths.data(metaDaemon(2)));
      expect(dead.appliedSeq).toBe(acked);
      await w.resume();
      await w.waitOps(atKill.map((n) => n + 40));
      const atRestart = await w.pause();
      const lastSeq = await quietSeq(mc, 1);
      range = { from: acked, to: lastSeq };
      const away = (await w.read()).flatMap((l, i) => l.ops.slice(atKill[i], atRestart[i]));
      counts = opCounts(away);
      console.log(`while node 2 was away the writers made ${away.length} mutations ${JSON.stringify(counts)}; node 1's journal went from ${acked} to ${lastSeq}`);

      await mc.tc.start(metaDaemon(2));
      await mc.waitAllGood();
      expect(await mc.roles()).toEqual({ primary: 1, secondary: 2 });
      const text = await mc.ctl('--resyncstats', '--nodetype=meta', '--nodeid=2');
      console.log(`$ hivefs-ctl --resyncstats --nodetype=meta --nodeid=2\n${text}`);
      expect(text).toMatch(/^Job state: Completed successfully$/m);
      expect(text).toMatch(/^Mode: incremental$/m);
      expect(text).toMatch(new RegExp(`^# of journal entries replayed: ${lastSeq - acked}$`, 'm'));
      const st = await mc.resyncStats();
      expect({ full: st.full ?? false, replayed: Number(st.journalEntriesReplayed), from: Number(st.fromSeq), to: Number(st.toSeq), snapshot: Number(st.snapshotRecords ?? 0) }).toEqual({ full: false, replayed: lastSeq - acked, from: acked, to: lastSeq, snapshot: 0 });

      await w.resume();
      await w.waitOps(atRestart.map((n) => n + 10));
      await finishAndCompare(w, mount);
    } finally {
      w.kill();
    }
    // what the replayed entries are: the kinds of keys each puts (+) or deletes (-), from node 1's journal
    const shapes = new Map<string, number>();
    await expectSpacesIdentical(mc, async (dataDir) => {
      for (const e of await readJournal(dataDir(1))) {
        if (Number(e.seq) > range.from && Number(e.seq) <= range.to) shapes.set(entryShape(e), (shapes.get(entryShape(e)) ?? 0) + 1);
      }
    });
    console.log(`the entries node 2 missed, by shape: ${JSON.stringify(Object.fromEntries([...shapes].sort((x, y) => y[1] - x[1])))}`);
    const total = range.to - range.from;
    expect([...shapes.values()].reduce((a, b) => a + b, 0)).toBe(total);
    // Every entry accounted for: the mutations' own batches, the gathered closes of the creates'
    // sessions (untagged, so without a reply record; one may end several sessions, and delete a
    // file unlinked meanwhile), the disposals of unlinked files' chunks (one batch may drop
    // several records), and node 1's promotion (its id counter).
    const disposals = shapes.get('-Z') ?? 0;
    const promotion = shapes.get('+C') ?? 0;
    const closes = [...shapes].filter(([shape]) => shape.split(' ').includes('-S') && !/[+-]R/.test(shape)).reduce((n, [, k]) => n + k, 0);
    const ofMutations = (Object.keys(SYNC_ENTRIES) as (keyof typeof SYNC_ENTRIES)[]).reduce((n, op) => n + counts[op] * SYNC_ENTRIES[op], 0);
    console.log(`${total} entries = ${ofMutations} of the mutations (${JSON.stringify(SYNC_ENTRIES)} each) + ${closes} gathered closes of ${counts.create} creates' sessions + ${disposals} disposals of ${counts.unlink} unlinked files + ${promotion} of the promotion`);
    expect(promotion).toBe(1);
    expect(closes).toBeGreaterThan(0);
    expect(closes).toBeLessThanOrEqual(counts.create);
    expect(disposals).toBeGreaterThan(0);
    expect(disposals).toBeLessThanOrEqual(counts.unlink);
    expect(total).toBe(ofMutations + closes + disposals + promotion);
  }, 180_000);

  it('(b) SIGSTOP of the primary for 20 s, then SIGCONT: the writers go on through the switchover, the woken node becomes secondary and is resynced', async () => {
    const { primary, secondary } = await mc.roles();
    const w = await MetaWriters.start(mc.tc.clientConf, mount.mountDir, logDir, 'b', WRITERS);
    try {
      await w.waitOps(40);
      await mc.tc.pause(metaDaemon(primary));
      const pausedAt = performance.now();
      let resumed = false;
      try {
        await mc.waitPrimary(secondary);
        const atSwitch = await w.counts();
        console.log(`group ${META_GROUP} switched to node ${secondary} ${Math.round(performance.now() - pausedAt)} ms after the SIGSTOP of node ${primary}`);
        // the writers go on while the old primary stays stopped for its 20 s (waitOps fails at once if one ends)
        await w.waitOps(atSwitch.map((n) => n + 20));
        await waitFor(async () => (await w.waitOps(0)).length > 0 && performance.now() - pausedAt >= 20_000, { timeoutMs: 30_000, intervalMs: 200, what: '20 s of SIGSTOP with the writers going on' });
        console.log(`writers while node ${primary} was stopped: ${atSwitch.join(', ')} at the switch, ${(await w.counts()).join(', ')} at SIGCONT`);
        await mc.tc.resume(metaDaemon(primary));
        resumed = true;
      } finally {
        if (!resumed) await mc.tc.resume(metaDaemon(primary));
      }
      const afterResume = await w.counts();
      await w.waitOps(afterResume.map((n) => n + 20));
      await mc.waitAllGood();
      expect(await mc.roles()).toEqual({ primary: secondary, secondary: primary });
      await finishAndCompare(w, mount);
    } finally {
      w.kill();
    }
    const text = await mc.ctl('--resyncstats', '--nodetype=meta', `--nodeid=${primary}`);
    console.log(`hivefs-ctl --resyncstats --nodetype=meta --nodeid=${primary}\n${text}`);
    expect(text).toMatch(/^Job state: Completed successfully$/m);
    await expectSpacesIdentical(mc);
  }, 180_000);

  it('(e) a tagged create, rename and unlink sent twice run once, also when the second copy goes to the new primary after a kill -9', async () => {
    const CLIENT = 4343;
    const ROOT = { uid: 0, gid: 0, gids: [] };
    const O_CREAT_EXCL_RDWR = 0o100 | 0o200 | 2;
    const tag = (requestId: number) => ({ clientId: CLIENT, requestId, doneBelow: 0 });
    const { primary, secondary } = await mc.roles();
    let meta = mc.metaClient(primary);
    const dir = (await meta.call(Rpc.mkdir, { cred: ROOT, parentId: 'root', name: 'eo', mode: 0o755, tag: tag(1) })).attr!.entryId!;
    expect(dir).toMatch(new RegExp(`-G${META_GROUP.toString(16).toUpperCase()}$`));
    const create = (name: string, id: number) => meta.call(Rpc.create, { cred: ROOT, parentId: dir, name, mode: 0o644, flags: O_CREAT_EXCL_RDWR, clientId: CLIENT, open: true, tag: tag(id) });
    const rename = (from: string, to: string, id: number) => meta.call(Rpc.rename, { cred: ROOT, srcParentId: dir, srcName: from, dstParentId: dir, dstName: to, noReplace: false, tag: tag(id) });
    const unlink = (name: string, id: number) => meta.call(Rpc.unlink, { cred: ROOT, parentId: dir, name, tag: tag(id) });
    const names = async (): Promise<string[]> => (await meta.call(Rpc.readdir, { cred: ROOT, dirId: dir, limit: 100 })).entries.map((e) => e.name ?? '');

    // twice to the same primary
    const c1 = await create('a', 2);
    expect(await create('a', 2)).toMatchObject({ created: true, handleId: c1.handleId, attr: { entryId: c1.attr!.entryId } });
    await create('b', 3);
    await create('c', 4);
    await rename('a', 'a2', 5);
    await rename('a', 'a2', 5);
    await unlink('b', 6);
    await unlink('b', 6);
    expect(await names()).toEqual(['a2', 'c']);

    // the first copy to the primary, the second to the new primary after a kill -9 of the old one
    const x1 = await create('x', 7);
    const r1 = await rename('c', 'c2', 8);
    const u1 = await unlink('a2', 9);
    await mc.tc.stop(metaDaemon(primary), 'SIGKILL');
    await mc.waitPrimary(secondary);
    meta = mc.metaClient(secondary);
    // as a client does: the same tag again while the new primary refuses with a retryable error (it may not have the new map yet)
    const x2 = await resending(() => create('x', 7));
    expect(x2).toMatchObject({ created: true, handleId: x1.handleId, attr: { entryId: x1.attr!.entryId } });
    expect((await resending(() => rename('c', 'c2', 8))).srcParent?.entryId).toBe(r1.srcParent?.entryId);
    expect((await resending(() => unlink('a2', 9))).parent?.entryId).toBe(u1.parent?.entryId);
    expect(await names()).toEqual(['c2', 'x']);
    // an untagged resend is an ordinary request again
    await expect(meta.call(Rpc.unlink, { cred: ROOT, parentId: dir, name: 'a2' })).rejects.toMatchObject({ code: ErrCode.NOT_FOUND });
    await mc.tc.start(metaDaemon(primary));
    await mc.waitAllGood();
  }, 120_000);
});

describe('meta buddy group 200 with a small journal: full resyncs', () => {
  let suite: MetaMirrorMount | undefined;
  let mc: MetaMirrorCluster;
  let mount: Mount;
  let logDir = '';
  // acknowledged entries go at once; past 16 KiB the entries of an absent secondary go too
  beforeAll(async () => void ({ mc, mount, logDir } = suite = await startMetaMirrorMount({ extra: { meta: { tuneMetaJournalKeepSecs: '0', tuneMetaJournalKeepSize: '0', tuneMetaJournalHardCap: '16384' } } })), 120_000);
  afterAll(() => suite?.destroy(), 120_000);

  it('(d) a secondary whose entries were trimmed while it was away gets a full resync, and both spaces end identical', async () => {
    expect(await mc.roles()).toEqual({ primary: 1, secondary: 2 });
    await mc.tc.stop(metaDaemon(2), 'SIGKILL');
    const away = await readSpaceImage(mc.tc.cluster.paths.data(metaDaemon(2)));
    const w = await MetaWriters.start(mc.tc.clientConf, mount.mountDir, logDir, 'd', WRITERS);
    try {
      await w.waitOps(30);
      // paused meanwhile (enough is written): the primary trims past the absent secondary's
      // position (the hard cap) at its next compaction, every 30 s
      await w.pause();
      let stats: hivefs.IMetaJournalStats = {};
      await waitFor(async () => {
        stats = await mc.journalStats(1);
        return Number(stats.firstSeq) > away.appliedSeq + 1 && Number(stats.forcedTrims) > 0;
      }, { timeoutMs: 90_000, intervalMs: 200, what: `node 1 to trim its journal past node 2's seq ${away.appliedSeq}` });
      console.log(`node 2 stopped at applied seq ${away.appliedSeq}; node 1's journal now: ${JSON.stringify(stats)}`);
      expect(await mc.metaTarget(2)).toMatchObject({ consistency: C.NEEDS_RESYNC });
      await w.resume(); // the full resync runs while the writers go on
      await mc.tc.start(metaDaemon(2));
      await mc.waitAllGood(90_000);
      await finishAndCompare(w, mount);
    } finally {
      w.kill();
    }
    const text = await mc.ctl('--resyncstats', '--nodetype=meta', '--nodeid=2');
    console.log(`hivefs-ctl --resyncstats --nodetype=meta --nodeid=2\n${text}`);
    expect(text).toMatch(/^Job state: Completed successfully$/m);
    expect(text).toMatch(/^Mode: full$/m);
    const st = await mc.resyncStats();
    expect(st.full).toBe(true);
    expect(Number(st.snapshotRecords)).toBeGreaterThan(0);
    expect(Number(st.fromSeq)).toBe(away.appliedSeq);
    await expectSpacesIdentical(mc);
  }, 180_000);

  it('(d) --startresync --full on a Good pair streams a snapshot again, and both spaces stay identical', async () => {
    const before = await mc.resyncStats();
    await mc.ctl('--startresync', '--nodetype=meta', '--nodeid=2', '--full');
    let st: hivefs.IResyncStats = {};
    await waitFor(async () => {
      st = await mc.resyncStats();
      return Number(st.startMs) > Number(before.startMs ?? 0) && st.state === hivefs.ResyncJobState.RESYNC_COMPLETED;
    }, { timeoutMs: 60_000, intervalMs: 200, what: 'the forced full resync to complete' });
    expect(st.full).toBe(true);
    expect(Number(st.snapshotRecords)).toBeGreaterThan(0);
    await mc.waitAllGood();
    await expectSpacesIdentical(mc);
  }, 120_000);
});
