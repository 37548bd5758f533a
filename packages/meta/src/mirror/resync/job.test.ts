// MetaResyncJob over two spaces on real LevelDB stores: incremental, full (trimmed, diverged, asked), interrupted, stats.
import { cachedStore, openLevelStore, type KvBatchOp, type KvStore } from '@hivefs/common';
import { hivefs } from '@hivefs/protocol';
import { removeDir, tmpDir, waitFor } from '@hivefs/common/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { spacePrefix } from '../../journal/keys.js';
import { StripeChooser } from '../../layout/stripe-chooser.js';
import { SESSION_PREFIX } from '../../store/keys.js';
import { MetaStore } from '../../store/meta-store.js';
import { O_CREAT, O_RDWR } from '../../store/open-flags.js';
import { FakeChunkService } from '../../testing/fake-chunks.js';
import { dumpGroup, hooksOver, Link, openPair, quietLog, randomBatch, seededRandom, type Pair } from '../../testing/journal-link.js';
import { resyncLink, type TestResyncLink } from '../../testing/resync-link.js';
import { mapWithTargets, ROOT, TEST_PATTERN } from '../../testing/store-fixture.js';
import type { MetaSpace } from '../../journal/space.js';
import { MetaResyncJob } from './job.js';

const S = hivefs.ResyncJobState;
const put = (key: string): KvBatchOp[] => [{ type: 'put', key, value: Buffer.from(key) }];

async function run(pair: Pair, n: number, seed: number): Promise<void> {
  const rnd = seededRandom(seed);
  await Promise.all(Array.from({ length: n }, () => pair.primary.kv.batch(randomBatch(rnd))));
}

/** The space's keys and values of a store (a full resync copies the space, not the journal). */
async function spaceOf(kv: KvStore, groupId = 7): Promise<Record<string, string>> {
  const all = await dumpGroup(kv, groupId);
  return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith(spacePrefix(groupId))));
}

function jobFor(space: MetaSpace, link: TestResyncLink, pageBytes?: number): { job: MetaResyncJob; marks: number[] } {
  const marks: number[] = [];
  const job = new MetaResyncJob({ groupId: 7, primaryId: 1, secondaryId: 2, space, link, markGood: async () => (marks.push(1), true), log: quietLog, pageBytes });
  return { job, marks };
}

const go = (job: MetaResyncJob, full = false, signal = new AbortController().signal): Promise<hivefs.IResyncStats> => job.run({ full, signal });

