// The primary side with a follower linked in process: pipelining, acks, gaps, guard, loss of the secondary.
import { openMemoryStore, type KvBatchOp, type KvStore } from '@hivefs/common';
import { ErrCode, HiveError } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import { dumpGroup, openPair, randomBatch, seededRandom, type Pair } from '../testing/journal-link.js';

const put = (key: string, v = key): KvBatchOp[] => [{ type: 'put', key, value: Buffer.from(v) }];

/** Resolves once `cond` holds (checked on every turn of the event loop), or fails after `ms`. */
async function until(cond: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise(setImmediate);
  }
}

/** Runs `n` random batches on the primary, a random number of them at once; checks each caller's acks. */
async function randomLoad(pair: Pair, n: number, seed: number): Promise<{ violations: number[] }> {
  const rnd = seededRandom(seed);
  const pending: Promise<void>[] = [];
  const violations: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = pair.primary.kv.batch(randomBatch(rnd));
    const seq = pair.primary.primary!.position.seq;
    pending.push(
      p.then(() => {
        const acked = new Set(pair.link.acked);
        for (let s = 1; s <= seq; s++) if (!acked.has(s)) return void violations.push(seq);
      }),
    );
    if (rnd() < 0.08) await Promise.all(pending);
  }
  await Promise.all(pending);
  return { violations };
}

