// The secondary side: in-order apply, duplicates, held entries, GAP answers, divergence, bad input.
import { openMemoryStore, type KvStore } from '@hivefs/common';
import { ErrCode } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import { quietLog } from '../testing/journal-link.js';
import type { JournalEntry } from './entry.js';
import { JournalResyncError } from './errors.js';
import { MetaSpace } from './space.js';

const E = 0x51;
const entry = (seq: number, epoch = E, prevEpoch = seq === 1 ? 0 : E): JournalEntry => ({ seq, atMs: seq, epoch, prevEpoch, ops: [{ type: 'put', key: `I:${seq}`, value: Buffer.from(`v${seq}`) }] });

async function follower(opts: { holdMs?: number; maxHeld?: number } = {}): Promise<{ kv: KvStore; space: MetaSpace }> {
  const kv = openMemoryStore();
  return { kv, space: await MetaSpace.open({ kv, groupId: 2, logger: quietLog, role: 'secondary', ...opts }) };
}

describe('JournalFollower', () => {
  it('applies entries in order with its position and journal record in the same batch', async () => {
    const { space } = await follower();
    expect(await space.apply(entry(1))).toEqual({ status: 'applied', applied: 1 });
    expect(await space.apply(entry(2))).toEqual({ status: 'applied', applied: 2 });
    expect(await space.position()).toEqual({ seq: 2, epoch: E });
    expect(Buffer.from((await space.view.get('I:2'))!).toString()).toBe('v2');
    const stats = space.stats();
    expect([stats.role, stats.appliedSeq, stats.entries, stats.firstSeq, stats.lastSeq]).toEqual(['secondary', 2, 2, 1, 2]);
  });

  it('answers an entry it has as a duplicate and changes nothing', async () => {
    const { space, kv } = await follower();
    await space.apply(entry(1));
    await space.apply(entry(2));
    const before = await snapshot(kv);
    expect(await space.apply(entry(1))).toEqual({ status: 'duplicate', applied: 2 });
    expect(await space.apply({ ...entry(2), ops: [{ type: 'del', key: 'I:1' }] })).toEqual({ status: 'duplicate', applied: 2 });
    expect(await snapshot(kv)).toEqual(before);
  });

  it('holds entries that overtook the ones before them and applies all in order', async () => {
    const { space } = await follower();
    const later = [space.apply(entry(3)), space.apply(entry(2)), space.apply(entry(3))];
    expect(space.follower!.heldCount).toBe(2);
    // The three go in together, in one batch.
    expect(await space.apply(entry(1))).toEqual({ status: 'applied', applied: 3 });
    const results = await Promise.all(later);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    expect(await space.position()).toEqual({ seq: 3, epoch: E });
    expect(space.follower!.heldCount).toBe(0);
  });

  it('answers GAP with its applied seq when the missing entries do not come in time', async () => {
    const { space } = await follower({ holdMs: 5 });
    await space.apply(entry(1));
    expect(await space.apply(entry(4))).toEqual({ status: 'gap', applied: 1 });
    expect(space.follower!.heldCount).toBe(0);
    // The resent entries then go in.
    for (const s of [2, 3, 4]) expect((await space.apply(entry(s))).status).toBe('applied');
  });

  it('answers GAP at once for the highest entry past the hold bound', async () => {
    const { space } = await follower({ holdMs: 60_000, maxHeld: 2 });
    const a = space.apply(entry(3));
    const b = space.apply(entry(4));
    expect(await space.apply(entry(5))).toEqual({ status: 'gap', applied: 0 });
    await space.apply(entry(1));
    await space.apply(entry(2));
    expect((await a).status).toBe('applied');
    expect((await b).status).toBe('applied');
  });

  it('refuses an entry that does not follow the one it holds (diverged) and malformed ones', async () => {
    const { space } = await follower();
    await space.apply(entry(1));
    const err = await space.apply(entry(2, 0x99, 0x98)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JournalResyncError);
    expect((err as JournalResyncError).reason).toBe('diverged');
    await expect(space.apply(entry(1, 0x77, 0))).rejects.toMatchObject({ reason: 'diverged' }); // same seq as held, other epoch
    await expect(space.apply({ ...entry(2), seq: 0 })).rejects.toMatchObject({ code: ErrCode.BAD_MESSAGE });
    await expect(space.apply({ ...entry(2), ops: [{ type: 'put', key: 'x' } as never] })).rejects.toMatchObject({ code: ErrCode.BAD_MESSAGE });
    expect(await space.position()).toEqual({ seq: 1, epoch: E });
  });

  it('rejects held entries when it stops being secondary, and writes on a secondary fail with NOT_PRIMARY', async () => {
    const { space } = await follower();
    const held = space.apply(entry(2));
    await space.close();
    await expect(held).rejects.toMatchObject({ code: ErrCode.NOT_SECONDARY });
    const other = await follower();
    await expect(other.space.kv.put('I:x', Buffer.from('x'))).rejects.toMatchObject({ code: ErrCode.NOT_PRIMARY });
  });
});

async function snapshot(kv: KvStore): Promise<[string, string][]> {
  const out: [string, string][] = [];
  for await (const [k, v] of kv.range({})) out.push([k, Buffer.from(v).toString('hex')]);
  return out;
}

describe('JournalFollower.applyAll (one push)', () => {
  it('applies consecutive entries in one store batch and answers once for all', async () => {
    const { kv, space } = await follower();
    const batch = kv.batch.bind(kv);
    let batches = 0;
    kv.batch = (ops) => ((batches += 1), batch(ops));
    expect(await space.applyAll([1, 2, 3, 4, 5].map((s) => entry(s)))).toEqual({ status: 'applied', applied: 5 });
    expect(batches).toBe(1);
    expect(await space.applyAll([4, 5, 6].map((s) => entry(s)))).toEqual({ status: 'applied', applied: 6 });
    expect(await space.applyAll([2, 3].map((s) => entry(s)))).toEqual({ status: 'duplicate', applied: 6 });
    expect(await space.position()).toEqual({ seq: 6, epoch: E });
  });

  it('answers GAP with the applied seq when entries before some never came, and rejects a malformed push', async () => {
    const { space } = await follower({ holdMs: 20 });
    expect(await space.applyAll([1, 2, 5].map((s) => entry(s)))).toEqual({ status: 'gap', applied: 2 });
    await expect(space.applyAll([entry(3), { ...entry(4), seq: 0 }])).rejects.toMatchObject({ code: ErrCode.BAD_MESSAGE });
    expect(await space.position()).toEqual({ seq: 2, epoch: E }); // none of the refused push applied
    expect(await space.applyAll([3, 4, 5].map((s) => entry(s)))).toEqual({ status: 'applied', applied: 5 });
  });
});
