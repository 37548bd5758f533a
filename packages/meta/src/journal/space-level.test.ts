// A real MetaStore over a mirrored space, on two LevelDB stores: identical copies, restart, failover.
import { cachedStore, openLevelStore, type KvStore } from '@hivefs/common';
import { removeDir, tmpDir } from '@hivefs/common/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { StripeChooser } from '../layout/stripe-chooser.js';
import { MetaStore } from '../store/meta-store.js';
import { O_CREAT, O_RDONLY, O_RDWR } from '../store/open-flags.js';
import { FakeChunkService } from '../testing/fake-chunks.js';
import { dumpGroup, hooksOver, Link, openPair, quietLog, randomBatch, seededRandom, type Pair } from '../testing/journal-link.js';
import { mapWithTargets, ROOT, TEST_PATTERN } from '../testing/store-fixture.js';
import { sessionPrefix } from '../store/keys.js';
import { groupStoreKv } from '../mirror/group-store-kv.js';
import { MetaSpace } from './space.js';

/** A MetaStore over `kv` (a space's): by default only cached; `asGroup` as a group's primary serves it (groupStoreKv). */
async function metaStoreOn(kv: KvStore, asGroup = false): Promise<MetaStore> {
  const map = mapWithTargets([101, 102, 201, 202]);
  const chooser = new StripeChooser({ mode: 'roundrobin', map: () => map });
  const served = asGroup ? await groupStoreKv(kv, 64) : cachedStore(kv, { maxEntries: 64 });
  const store = await MetaStore.open({ kv: served, nodeId: 1, chunks: new FakeChunkService(), chooseTargets: (p) => chooser.choose(p), log: quietLog });
  await store.ensureRoot(TEST_PATTERN);
  return store;
}

