// The online snapshot on the daemon's own store stack: cut at the call while writes go on, memory-only records included, atomic per batch.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedStore, formatText, openLevelStore, openMemoryStore, type KvBatchOp, type KvStore } from '@hivefs/common';
import { removeDir, tmpDir } from '@hivefs/common/testing';
import { indexPrefixes } from '../store/prefix-index.js';
import { DumpReader } from './reader.js';
import { openOnlineDump, openStoreSnapshot, writeOnlineDump } from './online.js';
import { restoreMetaDir } from './restore.js';

const enc = (s: string): Uint8Array => Buffer.from(s, 'utf8');
const FORMAT = formatText({ service: 'meta', formatVersion: 1, nodeNumID: 9 });

/** The store as the daemon stacks it: prefix index (volatile sessions) over the cache over LevelDB. */
async function daemonStack(dir: string): Promise<KvStore> {
  return indexPrefixes(cachedStore(await openLevelStore(join(dir, 'db')), { maxEntries: 1000 }));
}

/** Applies batches to a model of the store as well. */
class Model {
  readonly state = new Map<string, string>();
  apply(ops: KvBatchOp[]): void {
    for (const op of ops) {
      if (op.type === 'put') this.state.set(op.key, Buffer.from(op.value!).toString('utf8'));
      else this.state.delete(op.key);
    }
  }
  sorted(from = this.state): [string, string][] {
    return [...from].sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  }
}

async function entriesOf(it: AsyncIterable<[Uint8Array, Uint8Array]>, between?: () => Promise<void>): Promise<[string, string][]> {
  const out: [string, string][] = [];
  for await (const [k, v] of it) {
    out.push([Buffer.from(k).toString('utf8'), Buffer.from(v).toString('utf8')]);
    if (between) await between();
  }
  return out;
}

/** Batch number `i` of a writer: an inode and a dentry together, a volatile session, now and then a deletion. */
function batchOf(i: number, round: string): KvBatchOp[] {
  const ops: KvBatchOp[] = [
    { type: 'put', key: `I:${i % 500}`, value: enc(`inode ${i} ${round}`) },
    { type: 'put', key: `D:root:${i % 500}`, value: enc(`dentry ${i} ${round}`) },
    { type: 'put', key: `S:${i % 500}:${String(i).padStart(12, '0')}`, value: enc(`session ${round}`), volatile: true },
  ];
  if (i % 7 === 0) ops.push({ type: 'del', key: `I:${(i + 250) % 500}` }, { type: 'del', key: `D:root:${(i + 250) % 500}` });
  return ops;
}