describe('JournaledKv with a linked follower', () => {
  it('keeps the secondary byte-identical under pipelined batches with random delays and reordering', async () => {
    const pair = await openPair({ seed: 11, maxDelayMs: 3 });
    const { violations } = await randomLoad(pair, 400, 99);
    expect(violations).toEqual([]);
    // Entries did overtake each other on the way.
    expect(pair.link.acked).not.toEqual([...pair.link.acked].sort((x, y) => x - y));
    expect(await dumpGroup(pair.b, 7)).toEqual(await dumpGroup(pair.a, 7));
    const s = pair.primary.stats();
    expect([s.lastSeq, s.secondaryAckedSeq, s.entries, s.primary?.waiting]).toEqual([400, 400, 400, 0]);
    expect(pair.secondary.stats().appliedSeq).toBe(400);
    expect(pair.hooks.lost).toEqual([]);
  });

  it('stays identical when copies are duplicated and overtaken past the hold time (GAP answers, resends)', async () => {
    const pair = await openPair({ seed: 5, maxDelayMs: 6, holdMs: 1 });
    pair.link.duplicateRate = 0.2;
    const { violations } = await randomLoad(pair, 300, 7);
    expect(violations).toEqual([]);
    expect(pair.link.gaps).toBeGreaterThan(0);
    expect(pair.hooks.lost).toEqual([]);
    expect(await dumpGroup(pair.b, 7)).toEqual(await dumpGroup(pair.a, 7));
  });

  it('writes volatile puts durably, in one batch with the journal record and the applied position', async () => {
    const inner = openMemoryStore();
    const batches: KvBatchOp[][] = [];
    const spy: KvStore = Object.assign(Object.create(inner) as KvStore, {
      batch: async (ops: KvBatchOp[]) => {
        batches.push(ops);
        await inner.batch(ops);
      },
    });
    const pair = await openPair({ a: spy });
    await pair.primary.kv.batch([{ type: 'put', key: 'S:f:1', value: Buffer.from('s'), volatile: true }]);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.map((op) => [op.key, op.volatile])).toEqual([['G:00000007:S:f:1', undefined], ['J:00000007:0000000000000001', undefined], ['G:00000007:P:applied', undefined]]);
    expect(Buffer.from((await pair.secondary.view.get('S:f:1'))!).toString()).toBe('s');
  });

  it('resends from the secondary\'s applied seq when it answers GAP', async () => {
    const pair = await openPair({ holdMs: 2, maxDelayMs: 0 });
    let release!: () => void;
    const late = new Promise<void>((r) => (release = r));
    const first5 = pair.link.replicator.send;
    let held = false;
    pair.link.replicator.send = async (e) => {
      if (e.seq === 5 && !held) {
        held = true;
        pair.link.sent.push(5);
        await late; // the first copy of entry 5 is stuck in the network
        throw new Error('stale copy');
      }
      return first5(e);
    };
    const all = Array.from({ length: 10 }, (_, i) => pair.primary.kv.batch(put(`I:${i}`)));
    await Promise.all(all);
    expect(pair.link.gaps).toBeGreaterThan(0);
    // The stuck copy fails at last: moot, entry 5 got through resent.
    release();
    for (let i = 0; i < 5; i++) await new Promise(setImmediate);
    expect(pair.hooks.lost).toEqual([]);
    expect(pair.primary.primary!.stats().shipping).toBe('live');
    expect(await dumpGroup(pair.b, 7)).toEqual(await dumpGroup(pair.a, 7));
  });

  it('gives a seq whose local write failed an empty entry, so the journal has no hole; stops when even that fails', async () => {
    const inner = openMemoryStore();
    let failures = 0;
    const flaky: KvStore = Object.assign(Object.create(inner) as KvStore, {
      batch: async (ops: KvBatchOp[]) => {
        if (failures > 0 && ops.some((op) => op.key.includes('I:bad'))) {
          failures--;
          throw new Error('disk trouble');
        }
        if (failures > 0 && ops.every((op) => op.key.startsWith('J:') || op.key.endsWith('P:applied'))) {
          failures--;
          throw new Error('disk trouble again');
        }
        await inner.batch(ops);
      },
    });
    const pair = await openPair({ a: flaky });
    await pair.primary.kv.batch(put('I:1'));
    failures = 1;
    await expect(pair.primary.kv.batch(put('I:bad'))).rejects.toThrow('disk trouble');
    await pair.primary.kv.batch(put('I:3'));
    const read = await pair.primary.readJournal(0, 3);
    expect(read.status === 'ok' && read.entries.map((e) => [e.seq, e.ops.length])).toEqual([[1, 1], [2, 0], [3, 1]]);
    expect(await dumpGroup(pair.b, 7)).toEqual(await dumpGroup(pair.a, 7));
    // The store fails for the entry and for its stand-in: the primary stops.
    failures = 2;
    await expect(pair.primary.kv.batch(put('I:bad2'))).rejects.toThrow('disk trouble');
    await expect(pair.primary.kv.batch(put('I:5'))).rejects.toMatchObject({ code: ErrCode.IO });
  });

  it('checks the guard before assigning a seq and before answering', async () => {
    const pair = await openPair();
    await pair.primary.kv.batch(put('I:a'));
    pair.hooks.guardError = new HiveError(ErrCode.NO_LEASE, 'lease expired');
    await expect(pair.primary.kv.batch(put('I:b'))).rejects.toThrow('lease expired');
    expect(pair.primary.primary!.position.seq).toBe(1);
    expect(await pair.primary.view.get('I:b')).toBeUndefined();
    // The lease runs out while the entry is on its way: the caller gets the guard's error.
    pair.hooks.guardError = undefined;
    let checks = 0;
    pair.hooks.guard = () => {
      if (++checks === 2) throw new HiveError(ErrCode.NO_LEASE, 'lease expired meanwhile');
    };
    await expect(pair.primary.kv.batch(put('I:c'))).rejects.toThrow('lease expired meanwhile');
    expect(pair.primary.primary!.position.seq).toBe(2);
    expect(await dumpGroup(pair.b, 7)).toEqual(await dumpGroup(pair.a, 7));
  });

  it('on losing the secondary calls onSecondaryLost once, answers the waiting callers after it, then answers locally', async () => {
    const pair = await openPair();
    for (let i = 0; i < 3; i++) await pair.primary.kv.batch(put(`I:${i}`));
    let confirm!: () => void;
    const calls: unknown[] = [];
    pair.hooks.onSecondaryLost = (err) => {
      calls.push(err);
      return new Promise((r) => (confirm = r));
    };
    pair.link.down = true;
    const settled: number[] = [];
    const waiting = [3, 4, 5].map((i) => pair.primary.kv.batch(put(`I:${i}`)).then(() => void settled.push(i)));
    await until(() => calls.length === 1);
    for (let i = 0; i < 5; i++) await new Promise(setImmediate);
    expect(settled).toEqual([]); // not before the loss is recorded
    confirm();
    await Promise.all(waiting);
    // Later batches are answered after the local write, sending nothing.
    const sentBefore = pair.link.sent.length;
    for (let i = 6; i < 10; i++) await pair.primary.kv.batch(put(`I:${i}`));
    expect(pair.link.sent.length).toBe(sentBefore);
    expect(calls).toHaveLength(1);
    const s = pair.primary.stats();
    expect([s.lastSeq, s.secondaryAckedSeq, s.entries, s.primary?.secondary, s.primary?.shipping, s.primary?.losses]).toEqual([10, 3, 10, 'marked', 'none', 1]);
    // The entries the secondary lacks are kept by ordinary compaction.
    const c = await pair.primary.compact();
    expect(c.forced).toBe(false);
    expect(pair.primary.stats().firstSeq).toBeLessThanOrEqual(4);
  });

  it('gives waiting callers the error of a failed onSecondaryLost and tries again with the next batch', async () => {
    const pair = await openPair();
    await pair.primary.kv.batch(put('I:0'));
    let fail = true;
    let calls = 0;
    pair.hooks.onSecondaryLost = async () => {
      calls++;
      if (fail) throw new Error('mgmtd unreachable');
    };
    pair.link.down = true;
    await expect(pair.primary.kv.batch(put('I:1'))).rejects.toThrow('mgmtd unreachable');
    fail = false;
    await pair.primary.kv.batch(put('I:2'));
    expect(calls).toBe(2);
    expect(pair.primary.primary!.stats().secondary).toBe('marked');
  });

  it('stops a demoted primary: waiting callers and new batches get NOT_PRIMARY', async () => {
    const pair = await openPair();
    await pair.primary.kv.batch(put('I:0'));
    let open!: () => void;
    pair.link.gate = new Promise((r) => (open = r));
    const waiting = pair.primary.kv.batch(put('I:1'));
    await until(() => pair.link.sent.includes(2));
    await pair.primary.demote();
    await expect(waiting).rejects.toMatchObject({ code: ErrCode.NOT_PRIMARY });
    await expect(pair.primary.kv.batch(put('I:2'))).rejects.toMatchObject({ code: ErrCode.NOT_PRIMARY });
    expect(pair.primary.role).toBe('secondary');
    open();
  });
});
