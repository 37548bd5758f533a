// MetaSpace: incremental catch-up, TRIMMED and full resync, compaction and stats, restart, role switch.
import { openMemoryStore, type KvBatchOp } from '@hivefs/common';
import { ErrCode } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import { dumpGroup, hooksOver, Link, openPair, quietLog, randomBatch, recordingLog, seededRandom, type Pair } from '../testing/journal-link.js';
import { JournalResyncError } from './errors.js';
import { spacePrefix } from './keys.js';
import { MetaSpace } from './space.js';

const put = (key: string, v = key): KvBatchOp[] => [{ type: 'put', key, value: Buffer.from(v) }];

async function run(pair: Pair, n: number, seed: number): Promise<void> {
  const rnd = seededRandom(seed);
  await Promise.all(Array.from({ length: n }, () => pair.primary.kv.batch(randomBatch(rnd))));
}

/** The space's keys of a store (not the journal: a full resync copies the space only). */
async function spaceOf(kv: Pair['a'], groupId = 7): Promise<Record<string, string>> {
  const all = await dumpGroup(kv, groupId);
  return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith(spacePrefix(groupId))));
}

async function until(cond: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise(setImmediate);
  }
}

const failure = (p: Promise<unknown>): Promise<string> => p.then(() => 'ok', (e: unknown) => (e instanceof JournalResyncError ? e.reason : String(e)));

