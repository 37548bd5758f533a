// SnapshotReceiver: role check, page order, bad records, abandoned transfers, pushes refused meanwhile.
import { ErrCode, type hivefs } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import { openPair, quietLog, type Pair } from '../../testing/journal-link.js';
import { SnapshotReceiver } from './receiver.js';

const rec = (key: string, value = key): hivefs.IJournalOp => ({ key, value: Buffer.from(value) });
const applied = (seq: number, epoch: number): hivefs.IJournalOp => ({ key: 'P:applied', value: Buffer.from(`${seq.toString(16).toUpperCase().padStart(16, '0')}:${epoch.toString(16).toUpperCase().padStart(16, '0')}`) });

async function until(cond: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise(setImmediate);
  }
}

function receiverOf(pair: Pair, idleMs?: number): SnapshotReceiver {
  return new SnapshotReceiver({ space: (g) => (g === 7 ? pair.secondary : g === 8 ? pair.primary : undefined), log: quietLog, idleMs });
}

describe('SnapshotReceiver', () => {
  it('installs pages in order and answers the last with the installed position', async () => {
    const pair = await openPair();
    await pair.primary.kv.batch([{ type: 'put', key: 'I:old', value: Buffer.from('x') }]);
    const r = receiverOf(pair);
    expect(await r.page({ groupId: 7, transferId: 5, page: 0, records: [rec('D:a'), rec('I:a')] })).toEqual({});
    expect(await pair.secondary.position()).toEqual({ seq: 0, epoch: 0 });
    expect(await pair.secondary.view.get('I:old')).toBeUndefined(); // replaced as pages arrive
    expect(await r.page({ groupId: 7, transferId: 5, page: 1, records: [rec('O:a', '')] })).toEqual({});
    expect(await r.page({ groupId: 7, transferId: 5, page: 2, records: [applied(42, 3), rec('S:a:1')], last: true })).toEqual({ seq: 42, epoch: 3 });
    expect(await pair.secondary.position()).toEqual({ seq: 42, epoch: 3 });
    expect(Buffer.from((await pair.secondary.view.get('O:a'))!).length).toBe(0);
    expect(pair.secondary.stats()).toMatchObject({ appliedSeq: 42, firstSeq: 43, entries: 0 });
    // Done: a later page of it is out of order.
    await expect(r.page({ groupId: 7, transferId: 5, page: 3, records: [] })).rejects.toMatchObject({ code: ErrCode.INVALID_ARGUMENT });
  });

  it('refuses pages for a space that is not secondary here, out of order, of another transfer, or with deletes', async () => {
    const pair = await openPair();
    const r = receiverOf(pair);
    await expect(r.page({ groupId: 8, transferId: 1, page: 0, records: [] })).rejects.toMatchObject({ code: ErrCode.NOT_SECONDARY }); // group 8 is primary here
    await expect(r.page({ groupId: 9, transferId: 1, page: 0, records: [] })).rejects.toMatchObject({ code: ErrCode.NOT_SECONDARY });
    await expect(r.page({ groupId: 7, transferId: 1, page: 1, records: [] })).rejects.toMatchObject({ code: ErrCode.INVALID_ARGUMENT });
    await expect(r.page({ groupId: 7, transferId: 1, page: 0, records: [{ key: 'I:x', del: true }] })).rejects.toMatchObject({ code: ErrCode.INVALID_ARGUMENT });
    await expect(r.page({ groupId: 7, transferId: 1, page: 0, records: [{ value: Buffer.from('v') }] })).rejects.toMatchObject({ code: ErrCode.INVALID_ARGUMENT });
    await r.page({ groupId: 7, transferId: 1, page: 0, records: [rec('I:a')] });
    await expect(r.page({ groupId: 7, transferId: 1, page: 2, records: [] })).rejects.toMatchObject({ code: ErrCode.INVALID_ARGUMENT });
    await expect(r.page({ groupId: 7, transferId: 2, page: 1, records: [] })).rejects.toMatchObject({ code: ErrCode.INVALID_ARGUMENT });
    // Pushes are refused while the space is being replaced.
    await expect(pair.secondary.apply({ seq: 1, atMs: 0, epoch: 1, prevEpoch: 0, ops: [] })).rejects.toMatchObject({ code: ErrCode.NOT_SECONDARY });
    r.close();
    await until(async () => (await pair.secondary.apply({ seq: 1, atMs: 0, epoch: 1, prevEpoch: 0, ops: [] }).then(() => true, () => false)));
    expect(await pair.secondary.position()).toEqual({ seq: 1, epoch: 1 });
  });

  it('no compaction trims the journal being replaced', async () => {
    const pair = await openPair({ compaction: { keepSeconds: 0, keepBytes: 0, hardCapBytes: 1 << 20 } });
    for (let i = 0; i < 5; i++) await pair.primary.kv.batch([{ type: 'put', key: `I:${i}`, value: Buffer.from('x') }]);
    expect(pair.secondary.stats().entries).toBe(5);
    const r = receiverOf(pair);
    await r.page({ groupId: 7, transferId: 1, page: 0, records: [rec('I:a')] });
    expect(await pair.secondary.compact()).toMatchObject({ trimmedEntries: 0 });
    expect(await r.page({ groupId: 7, transferId: 1, page: 1, records: [applied(3, 4)], last: true })).toEqual({ seq: 3, epoch: 4 });
    expect(pair.secondary.stats()).toMatchObject({ entries: 0, firstSeq: 4, lastSeq: 3 });
    expect(await pair.secondary.readJournal(3, 3)).toEqual({ status: 'ok', entries: [] });
  });

  it('page 0 of a new transfer abandons the older one, which leaves position 0 meanwhile', async () => {
    const pair = await openPair();
    const r = receiverOf(pair);
    await r.page({ groupId: 7, transferId: 1, page: 0, records: [rec('I:first')] });
    await r.page({ groupId: 7, transferId: 2, page: 0, records: [rec('I:second')] });
    await expect(r.page({ groupId: 7, transferId: 1, page: 1, records: [applied(9, 9)], last: true })).rejects.toMatchObject({ code: ErrCode.INVALID_ARGUMENT });
    expect(await pair.secondary.position()).toEqual({ seq: 0, epoch: 0 });
    expect(await r.page({ groupId: 7, transferId: 2, page: 1, records: [applied(5, 2)], last: true })).toEqual({ seq: 5, epoch: 2 });
    expect(await pair.secondary.view.get('I:first')).toBeUndefined();
    expect(await pair.secondary.view.get('I:second')).toBeDefined();
  });

  it('abandons a transfer whose next page does not come in time; the space can close', async () => {
    const pair = await openPair();
    const r = receiverOf(pair, 20);
    const follower = pair.secondary.follower;
    await r.page({ groupId: 7, transferId: 1, page: 0, records: [rec('I:a')] });
    await until(() => pair.secondary.follower !== follower);
    await expect(r.page({ groupId: 7, transferId: 1, page: 1, records: [], last: true })).rejects.toMatchObject({ code: ErrCode.INVALID_ARGUMENT });
    expect(await pair.secondary.position()).toEqual({ seq: 0, epoch: 0 });
    await pair.secondary.close();
  });
});
