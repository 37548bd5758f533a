// Pushes of several journal entries: coalescing under concurrency, limits, order, per-entry outcomes.
import type { KvBatchOp } from '@hivefs/common';
import { describe, expect, it } from 'vitest';
import { JournalGapError, type ApplyResult, type JournalEntry } from '../journal/index.js';
import { dumpGroup, openPair, randomBatch, seededRandom } from '../testing/journal-link.js';
import { MAX_PUSH_ENTRIES, PushBatcher } from './push-batcher.js';

const entry = (seq: number, valueBytes = 8): JournalEntry => ({ seq, atMs: seq, epoch: 1, prevEpoch: 1, ops: [{ type: 'put', key: `I:${seq}`, value: new Uint8Array(valueBytes) }] });

/** A transport whose pushes wait until the test answers them, one by one, in the order sent. */
function fakeTransport(): { fn: (entries: JournalEntry[]) => Promise<ApplyResult>; pushes: number[][]; answer: (r: ApplyResult | Error) => void; open: () => number } {
  const waiting: { resolve: (r: ApplyResult) => void; reject: (e: unknown) => void }[] = [];
  const pushes: number[][] = [];
  return {
    pushes,
    fn: (entries) =>
      new Promise((resolve, reject) => {
        pushes.push(entries.map((e) => e.seq));
        waiting.push({ resolve, reject });
      }),
    answer: (r) => {
      const w = waiting.shift();
      if (!w) throw new Error('no push in flight');
      if (r instanceof Error) w.reject(r);
      else w.resolve(r);
    },
    open: () => waiting.length,
  };
}

/** Resolves once `cond` holds (checked on every turn of the event loop), or fails after `ms`. */
async function until(cond: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise(setImmediate);
  }
}

/** Each promise's outcome: 'ok', or the rejection. */
const outcomes = (ps: Promise<void>[]): Promise<unknown[]> => Promise.all(ps.map((p) => p.then(() => 'ok', (e: unknown) => e)));

