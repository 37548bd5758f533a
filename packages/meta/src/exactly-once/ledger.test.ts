import { openMemoryStore, type KvBatchOp, type KvStore } from '@hivefs/common';
import { ErrCode, HiveError, Rpc, hivefs } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import { Batch } from '../store/batch.js';
import { commitOp } from '../store/commit.js';
import { REPLY_PREFIX, replyKey } from '../store/keys.js';
import type { IndexedStore } from '../store/prefix-index.js';
import { DROPS_PER_REQUEST, ReplyLedger, isRecordedFailure, type TaggedOp } from './ledger.js';
import { decodeReply } from './record.js';

/** A KV that logs its batches and reads. */
function spied(inner: KvStore = openMemoryStore()) {
  const batches: KvBatchOp[][] = [];
  const gets: string[] = [];
  const kv: KvStore = Object.assign(Object.create(inner) as KvStore, {
    batch: (ops: KvBatchOp[]) => (batches.push([...ops]), inner.batch(ops)),
    get: (k: string) => (gets.push(k), inner.get(k)),
    keysWithPrefix: inner.keysWithPrefix.bind(inner),
  });
  return { kv, batches, gets };
}

const op = (ledger: ReplyLedger, requestId: number, doneBelow = 0, clientId = 9): TaggedOp => ({ ledger, clientId, requestId, doneBelow, rpc: Rpc.mkdir.reqType, recorded: false });

async function keysOf(kv: KvStore): Promise<string[]> {
  const out: string[] = [];
  for await (const [k] of kv.keysWithPrefix(REPLY_PREFIX)) out.push(k);
  return out;
}

describe('commitOp', () => {
  it('adds exactly one put, the reply record, to the batch of a tagged operation and indexes it after the commit', async () => {
    const { kv, batches } = spied();
    const ledger = await ReplyLedger.open(kv, () => 5000);
    const ctx = { kv, op: op(ledger, 0x10) } as unknown as Parameters<typeof commitOp>[0];
    const attr = { entryId: '1-2-3', type: hivefs.EntryType.DIRECTORY, mode: 0o755 };
    expect(await commitOp(ctx, new Batch().put('I:x', new Uint8Array([1])), attr)).toBe(attr);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.map((o) => [o.type, o.key])).toEqual([['put', 'I:x'], ['put', replyKey(9, 0x10)]]);
    expect(replyKey(9, 0x10)).toBe('R:00000009:0000000000000010');
    expect(ledger.has({ clientId: 9, requestId: 0x10 })).toBe(true);
    const r = await ledger.find({ clientId: 9, requestId: 0x10 });
    expect(r).toMatchObject({ rpc: Rpc.mkdir.reqType, atMs: 5000, handleId: 0, created: false, attr: { entryId: '1-2-3', mode: 0o755 } });
  });

  it('keeps a record whose commit failed after reaching the store findable, and forgets one that never got there', async () => {
    // a journaled batch: written locally, then its acknowledgement fails (lease lapsed, secondary loss not recorded)
    const inner = openMemoryStore();
    let writeThenFail = true;
    const kv: KvStore = Object.assign(Object.create(inner) as KvStore, {
      batch: async (ops: KvBatchOp[]) => {
        if (writeThenFail) await inner.batch(ops);
        throw new HiveError(ErrCode.NOT_PRIMARY, 'lease lapsed');
      },
      get: inner.get.bind(inner),
      keysWithPrefix: inner.keysWithPrefix.bind(inner),
    });
    const ledger = await ReplyLedger.open(kv, () => 5000);
    const attr = { entryId: '1-2-3', type: hivefs.EntryType.DIRECTORY, mode: 0o755 };
    const first = op(ledger, 0x20);
    await expect(commitOp({ kv, op: first } as unknown as Parameters<typeof commitOp>[0], new Batch().put('I:x', new Uint8Array([1])), attr)).rejects.toThrow('lease lapsed');
    expect(first.recorded).toBe(true);
    const again = op(ledger, 0x20);
    expect(ledger.has(again)).toBe(true);
    expect(await ledger.find(again)).toBeDefined();
    // the batch failed before reaching the store: the resend finds nothing and runs
    writeThenFail = false;
    const lost = op(ledger, 0x21);
    await expect(commitOp({ kv, op: lost } as unknown as Parameters<typeof commitOp>[0], new Batch().put('I:y', new Uint8Array([1])), attr)).rejects.toThrow('lease lapsed');
    expect(ledger.has(op(ledger, 0x21))).toBe(true);
    expect(await ledger.find(op(ledger, 0x21))).toBeUndefined();
    expect(ledger.has(op(ledger, 0x21))).toBe(false);
  });

  it('adds nothing to an untagged batch, skips an empty one, and records an operation once', async () => {
    const { kv, batches } = spied();
    const ledger = await ReplyLedger.open(kv);
    await commitOp({ kv } as never, new Batch().put('I:y', new Uint8Array([2])), undefined);
    await commitOp({ kv } as never, new Batch(), undefined);
    expect(batches.map((b) => b.map((o) => o.key))).toEqual([['I:y']]);
    const o = op(ledger, 1);
    await commitOp({ kv, op: o } as never, new Batch().put('I:a', new Uint8Array([1])), undefined);
    await commitOp({ kv, op: o } as never, new Batch().put('I:b', new Uint8Array([1])), undefined);
    expect(batches.slice(1).map((b) => b.map((o) => o.key))).toEqual([['I:a', replyKey(9, 1)], ['I:b']]);
  });

  it('stores an open result with its handle and whether it created the file', async () => {
    const { kv } = spied();
    const ledger = await ReplyLedger.open(kv);
    await commitOp({ kv, op: { ...op(ledger, 2), rpc: Rpc.create.reqType } } as never, new Batch(), { attr: { entryId: 'E-1-1' }, handleId: 77, created: true });
    expect(await ledger.find({ clientId: 9, requestId: 2 })).toMatchObject({ rpc: Rpc.create.reqType, handleId: 77, created: true, attr: { entryId: 'E-1-1' } });
  });
});

