// Session reclaim over the in-memory store with a fake cluster map and a manual clock.
import { ErrCode } from '@hivefs/protocol';
import { waitFor } from '@hivefs/common/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { SessionReclaimer, reclaimIntervalMs, type ClientDirectory } from './session-reclaimer.js';
import { openTestStore, ROOT, type TestStore } from './testing/store-fixture.js';

const O_RDONLY = 0;
const O_RDWR = 2;
const O_CREAT = 0o100;
const GRACE = 30_000;

/** A cluster map under test control: the clients it lists, whether mgmtd answers, how often it was asked. */
class FakeMap implements ClientDirectory {
  clients = new Set<number>();
  /** What the cached map lists (undefined: no map yet). */
  cachedClients: Set<number> | undefined = new Set();
  reachable = true;
  fetches = 0;
  cached(): ReadonlySet<number> | undefined {
    return this.cachedClients;
  }
  async fresh(): Promise<ReadonlySet<number>> {
    this.fetches += 1;
    if (!this.reachable) throw new Error('mgmtd unreachable');
    this.cachedClients = new Set(this.clients);
    return this.cachedClients;
  }
}

/** Log lines as [level, fields, msg]. */
type Line = [string, Record<string, unknown>, string | undefined];

let t: TestStore;
let map: FakeMap;
let now: number;
let lines: Line[];
let reclaimer: SessionReclaimer;

beforeEach(async () => {
  t = await openTestStore();
  map = new FakeMap();
  now = 1000;
  lines = [];
  const rec = (level: string) => (obj: object, msg?: string) => void lines.push([level, obj as Record<string, unknown>, msg]);
  const log = { debug: rec('debug'), info: rec('info'), warn: rec('warn'), error: rec('error') };
  reclaimer = new SessionReclaimer({ sessions: t.store, clients: map, graceMs: GRACE, log, now: () => now });
});

/** Creates `name` in the root and opens it for `clientId`; returns entry and handle ids. */
async function openFile(name: string, clientId: number, flags = O_RDWR): Promise<{ id: string; handleId: number }> {
  const r = await t.store.create(ROOT, { parentId: 'root', name, mode: 0o644, flags: O_CREAT | flags, clientId, open: true });
  return { id: r.attr.entryId!, handleId: r.handleId };
}

const counts = async (): Promise<Record<number, number>> => Object.fromEntries(await t.store.sessionCounts());
const reclaimLogs = (): Line[] => lines.filter(([, o]) => 'sessions' in o);

