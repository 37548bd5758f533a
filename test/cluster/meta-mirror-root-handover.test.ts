// A --mirrormd root move cut short by a failover, against real daemons: the group's stores are
// put, while both meta daemons are stopped, in the state a crash of the primary (node 1) after its
// first journaled batch of the move leaves (the root inode and entries still in node 1's own
// space, the group space on both nodes with the first entries only, no root inode); production
// code has no hook to stop a move midway. Node 2 becomes primary and answers BUSY for the root
// while node 1 is down; once node 1 is back as secondary, node 2 pulls the root from it
// (Rpc.rootHandOver) and serves every entry, and node 1 drops its own copy after its resync.
import { key, prefix, type KvBatchOp, type KvStore } from '@hivefs/common';
import { waitFor } from '@hivefs/common/testing';
import { spacePrefix } from '@hivefs/meta';
import { ErrCode, groupOwner, hivefs, HiveError, Rpc } from '@hivefs/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffSpaces, META_GROUP, metaDaemon, openStopped, readSpaceImage, startMetaMirrorCluster, type MetaMirrorCluster } from '../harness/meta-mirror.js';

const ROOT = { uid: 0, gid: 0, gids: [] };
const CLIENT = 4244;
const O_CREAT_EXCL_RDWR = 0o100 | 0o200 | 2;
const FILES = 40;
/** Root entries the cut-short move had copied (its "first batch"). */
const FIRST_BATCH = 8;
const INODE = key('I', 'root');
const ROOT_RECORDS = [prefix('D', 'root'), prefix('X', 'root')];

async function collect(kv: KvStore, p: string): Promise<[string, Uint8Array][]> {
  const out: [string, Uint8Array][] = [];
  for await (const r of kv.keysWithPrefix(p)) out.push(r);
  return out;
}

/**
 * On node 1's store: the root back in its own space as before the move (inode owned by node 1, no
 * C:rootgroup marker). On both: the group space without the root inode and without the root's
 * entries past the first FIRST_BATCH (the xattrs came after them, so none).
 */
async function cutTheMoveShort(kv: KvStore, holder: boolean): Promise<void> {
  const space = spacePrefix(META_GROUP);
  const entries = await collect(kv, space + ROOT_RECORDS[0]!);
  const xattrs = await collect(kv, space + ROOT_RECORDS[1]!);
  const inode = await kv.get(space + INODE);
  expect(inode).toBeDefined();
  expect(entries.length).toBe(FILES);
  const ops: KvBatchOp[] = [];
  if (holder) {
    const attr = hivefs.Attr.decode(inode!);
    attr.ownerNodeId = 1;
    ops.push({ type: 'put', key: INODE, value: hivefs.Attr.encode(attr).finish() }, { type: 'del', key: key('C', 'rootgroup') });
    for (const [k, v] of [...entries, ...xattrs]) ops.push({ type: 'put', key: k.slice(space.length), value: v });
  }
  ops.push({ type: 'del', key: space + INODE });
  for (const [k] of [...entries.slice(FIRST_BATCH), ...xattrs]) ops.push({ type: 'del', key: k });
  await kv.batch(ops);
}

describe('a root move cut short by a failover (real daemons)', () => {
  let mc: MetaMirrorCluster;
  const codeOf = (e: unknown): number | undefined => (e instanceof HiveError ? e.code : undefined);

  beforeAll(async () => {
    mc = await startMetaMirrorCluster({ targetsPerStorage: 1 });
  }, 120_000);

  afterAll(async () => {
    await mc?.destroy();
  });

  it('is finished by the new primary once the former one is back as secondary', async () => {
    const one = mc.metaClient(1);
    const two = mc.metaClient(2);
    for (let i = 0; i < FILES; i++) {
      await one.call(Rpc.create, { cred: ROOT, parentId: 'root', name: `f${String(i).padStart(2, '0')}`, mode: 0o644, flags: O_CREAT_EXCL_RDWR, clientId: CLIENT, open: false });
    }
    await one.call(Rpc.setXattr, { cred: ROOT, entryId: 'root', name: 'user.mark', value: Buffer.from('kept'), flags: 0 });
    await mc.waitAllGood();

    const dataDir = (n: number): string => mc.tc.cluster.paths.data(metaDaemon(n));
    await Promise.all([1, 2].map((n) => mc.tc.stop(metaDaemon(n))));
    for (const n of [1, 2]) {
      const kv = await openStopped(dataDir(n));
      try {
        await cutTheMoveShort(kv, n === 1);
      } finally {
        await kv.close();
      }
    }
    const [a, b] = await Promise.all([1, 2].map((n) => readSpaceImage(dataDir(n))));
    expect(diffSpaces(a!.records, b!.records)).toEqual({ onlyA: [], onlyB: [], differ: [] });

    // node 2 alone: mgmtd promotes it; it serves the group but not the root (node 1 holds it)
    await mc.tc.start(metaDaemon(2));
    await mc.waitPrimary(2);
    const busy = await waitFor(async () => {
      const e = await two.call(Rpc.getAttr, { cred: ROOT, entryId: 'root' }).then(() => undefined, (err: unknown) => err);
      return codeOf(e) === ErrCode.BUSY && /being moved/.test((e as Error).message) ? (e as Error) : undefined;
    }, { timeoutMs: 20_000, intervalMs: 100, what: 'node 2 answering BUSY for the root being moved' });
    expect(busy!.message).toMatch(/being moved/);

    // node 1 comes back as secondary: node 2 pulls the root from it
    await mc.tc.start(metaDaemon(1));
    const attr = await waitFor(async () => (await two.call(Rpc.getAttr, { cred: ROOT, entryId: 'root' }).catch(() => undefined))?.attr, { timeoutMs: 30_000, intervalMs: 100, what: 'node 2 serving the root' });
    expect(attr!.ownerNodeId).toBe(groupOwner(META_GROUP));
    expect(await mc.roles()).toEqual({ primary: 2, secondary: 1 });
    const names = (await two.call(Rpc.readdir, { cred: ROOT, dirId: 'root', limit: 1000 })).entries.map((e) => e.name);
    expect(names).toEqual(Array.from({ length: FILES }, (_, i) => `f${String(i).padStart(2, '0')}`));
    expect(Buffer.from((await two.call(Rpc.getXattr, { cred: ROOT, entryId: 'root', name: 'user.mark' })).value!).toString()).toBe('kept');
    const f = (await two.call(Rpc.lookup, { cred: ROOT, parentId: 'root', name: 'f39' })).attr!;
    expect(f.type).toBe(hivefs.EntryType.REGULAR);
    await two.call(Rpc.mkdir, { cred: ROOT, parentId: 'root', name: 'after', mode: 0o755 });
    await mc.waitAllGood();

    // node 1, resynced, has dropped its own copy; both group spaces are the same
    await Promise.all([1, 2].map((n) => mc.tc.stop(metaDaemon(n))));
    const kv = await openStopped(dataDir(1));
    try {
      expect(await kv.get(INODE)).toBeUndefined();
      for (const p of ROOT_RECORDS) expect(await collect(kv, p)).toEqual([]);
      expect(Buffer.from((await kv.get(key('C', 'rootgroup')))!).toString()).toBe(String(META_GROUP));
    } finally {
      await kv.close();
    }
    const [c, d] = await Promise.all([1, 2].map((n) => readSpaceImage(dataDir(n))));
    expect(diffSpaces(c!.records, d!.records)).toEqual({ onlyA: [], onlyB: [], differ: [] });
    expect(c!.records.has(INODE)).toBe(true);
  }, 180_000);
});