describe('ReplyLedger', () => {
  it('answers a miss from memory: no read of the store', async () => {
    const { kv, gets } = spied();
    const ledger = await ReplyLedger.open(kv);
    expect(ledger.has({ clientId: 1, requestId: 1 })).toBe(false);
    expect(await ledger.find({ clientId: 1, requestId: 1 })).toBeUndefined();
    expect(gets).toEqual([]);
  });

  it('loads its index from the store at open (records are durable)', async () => {
    const disk = openMemoryStore();
    const first = await ReplyLedger.open(disk, () => 1234);
    await commitOp({ kv: disk, op: op(first, 0xabcdef012345) } as never, new Batch(), undefined);
    const again = await ReplyLedger.open(disk);
    expect(again.has({ clientId: 9, requestId: 0xabcdef012345 })).toBe(true);
    expect(again.stats()).toMatchObject({ records: 1, clients: 1 });
    expect((await again.find({ clientId: 9, requestId: 0xabcdef012345 }))?.atMs).toBe(1234);
  });

  it('deletes the client\'s records below done_below in the same batch, at most DROPS_PER_REQUEST per request, never another client\'s', async () => {
    const { kv, batches } = spied();
    const ledger = await ReplyLedger.open(kv);
    for (let r = 1; r <= 40; r++) await commitOp({ kv, op: op(ledger, r) } as never, new Batch(), undefined);
    await commitOp({ kv, op: op(ledger, 5, 0, 10) } as never, new Batch(), undefined);
    batches.length = 0;
    await commitOp({ kv, op: op(ledger, 41, 41) } as never, new Batch().put('I:z', new Uint8Array([1])), undefined);
    expect(batches).toHaveLength(1);
    const dels = batches[0]!.filter((o) => o.type === 'del');
    expect(dels).toHaveLength(DROPS_PER_REQUEST);
    expect(ledger.stats()).toMatchObject({ records: 40 - DROPS_PER_REQUEST + 1 + 1, dropped: DROPS_PER_REQUEST });
    await commitOp({ kv, op: op(ledger, 42, 42) } as never, new Batch(), undefined);
    expect((await keysOf(kv)).sort()).toEqual([replyKey(10, 5), replyKey(9, 42)].sort()); // the next request drops the rest, 41 too
  });

  it('never drops the request\'s own record or records above its request id (done_below is clamped)', async () => {
    const { kv } = spied();
    const ledger = await ReplyLedger.open(kv);
    await commitOp({ kv, op: op(ledger, 7) } as never, new Batch(), undefined);
    await commitOp({ kv, op: op(ledger, 3, 3) } as never, new Batch(), undefined);
    expect((await keysOf(kv)).sort()).toEqual([replyKey(9, 3), replyKey(9, 7)]);
  });

  it('drops every record of reclaimed clients and those older than the span', async () => {
    let now = 1000;
    const { kv } = spied();
    const ledger = await ReplyLedger.open(kv, () => now);
    await commitOp({ kv, op: op(ledger, 1, 0, 1) } as never, new Batch(), undefined);
    await commitOp({ kv, op: op(ledger, 2, 0, 1) } as never, new Batch(), undefined);
    await commitOp({ kv, op: op(ledger, 1, 0, 2) } as never, new Batch(), undefined);
    now = 5000;
    await commitOp({ kv, op: op(ledger, 2, 0, 2) } as never, new Batch(), undefined);
    await commitOp({ kv, op: op(ledger, 1, 0, 3) } as never, new Batch(), undefined);
    expect(ledger.clients().sort()).toEqual([1, 2, 3]);
    expect(await ledger.dropClients([1])).toBe(2);
    expect(ledger.clients().sort()).toEqual([2, 3]);
    expect(await ledger.sweep(3000)).toBe(1); // client 2's request 1, stored at 1000
    expect((await keysOf(kv)).sort()).toEqual([replyKey(2, 2), replyKey(3, 1)]);
    expect(ledger.stats()).toMatchObject({ records: 2, swept: 3 });
  });

  it('records a failure the request would meet again in a batch of its own, and not transient or routing failures', async () => {
    const { kv } = spied();
    const ledger = await ReplyLedger.open(kv);
    await expect(ledger.run(op(ledger, 1), async () => { throw new HiveError(ErrCode.EXISTS, "mkdir: 'd' already exists"); })).rejects.toThrow('already exists');
    expect(await ledger.find({ clientId: 9, requestId: 1 })).toMatchObject({ error: { code: ErrCode.EXISTS, message: "mkdir: 'd' already exists" } });
    for (const [i, e] of [new HiveError(ErrCode.BUSY), new HiveError(ErrCode.STALE_MAP), new HiveError(ErrCode.SHUTTING_DOWN), new TypeError('bug')].entries()) {
      await expect(ledger.run(op(ledger, 10 + i), async () => { throw e; })).rejects.toBe(e);
      expect(ledger.has({ clientId: 9, requestId: 10 + i })).toBe(false);
    }
    expect(isRecordedFailure(new HiveError(ErrCode.NOT_FOUND))).toBe(true);
  });

  it('keeps a run known to duplicates until it settles', async () => {
    const ledger = await ReplyLedger.open(openMemoryStore());
    let release!: () => void;
    const p = ledger.run(op(ledger, 1), () => new Promise<void>((r) => (release = r)));
    expect(ledger.running({ clientId: 9, requestId: 1 })).toBe(p);
    release();
    await p;
    expect(ledger.running({ clientId: 9, requestId: 1 })).toBeUndefined();
  });

  it('decodes what it stores', () => {
    expect(decodeReply(hivefs.LedgerRecord.encode({ rpc: 5, atMs: 6, errorCode: 3001, errorMessage: 'x' }).finish())).toEqual({ rpc: 5, atMs: 6, handleId: 0, created: false, error: { code: 3001, message: 'x' } });
  });
});

