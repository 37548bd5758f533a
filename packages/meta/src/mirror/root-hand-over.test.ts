// The root's move finished by the other member after a failover cut it short: the new primary
// pulls the holder's own-space records (as they travel in Rpc.rootHandOver) into the group space,
// never over a root already there; the holder clears its copy only once its group space holds
// the root inode; malformed pages and cursors are refused with BAD_MESSAGE.
import { cachedStore, type KvStore } from '@hivefs/common';
import { ErrCode, groupOwner, hivefs, HiveError } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import { StripeChooser } from '../layout/stripe-chooser.js';
import { MetaStore } from '../store/meta-store.js';
import { encodeInode } from '../store/codec.js';
import { dentryPrefix, inodeKey } from '../store/keys.js';
import { O_CREAT, O_RDWR } from '../store/open-flags.js';
import { FakeChunkService } from '../testing/fake-chunks.js';
import { dumpGroup, hooksOver, Link, openPair, quietLog, seededRandom, type Pair } from '../testing/journal-link.js';
import { mapWithTargets, openTestStore, ROOT } from '../testing/store-fixture.js';
import { clearHandedOverRoot, handOverPage, rootPageFromMessage } from './root-hand-over.js';
import { copyRootInto, MOVE_BATCH, ownRootSource, rootMovedOut, type RootSource } from './root-move.js';

const OWNER = groupOwner(7);

/** The holder `own` as the primary sees it over the wire: each page encoded, decoded and checked. */
function wireSource(own: KvStore): RootSource {
  return {
    async page(after) {
      const m = hivefs.RootHandOverResp.decode(hivefs.RootHandOverResp.encode(await handOverPage(own, after)).finish());
      return rootPageFromMessage(m, after);
    },
  };
}

/** `source` that fails (a crash) when asked for page `failAt` (0-based). */
function cutShort(source: RootSource, failAt: number): RootSource {
  let n = 0;
  return { page: (after) => (n++ === failAt ? Promise.reject(new Error('the primary crashed')) : source.page(after)) };
}

/** The failover: the secondary space on b becomes primary (shipping to a), the primary on a secondary. */
async function failover(pair: Pair): Promise<void> {
  await pair.primary.demote();
  const link = new Link(() => pair.primary, seededRandom(2));
  await pair.secondary.promote(hooksOver(link));
}

/** A root on node 1 with `n` files and an xattr, and the pair of group 7 on node 1 (a) and node 2 (b). */
async function holderWithRoot(n: number) {
  const own = await openTestStore({ nodeId: 1 });
  for (let i = 0; i < n; i++) {
    await own.store.create(ROOT, { parentId: 'root', name: `f${String(i).padStart(4, '0')}`, mode: 0o644, flags: O_CREAT | O_RDWR, clientId: 3, open: false });
  }
  await own.store.setXattr(ROOT, 'root', 'user.k', Buffer.from('v'), 0);
  const pair = await openPair({ a: own.kv, groupId: 7 });
  return { own, pair };
}

async function groupStoreOver(kv: KvStore): Promise<MetaStore> {
  const map = mapWithTargets([101, 102, 201, 202]);
  const chooser = new StripeChooser({ mode: 'roundrobin', map: () => map });
  return MetaStore.open({ kv: cachedStore(kv), nodeId: OWNER, chunks: new FakeChunkService(), chooseTargets: (p) => chooser.choose(p), log: quietLog });
}

async function keysOf(kv: KvStore, prefix: string): Promise<string[]> {
  const out: string[] = [];
  for await (const [k] of kv.keysWithPrefix(prefix)) out.push(k);
  return out;
}

const codeOf = async (f: () => unknown): Promise<number | undefined> => {
  try {
    await f();
  } catch (e) {
    return e instanceof HiveError ? e.code : -1;
  }
  return undefined;
};

