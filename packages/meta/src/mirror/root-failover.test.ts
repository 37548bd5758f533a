// Two group members wired through their RPC paths in process: the primary holding the root
// crashes in the middle of --mirrormd's move, the other member is promoted and answers BUSY for
// the root while the holder is Offline; once the holder is back as secondary, the new primary
// pulls the rest (Rpc.rootHandOver), serves the root, and the holder deletes its own copy after
// the resync brought the root inode into its group space.
import { ErrCode, groupOwner, hivefs, HiveError, LeaseHolder, Rpc, type AnyRpcDef, type MapView } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import { entryFromMessage } from '../journal/index.js';
import { StripeChooser } from '../layout/stripe-chooser.js';
import type { StoreServices } from '../served-store.js';
import { inodeKey } from '../store/keys.js';
import { O_CREAT, O_RDWR } from '../store/open-flags.js';
import { FakeChunkService } from '../testing/fake-chunks.js';
import { quietLog } from '../testing/journal-link.js';
import { mapWithTargets, openTestStore, ROOT, type TestStore } from '../testing/store-fixture.js';
import { GroupMember, type MemberContext } from './group-member.js';
import { copyRootInto, MOVE_BATCH, ownRootSource, rootMovedOut, type RootSource } from './root-move.js';

const N = hivefs.NodeType;
const C = hivefs.Consistency;
const R = hivefs.Reachability;
const log = { ...quietLog, child: () => log } as unknown as MemberContext['log'];

/** The cluster: one map (group 7 of meta nodes 1 and 2, named for the root moved off node 1), members reached by id. */
class Cluster {
  readonly members = new Map<number, GroupMember>();
  readonly down = new Set<number>();
  readonly handOvers: string[] = [];
  map: hivefs.IClusterMap;

  constructor() {
    this.map = this.mapOf(5, 1, { 1: [C.GOOD, R.ONLINE], 2: [C.GOOD, R.ONLINE] });
  }

  mapOf(version: number, primaryId: number, states: Record<number, [hivefs.Consistency, hivefs.Reachability]>): hivefs.IClusterMap {
    return {
      version, rootNodeId: 1, rootGroupId: 7,
      groups: [{ groupId: 7, nodeType: N.META, primaryId, secondaryId: primaryId === 1 ? 2 : 1 }],
      targets: [...(mapWithTargets([101, 102]).targets ?? []),
        ...[1, 2].map((id) => ({ targetId: id, nodeId: id, nodeType: N.META, consistency: states[id]![0], reachability: states[id]![1] }))],
    };
  }

  /** What a node's MapView offers a member: the map, targets, mgmtd (compare-and-swap of states) and peers. */
  view(): MapView {
    const cluster = this;
    const v = {
      get map() { return cluster.map; },
      get version() { return Number(cluster.map.version); },
      target: (id: number, type: hivefs.NodeType) => cluster.map.targets!.find((t) => t.targetId === id && t.nodeType === type),
      refresh: async () => cluster.map,
      mgmtd: {
        call: async (_def: unknown, req: hivefs.ISetTargetStateReq) => {
          const t = v.target(req.targetId!, req.nodeType!)!;
          if (t.consistency !== req.expected) throw new HiveError(ErrCode.STATE_MISMATCH, `state is ${String(t.consistency)}`);
          t.consistency = req.state!;
          return { mapVersion: v.version };
        },
      },
      nodeClient: (_type: hivefs.NodeType, id: number) => ({ call: (def: AnyRpcDef, req: unknown) => cluster.serve(id, def, req) }),
    };
    return v as unknown as MapView;
  }

  /** Node `id` answers `def` (requests and answers through their codecs, as on the wire). */
  private async serve(id: number, def: AnyRpcDef, req: unknown): Promise<unknown> {
    const m = this.members.get(id);
    if (!m || this.down.has(id)) throw new HiveError(ErrCode.UNREACHABLE, `meta node ${id} is down`);
    const wire = <T>(codec: { encode(x: T): { finish(): Uint8Array }; decode(b: Uint8Array): T }, x: T): T => codec.decode(codec.encode(x).finish());
    const r = wire(def.Req as never, req as never) as Record<string, never>;
    const answer = async (): Promise<unknown> => {
      switch (def) {
        case Rpc.journalPush: {
          const a = await m.push((r.entries as unknown as hivefs.IJournalEntry[]).map(entryFromMessage));
          return { status: { applied: 0, duplicate: 1, gap: 2 }[a.status], appliedSeq: a.applied };
        }
        case Rpc.journalPosition: return m.position();
        case Rpc.rootHandOver:
          this.handOvers.push(r.after);
          return m.rootHandOver(r.after);
        default: throw new HiveError(ErrCode.BAD_MESSAGE, `not served here: ${def.name}`);
      }
    };
    return wire(def.Resp as never, (await answer()) as never);
  }

