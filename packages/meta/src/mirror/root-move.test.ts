// The root's move into a meta buddy group space (--mirrormd): what moves, what stays, idempotence,
// the group store serving it, and entry ids of a group owner.
import { cachedStore } from '@hivefs/common';
import { groupOwner, ownerNodeOf } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import { StripeChooser } from '../layout/stripe-chooser.js';
import { MetaStore } from '../store/meta-store.js';
import { EntryIdAllocator } from '../store/ids.js';
import { dentryPrefix, inodeKey } from '../store/keys.js';
import { O_CREAT, O_RDWR } from '../store/open-flags.js';
import { FakeChunkService } from '../testing/fake-chunks.js';
import { dumpGroup, openPair, quietLog } from '../testing/journal-link.js';
import { mapWithTargets, openTestStore, ROOT } from '../testing/store-fixture.js';
import { moveRootIntoGroup, rootMovedOut } from './root-move.js';

const log = { ...quietLog, child: () => log } as unknown as Parameters<typeof moveRootIntoGroup>[3];

describe('moving the root into a meta buddy group space', () => {
  it('moves the root inode, its entries and xattrs (not what they name), idempotently; the group store serves it', async () => {
    const own = await openTestStore({ nodeId: 1 });
    const a = await own.store.mkdir(ROOT, 'root', 'a', 0o755);
    const f = await own.store.create(ROOT, { parentId: 'root', name: 'f', mode: 0o644, flags: O_CREAT | O_RDWR, clientId: 3, open: false });
    await own.store.setXattr(ROOT, 'root', 'user.k', Buffer.from('v'), 0);
    const pair = await openPair({ a: own.kv, groupId: 7 }); // the node keeps its own namespace and the group space in one store

    const r = await moveRootIntoGroup(own.kv, pair.primary.kv, groupOwner(7), log);
    expect(r).toEqual({ done: true, copied: 4, cleared: 4 });
    expect(await own.kv.get(inodeKey('root'))).toBeUndefined();
    expect(await rootMovedOut(own.kv)).toBe(true);
    const left = [];
    for await (const [k] of own.kv.keysWithPrefix(dentryPrefix('root'))) left.push(k);
    expect(left).toEqual([]);
    expect(await own.kv.get(inodeKey(a.entryId!))).toBeDefined(); // the directory below stays on the node
    expect(await moveRootIntoGroup(own.kv, pair.primary.kv, groupOwner(7), log)).toEqual({ done: true, copied: 0, cleared: 0 });
    expect(await dumpGroup(pair.b, 7)).toEqual(await dumpGroup(pair.a, 7));

    const map = mapWithTargets([101, 102, 201, 202]);
    const chooser = new StripeChooser({ mode: 'roundrobin', map: () => map });
    const group = await MetaStore.open({ kv: cachedStore(pair.primary.kv), nodeId: groupOwner(7), chunks: new FakeChunkService(), chooseTargets: (p) => chooser.choose(p), log: quietLog });
    expect((await group.getAttr('root')).ownerNodeId).toBe(groupOwner(7));
    expect(Buffer.from(await group.getXattr(ROOT, 'root', 'user.k')).toString()).toBe('v');
    const d = await group.mkdir(ROOT, 'root', 'mirrored', 0o755);
    expect(d.entryId).toMatch(/-G7$/);
    expect(ownerNodeOf(d.entryId!)).toBe(groupOwner(7));
    // the names moved; what they name stays on node 1 (the daemon asks it through its peers)
    const names = (await group.readdir(ROOT, 'root', { after: '', limit: 10, withAttrs: false })).entries;
    expect(names.map((e) => [e.name, e.entryId])).toEqual([['a', a.entryId], ['f', f.attr.entryId], ['mirrored', d.entryId]]);
    expect(await group.markedIntents()).toEqual([]); // the space's P:applied is no peer marker
    group.stopDisposals();
    own.store.stopDisposals();
    await pair.primary.close();
    await pair.secondary.close();
  });

  it('does nothing when neither space holds a root', async () => {
    const pair = await openPair({ groupId: 3 });
    expect(await rootMovedOut(pair.b)).toBe(false);
    expect(await moveRootIntoGroup(pair.b, pair.primary.kv, groupOwner(3), log)).toEqual({ done: false });
    await pair.primary.close();
    await pair.secondary.close();
  });

  it('keeps entry ids of the largest group owner (and the foreign ids it makes) below 2^53', async () => {
    const ids = await EntryIdAllocator.open((await openTestStore()).kv, groupOwner(0xffff));
    const foreign = ids.nextFor(1);
    const counter = Number.parseInt(foreign.split('-')[0]!, 16);
    expect(counter).toBe(groupOwner(0xffff) * 2 ** 36 + 1);
    // a run's counter stays below 2^36 (the owner's range): the largest one is still exact
    expect(Number.isSafeInteger(groupOwner(0xffff) * 2 ** 36 + 2 ** 36 - 1)).toBe(true);
    expect(ownerNodeOf(foreign)).toBe(1);
    expect(ids.next()).toMatch(/-GFFFF$/);
  });
});