describe('MetaSpace: catching a secondary up', () => {
  it('brings a follower that missed entries up to date by range reads and applies', async () => {
    const pair = await openPair();
    await run(pair, 20, 1);
    pair.link.down = true;
    await run(pair, 30, 2);
    expect(pair.hooks.lost).toHaveLength(1);
    const at = await pair.secondary.position();
    expect(at.seq).toBe(20);
    const read = await pair.primary.readJournal(at.seq, pair.primary.stats().lastSeq);
    if (read.status !== 'ok') throw new Error('unexpected TRIMMED');
    expect(read.entries.map((e) => e.seq)).toEqual(Array.from({ length: 30 }, (_, i) => 21 + i));
    for (const e of read.entries) expect((await pair.secondary.apply(e)).status).toBe('applied');
    expect(await dumpGroup(pair.b, 7)).toEqual(await dumpGroup(pair.a, 7));
  });

  it('attaches a returning secondary: replays exactly what it missed, then sends live and waits for acks again', async () => {
    const pair = await openPair();
    await run(pair, 10, 3);
    pair.link.down = true;
    await run(pair, 25, 4);
    pair.link.down = false;
    const r = await pair.primary.attachSecondary(await pair.secondary.position());
    expect(r).toEqual({ replayed: 25, through: 35 });
    expect(await dumpGroup(pair.b, 7)).toEqual(await dumpGroup(pair.a, 7));
    const p = pair.primary.primary!.stats();
    expect([p.secondary, p.shipping, p.secondaryAcked]).toEqual(['good', 'live', 35]);
    await pair.primary.kv.batch(put('I:after'));
    expect(pair.link.acked).toContain(36);
  });

  it('waits for a loss still being recorded before it attaches, and refuses a second catch-up at once', async () => {
    const pair = await openPair();
    await run(pair, 3, 16);
    let confirm!: () => void;
    pair.hooks.onSecondaryLost = () => new Promise((r) => (confirm = r));
    pair.link.down = true;
    const waiting = pair.primary.kv.batch(put('I:during'));
    await until(() => pair.primary.primary!.stats().secondary === 'reporting');
    pair.link.down = false;
    let attached = false;
    const attach = pair.primary.attachSecondary(await pair.secondary.position()).then((r) => ((attached = true), r));
    for (let i = 0; i < 5; i++) await new Promise(setImmediate);
    expect(attached).toBe(false);
    confirm();
    await waiting;
    expect(await attach).toEqual({ replayed: 1, through: 4 });
    expect(pair.primary.primary!.stats()).toMatchObject({ secondary: 'good', shipping: 'live' });
    // A stalled network: a live batch hangs, and so does a catch-up from 4 (entry 5 is never acknowledged).
    pair.link.gate = new Promise(() => undefined);
    const live = pair.primary.kv.batch(put('I:stalled'));
    const first = pair.primary.attachSecondary(await pair.secondary.position());
    await until(() => pair.link.sent.filter((s) => s === 5).length === 2); // live, then from the journal
    await expect(pair.primary.attachSecondary(await pair.secondary.position())).rejects.toThrow(/already running/);
    await pair.primary.close();
    await expect(first).rejects.toMatchObject({ code: ErrCode.NOT_PRIMARY });
    await expect(live).rejects.toMatchObject({ code: ErrCode.NOT_PRIMARY });
  });

  it('catches up while batches go on, and ends identical', async () => {
    const pair = await openPair({ window: 4 });
    await run(pair, 10, 5);
    pair.link.down = true;
    await run(pair, 200, 6);
    pair.link.down = false;
    const attach = pair.primary.attachSecondary(await pair.secondary.position());
    await run(pair, 100, 7);
    const r = await attach;
    expect(r.replayed).toBeGreaterThanOrEqual(200);
    await run(pair, 20, 8);
    expect(await dumpGroup(pair.b, 7)).toEqual(await dumpGroup(pair.a, 7));
    expect(pair.hooks.lost).toHaveLength(1);
  });

  it('ends a catch-up at once when its signal aborts, in the replay and while waiting for the last acks; the secondary stays needing a resync', async () => {
    const pair = await openPair({ window: 4 });
    await run(pair, 5, 17);
    pair.link.down = true;
    await run(pair, 40, 18);
    expect(pair.hooks.lost).toHaveLength(1);
    pair.link.down = false;
    let open!: () => void;
    pair.link.gate = new Promise((r) => (open = r)); // a stalled network: nothing is acknowledged
    // In the replay: the window is full, no entry comes back.
    const ctl = new AbortController();
    const replay = pair.primary.attachSecondary(await pair.secondary.position(), ctl.signal);
    await until(() => pair.link.sent.length >= 4);
    ctl.abort(new Error('resync stopped'));
    await expect(replay).rejects.toThrow('resync stopped');
    expect(pair.primary.primary!.stats()).toMatchObject({ secondary: 'marked', shipping: 'none' });
    expect(pair.hooks.lost).toHaveLength(1); // never shown Good: nothing to record
    await pair.primary.kv.batch(put('I:alone')); // answered without the secondary
    // Waiting for the acks of the switch: the secondary may be recorded Good by now, so the abort counts as a loss.
    open();
    pair.link.gate = undefined;
    expect(await pair.primary.attachSecondary(await pair.secondary.position())).toMatchObject({ through: 46 });
    pair.link.down = true;
    await pair.primary.kv.batch(put('I:one-more'));
    pair.link.down = false;
    pair.link.gate = new Promise(() => undefined);
    const late = new AbortController();
    const attach = pair.primary.attachSecondary(await pair.secondary.position(), late.signal);
    await until(() => pair.primary.primary!.stats().shipping === 'live');
    late.abort(new Error('resync stopped late'));
    await expect(attach).rejects.toThrow('resync stopped late');
    await until(() => pair.primary.primary!.stats().secondary === 'marked');
    expect(pair.hooks.lost.map(String)).toEqual(['Error: secondary unreachable', 'Error: secondary unreachable', 'Error: resync stopped late']);
    // An aborted signal ends the next attach before it starts.
    await expect(pair.primary.attachSecondary(await pair.secondary.position(), late.signal)).rejects.toThrow('resync stopped late');
    expect(pair.primary.primary!.stats().shipping).toBe('none');
  });

  it('says TRIMMED when the journal was trimmed below the secondary; a full resync then catches up', async () => {
    const log = recordingLog();
    const pair = await openPair({ logger: log, compaction: { keepSeconds: 3600, keepBytes: 0, hardCapBytes: 2000 } });
    await run(pair, 5, 9);
    pair.link.down = true;
    await run(pair, 60, 10);
    const c = await pair.primary.compact();
    expect(c.forced).toBe(true);
    expect(log.warnings.some((w) => /trimmed past its last acknowledged entry; the secondary will need a full resync/.test(w))).toBe(true);
    const s = pair.primary.stats();
    expect(s.bytes).toBeLessThanOrEqual(2000);
    expect(s.forcedTrims).toBe(1);
    const at = await pair.secondary.position();
    expect(await pair.primary.readJournal(at.seq, s.lastSeq)).toEqual({ status: 'trimmed', first: s.firstSeq });
    pair.link.down = false;
    expect(await failure(pair.primary.attachSecondary(at))).toBe('trimmed');
    // Full resync: the secondary's space becomes a snapshot of the primary's, which carries its
    // own position; the journal then continues from there.
    await run(pair, 5, 17); // still answered locally
    const installed = await pair.secondary.installSnapshot(pair.primary.snapshot());
    expect(installed).toEqual(await pair.primary.position());
    expect(pair.secondary.stats()).toMatchObject({ appliedSeq: s.lastSeq + 5, entries: 0, firstSeq: s.lastSeq + 6, lastSeq: s.lastSeq + 5 });
    expect(await pair.primary.attachSecondary(installed)).toEqual({ replayed: 0, through: s.lastSeq + 5 });
    await run(pair, 10, 11);
    expect(await spaceOf(pair.b)).toEqual(await spaceOf(pair.a));
    // Its journal starts after the snapshot; promoted, it can check a copy at that position.
    expect(pair.secondary.stats()).toMatchObject({ entries: 10, firstSeq: s.lastSeq + 6 });
    await expect(pair.secondary.readJournal(s.lastSeq + 5, s.lastSeq + 15)).resolves.toMatchObject({ status: 'ok' });
    await expect(pair.secondary.readJournal(s.lastSeq + 4, s.lastSeq + 15)).resolves.toMatchObject({ status: 'trimmed' });
  });
});