describe('PushBatcher', () => {
  it('sends the entries of one turn in one push, and what comes while it is in flight in the next, in order', async () => {
    const t = fakeTransport();
    const b = new PushBatcher(t.fn, { maxInFlight: 1 });
    const first = [1, 2, 3].map((s) => b.send(entry(s)));
    await until(() => t.open() === 1);
    const more = [4, 5, 6, 7].map((s) => b.send(entry(s)));
    await new Promise(setImmediate);
    expect(t.pushes).toEqual([[1, 2, 3]]); // one push in flight at most
    t.answer({ status: 'applied', applied: 3 });
    expect(await outcomes(first)).toEqual(['ok', 'ok', 'ok']);
    await until(() => t.open() === 1);
    t.answer({ status: 'applied', applied: 7 });
    expect(await outcomes(more)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(t.pushes).toEqual([[1, 2, 3], [4, 5, 6, 7]]);
    expect(b.pushes).toBe(2);
  });

  it('keeps up to 4 pushes in flight by default, then coalesces what comes meanwhile', async () => {
    const t = fakeTransport();
    const b = new PushBatcher(t.fn);
    const ps: Promise<void>[] = [];
    for (let seq = 1; seq <= 4; seq++) {
      ps.push(b.send(entry(seq)));
      await until(() => t.open() === seq); // each turn's entry leaves at once in a push of its own
    }
    ps.push(...[5, 6, 7].map((s) => b.send(entry(s))));
    await new Promise(setImmediate);
    expect(t.pushes).toEqual([[1], [2], [3], [4]]);
    t.answer({ status: 'applied', applied: 1 });
    await until(() => t.pushes.length === 5);
    expect(t.pushes[4]).toEqual([5, 6, 7]);
    for (let i = 0; i < 4; i++) t.answer({ status: 'applied', applied: 7 });
    expect(await outcomes(ps)).toEqual(Array(7).fill('ok'));
  });

  it('keeps up to maxInFlight pushes in flight and splits by maxEntries and maxBytes', async () => {
    const t = fakeTransport();
    const b = new PushBatcher(t.fn, { maxInFlight: 2, maxEntries: 3, maxBytes: 200 });
    const ps = [1, 2, 3, 4, 5].map((s) => b.send(entry(s)));
    await until(() => t.open() === 2);
    expect(t.pushes).toEqual([[1, 2, 3], [4, 5]]);
    t.answer({ status: 'applied', applied: 3 });
    t.answer({ status: 'applied', applied: 5 });
    expect(await outcomes(ps)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    // 100-byte values count 143 bytes with their key: two exceed 200, so one per push; an
    // entry larger than maxBytes still goes (alone).
    const big = [6, 7].map((s) => b.send(entry(s, 100)));
    const huge = b.send(entry(8, 1000));
    await until(() => t.open() === 2);
    t.answer({ status: 'applied', applied: 6 });
    await until(() => t.pushes.length === 5);
    t.answer({ status: 'applied', applied: 7 });
    t.answer({ status: 'applied', applied: 8 });
    expect(await outcomes([...big, huge])).toEqual(['ok', 'ok', 'ok']);
    expect(t.pushes.slice(2)).toEqual([[6], [7], [8]]);
  });

  it('never puts more than MAX_PUSH_ENTRIES in a push', async () => {
    const t = fakeTransport();
    const b = new PushBatcher(t.fn, { maxEntries: 10_000, maxInFlight: 1 });
    const ps = Array.from({ length: MAX_PUSH_ENTRIES + 5 }, (_, i) => b.send(entry(i + 1)));
    await until(() => t.open() === 1);
    t.answer({ status: 'applied', applied: MAX_PUSH_ENTRIES });
    await until(() => t.pushes.length === 2);
    t.answer({ status: 'applied', applied: MAX_PUSH_ENTRIES + 5 });
    await outcomes(ps);
    expect(t.pushes.map((p) => p.length)).toEqual([MAX_PUSH_ENTRIES, 5]);
  });

  it('maps a GAP answer to each entry: acknowledged up to the applied seq, JournalGapError after it', async () => {
    const t = fakeTransport();
    const b = new PushBatcher(t.fn);
    const ps = [4, 5, 6, 7].map((s) => b.send(entry(s)));
    await until(() => t.open() === 1);
    t.answer({ status: 'gap', applied: 5 });
    const [a, c, d, e] = await outcomes(ps);
    expect([a, c]).toEqual(['ok', 'ok']);
    for (const err of [d, e]) {
      expect(err).toBeInstanceOf(JournalGapError);
      expect((err as JournalGapError).applied).toBe(5);
    }
  });

  it('resolves every entry of a DUPLICATE answer, rejects every entry of a failed push with its error and goes on', async () => {
    const t = fakeTransport();
    const b = new PushBatcher(t.fn);
    const dup = [1, 2].map((s) => b.send(entry(s)));
    await until(() => t.open() === 1);
    t.answer({ status: 'duplicate', applied: 9 });
    expect(await outcomes(dup)).toEqual(['ok', 'ok']);
    const lost = [3, 4, 5].map((s) => b.send(entry(s)));
    await until(() => t.open() === 1);
    const boom = new Error('secondary unreachable');
    t.answer(boom);
    expect(await outcomes(lost)).toEqual([boom, boom, boom]);
    const next = b.send(entry(6));
    await until(() => t.open() === 1);
    t.answer({ status: 'applied', applied: 6 });
    await expect(next).resolves.toBeUndefined();
    const throwing = new PushBatcher(() => {
      throw boom;
    });
    expect(await outcomes([throwing.send(entry(1)), throwing.send(entry(2))])).toEqual([boom, boom]);
  });
});

describe('JournaledKv over pushes of several entries', () => {
  /** Runs `n` random batches on the primary, at most `conc` at once. */
  async function load(pair: Awaited<ReturnType<typeof openPair>>, n: number, conc: number, seed: number): Promise<void> {
    const rnd = seededRandom(seed);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < n) {
        next++;
        const ops: KvBatchOp[] = randomBatch(rnd);
        await pair.primary.kv.batch(ops);
      }
    };
    await Promise.all(Array.from({ length: conc }, worker));
  }

  it('keeps the secondary byte-identical with fewer pushes than entries (1 and 2 pushes in flight)', async () => {
    for (const maxInFlight of [1, 2]) {
      const pair = await openPair({ seed: 3, maxDelayMs: 2, batched: { maxInFlight } });
      await load(pair, 300, 8, 17);
      expect(await dumpGroup(pair.b, 7)).toEqual(await dumpGroup(pair.a, 7));
      expect(pair.secondary.stats().appliedSeq).toBe(300);
      expect(pair.hooks.lost).toEqual([]);
      const pushes = (pair.hooks.replicator as PushBatcher).pushes;
      expect(pushes).toBeLessThan(300 / 2);
    }
  });

  it('recovers from GAP answers (a push overtaken past the hold time) by resending, without losing the secondary', async () => {
    const pair = await openPair({ seed: 4, maxDelayMs: 1, holdMs: 20, batched: { maxInFlight: 2, maxEntries: 3 } });
    let held = 0;
    // the second push arrives only after the follower answered a later one GAP (held past its hold time)
    pair.link.delayOf = () => (++held === 2 ? until(() => pair.link.gaps > 0) : undefined);
    await load(pair, 120, 6, 23);
    await until(() => pair.link.acked.includes(120));
    expect(pair.link.gaps).toBeGreaterThan(0);
    expect(pair.hooks.lost).toEqual([]);
    expect(pair.primary.stats().secondaryAckedSeq).toBe(120);
    expect(await dumpGroup(pair.b, 7)).toEqual(await dumpGroup(pair.a, 7));
  });

  it('brings a returning secondary up to date in pushes of several entries', async () => {
    const pair = await openPair({ seed: 8, maxDelayMs: 1, batched: { maxInFlight: 1 } });
    pair.link.down = true;
    await load(pair, 100, 4, 5);
    expect(pair.hooks.lost.length).toBe(1);
    pair.link.down = false;
    const before = (pair.hooks.replicator as PushBatcher).pushes;
    const r = await pair.primary.attachSecondary(await pair.secondary.position());
    expect(r).toMatchObject({ replayed: 100, through: 100 });
    expect((pair.hooks.replicator as PushBatcher).pushes - before).toBeLessThan(50);
    expect(await dumpGroup(pair.b, 7)).toEqual(await dumpGroup(pair.a, 7));
  });
});
