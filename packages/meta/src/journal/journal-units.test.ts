// Unit tests of the journal's parts: entry and position codecs, the compaction policy, acks, the log's reads.
import { openMemoryStore } from '@hivefs/common';
import { ErrCode, HiveError, hivefs } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import { AckTracker } from './ack-tracker.js';
import { planTrim, checkPolicy, type RecordInfo } from './compaction.js';
import { decodeEntry, encodeEntry, entryFromMessage, journalOps, type JournalEntry } from './entry.js';
import { JournalResyncError } from './errors.js';
import { JournalLog } from './journal-log.js';
import { journalKey } from './keys.js';
import { decodePosition, encodePosition, ORIGIN } from './position.js';

const entry = (seq: number, epoch = 5, prevEpoch = 5): JournalEntry => ({
  seq, atMs: 1000 * seq, epoch, prevEpoch, ops: [{ type: 'put', key: `k${seq}`, value: Buffer.from(`v${seq}`) }, { type: 'del', key: 'gone' }, { type: 'put', key: 'empty', value: new Uint8Array(0) }],
});

describe('journal entry codec', () => {
  it('round-trips an entry, keeping empty values apart from deletes', () => {
    const e = entry(42, 2 ** 47 + 3, 9);
    const back = decodeEntry(encodeEntry(e));
    const plain = (x: JournalEntry): unknown => ({ ...x, ops: x.ops.map((op) => (op.type === 'put' ? { ...op, value: Buffer.from(op.value).toString('hex') } : op)) });
    expect(plain(back)).toEqual(plain(e));
    expect(back.ops[2]).toMatchObject({ type: 'put', key: 'empty' });
    expect(encodeEntry(back)).toEqual(encodeEntry(e));
  });

  it('makes volatile puts durable', () => {
    expect(journalOps([{ type: 'put', key: 'S:x', value: Buffer.from('s'), volatile: true }, { type: 'del', key: 'y' }])).toEqual([
      { type: 'put', key: 'S:x', value: Buffer.from('s') },
      { type: 'del', key: 'y' },
    ]);
  });

  it('refuses malformed entries with BAD_MESSAGE', () => {
    const code = (f: () => unknown): number | undefined => {
      try {
        f();
      } catch (e) {
        return e instanceof HiveError ? e.code : -1;
      }
      return undefined;
    };
    expect(code(() => decodeEntry(Buffer.from([0xff, 0xff, 0xff])))).toBe(ErrCode.BAD_MESSAGE);
    expect(code(() => entryFromMessage({ seq: 0 }))).toBe(ErrCode.BAD_MESSAGE);
    expect(code(() => entryFromMessage({ seq: 1.5 }))).toBe(ErrCode.BAD_MESSAGE);
    expect(code(() => entryFromMessage({ seq: 1, epoch: -1 }))).toBe(ErrCode.BAD_MESSAGE);
    expect(code(() => entryFromMessage({ seq: 1, ops: [{ value: Buffer.from('x') }] }))).toBe(ErrCode.BAD_MESSAGE);
    expect(code(() => decodeEntry(hivefs.JournalEntry.encode({ seq: 3, ops: [{ key: 'a', del: true }] }).finish()))).toBeUndefined();
  });
});

describe('journal position codec', () => {
  it('round-trips, reads a missing record as the origin and refuses garbage', () => {
    const p = { seq: 2 ** 40 + 1, epoch: 0xabcdef };
    expect(decodePosition(encodePosition(p))).toEqual(p);
    expect(Buffer.from(encodePosition({ seq: 10, epoch: 1 })).toString()).toBe('000000000000000A:0000000000000001');
    expect(decodePosition(undefined)).toEqual(ORIGIN);
    expect(() => decodePosition(Buffer.from('12:34'))).toThrow(/bad journal position/);
  });
});

describe('compaction policy', () => {
  const recs = (n: number, bytes = 100): RecordInfo[] => Array.from({ length: n }, (_, i) => ({ seq: i + 1, atMs: (i + 1) * 1000, bytes }));
  const policy = { keepSeconds: 5, keepBytes: 10_000, hardCapBytes: 20_000 };

  it('trims acknowledged records older than the span, and keeps the tail', () => {
    // now 20 s: records of 15 s and later are in the span (seq >= 15).
    expect(planTrim(recs(20), 2000, 20, 20_000, policy)).toEqual({ upTo: 14, count: 14, bytes: 1400, forced: false });
    // Only up to the acknowledgement.
    expect(planTrim(recs(20), 2000, 9, 20_000, policy)).toEqual({ upTo: 9, count: 9, bytes: 900, forced: false });
    expect(planTrim(recs(20), 2000, 0, 20_000, policy).count).toBe(0);
  });

  it('trims acknowledged records down to the byte cap even inside the span', () => {
    const p = { keepSeconds: 3600, keepBytes: 450, hardCapBytes: 1000 };
    expect(planTrim(recs(10), 1000, 10, 10_000, p)).toEqual({ upTo: 6, count: 6, bytes: 600, forced: false });
    expect(planTrim(recs(10), 1000, 3, 10_000, p)).toEqual({ upTo: 3, count: 3, bytes: 300, forced: false });
  });

  it('trims unacknowledged records only past the hard cap, and says so', () => {
    const p = { keepSeconds: 3600, keepBytes: 300, hardCapBytes: 650 };
    expect(planTrim(recs(10), 1000, 2, 10_000, p)).toEqual({ upTo: 4, count: 4, bytes: 400, forced: true });
    expect(planTrim(recs(6), 600, 2, 10_000, p)).toEqual({ upTo: 2, count: 2, bytes: 200, forced: false });
  });

  it('refuses unsound numbers', () => {
    expect(() => checkPolicy({ keepSeconds: -1, keepBytes: 1, hardCapBytes: 2 })).toThrow(RangeError);
    expect(() => checkPolicy({ keepSeconds: 1, keepBytes: 3, hardCapBytes: 2 })).toThrow(/below keepBytes/);
  });
});