describe('MetaSpace on LevelDB with a MetaStore', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const f of cleanup.splice(0).reverse()) await f();
  });

  /** Two LevelDB stores in temporary directories, removed after the test. */
  async function twoLevelStores(): Promise<{ dirA: string; dirB: string; a: KvStore; b: KvStore }> {
    const dirA = await tmpDir('hivefs-journal-a-');
    const dirB = await tmpDir('hivefs-journal-b-');
    cleanup.push(() => removeDir(dirA), () => removeDir(dirB));
    const a = await openLevelStore(dirA);
    const b = await openLevelStore(dirB);
    cleanup.push(async () => { await a.close().catch(() => undefined); await b.close().catch(() => undefined); });
    return { dirA, dirB, a, b };
  }

  it('mirrors namespace operations byte for byte, survives a restart of both, and fails over', async () => {
    const first = await twoLevelStores();
    const { dirA, dirB } = first;
    let { a, b } = first;
    cleanup.push(async () => { await a.close().catch(() => undefined); await b.close().catch(() => undefined); }); // the reopened ones
    const pair: Pair = await openPair({ a, b, seed: 21, maxDelayMs: 2 });
    let store = await metaStoreOn(pair.primary.kv);

    // Namespace operations and raw batches, all at once.
    const rnd = seededRandom(5);
    const raw = Array.from({ length: 100 }, () => pair.primary.kv.batch(randomBatch(rnd)));
    const d = await store.mkdir(ROOT, 'root', 'dir', 0o755);
    const files = await Promise.all(Array.from({ length: 20 }, (_, i) => store.create(ROOT, { parentId: d.entryId!, name: `f${i}`, mode: 0o644, flags: O_CREAT | O_RDWR, clientId: 3, open: i % 2 === 0 })));
    await store.rename(ROOT, { srcParentId: d.entryId!, srcName: 'f1', dstParentId: 'root', dstName: 'moved', noReplace: false });
    await store.unlink(ROOT, d.entryId!, 'f3');
    const reader = await store.open(ROOT, files[5]!.attr.entryId!, O_RDONLY, 9); // a read-only session: volatile, made durable
    await Promise.all(raw);
    await store.disposalsIdle(); // the unlinked file's chunk removal commits a batch too
    expect(reader.handleId).toBeGreaterThan(0);
    expect(await dumpGroup(b, 7)).toEqual(await dumpGroup(a, 7));
    const sessions = [];
    for await (const [k] of pair.secondary.view.keysWithPrefix(sessionPrefix(files[5]!.attr.entryId!))) sessions.push(k);
    expect(sessions).toHaveLength(1);
    const seq = pair.primary.primary!.position.seq;
    store.stopDisposals();

    // Both nodes restart: stores and spaces reopened from disk.
    await pair.primary.close();
    await pair.secondary.close();
    await a.close();
    await b.close();
    a = await openLevelStore(dirA);
    b = await openLevelStore(dirB);
    pair.a = a;
    pair.b = b;
    pair.secondary = await MetaSpace.open({ kv: b, groupId: 7, logger: quietLog, role: 'secondary' });
    pair.primary = await MetaSpace.open({ kv: a, groupId: 7, logger: quietLog, role: { primary: pair.hooks } });
    expect(pair.primary.stats()).toMatchObject({ lastSeq: seq, appliedSeq: seq, entries: seq, firstSeq: 1 });
    expect(pair.secondary.stats()).toMatchObject({ lastSeq: seq, appliedSeq: seq });
    store = await metaStoreOn(pair.primary.kv);
    await store.mkdir(ROOT, 'root', 'after-restart', 0o700);
    expect(pair.primary.primary!.position.seq).toBeGreaterThan(seq);
    expect(await dumpGroup(b, 7)).toEqual(await dumpGroup(a, 7));
    store.stopDisposals();

    // Failover: b becomes primary; a fresh MetaStore over it sees the whole namespace.
    await pair.primary.demote();
    await pair.secondary.promote(hooksOver(new Link(() => pair.primary, seededRandom(2)), 'needs-resync'));
    const promoted = await metaStoreOn(pair.secondary.kv);
    expect((await promoted.lookup(ROOT, 'root', 'moved')).entryId).toBe(files[1]!.attr.entryId);
    expect((await promoted.lookup(ROOT, 'root', 'after-restart')).type).toBeDefined();
    await promoted.mkdir(ROOT, d.entryId!, 'on-b', 0o755);
    const r = await pair.secondary.attachSecondary(await pair.primary.position());
    expect(r.replayed).toBeGreaterThan(0);
    expect(await dumpGroup(a, 7)).toEqual(await dumpGroup(b, 7));
    promoted.stopDisposals();
    await pair.primary.close();
    await pair.secondary.close();
  });

  it('keeps read-only sessions of the group out of the journal, as one node keeps them off its disk; an unlink that orphans an open file journals its sessions', async () => {
    const { a, b } = await twoLevelStores();
    const pair: Pair = await openPair({ a, b, seed: 3, maxDelayMs: 1 });
    const store = await metaStoreOn(pair.primary.kv, true);
    const f = (await store.create(ROOT, { parentId: 'root', name: 'f', mode: 0o644, flags: O_CREAT | O_RDWR, clientId: 3, open: false })).attr.entryId!;
    const seq = () => pair.primary.primary!.position.seq;
    const onSecondary = async (): Promise<number> => {
      let n = 0;
      for await (const _ of pair.secondary.view.keysWithPrefix(sessionPrefix(f))) n++;
      return n;
    };
    // a read-only open and its close: no journal entry
    const before = seq();
    const r1 = await store.open(ROOT, f, O_RDONLY, 9);
    await store.closeSessions(9, [{ entryId: f, handleId: r1.handleId }]);
    expect(seq()).toBe(before);
    // an open for writing is journaled (it carries size reports and must survive a failover)
    const w = await store.open(ROOT, f, O_RDWR, 9);
    expect(seq()).toBe(before + 1);
    expect(await onSecondary()).toBe(1);
    await store.close({ entryId: f, handleId: w.handleId, clientId: 9, sizeHint: 0 });
    // a reader's session goes to the journal with the unlink that orphans the file
    const r2 = await store.open(ROOT, f, O_RDONLY, 9);
    expect(await onSecondary()).toBe(0);
    await store.unlink(ROOT, 'root', 'f');
    expect(await onSecondary()).toBe(1);
    expect(await dumpGroup(b, 7)).toEqual(await dumpGroup(a, 7));
    await store.closeSessions(9, [{ entryId: f, handleId: r2.handleId }]);
    await store.disposalsIdle();
    expect(await onSecondary()).toBe(0);
    expect(await dumpGroup(b, 7)).toEqual(await dumpGroup(a, 7));
    store.stopDisposals();
    await pair.primary.close();
    await pair.secondary.close();
  });
});