describe('MetaSpace: compaction', () => {
  it('trims acknowledged entries older than the span, keeps the tail, and reports it', async () => {
    let now = 0;
    const pair = await openPair({ now: () => now, compaction: { keepSeconds: 3, keepBytes: 1 << 20, hardCapBytes: 2 << 20 } });
    for (let i = 1; i <= 10; i++) {
      now = i * 1000;
      await pair.primary.kv.batch(put(`I:${i}`));
    }
    now = 10_500;
    const bytesBefore = pair.primary.stats().bytes;
    const c = await pair.primary.compact();
    // Entries of 7.5 s and later stay: 8, 9, 10.
    expect(c).toMatchObject({ atMs: 10_500, trimmedEntries: 7, forced: false });
    const s = pair.primary.stats();
    expect([s.entries, s.firstSeq, s.lastSeq, s.secondaryAckedSeq, s.appliedSeq]).toEqual([3, 8, 10, 10, 10]);
    expect(s.bytes).toBe(bytesBefore - c.trimmedBytes);
    expect(s.lastCompaction).toEqual(c);
    // The secondary keeps its journal by the same policy.
    const f = await pair.secondary.compact();
    expect(f.trimmedEntries).toBe(7);
    expect(pair.secondary.stats()).toMatchObject({ entries: 3, firstSeq: 8, lastSeq: 10 });
    // A byte cap smaller than the tail trims the oldest of it too.
    const tight = await MetaSpace.open({ kv: pair.a, groupId: 7, logger: quietLog, now: () => now, role: 'secondary', compaction: { keepSeconds: 3600, keepBytes: Math.ceil(s.bytes / 2), hardCapBytes: 1 << 20 } });
    expect((await tight.compact()).trimmedEntries).toBe(2);
    expect(tight.stats()).toMatchObject({ entries: 1, firstSeq: 10, lastSeq: 10 });
  });

  it('never trims what the secondary has not acknowledged below the hard cap', async () => {
    let now = 0;
    const pair = await openPair({ now: () => now, compaction: { keepSeconds: 0, keepBytes: 0, hardCapBytes: 1 << 20 } });
    for (let i = 1; i <= 4; i++) await pair.primary.kv.batch(put(`I:${i}`));
    pair.link.down = true;
    for (let i = 5; i <= 9; i++) await pair.primary.kv.batch(put(`I:${i}`));
    now = 1e9;
    await pair.primary.compact();
    expect(pair.primary.stats()).toMatchObject({ firstSeq: 5, lastSeq: 9, entries: 5, secondaryAckedSeq: 4, forcedTrims: 0 });
  });

  it('keeps the entries after a pinned seq, even past the hard cap, until the pin is released', async () => {
    const pair = await openPair({ compaction: { keepSeconds: 0, keepBytes: 0, hardCapBytes: 200 } });
    pair.link.down = true;
    for (let i = 1; i <= 20; i++) await pair.primary.kv.batch(put(`I:${i}`));
    const release = pair.primary.pinJournal(12);
    await pair.primary.compact();
    expect(pair.primary.stats()).toMatchObject({ firstSeq: 13, lastSeq: 20, entries: 8 });
    release();
    await pair.primary.compact();
    expect(pair.primary.stats().firstSeq).toBeGreaterThan(13);
    expect(pair.primary.stats().bytes).toBeLessThanOrEqual(200);
  });
});

