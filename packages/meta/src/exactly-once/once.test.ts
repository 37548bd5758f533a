import { ErrCode, fail, ROOT_ENTRY_ID, Rpc, type HandlerContext } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import { create } from '../handlers/create.js';
import type { HandlerDeps } from '../handlers/deps.js';
import { mkdir } from '../handlers/mkdir.js';
import { rename } from '../handlers/rename.js';
import { replayCreate, replayMkdir, replayRename } from '../handlers/replays.js';
import { openTestStore, ROOT } from '../testing/store-fixture.js';
import { exactlyOnce } from './once.js';

const hctx = { payload: undefined, mapVersion: 0, remote: 'test' } as HandlerContext;
const cred = { uid: 0, gid: 0, gids: [] };
const O_CREAT_EXCL_RDWR = 0o100 | 0o200 | 2;
const tag = (requestId: number, doneBelow = 0) => ({ clientId: 5, requestId, doneBelow });

async function setup() {
  const t = await openTestStore();
  const d: HandlerDeps = { store: () => t.store, stores: () => [t.store], mirror: () => fail(ErrCode.NOT_SUPPORTED, 'no mirroring here'), catchUp: async () => undefined, checkSpace: () => undefined };
  return {
    ...t,
    create: exactlyOnce(d, Rpc.create, create, replayCreate, (r) => r.parentId),
    mkdir: exactlyOnce(d, Rpc.mkdir, mkdir, replayMkdir, (r) => r.parentId),
    rename: exactlyOnce(d, Rpc.rename, rename, replayRename, (r) => r.srcParentId),
  };
}

const createReq = (name: string, t?: ReturnType<typeof tag>) => ({ cred, parentId: ROOT_ENTRY_ID, name, mode: 0o644, flags: O_CREAT_EXCL_RDWR, clientId: 5, open: true, ...(t ? { tag: t } : {}) }) as never;

describe('exactlyOnce handler wrapper', () => {
  it('answers a resent create with the first reply: same entry and handle, no EEXIST, one file, one session', async () => {
    const t = await setup();
    const first = await t.create(createReq('f', tag(1)), hctx);
    const again = await t.create(createReq('f', tag(1)), hctx);
    expect(again.attr?.entryId).toBe(first.attr?.entryId);
    expect(again.handleId).toBe(first.handleId);
    expect(again.created).toBe(true);
    expect(again.parent?.entryId).toBe(ROOT_ENTRY_ID);
    expect((await t.store.readdir(ROOT, ROOT_ENTRY_ID, { after: '', limit: 10, withAttrs: false })).entries.map((e) => e.name)).toEqual(['f']);
    expect((await t.store.sessionCounts()).get(5)).toBe(1);
    expect(t.store.ledger.stats()).toMatchObject({ records: 1, recorded: 1, replayed: 1 });
    // a new request id is a new create: EEXIST as ever
    await expect(t.create(createReq('f', tag(2)), hctx)).rejects.toMatchObject({ code: ErrCode.EXISTS });
  });

  it('runs concurrent duplicates once: the second waits for the first and gets its reply', async () => {
    const t = await setup();
    const req = { cred, parentId: ROOT_ENTRY_ID, name: 'd', mode: 0o755, tag: tag(3) } as never;
    const [a, b] = await Promise.all([t.mkdir(req, hctx), t.mkdir(req, hctx)]);
    expect(b.attr?.entryId).toBe(a.attr?.entryId);
    expect(t.store.ledger.stats()).toMatchObject({ recorded: 1, replayed: 1, waited: 1 });
    expect((await t.store.readdir(ROOT, ROOT_ENTRY_ID, { after: '', limit: 10, withAttrs: false })).entries).toHaveLength(1);
  });

  it('fails a resent request that failed the same way, even when it would succeed now', async () => {
    const t = await setup();
    await t.create(createReq('f'), hctx);
    await expect(t.create(createReq('f', tag(4)), hctx)).rejects.toMatchObject({ code: ErrCode.EXISTS });
    await t.store.unlink(ROOT, ROOT_ENTRY_ID, 'f');
    await expect(t.create(createReq('f', tag(4)), hctx)).rejects.toMatchObject({ code: ErrCode.EXISTS });
  });

  it('does not run a resent rename again: no ENOENT, and a file made meanwhile under the old name stays', async () => {
    const t = await setup();
    await t.create(createReq('a'), hctx);
    const req = { cred, srcParentId: ROOT_ENTRY_ID, srcName: 'a', dstParentId: ROOT_ENTRY_ID, dstName: 'b', noReplace: false, tag: tag(6) } as never;
    await t.rename(req, hctx);
    const newA = await t.create(createReq('a'), hctx);
    const r = await t.rename(req, hctx);
    expect(r.srcParent?.entryId).toBe(ROOT_ENTRY_ID);
    expect((await t.store.lookup(ROOT, ROOT_ENTRY_ID, 'a')).entryId).toBe(newA.attr?.entryId);
  });

  it('runs untagged requests as is, and refuses bad tags and a request id reused for another RPC', async () => {
    const t = await setup();
    await t.create(createReq('u'), hctx);
    await expect(t.create(createReq('u'), hctx)).rejects.toMatchObject({ code: ErrCode.EXISTS });
    expect(t.store.ledger.stats().records).toBe(0);
    for (const bad of [{ clientId: 0, requestId: 1 }, { clientId: 5, requestId: 0 }, { clientId: 2 ** 33, requestId: 1 }, { clientId: 5, requestId: 2 ** 60 }, { clientId: 5, requestId: 1, doneBelow: -1 }]) {
      await expect(t.mkdir({ cred, parentId: ROOT_ENTRY_ID, name: 'x', mode: 0o755, tag: bad } as never, hctx)).rejects.toMatchObject({ code: ErrCode.INVALID_ARGUMENT });
    }
    await t.mkdir({ cred, parentId: ROOT_ENTRY_ID, name: 'x', mode: 0o755, tag: tag(9) } as never, hctx);
    await expect(t.create(createReq('y', tag(9)), hctx)).rejects.toMatchObject({ code: ErrCode.INVALID_ARGUMENT });
  });
});