describe('ReplyLedger over the daemon\'s memory layers', () => {
  it('keeps the reply of a request that wrote nothing else to disk (read-only open and close) in memory only, and drops such replies for free', async () => {
    const { openTestStore, ROOT } = await import('../testing/store-fixture.js');
    const t = await openTestStore();
    const ledger = t.store.ledger;
    const as = (requestId: number, doneBelow = 0) => t.store.forRequest({ ledger, clientId: 4, requestId, doneBelow, rpc: Rpc.open.reqType, recorded: false });
    const f = await as(1).create(ROOT, { parentId: 'root', name: 'f', mode: 0o644, flags: 0o100 | 2, clientId: 4, open: false });
    const onDisk = async () => (await keysOf(t.disk)).map((k) => parseInt(k.split(':')[2]!, 16));
    expect(await onDisk()).toEqual([1]);
    const o = await as(2).open(ROOT, f.attr.entryId!, 0, 4);
    await as(3).close({ entryId: f.attr.entryId!, handleId: o.handleId, clientId: 4, sizeHint: 0, mtime: undefined, chunkBlocks: [] });
    expect(await onDisk()).toEqual([1]);
    expect(ledger.has({ clientId: 4, requestId: 2 }) && ledger.has({ clientId: 4, requestId: 3 })).toBe(true);
    expect((await ledger.find({ clientId: 4, requestId: 2 }))?.handleId).toBe(o.handleId);
    // a read-only open with done_below 4 drops the memory-only replies 2 and 3 but not 1, which is on disk
    await as(4, 4).open(ROOT, f.attr.entryId!, 0, 4);
    expect(ledger.has({ clientId: 4, requestId: 1 })).toBe(true);
    expect(ledger.has({ clientId: 4, requestId: 2 }) || ledger.has({ clientId: 4, requestId: 3 })).toBe(false);
    // in memory only: the open's session and its reply (a clean close writes both out, a crash loses both)
    expect((t.kv as IndexedStore).volatileCount).toBe(2);
    const afterCrash = await ReplyLedger.open(t.disk);
    expect(afterCrash.stats().records).toBe(1);
  });
});
