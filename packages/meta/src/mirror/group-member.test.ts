// A group member's primary guard: writes and the loss of the secondary only with the role in the
// current map and a lease for it (a paused former primary never marks the new one).
import { openMemoryStore } from '@hivefs/common';
import { ErrCode, hivefs, HiveError, LeaseHolder, Rpc, type MapView } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import type { StoreServices } from '../served-store.js';
import { quietLog } from '../testing/journal-link.js';
import { GroupMember, type MemberContext } from './group-member.js';

const N = hivefs.NodeType;
const C = hivefs.Consistency;

/** A map version `version` where group 7 has primary `primaryId` (nodes 1 and 2, both Good and Online). */
function mapOf(version: number, primaryId: number): hivefs.IClusterMap {
  const secondaryId = primaryId === 1 ? 2 : 1;
  return {
    version,
    groups: [{ groupId: 7, nodeType: N.META, primaryId, secondaryId }],
    targets: [1, 2].map((id) => ({ targetId: id, nodeId: id, nodeType: N.META, consistency: C.GOOD, reachability: hivefs.Reachability.ONLINE })),
  };
}

/** A view over a settable map whose mgmtd records setTargetState calls. */
function fakeView(map: hivefs.IClusterMap) {
  const cas: hivefs.ISetTargetStateReq[] = [];
  /** While set, mgmtd does not answer (each attempt calls it first). */
  const silence: { on?: () => void } = {};
  const view = {
    map,
    get version() { return Number(view.map.version); },
    target: (id: number, type: hivefs.NodeType) => view.map.targets!.find((t) => t.targetId === id && t.nodeType === type),
    mgmtd: {
      call: async (def: unknown, req: hivefs.ISetTargetStateReq) => {
        expect(def).toBe(Rpc.setTargetState);
        if (silence.on) {
          silence.on();
          throw new HiveError(ErrCode.UNREACHABLE, 'mgmtd is silent');
        }
        cas.push(req);
        return { mapVersion: Number(view.map.version) + 1 };
      },
    },
    refresh: async () => view.map,
  };
  return { view, cas, silence };
}

async function member(primaryId: number) {
  let now = 0;
  const lease = new LeaseHolder(() => now);
  const { view, cas, silence } = fakeView(mapOf(5, primaryId));
  const log = { ...quietLog, child: () => log } as unknown as MemberContext['log'];
  const c: MemberContext = {
    view: view as unknown as MapView, nodeId: 1, kv: openMemoryStore(), lease, log, compaction: { keepSeconds: 60, keepBytes: 1 << 20, hardCapBytes: 1 << 21 },
    compactEveryMs: 60_000, timeoutMs: 1000, cacheEntries: 16, services: {} as StoreServices,
  };
  const m = await GroupMember.open(c, view.map.groups![0]!);
  return { m, view, cas, silence, lease, tick: (ms: number) => (now += ms) };
}

const codeOf = async (p: Promise<unknown> | (() => unknown)): Promise<number | undefined> => {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    return e instanceof HiveError ? e.code : -1;
  }
  return undefined;
};

describe('GroupMember primary guard', () => {
  it('marks the secondary Needs-resync at mgmtd only while the map names it primary and its lease holds', async () => {
    const { m, view, cas, lease, tick } = await member(1);
    expect(m.space.role).toBe('primary');
    expect(await codeOf(() => m.guard())).toBe(ErrCode.NOT_PRIMARY); // no lease yet
    expect(await codeOf(m.loseSecondary(new Error('push failed')))).toBe(ErrCode.NOT_PRIMARY);
    expect(cas).toEqual([]);

    lease.grant(1000, 0, 5);
    m.guard();
    await m.loseSecondary(new Error('push failed'));
    expect(cas).toEqual([{ nodeType: N.META, targetId: 2, expected: C.GOOD, state: C.NEEDS_RESYNC }]);

    tick(1500); // paused past its lease: a former primary must not mark anybody
    expect(await codeOf(m.loseSecondary(new Error('push failed')))).toBe(ErrCode.NOT_PRIMARY);
    lease.grant(1000, 1500, 6); // a lease granted for a newer map counts only with that map
    expect(await codeOf(() => m.guard())).toBe(ErrCode.NOT_PRIMARY);
    view.map = mapOf(6, 2); // ... which names node 2 primary
    expect(await codeOf(m.loseSecondary(new Error('push failed')))).toBe(ErrCode.NOT_PRIMARY);
    expect(cas).toHaveLength(1);
    expect(await codeOf(() => m.store())).toBe(ErrCode.NOT_PRIMARY);
    await m.close();
  });

  it('gives a lost secondary up unmarked when its lease runs out while mgmtd is silent', async () => {
    const { m, cas, silence, lease, tick } = await member(1);
    lease.grant(1000, 0, 5);
    let attempts = 0;
    silence.on = () => void (++attempts === 2 && tick(1500)); // the second attempt comes after the lease
    expect(await codeOf(m.loseSecondary(new Error('push failed')))).toBe(ErrCode.NOT_PRIMARY);
    expect(attempts).toBe(2);
    expect(cas).toEqual([]);
    await m.close();
  });

  it('answers BUSY for the store until it opened, and demotes the space when the map names it secondary', async () => {
    const { m, view } = await member(1);
    expect(await codeOf(() => m.store())).toBe(ErrCode.BUSY); // primary, no lease: the store is not opened
    await m.follow(view.map.groups![0]!);
    expect(await codeOf(() => m.store())).toBe(ErrCode.BUSY);
    view.map = mapOf(6, 2);
    await m.follow(view.map.groups![0]!);
    expect(m.space.role).toBe('secondary');
    expect(m.position()).toEqual({ seq: 0, epoch: 0 });
    await m.close();
  });
});