describe('AckTracker', () => {
  it('releases a waiter only when its seq and all before it are acknowledged', async () => {
    const t = new AckTracker(10);
    const done: number[] = [];
    for (const s of [11, 12, 13]) void t.wait(s).then(() => done.push(s));
    t.ack(13);
    t.ack(12);
    await Promise.resolve();
    expect(done).toEqual([]);
    t.ack(11);
    await new Promise(setImmediate);
    expect(done).toEqual([11, 12, 13]);
    expect(t.through).toBe(13);
    await expect(t.wait(5)).resolves.toBeUndefined();
  });

  it('settles all waiters at once, resolved or rejected', async () => {
    const t = new AckTracker(0);
    const a = t.wait(1);
    t.settleAll();
    await expect(a).resolves.toBeUndefined();
    const b = t.wait(2);
    t.settleAll(new Error('gone'));
    await expect(b).rejects.toThrow('gone');
  });
});

describe('JournalLog', () => {
  async function logWith(seqs: number[]): Promise<{ log: JournalLog; kv: ReturnType<typeof openMemoryStore> }> {
    const kv = openMemoryStore();
    for (const s of seqs) await kv.put(journalKey(3, s), encodeEntry(entry(s, 5)));
    await kv.put(journalKey(4, 99), encodeEntry(entry(99))); // another group
    return { log: await JournalLog.open(kv, 3), kv };
  }

  it('rebuilds its index at open and reads ranges', async () => {
    const { log } = await logWith([1, 2, 3, 4, 5]);
    expect([log.first, log.last, log.count]).toEqual([1, 5, 5]);
    expect(log.bytes).toBe(5 * encodeEntry(entry(1)).length);
    const r = await log.read(1, 4);
    expect(r.status === 'ok' && r.entries.map((e) => e.seq)).toEqual([2, 3, 4]);
    const page = await log.read(0, 5, 2);
    expect(page.status === 'ok' && page.entries.map((e) => e.seq)).toEqual([1, 2]);
    expect(await log.read(5, 5)).toEqual({ status: 'ok', entries: [] });
  });

  it('says TRIMMED below its first record and after a trim', async () => {
    const { log, kv } = await logWith([1, 2, 3, 4, 5]);
    await log.trim({ upTo: 3, count: 3, bytes: 0, forced: false });
    expect([log.first, log.last, log.count, log.base.seq]).toEqual([4, 5, 2, 3]);
    expect(await log.read(1, 5)).toEqual({ status: 'trimmed', first: 4 });
    const r = await log.read(3, 5);
    expect(r.status === 'ok' && r.entries.map((e) => e.seq)).toEqual([4, 5]);
    // Reopened: the base survives, so does everything else.
    const again = await JournalLog.open(kv, 3);
    expect([again.first, again.last, again.count, again.base.seq]).toEqual([4, 5, 2, 3]);
    await again.trim({ upTo: 5, count: 2, bytes: 0, forced: false });
    const empty = await JournalLog.open(kv, 3);
    expect([empty.first, empty.last, empty.count, empty.bytes]).toEqual([6, 5, 0, 0]);
  });

  it('checks whether a copy can catch up: trimmed, diverged, ahead or fine', async () => {
    const { log } = await logWith([1, 2, 3, 4, 5]);
    await log.trim({ upTo: 2, count: 2, bytes: 0, forced: false });
    const reason = async (seq: number, epoch: number): Promise<string> => log.checkCatchUp({ seq, epoch }).then(() => 'ok', (e: JournalResyncError) => e.reason);
    expect(await reason(1, 5)).toBe('trimmed');
    expect(await reason(2, 5)).toBe('ok'); // the base knows entry 2's epoch
    expect(await reason(4, 5)).toBe('ok');
    expect(await reason(4, 6)).toBe('diverged');
    expect(await reason(6, 5)).toBe('ahead');
  });
});