describe('MetaResyncJob on LevelDB', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const f of cleanup.splice(0).reverse()) await f();
  });

  async function levelPair(o: Parameters<typeof openPair>[0] = {}): Promise<Pair> {
    const dirA = await tmpDir('hivefs-resync-a-');
    const dirB = await tmpDir('hivefs-resync-b-');
    cleanup.push(() => removeDir(dirA), () => removeDir(dirB));
    const a = await openLevelStore(dirA);
    const b = await openLevelStore(dirB);
    cleanup.push(async () => { await a.close(); await b.close(); });
    const pair = await openPair({ a, b, maxDelayMs: 1, ...o });
    cleanup.push(async () => { await pair.primary.close().catch(() => undefined); await pair.secondary.close().catch(() => undefined); });
    return pair;
  }

  it('incremental after an absence: replays exactly the entries written meanwhile, then the secondary is live and marked good', async () => {
    const pair = await levelPair();
    await run(pair, 10, 1);
    pair.link.down = true;
    await run(pair, 25, 2);
    expect(pair.hooks.lost).toHaveLength(1);
    pair.link.down = false;
    const link = resyncLink(() => pair.secondary);
    const { job, marks } = jobFor(pair.primary, link);
    expect(job.stats()).toMatchObject({ state: S.RESYNC_NOT_STARTED, groupId: 7, primaryId: 1, secondaryId: 2 });
    const st = await go(job);
    expect(st).toMatchObject({ state: S.RESYNC_COMPLETED, full: false, journalEntriesReplayed: 25, fromSeq: 10, toSeq: 35, snapshotRecords: 0, error: '' });
    expect(st.endMs).toBeGreaterThanOrEqual(Number(st.startMs));
    expect(job.stats()).toEqual(st);
    expect(marks).toHaveLength(1);
    expect(link.pages).toHaveLength(0);
    expect(await dumpGroup(pair.b, 7)).toEqual(await dumpGroup(pair.a, 7));
    await pair.primary.kv.batch(put('I:after'));
    expect(pair.link.acked).toContain(36);
    // mgmtd holds the secondary in another state: the job fails and says so.
    const other = new MetaResyncJob({ groupId: 7, primaryId: 1, secondaryId: 2, space: pair.primary, link, markGood: async () => false, log: quietLog });
    expect(await go(other)).toMatchObject({ state: S.RESYNC_FAILED, full: false, journalEntriesReplayed: 0, fromSeq: 36, toSeq: 36, error: 'node 2 was not needs-resync at mgmtd: not marked good' });
    // Run on a space that is not primary: nothing is sent.
    const wrong = new MetaResyncJob({ groupId: 7, primaryId: 2, secondaryId: 1, space: pair.secondary, link: resyncLink(() => pair.primary), markGood: async () => true, log: quietLog });
    expect(await go(wrong, true)).toMatchObject({ state: S.RESYNC_FAILED, snapshotRecords: 0, error: 'not primary of meta buddy group 7' });
  });

  it('full when the journal was trimmed below the secondary: identical spaces while writes and compaction go on during the stream', async () => {
    const pair = await levelPair({ compaction: { keepSeconds: 3600, keepBytes: 0, hardCapBytes: 2000 } });
    await run(pair, 5, 3);
    pair.link.down = true;
    await run(pair, 150, 4);
    expect((await pair.primary.compact()).forced).toBe(true);
    pair.link.down = false;
    const link = resyncLink(() => pair.secondary);
    let during = 0;
    const rnd = seededRandom(5);
    link.beforePage = async () => {
      for (let i = 0; i < 3; i++) await pair.primary.kv.batch(randomBatch(rnd));
      during += 3;
      await pair.primary.compact(); // over the hard cap: without the pin it would trim past the snapshot
    };
    const { job, marks } = jobFor(pair.primary, link, 300);
    const st = await go(job);
    expect(st).toMatchObject({ state: S.RESYNC_COMPLETED, full: true, fromSeq: 5, error: '' });
    expect(link.pages.length).toBeGreaterThan(5);
    expect(link.pages.map((p) => p.page)).toEqual(link.pages.map((_, i) => i));
    expect(link.pages.map((p) => p.last)).toEqual(link.pages.map((_, i) => i === link.pages.length - 1));
    expect(new Set(link.pages.map((p) => p.transferId)).size).toBe(1);
    for (const p of link.pages) expect(p.records.length === 1 || p.records.reduce((n, r) => n + r.key!.length + r.value!.length + 16, 0) <= 300).toBe(true);
    expect(Number(st.snapshotRecords)).toBe(link.pages.reduce((n, p) => n + p.records.length, 0));
    expect(st.journalEntriesReplayed).toBe(during);
    expect(st.toSeq).toBe(5 + 150 + during);
    expect(marks).toHaveLength(1);
    expect(pair.primary.stats().forcedTrims).toBeGreaterThan(1);
    expect(await spaceOf(pair.b)).toEqual(await spaceOf(pair.a));
    await run(pair, 10, 6);
    expect(pair.link.acked).toContain(5 + 150 + during + 10);
    expect(await spaceOf(pair.b)).toEqual(await spaceOf(pair.a));
  });

  it('full for a diverged secondary (a demoted primary holding entries of its old epoch)', async () => {
    const pair = await levelPair();
    await run(pair, 8, 7);
    pair.link.down = true;
    await pair.primary.kv.batch(put('I:only-on-old')); // seq 9, never acknowledged
    await pair.primary.demote();
    const back = new Link(() => pair.primary, seededRandom(8), 1);
    await pair.secondary.promote(hooksOver(back, 'needs-resync'));
    for (let i = 0; i < 3; i++) await pair.secondary.kv.batch(put(`I:new${i}`)); // seqs 9..11 of the new epoch
    const link = resyncLink(() => pair.primary);
    const { job, marks } = jobFor(pair.secondary, link);
    const st = await go(job);
    expect(st).toMatchObject({ state: S.RESYNC_COMPLETED, full: true, fromSeq: 9, toSeq: 11, journalEntriesReplayed: 0, error: '' });
    expect(marks).toHaveLength(1);
    expect(await pair.a.get(`${spacePrefix(7)}I:only-on-old`)).toBeUndefined();
    expect(await spaceOf(pair.a)).toEqual(await spaceOf(pair.b));
    await pair.secondary.kv.batch(put('I:live'));
    expect(back.acked).toContain(12);
    expect(await spaceOf(pair.a)).toEqual(await spaceOf(pair.b));
  });

  it('an interrupted transfer leaves the secondary at position 0; a failed one too; the next run is full and succeeds', async () => {
    const pair = await levelPair();
    await run(pair, 40, 9);
    pair.link.down = true;
    await run(pair, 10, 10);
    pair.link.down = false;
    const link = resyncLink(() => pair.secondary);
    const { job, marks } = jobFor(pair.primary, link, 200);
    const ctl = new AbortController();
    link.beforePage = async (req) => {
      if (req.page === 2) ctl.abort(new Error('resync stopped by the test'));
    };
    const st = await go(job, true, ctl.signal);
    expect(st).toMatchObject({ state: S.RESYNC_INTERRUPTED, full: true, error: 'resync stopped by the test' });
    expect(await pair.secondary.position()).toEqual({ seq: 0, epoch: 0 });
    await expect(pair.secondary.apply({ seq: 1, atMs: 0, epoch: 1, prevEpoch: 0, ops: [] })).rejects.toMatchObject({ code: 4006 }); // no pushes while a transfer is open

    link.beforePage = async (req) => {
      if (req.page === 1) throw new Error('connection lost');
    };
    const failed = await go(job);
    expect(failed).toMatchObject({ state: S.RESYNC_FAILED, full: true, fromSeq: 0, error: 'connection lost' });
    expect(await pair.secondary.position()).toEqual({ seq: 0, epoch: 0 });
    expect(marks).toHaveLength(0);

    link.beforePage = undefined;
    const pages = link.pages.length;
    const ok = await go(job);
    expect(ok).toMatchObject({ state: S.RESYNC_COMPLETED, full: true, fromSeq: 0, toSeq: 50, error: '' });
    expect(link.pages[pages]!.page).toBe(0);
    expect(marks).toHaveLength(1);
    expect(await spaceOf(pair.b)).toEqual(await spaceOf(pair.a));
    await pair.primary.kv.batch(put('I:after'));
    expect(pair.link.acked).toContain(51);
  });

  it('a loss while the secondary is being marked good is recorded after the mark: mgmtd ends needs-resync, the job fails', async () => {
    const pair = await levelPair();
    await run(pair, 5, 11);
    // mgmtd in process: the secondary's consistency and the two compare-and-swaps on it
    const mgmtd = { state: hivefs.Consistency.GOOD, log: [] as string[] };
    const cas = (from: hivefs.Consistency, to: hivefs.Consistency): boolean => {
      const ok = mgmtd.state === from || mgmtd.state === to;
      mgmtd.log.push(`${hivefs.Consistency[from]}->${hivefs.Consistency[to]}: ${ok ? 'swapped' : 'refused'}`);
      if (ok) mgmtd.state = to;
      return ok;
    };
    pair.hooks.onSecondaryLost = async () => void cas(hivefs.Consistency.GOOD, hivefs.Consistency.NEEDS_RESYNC);
    pair.link.down = true;
    await run(pair, 5, 12);
    expect(mgmtd.state).toBe(hivefs.Consistency.NEEDS_RESYNC);
    pair.link.down = false;
    // The mark is on its way to mgmtd when the secondary is lost again.
    let deliver!: () => void;
    const held = new Promise<void>((r) => (deliver = r));
    let marking!: () => void;
    const markStarted = new Promise<void>((r) => (marking = r));
    const markGood = async (): Promise<boolean> => {
      marking();
      await held;
      return cas(hivefs.Consistency.NEEDS_RESYNC, hivefs.Consistency.GOOD);
    };
    const job = new MetaResyncJob({ groupId: 7, primaryId: 1, secondaryId: 2, space: pair.primary, link: resyncLink(() => pair.secondary), markGood, log: quietLog });
    const st = go(job);
    await markStarted;
    pair.link.down = true;
    const lostBatch = pair.primary.kv.batch(put('I:during-the-mark'));
    await waitFor(() => pair.primary.primary!.stats().losses === 2, { intervalMs: 1, what: 'the loss during the mark' });
    for (let i = 0; i < 5; i++) await new Promise(setImmediate); // room for a loss report that would not wait for the mark
    deliver();
    await lostBatch;
    expect(await st).toMatchObject({ state: S.RESYNC_FAILED, error: 'the secondary was lost while it was being marked good' });
    expect(mgmtd.log).toEqual(['GOOD->NEEDS_RESYNC: swapped', 'NEEDS_RESYNC->GOOD: swapped', 'GOOD->NEEDS_RESYNC: swapped']);
    expect(mgmtd.state).toBe(hivefs.Consistency.NEEDS_RESYNC);
    expect(pair.primary.primary!.stats()).toMatchObject({ secondary: 'marked', shipping: 'none' });
  });

  it('counts directories, files and sessions of a real MetaStore\'s space in a full resync', async () => {
    const pair = await levelPair();
    const map = mapWithTargets([101, 102, 201, 202]);
    const chooser = new StripeChooser({ mode: 'roundrobin', map: () => map });
    const store = await MetaStore.open({ kv: cachedStore(pair.primary.kv, { maxEntries: 64 }), nodeId: 1, chunks: new FakeChunkService(), chooseTargets: (p) => chooser.choose(p), log: quietLog });
    await store.ensureRoot(TEST_PATTERN);
    const dirs = [];
    for (let i = 0; i < 3; i++) dirs.push(await store.mkdir(ROOT, 'root', `d${i}`, 0o755));
    for (let i = 0; i < 7; i++) await store.create(ROOT, { parentId: dirs[i % 3]!.entryId!, name: `f${i}`, mode: 0o644, flags: O_CREAT | O_RDWR, clientId: 3, open: i < 4 });
    await store.symlink(ROOT, 'root', 'link', '/target'); // a symlink counts as a file
    pair.link.down = true;
    await store.mkdir(ROOT, 'root', 'while-away', 0o755);
    pair.link.down = false;
    const at = await pair.secondary.position();
    const keys: string[] = [];
    for await (const [k] of pair.primary.view.range({})) keys.push(k);
    const sessions = keys.filter((k) => k.startsWith(SESSION_PREFIX)).length;
    const files = keys.filter((k) => k.startsWith('I:')).length - 5;
    expect(sessions).toBe(4);
    expect(files).toBe(8);
    const link = resyncLink(() => pair.secondary);
    const { job } = jobFor(pair.primary, link);
    const st = await go(job, true);
    expect(st).toMatchObject({
      state: S.RESYNC_COMPLETED, full: true, fromSeq: at.seq, toSeq: (await pair.primary.position()).seq, journalEntriesReplayed: 0,
      snapshotRecords: keys.length, discoveredDirs: 5, syncedDirs: 5, discoveredFiles: files, syncedFiles: files,
      sessionsToSync: 4, syncedSessions: 4, discoveryErrors: 0, sessionError: false, modificationErrors: 0, error: '',
    });
    expect(Number(st.syncedBytes)).toBeGreaterThan(0);
    expect(link.pages).toHaveLength(1);
    expect(await spaceOf(pair.b)).toEqual(await spaceOf(pair.a));
    store.stopDisposals();
  });
});