  /** Opens node `id`'s member over `own` (its store, where its own space lives), its lease granted for the current map. */
  async open(id: number, own: TestStore, lease = new LeaseHolder()): Promise<{ m: GroupMember; lease: LeaseHolder }> {
    const view = this.view();
    const chooser = new StripeChooser({ mode: 'roundrobin', map: () => this.map });
    const services = {
      view, chunks: new FakeChunkService(), chooseTargets: (p: Parameters<StripeChooser['choose']>[0]) => chooser.choose(p), ledgerMaxAgeMs: 60_000, reclaimGraceMs: 60_000, startRecoveryMs: 200, log,
    } as unknown as StoreServices; // no peers: nothing here crosses meta nodes
    const c: MemberContext = {
      view, nodeId: id, kv: own.kv, lease, log, compaction: { keepSeconds: 600, keepBytes: 1 << 24, hardCapBytes: 1 << 25 },
      compactEveryMs: 60_000, timeoutMs: 1000, cacheEntries: 64, services,
    };
    const m = await GroupMember.open(c, this.map.groups![0]!);
    this.members.set(id, m);
    return { m, lease };
  }

  /** A new map version; `lease` (the primary's) granted for it. */
  next(primaryId: number, states: Record<number, [hivefs.Consistency, hivefs.Reachability]>, lease?: LeaseHolder): void {
    this.map = this.mapOf(Number(this.map.version) + 1, primaryId, states);
    lease?.grant(60_000, performance.now(), Number(this.map.version));
  }
}

const codeOf = (f: () => unknown): number | undefined => {
  try {
    f();
  } catch (e) {
    return e instanceof HiveError ? e.code : -1;
  }
  return undefined;
};

async function until(what: string, cond: () => Promise<boolean> | boolean, ms = 10_000): Promise<void> {
  const end = performance.now() + ms;
  while (!(await cond())) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setImmediate(r));
  }
}

describe('a --mirrormd root move cut short by a failover', () => {
  it('is finished by the new primary once the holder is back as secondary; the holder then drops its copy', async () => {
    const cluster = new Cluster();
    const n = MOVE_BATCH + 10;
    const own1 = await openTestStore({ nodeId: 1 }); // node 1 holds the root in its own space
    for (let i = 0; i < n; i++) await own1.store.create(ROOT, { parentId: 'root', name: `f${i}`, mode: 0o644, flags: O_CREAT | O_RDWR, clientId: 3, open: false });
    const own2 = await openTestStore({ nodeId: 2 });
    const one = await cluster.open(1, own1);
    const two = await cluster.open(2, own2);
    await two.m.follow(cluster.map.groups![0]!);

    // node 1, primary, moves the root; its first batch reaches node 2, then it crashes
    one.lease.grant(60_000, performance.now(), 5);
    let pages = 0;
    const crashing: RootSource = { page: (after) => (++pages === 2 ? Promise.reject(new Error('crash')) : ownRootSource(own1.kv).page(after)) };
    await expect(copyRootInto(one.m.space.kv, crashing, groupOwner(7))).rejects.toThrow('crash');
    await one.m.close();
    cluster.members.delete(1);
    expect(await two.m.space.view.get('D:root:f0')).toBeDefined();

    // mgmtd promotes node 2; node 1 is Offline: the root stays BUSY, nobody is asked
    cluster.next(2, { 1: [C.NEEDS_RESYNC, R.OFFLINE], 2: [C.GOOD, R.ONLINE] }, two.lease);
    await two.m.follow(cluster.map.groups![0]!);
    expect(codeOf(() => two.m.store())).toBeUndefined();
    expect(codeOf(() => two.m.rootStore())).toBe(ErrCode.BUSY);
    expect(cluster.handOvers).toEqual([]);

    // node 1 comes back as secondary (its own space still holds the root) and keeps it for now
    const back = await cluster.open(1, own1);
    cluster.next(2, { 1: [C.NEEDS_RESYNC, R.ONLINE], 2: [C.GOOD, R.ONLINE] }, two.lease);
    await back.m.follow(cluster.map.groups![0]!);
    expect(back.m.space.role).toBe('secondary');
    expect(await own1.kv.get(inodeKey('root'))).toBeDefined();

    // node 2 pulls the root from node 1, serves it, and resyncs node 1
    await two.m.follow(cluster.map.groups![0]!);
    expect(cluster.handOvers.length).toBe(2); // two pages, the second with the inode
    const root = two.m.rootStore();
    expect((await root.readdir(ROOT, 'root', { after: '', limit: n + 1, withAttrs: false })).entries).toHaveLength(n);
    await root.mkdir(ROOT, 'root', 'after-failover', 0o755);
    await until('node 1 resynced', () => cluster.map.targets!.find((t) => t.targetId === 1 && t.nodeType === N.META)!.consistency === C.GOOD);
    await until('node 1 applied the root inode', async () => (await back.m.space.view.get(inodeKey('root'))) !== undefined);

    await back.m.follow(cluster.map.groups![0]!); // its group space holds the root: its own copy goes
    expect(await own1.kv.get(inodeKey('root'))).toBeUndefined();
    expect(await rootMovedOut(own1.kv)).toBe(true);
    expect((await root.readdir(ROOT, 'root', { after: '', limit: n + 2, withAttrs: false })).entries).toHaveLength(n + 1);
    await back.m.follow(cluster.map.groups![0]!);
    await two.m.follow(cluster.map.groups![0]!);
    expect(cluster.handOvers.length).toBe(2); // nobody asks again

    for (const m of [back.m, two.m]) await m.close();
    own1.store.stopDisposals();
    own2.store.stopDisposals();
  });
});