describe('MetaSpace: restart and role switch', () => {
  it('reopened from the same stores, primary and secondary continue the sequence without reuse', async () => {
    const pair = await openPair();
    await run(pair, 30, 12);
    const epoch1 = pair.primary.primary!.epoch;
    await pair.primary.close();
    await pair.secondary.close();
    pair.secondary = await MetaSpace.open({ kv: pair.b, groupId: 7, logger: quietLog, role: 'secondary' });
    pair.primary = await MetaSpace.open({ kv: pair.a, groupId: 7, logger: quietLog, role: { primary: pair.hooks } });
    expect(pair.primary.stats()).toMatchObject({ firstSeq: 1, lastSeq: 30, entries: 30, appliedSeq: 30 });
    expect(pair.secondary.stats()).toMatchObject({ firstSeq: 1, lastSeq: 30, appliedSeq: 30 });
    expect(pair.primary.primary!.epoch).not.toBe(epoch1);
    await pair.primary.kv.batch(put('I:next'));
    expect(pair.primary.primary!.position.seq).toBe(31);
    expect(pair.link.acked).toContain(31);
    expect(await dumpGroup(pair.b, 7)).toEqual(await dumpGroup(pair.a, 7));
  });

  it('a restarted primary fills in what its secondary missed before the restart (GAP, resend)', async () => {
    const pair = await openPair({ holdMs: 5 });
    await run(pair, 5, 13);
    pair.link.down = true;
    pair.hooks.onSecondaryLost = () => new Promise(() => undefined); // the primary dies before the loss is recorded
    const unanswered = [pair.primary.kv.batch(put('I:x')), pair.primary.kv.batch(put('I:y'))];
    await new Promise(setImmediate);
    await pair.primary.close();
    for (const p of await Promise.allSettled(unanswered)) expect(p).toMatchObject({ status: 'rejected', reason: { code: ErrCode.NOT_PRIMARY } });
    pair.link.down = false;
    pair.hooks.onSecondaryLost = async () => undefined;
    pair.primary = await MetaSpace.open({ kv: pair.a, groupId: 7, logger: quietLog, role: { primary: pair.hooks } });
    await pair.primary.kv.batch(put('I:z'));
    expect(pair.primary.primary!.position.seq).toBe(8);
    expect(await dumpGroup(pair.b, 7)).toEqual(await dumpGroup(pair.a, 7));
  });

  it('switches roles: the promoted secondary continues from its applied seq and catches the former primary up', async () => {
    const pair = await openPair();
    await run(pair, 15, 14);
    // Failover: the primary is demoted, the secondary promoted (the former primary is away: needs resync).
    await pair.primary.demote();
    const back = new Link(() => pair.primary, seededRandom(3));
    const hooks = hooksOver(back, 'needs-resync');
    await pair.secondary.promote(hooks);
    expect([pair.primary.role, pair.secondary.role]).toEqual(['secondary', 'primary']);
    expect(pair.secondary.primary!.position).toEqual(await pair.primary.position()); // nothing new yet
    for (let i = 0; i < 5; i++) await pair.secondary.kv.batch(put(`I:new${i}`));
    expect(pair.secondary.primary!.position.seq).toBe(20);
    expect(back.sent).toEqual([]);
    const r = await pair.secondary.attachSecondary(await pair.primary.position());
    expect(r).toEqual({ replayed: 5, through: 20 });
    await pair.secondary.kv.batch(put('I:live'));
    expect(back.acked).toContain(21);
    expect(await dumpGroup(pair.a, 7)).toEqual(await dumpGroup(pair.b, 7));
    // And back again (failback).
    await pair.secondary.demote();
    await pair.primary.promote(pair.hooks); // both hold everything: the pair is Good
    await pair.primary.kv.batch(put('I:failback'));
    expect(pair.primary.primary!.position.seq).toBe(22);
    expect(await dumpGroup(pair.a, 7)).toEqual(await dumpGroup(pair.b, 7));
  });

  it('refuses to catch up a former primary that wrote entries the new primary never got (diverged, ahead)', async () => {
    const pair = await openPair();
    await run(pair, 8, 15);
    pair.link.down = true;
    await pair.primary.kv.batch(put('I:unacked')); // seq 9, only on the old primary
    await pair.primary.demote();
    const hooks = hooksOver(new Link(() => pair.primary, seededRandom(4)), 'needs-resync');
    await pair.secondary.promote(hooks);
    const old = await pair.primary.position();
    expect(old.seq).toBe(9);
    expect(await failure(pair.secondary.attachSecondary(old))).toBe('ahead');
    await pair.secondary.kv.batch(put('I:other')); // the new primary's seq 9
    expect(await failure(pair.secondary.attachSecondary(old))).toBe('diverged');
  });
});

describe('MetaSpace on a memory store', () => {
  it('keeps other groups and the node\'s own keys apart', async () => {
    const kv = openMemoryStore();
    await kv.put('I:root', Buffer.from('node-own'));
    const link = new Link(() => { throw new Error('no secondary'); }, seededRandom(1));
    const a = await MetaSpace.open({ kv, groupId: 1, logger: quietLog, role: { primary: hooksOver(link, 'needs-resync') } });
    const b = await MetaSpace.open({ kv, groupId: 2, logger: quietLog, role: { primary: hooksOver(link, 'needs-resync') } });
    await a.kv.put('I:root', Buffer.from('group-1'));
    await b.kv.put('I:root', Buffer.from('group-2'));
    await b.kv.put('I:x', Buffer.from('x'));
    expect(Buffer.from((await kv.get('I:root'))!).toString()).toBe('node-own');
    expect(Buffer.from((await a.kv.get('I:root'))!).toString()).toBe('group-1');
    expect([a.stats().lastSeq, b.stats().lastSeq]).toEqual([1, 2]);
    expect((await a.readJournal(0, 1)).status).toBe('ok');
  });
});