describe('online snapshot of the daemon store stack', () => {
  let dir = '';
  let kv: KvStore;
  beforeEach(async () => {
    dir = await tmpDir('hivefs-online-');
    kv = await daemonStack(dir);
  });
  afterEach(async () => {
    await kv.close().catch(() => undefined);
    await removeDir(dir);
  });

  it('equals the state at its start while writes go on as it streams, memory-only sessions included', async () => {
    const model = new Model();
    for (let i = 0; i < 2000; i++) {
      const ops = batchOf(i, 'before');
      await kv.batch(ops);
      model.apply(ops);
    }
    const atStart = model.sorted();
    expect(atStart.some(([k]) => k.startsWith('S:'))).toBe(true);

    const snap = await openStoreSnapshot(kv);
    let n = 0;
    // Every entry read is followed by more writes: overwrites, deletions, new keys, new and removed sessions.
    const got = await entriesOf(snap.entries(), async () => {
      const i = n++;
      const ops = [...batchOf(i, 'during'), { type: 'put' as const, key: `new:${i}`, value: enc('x') }, { type: 'del' as const, key: `S:${i % 500}:${String(i).padStart(12, '0')}` }];
      await kv.batch(ops);
      model.apply(ops);
    });
    expect(n).toBe(atStart.length);
    expect(got).toEqual(atStart);
    expect(model.sorted()).not.toEqual(atStart);
  });

  it('holds every batch acknowledged before the cut and none started after it, each one whole', async () => {
    const pending: { i: number; done: boolean; p: Promise<void> }[] = [];
    const start = (i: number): void => {
      const w = { i, done: false, p: Promise.resolve() };
      w.p = kv.batch(batchOf(i, `r${i}`)).then(() => void (w.done = true));
      pending.push(w);
    };
    for (let i = 0; i < 300; i++) start(i);
    await pending[150]!.p;
    const acked = pending.filter((w) => w.done).map((w) => w.i);
    const cut = openStoreSnapshot(kv);
    for (let i = 300; i < 400; i++) start(i); // started while the cut is made: must not show
    const snap = await cut;
    for (let i = 400; i < 500; i++) start(i);
    const got = new Map(await entriesOf(snap.entries()));
    await Promise.all(pending.map((w) => w.p));

    const hasSession = (i: number): boolean => got.get(`S:${i % 500}:${String(i).padStart(12, '0')}`) === `session r${i}`;
    expect(acked.length).toBeGreaterThan(150);
    for (const i of acked) expect(hasSession(i), `acknowledged batch ${i}`).toBe(true);
    for (let i = 300; i < 500; i++) expect(hasSession(i), `later batch ${i}`).toBe(false);
    // Each inode/dentry pair comes from the same batch (the latest one in the snapshot).
    for (let slot = 0; slot < 500; slot++) {
      const inode = got.get(`I:${slot}`);
      const dentry = got.get(`D:root:${slot}`);
      expect(inode === undefined, `slot ${slot}`).toBe(dentry === undefined);
      if (inode) expect(inode.replace('inode', 'dentry')).toBe(dentry);
    }
  });

  it('streams as an online dump that restores into an empty directory', async () => {
    const model = new Model();
    for (let i = 0; i < 600; i++) {
      const ops = batchOf(i, 'x');
      await kv.batch(ops);
      model.apply(ops);
    }
    const dump = await openOnlineDump(kv, { nodeId: 9, formatConf: FORMAT });
    await kv.batch(batchOf(1, 'after the cut'));
    const chunks: Buffer[] = [];
    for await (const c of dump.chunks()) chunks.push(c);
    await dump.close();
    const reader = new DumpReader((async function* () { yield* chunks; })());
    expect(await entriesOf(reader.records())).toEqual(model.sorted());
    expect(reader.header).toMatchObject({ source: 'online', nodeId: 9, formatConf: FORMAT });

    const file = join(dir, 'online.dump');
    const s = await writeOnlineDump(kv, { nodeId: 9, formatConf: FORMAT }, file);
    expect(s.records).toBe(model.sorted().length);
    await kv.close();
    const target = join(dir, 'restored');
    await restoreMetaDir(target, file);
    expect((await readdir(target)).sort()).toEqual(['db', 'format.conf']);
    kv = await daemonStack(target);
    model.apply(batchOf(1, 'after the cut'));
    const snap = await openStoreSnapshot(kv);
    expect(await entriesOf(snap.entries())).toEqual(model.sorted());
  });

  it('waits for a batch whose write landed but is not acknowledged yet, and holds back batches started during the cut', async () => {
    // An engine that applies a write at once but acknowledges it only when released: the moment
    // between LevelDB's write and the layers above noting it, stretched.
    const mem = openMemoryStore();
    let release!: () => void;
    let held = new Promise<void>((r) => (release = r));
    const slow: KvStore = {
      ...mem,
      get: (k) => mem.get(k),
      getMany: (k) => mem.getMany(k),
      put: (k, v) => mem.put(k, v),
      del: (k) => mem.del(k),
      range: (o) => mem.range(o),
      keysWithPrefix: (p, o) => mem.keysWithPrefix(p, o),
      snapshot: () => mem.snapshot!(),
      close: () => mem.close(),
      batch: async (ops) => {
        await mem.batch(ops);
        await held;
      },
    };
    const store = await indexPrefixes(slow);
    const x = store.batch(batchOf(1, 'x')); // its inode and dentry are in the engine, its session not yet noted
    const cut = openStoreSnapshot(store);
    const y = store.batch(batchOf(2, 'y')); // started while the cut waits for x
    await Promise.resolve();
    release();
    held = Promise.resolve();
    const got = new Map(await entriesOf((await cut).entries()));
    await Promise.all([x, y]);
    expect(got.get('I:1')).toBe('inode 1 x');
    expect(got.get(`S:1:${String(1).padStart(12, '0')}`)).toBe('session x');
    expect(got.has('I:2') || got.has(`S:2:${String(2).padStart(12, '0')}`)).toBe(false);
    await store.close();
  });
});