describe('SessionReclaimer', () => {
  it('closes the sessions of a client missing from the map for the grace period, and not before', async () => {
    const a = await openFile('a', 5);
    await t.store.open(ROOT, a.id, O_RDONLY, 5);
    await openFile('c', 6);
    map.clients = new Set([6]);
    expect(await reclaimer.check()).toEqual([]);
    expect(await t.store.getAttr(a.id)).toMatchObject({ openWriters: 1 });
    now += GRACE - 1;
    expect(await reclaimer.check()).toEqual([]);
    expect(await counts()).toEqual({ 5: 2, 6: 1 });
    now += 1;
    expect(await reclaimer.check()).toEqual([5]);
    expect(await counts()).toEqual({ 6: 1 });
    expect(await t.store.getAttr(a.id)).toMatchObject({ openWriters: 0, nlink: 1 });
    expect(reclaimLogs()).toEqual([['info', expect.objectContaining({ clientId: 5, sessions: 2 }), expect.stringContaining('client 5')]]);
    await expect(t.store.close({ entryId: a.id, handleId: a.handleId, clientId: 5, sizeHint: 0 })).rejects.toMatchObject({ code: ErrCode.BAD_HANDLE });
  });

  it('keeps the sessions of a client that comes back within the grace period', async () => {
    await openFile('a', 5);
    expect(await reclaimer.check()).toEqual([]);
    now += GRACE - 1;
    map.clients = new Set([5]);
    expect(await reclaimer.check()).toEqual([]);
    map.clients = new Set();
    map.cachedClients = new Set();
    now += 2;
    expect(await reclaimer.check()).toEqual([]);
    now += GRACE - 1;
    expect(await reclaimer.check()).toEqual([]);
    expect(await counts()).toEqual({ 5: 1 });
    now += 1;
    expect(await reclaimer.check()).toEqual([5]);
    expect(await counts()).toEqual({});
  });

  it('forgets when a client went missing once it is back in the cached map, so a later short blip closes nothing', async () => {
    await openFile('a', 5);
    map.cachedClients = new Set();
    expect(await reclaimer.check()).toEqual([]); // missing from a fresh map: the grace period starts
    now += 1000;
    map.clients = new Set([5]);
    map.cachedClients = new Set([5]); // back in the map the meta node already has: no fetch needed
    const fetches = map.fetches;
    expect(await reclaimer.check()).toEqual([]);
    expect(map.fetches).toBe(fetches);
    now += 10 * GRACE; // alive for a long time
    map.clients = new Set();
    map.cachedClients = new Set(); // a short blip: one heartbeat late
    expect(await reclaimer.check()).toEqual([]);
    now += 1;
    expect(await reclaimer.check()).toEqual([]);
    expect(await counts()).toEqual({ 5: 1 });
    expect(reclaimLogs()).toEqual([]);
    // The blip, had it lasted, would be counted from its own start.
    now += GRACE - 2;
    expect(await reclaimer.check()).toEqual([]);
    now += 1;
    expect(await reclaimer.check()).toEqual([5]);
  });

  it('removes an unlinked file with its chunks when its last session is reclaimed', async () => {
    const gone = await openFile('gone', 5);
    const shared = await openFile('shared', 5);
    const live = await t.store.open(ROOT, shared.id, O_RDONLY, 6);
    await t.store.unlink(ROOT, 'root', 'gone');
    await t.store.unlink(ROOT, 'root', 'shared');
    map.clients = new Set([6]);
    await reclaimer.check();
    now += GRACE;
    expect(await reclaimer.check()).toEqual([5]);
    await expect(t.store.getAttr(gone.id)).rejects.toMatchObject({ code: ErrCode.NOT_FOUND });
    await t.store.disposalsIdle(); // chunk removal runs in the background
    expect(t.chunks.unlinks.filter((u) => u.entryId === gone.id).map((u) => u.targetId).sort()).toEqual([101, 102]);
    expect(await t.store.getAttr(shared.id)).toMatchObject({ nlink: 0 });
    await t.store.disposalsIdle(); // chunk removal runs in the background
    expect(t.chunks.unlinks.filter((u) => u.entryId === shared.id)).toEqual([]);
    await t.store.close({ entryId: shared.id, handleId: live.handleId, clientId: 6, sizeHint: 0 });
    await t.store.disposalsIdle(); // chunk removal runs in the background
    expect(t.chunks.unlinks.filter((u) => u.entryId === shared.id)).toHaveLength(2);
  });

  it('reclaims nothing without a fresh map, says so once, and starts the grace period when maps come back', async () => {
    await openFile('a', 5);
    map.cachedClients = undefined;
    map.reachable = false;
    for (let i = 0; i < 3; i++) {
      expect(await reclaimer.check()).toEqual([]);
      now += GRACE;
    }
    expect(map.fetches).toBe(3);
    expect(await counts()).toEqual({ 5: 1 });
    expect(lines.filter(([level]) => level === 'warn')).toHaveLength(1);
    map.reachable = true;
    expect(await reclaimer.check()).toEqual([]);
    expect(lines.filter(([, , msg]) => msg?.includes('available again'))).toHaveLength(1);
    now += GRACE - 1;
    map.reachable = false;
    expect(await reclaimer.check()).toEqual([]);
    now += 1;
    expect(await reclaimer.check()).toEqual([]);
    map.reachable = true;
    expect(await reclaimer.check()).toEqual([5]);
    expect(await counts()).toEqual({});
  });

  it('asks mgmtd only about clients missing from the cached map and never reclaims client id 0', async () => {
    await openFile('a', 5);
    await openFile('b', 0);
    map.cachedClients = new Set([5]);
    now += 10 * GRACE;
    expect(await reclaimer.check()).toEqual([]);
    expect(map.fetches).toBe(0);
    expect(await counts()).toEqual({ 0: 1, 5: 1 });
  });

  it('runs its checks on a timer', async () => {
    await openFile('a', 5);
    const timed = new SessionReclaimer({ sessions: t.store, clients: map, graceMs: 0, intervalMs: 5, log: { debug() {}, info() {}, warn() {}, error() {} } });
    timed.start();
    try {
      await waitFor(async () => (await t.store.sessionCounts()).size === 0, { what: 'the timer to reclaim client 5' });
    } finally {
      await timed.stop();
    }
  });

  it('counts the data a dead writer got onto storage but never reported in the file size', async () => {
    const a = await openFile('dead-writer', 7);
    const ids = (await t.store.getAttr(a.id)).pattern!.ids!;
    // The client wrote 1.5 chunks to the first target's chunk file, then died without a close.
    t.chunks.setLength(a.id, ids[0]!, 512 * 1024 + 100);
    map.clients = new Set();
    expect(await reclaimer.check()).toEqual([]);
    // While the writer is listed as open, stat shows the size its chunks imply.
    expect((await t.store.getAttr(a.id)).size).toBe(ids.length * 512 * 1024 + 100);
    now += GRACE;
    expect(await reclaimer.check()).toEqual([7]);
    const attr = await t.store.getAttr(a.id);
    expect(attr.openWriters).toBe(0);
    // stripe 0 full (512 KiB) + 100 bytes of stripe ids.length (the target's second chunk)
    expect(attr.size).toBe(ids.length * 512 * 1024 + 100);
  });

  it('checks every half grace period, between 0.25 and 5 seconds', () => {
    expect(reclaimIntervalMs(1000)).toBe(500);
    expect(reclaimIntervalMs(300)).toBe(250);
    expect(reclaimIntervalMs(30_000)).toBe(5000);
  });
});

describe('SessionReclaimer and stored replies', () => {
  it('drops every stored reply of a reclaimed client, also of one with replies but no open sessions', async () => {
    const ledger = t.store.ledger;
    reclaimer = new SessionReclaimer({ sessions: t.store, replies: ledger, clients: map, graceMs: GRACE, log: { debug() {}, info() {}, warn() {}, error() {} }, now: () => now });
    const tagged = (clientId: number, requestId: number) => t.store.forRequest({ ledger, clientId, requestId, doneBelow: 0, rpc: 2006, recorded: false });
    await tagged(8, 1).mkdir(ROOT, 'root', 'a', 0o755);
    await tagged(8, 2).mkdir(ROOT, 'root', 'b', 0o755);
    await tagged(9, 1).mkdir(ROOT, 'root', 'c', 0o755);
    map.clients = new Set([9]);
    map.cachedClients = new Set([9]);
    expect(await reclaimer.check()).toEqual([]);
    now += GRACE;
    expect(await reclaimer.check()).toEqual([8]);
    expect(ledger.clients()).toEqual([9]);
    expect(ledger.stats()).toMatchObject({ records: 1, swept: 2 });
  });
});
