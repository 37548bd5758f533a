// Exactly once against a real meta daemon over TCP: the same tagged create, mkdir, rename, unlink,
// link and symlink sent twice run once (also across a kill -9 and restart of meta, and when the
// duplicates arrive together); done_below drops the stored replies, as the store shows afterwards.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLevelStore } from '@hivefs/common';
import { ErrCode, HiveError, hivefs, Rpc, RpcClient, type AnyRpcDef, type MapView } from '@hivefs/protocol';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { connectVfs } from '../vfs/helpers.js';
import { MetaClient } from '../../packages/client-fuse/src/meta-client.js';
import { RequestTags } from '../../packages/client-fuse/src/request-tags.js';
import { RetryPolicy } from '../../packages/client-fuse/src/retry.js';

const ROOT = { uid: 0, gid: 0, gids: [] };
const CLIENT = 4242;
const O_CREAT_EXCL_RDWR = 0o100 | 0o200 | 2;
const tag = (requestId: number, doneBelow = 0) => ({ clientId: CLIENT, requestId, doneBelow });

describe('exactly once on a real meta daemon', () => {
  let tc: TestCluster;
  const clients: RpcClient[] = [];
  let meta: RpcClient;
  let dir = '';

  const connect = (): RpcClient => {
    const port = tc.cluster.slots.find((s) => s.name === 'meta01')!.port;
    const c = new RpcClient({ host: '127.0.0.1', port, secret: tc.secret, timeoutMs: 10_000 });
    clients.push(c);
    return c;
  };
  const names = async (dirId: string): Promise<string[]> => (await meta.call(Rpc.readdir, { cred: ROOT, dirId, limit: 100 })).entries.map((e) => e.name ?? '');
  const lookup = async (name: string) => (await meta.call(Rpc.lookup, { cred: ROOT, parentId: dir, name })).attr!;
  const createReq = (name: string, t?: ReturnType<typeof tag>) => ({ cred: ROOT, parentId: dir, name, mode: 0o644, flags: O_CREAT_EXCL_RDWR, clientId: CLIENT, open: true, ...(t ? { tag: t } : {}) });

  beforeAll(async () => {
    // the test's client id is in no map: keep the session reclaimer from dropping its replies meanwhile
    tc = await startCluster({ storage: 1, targetsPerStorage: 2, extra: { meta: { sysSessionReclaimSecs: '3600' } } });
    meta = connect();
    dir = (await meta.call(Rpc.mkdir, { cred: ROOT, parentId: 'root', name: 'eo', mode: 0o755, tag: tag(1) })).attr!.entryId ?? '';
  }, 90_000);

  afterAll(async () => {
    for (const c of clients) c.close();
    await tc?.destroy();
  });

  it('answers a resent mkdir, create, link and symlink with the first reply and runs each once', async () => {
    const mk = await meta.call(Rpc.mkdir, { cred: ROOT, parentId: 'root', name: 'eo', mode: 0o755, tag: tag(1) });
    expect(mk.attr!.entryId).toBe(dir);
    expect(await names('root')).toEqual(['eo']);

    const c1 = await meta.call(Rpc.create, createReq('f', tag(2)));
    const c2 = await meta.call(Rpc.create, createReq('f', tag(2))); // O_EXCL: not EEXIST
    expect(c2).toMatchObject({ created: true, handleId: c1.handleId, attr: { entryId: c1.attr!.entryId } });
    expect(c2.parent?.entryId).toBe(dir);

    const l1 = await meta.call(Rpc.link, { cred: ROOT, entryId: c1.attr!.entryId, newParentId: dir, newName: 'g', tag: tag(3) });
    const l2 = await meta.call(Rpc.link, { cred: ROOT, entryId: c1.attr!.entryId, newParentId: dir, newName: 'g', tag: tag(3) });
    expect(l1.attr!.nlink).toBe(2);
    expect(l2.attr).toEqual(l1.attr);
    expect((await lookup('f')).nlink).toBe(2);

    const s1 = await meta.call(Rpc.symlink, { cred: ROOT, parentId: dir, name: 's', target: 'f', tag: tag(4) });
    const s2 = await meta.call(Rpc.symlink, { cred: ROOT, parentId: dir, name: 's', target: 'f', tag: tag(4) });
    expect(s2.attr!.entryId).toBe(s1.attr!.entryId);
    expect(await names(dir)).toEqual(['f', 'g', 's']);
  });

  it('does not run a resent rename or unlink again: no ENOENT, and entries made meanwhile under the old names stay', async () => {
    const old = await lookup('f');
    const rename = { cred: ROOT, srcParentId: dir, srcName: 'f', dstParentId: dir, dstName: 'h', noReplace: false, tag: tag(5) };
    await meta.call(Rpc.rename, rename);
    const newF = await meta.call(Rpc.create, createReq('f')); // untagged
    const again = await meta.call(Rpc.rename, rename);
    expect(again.srcParent?.entryId).toBe(dir);
    expect((await lookup('f')).entryId).toBe(newF.attr!.entryId);
    expect((await lookup('h')).entryId).toBe(old.entryId);

    const unlink = { cred: ROOT, parentId: dir, name: 'g', tag: tag(6) };
    await meta.call(Rpc.unlink, unlink);
    const newG = await meta.call(Rpc.mkdir, { cred: ROOT, parentId: dir, name: 'g', mode: 0o755 });
    expect((await meta.call(Rpc.unlink, unlink)).parent?.entryId).toBe(dir);
    expect((await lookup('g')).entryId).toBe(newG.attr!.entryId);
    expect((await lookup('h')).nlink).toBe(1);
    // an untagged resend is an ordinary request: ENOENT
    await expect(meta.call(Rpc.unlink, { cred: ROOT, parentId: dir, name: 's2' })).rejects.toMatchObject({ code: ErrCode.NOT_FOUND });
  });

  it('runs concurrent duplicates once', async () => {
    const req = { cred: ROOT, parentId: dir, name: 'c', mode: 0o755, tag: tag(7) };
    const replies = await Promise.all(Array.from({ length: 8 }, () => meta.call(Rpc.mkdir, req)));
    expect(new Set(replies.map((r) => r.attr!.entryId)).size).toBe(1);
    expect((await names(dir)).filter((n) => n === 'c')).toEqual(['c']);
    const files = await Promise.all(Array.from({ length: 8 }, () => meta.call(Rpc.create, createReq('cf', tag(8)))));
    expect(new Set(files.map((r) => `${r.attr!.entryId}/${r.handleId}`)).size).toBe(1);
  });

  it("the client's retry loop resends a request whose reply was lost with the same tag, and meta answers it from the ledger", async () => {
    // meta runs every request; the first reply of each operation is lost on the way back (the
    // client sees a lost connection), so the client's RetryPolicy resends it
    const lost: { rpc: string; reply: unknown }[] = [];
    const seen = new Set<number>();
    const view = {
      map: { rootNodeId: 1 },
      version: 1,
      on() {},
      off() {},
      nodeClient: () => ({
        call: async (def: AnyRpcDef, req: { tag?: hivefs.IRequestTag }) => {
          const reply = await meta.call(def, req);
          const id = Number(req.tag?.requestId ?? 0);
          if (id && !seen.has(id)) {
            seen.add(id);
            lost.push({ rpc: def.name, reply });
            throw new HiveError(ErrCode.CONNECTION_LOST, 'connection lost before the reply');
          }
          return reply;
        },
      }),
    };
    const retry = new RetryPolicy({ mode: 'failover', signal: new AbortController().signal, refreshMap: async () => undefined, sleep: async () => undefined });
    const client = new MetaClient(view as unknown as MapView, retry, new RequestTags(() => CLIENT + 1));
    const c = await client.call(Rpc.create, dir, createReq('lost', undefined));
    expect(c).toMatchObject({ created: true, attr: { entryId: (lost[0]!.reply as hivefs.CreateResp).attr!.entryId }, handleId: (lost[0]!.reply as hivefs.CreateResp).handleId });
    await client.call(Rpc.rename, dir, { cred: ROOT, srcParentId: dir, srcName: 'lost', dstParentId: dir, dstName: 'found', noReplace: false });
    await client.call(Rpc.unlink, dir, { cred: ROOT, parentId: dir, name: 'found' });
    expect(lost.map((l) => l.rpc)).toEqual(['create', 'rename', 'unlink']);
    expect(await names(dir)).not.toContain('found');
    expect(await names(dir)).not.toContain('lost');
  });

  it('keeps stored replies across a kill -9 and restart of meta (they are written with the mutation)', async () => {
    const c1 = await meta.call(Rpc.create, createReq('r', tag(9)));
    const rename = { cred: ROOT, srcParentId: dir, srcName: 'h', dstParentId: dir, dstName: 'h2', noReplace: false, tag: tag(10) };
    await meta.call(Rpc.rename, rename);
    await meta.call(Rpc.unlink, { cred: ROOT, parentId: dir, name: 'cf', tag: tag(11) });
    await tc.stop('meta01', 'SIGKILL');
    await tc.start('meta01');
    meta = connect();
    const c2 = await meta.call(Rpc.create, createReq('r', tag(9)));
    expect(c2).toMatchObject({ created: true, handleId: c1.handleId, attr: { entryId: c1.attr!.entryId } });
    await meta.call(Rpc.rename, rename);
    await meta.call(Rpc.unlink, { cred: ROOT, parentId: dir, name: 'cf', tag: tag(11) });
    // a failure is stored too: the same mkdir fails with EEXIST again, also once 'g' is gone
    await expect(meta.call(Rpc.mkdir, { cred: ROOT, parentId: dir, name: 'g', mode: 0o755, tag: tag(12) })).rejects.toMatchObject({ code: ErrCode.EXISTS });
    await meta.call(Rpc.rmdir, { cred: ROOT, parentId: dir, name: 'g' });
    await expect(meta.call(Rpc.mkdir, { cred: ROOT, parentId: dir, name: 'g', mode: 0o755, tag: tag(12) })).rejects.toMatchObject({ code: ErrCode.EXISTS });
    expect(await names(dir)).toEqual(['c', 'f', 'h2', 'r', 's']);
  }, 60_000);

  it('drops the replies below done_below in the batch of the next request, as the store shows; a mount tags its requests and keeps few replies', async () => {
    await meta.call(Rpc.mkdir, { cred: ROOT, parentId: dir, name: 'z', mode: 0o755, tag: tag(20, 10) });
    const vfs = await connectVfs(tc);
    const mount = vfs.getClientId();
    try {
      await vfs.mkdir('/m', 0o755, ROOT);
      for (let i = 0; i < 40; i++) {
        await vfs.release(await vfs.create(`/m/f${i}`, 0o644, 0o1, ROOT));
        await vfs.rename(`/m/f${i}`, `/m/g${i}`, ROOT);
        if (i % 2) await vfs.unlink(`/m/g${i}`, ROOT);
      }
    } finally {
      await vfs.close();
    }
    await tc.stop('meta01', 'SIGTERM');
    const kv = await openLevelStore(join(tc.cluster.paths.data('meta01'), 'db'));
    const left = new Map<number, number[]>();
    try {
      for await (const [k, v] of kv.keysWithPrefix('R:')) {
        const [, client, req] = k.split(':');
        expect(hivefs.LedgerRecord.decode(v).rpc).toBeGreaterThan(0);
        const c = parseInt(client!, 16);
        left.set(c, [...(left.get(c) ?? []), parseInt(req!, 16)]);
      }
    } finally {
      await kv.close();
    }
    expect(left.get(CLIENT)!.sort((a, b) => a - b)).toEqual([10, 11, 12, 20]);
    // 141 mutations of the mount, one at a time: each one's done_below dropped the reply before it
    expect(left.get(mount)?.length).toBe(1);
    expect(left.get(CLIENT + 1)?.length).toBe(1); // the retry test's client: its last reply
    expect([...left.keys()].sort((x, y) => x - y)).toEqual([CLIENT, CLIENT + 1, mount].sort((x, y) => x - y));
  }, 60_000);
});