describe('the root hand-over after a move cut short', () => {
  it('is finished by the new primary from the holder back as secondary, which clears its copy only once its group space holds the inode', async () => {
    const n = MOVE_BATCH + 40; // two pages of entries
    const { own, pair } = await holderWithRoot(n);
    // node 1, primary, moves the root and crashes after its first batch
    await expect(copyRootInto(pair.primary.kv, cutShort(ownRootSource(own.kv), 1), OWNER)).rejects.toThrow('crashed');
    expect((await keysOf(pair.secondary.view, dentryPrefix('root'))).length).toBe(MOVE_BATCH);
    expect(await pair.secondary.view.get(inodeKey('root'))).toBeUndefined(); // the new primary's space: no root inode
    await failover(pair); // node 2 primary, node 1 back as secondary with the root in its own space

    // the holder keeps its copy while its group space lacks the inode
    expect(await clearHandedOverRoot(own.kv, pair.primary.view, OWNER)).toBe(0);
    expect(await own.kv.get(inodeKey('root'))).toBeDefined();

    const r = await copyRootInto(pair.secondary.kv, wireSource(own.kv), OWNER); // node 2 pulls it
    expect(r).toEqual({ done: true, copied: n + 2 }); // entries, the xattr, the inode
    expect(await dumpGroup(pair.a, 7)).toEqual(await dumpGroup(pair.b, 7)); // journaled to node 1
    expect(await clearHandedOverRoot(own.kv, pair.primary.view, OWNER)).toBe(n + 2);
    expect(await own.kv.get(inodeKey('root'))).toBeUndefined();
    expect(await keysOf(own.kv, dentryPrefix('root'))).toEqual([]);
    expect(await rootMovedOut(own.kv)).toBe(true);
    expect(await clearHandedOverRoot(own.kv, pair.primary.view, OWNER)).toBe(0);

    const group = await groupStoreOver(pair.secondary.kv);
    expect((await group.getAttr('root')).ownerNodeId).toBe(OWNER);
    expect(Buffer.from(await group.getXattr(ROOT, 'root', 'user.k')).toString()).toBe('v');
    const names = (await group.readdir(ROOT, 'root', { after: '', limit: n + 10, withAttrs: false })).entries.map((e) => e.name);
    expect(names).toHaveLength(n);
    expect(names.at(-1)).toBe(`f${String(n - 1).padStart(4, '0')}`);
    group.stopDisposals();
    own.store.stopDisposals();
    await pair.primary.close();
    await pair.secondary.close();
  });

  it('never writes over a root the group space holds already, nor after one appeared between pages', async () => {
    const { own, pair } = await holderWithRoot(MOVE_BATCH + 1);
    const r = await copyRootInto(pair.primary.kv, ownRootSource(own.kv), OWNER); // done, own copy not cleared yet
    expect(r.done).toBe(true);
    const group = await groupStoreOver(pair.primary.kv);
    await group.mkdir(ROOT, 'root', 'newer', 0o755); // the group's root moves on
    await group.setXattr(ROOT, 'root', 'user.k', Buffer.from('newer'), 0);
    const before = await dumpGroup(pair.a, 7);
    expect(await copyRootInto(pair.primary.kv, wireSource(own.kv), OWNER)).toEqual({ done: true, copied: 0 });
    expect(await dumpGroup(pair.a, 7)).toEqual(before);
    expect(Buffer.from(await group.getXattr(ROOT, 'root', 'user.k')).toString()).toBe('newer');
    group.stopDisposals();

    // a root inode that shows up while the pages are fetched stops the copy before the next page
    const other = await openPair({ groupId: 7 });
    const inode = (await own.kv.get(inodeKey('root')))!;
    let pages = 0;
    const racing: RootSource = {
      async page(after) {
        if (++pages === 2) await other.primary.kv.put(inodeKey('root'), inode);
        return wireSource(own.kv).page(after);
      },
    };
    expect(await copyRootInto(other.primary.kv, racing, OWNER)).toEqual({ done: true, copied: MOVE_BATCH });
    expect(pages).toBe(2);
    expect((await keysOf(other.primary.view, dentryPrefix('root'))).length).toBe(MOVE_BATCH); // the second page was not written
    own.store.stopDisposals();
    for (const p of [pair, other]) {
      await p.primary.close();
      await p.secondary.close();
    }
  });

  it('copies nothing from a holder without a root (NOT_FOUND), and the holder refuses malformed cursors with BAD_MESSAGE', async () => {
    const { own, pair } = await holderWithRoot(1);
    for (const after of ['I:root', 'S:root:000000000001', 'D:other:x', 'D:root:', 'X:root', 'D:rootx:a']) {
      expect(await codeOf(() => handOverPage(own.kv, after)), after).toBe(ErrCode.BAD_MESSAGE);
    }
    const last = await handOverPage(own.kv, 'X:root:user.k'); // after everything: the last page, the inode
    expect(last.records).toEqual([]);
    expect(last.last).toBe(true);
    expect(last.inode).toEqual(await own.kv.get(inodeKey('root')));
    await clearHandedOverRoot(own.kv, own.kv, OWNER); // (its "group space" holds a root: cleared)
    expect(await codeOf(() => handOverPage(own.kv, ''))).toBe(ErrCode.NOT_FOUND);
    expect(await copyRootInto(pair.primary.kv, { page: async () => ({ records: [], last: true }) }, OWNER)).toEqual({ done: false });
    own.store.stopDisposals();
    await pair.primary.close();
    await pair.secondary.close();
  });

  it('refuses malformed pages with BAD_MESSAGE', async () => {
    const own = await openTestStore({ nodeId: 1 });
    const dir = (await own.kv.get(inodeKey('root')))!;
    const file = encodeInode({ ...(await own.store.getAttr('root')), type: hivefs.EntryType.REGULAR } as Parameters<typeof encodeInode>[0]);
    const v = Buffer.from('x');
    const bad: [string, hivefs.IRootHandOverResp, string?][] = [
      ['a delete', { records: [{ key: 'D:root:a', del: true }] }],
      ['the inode as a record', { records: [{ key: 'I:root', value: dir }] }],
      ['another directory', { records: [{ key: 'D:other:a', value: v }] }],
      ['a session', { records: [{ key: 'S:root:000000000001', value: v }] }],
      ['a bare prefix', { records: [{ key: 'D:root:', value: v }] }],
      ['out of order', { records: [{ key: 'D:root:b', value: v }, { key: 'D:root:a', value: v }] }],
      ['not after the cursor', { records: [{ key: 'D:root:a', value: v }] }, 'D:root:a'],
      ['too many', { records: Array.from({ length: MOVE_BATCH + 1 }, (_, i) => ({ key: `D:root:${String(i).padStart(4, '0')}`, value: v })) }],
      ['an empty page that is not the last', { records: [] }],
      ['no inode on the last page', { records: [], last: true }],
      ['an undecodable inode', { last: true, inode: Buffer.from([0xff, 0xff, 0xff]) }],
      ['a file as the root', { last: true, inode: file }],
    ];
    for (const [what, m, after] of bad) {
      expect(await codeOf(() => rootPageFromMessage(hivefs.RootHandOverResp.decode(hivefs.RootHandOverResp.encode(m).finish()), after ?? '')), what).toBe(ErrCode.BAD_MESSAGE);
    }
    expect(rootPageFromMessage({ records: [{ key: 'D:root:a', value: v }, { key: 'X:root:user.k', value: v }], last: true, inode: dir }, '')).toEqual({
      records: [['D:root:a', v], ['X:root:user.k', v]], last: true, inode: dir,
    });
    own.store.stopDisposals();
  });
});
