import { EventEmitter } from 'node:events';
import { ErrCode, HiveError, ROOT_ENTRY_ID, Rpc, type MapView, type hivefs } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import { MetaClient } from './meta-client.js';
import { RequestTags, TAGGED_RPCS } from './request-tags.js';
import { RetryPolicy } from './retry.js';

/** A map view whose root moves to meta node 2 at the second refresh (the policy refreshes after every wait too); `answer` decides each attempt. */
function fakeView(answer: (nodeId: number, n: number) => Promise<unknown>) {
  const sent: { nodeId: number; rpc: string; req: { tag?: hivefs.IRequestTag } }[] = [];
  const view = Object.assign(new EventEmitter(), {
    map: { rootNodeId: 1 },
    version: 1,
    nodeClient: (_type: number, nodeId: number) => ({
      call: (def: { name: string }, req: { tag?: hivefs.IRequestTag }) => {
        sent.push({ nodeId, rpc: def.name, req });
        return answer(nodeId, sent.length);
      },
    }),
  });
  let refreshes = 0;
  const refresh = async (): Promise<void> => {
    if (++refreshes < 2) return;
    view.map = { rootNodeId: 2 };
    view.version += 1;
    view.emit('map');
  };
  return { view, sent, refresh };
}

function metaClient(answer: (nodeId: number, n: number) => Promise<unknown>, start = 1000) {
  const f = fakeView(answer);
  const retry = new RetryPolicy({ mode: 'failover', signal: new AbortController().signal, refreshMap: f.refresh, sleep: async () => undefined });
  const tags = new RequestTags(() => 7, start);
  return { ...f, tags, meta: new MetaClient(f.view as unknown as MapView, retry, tags) };
}

const cred = { uid: 0, gid: 0, gids: [] };

describe('MetaClient request tags (exactly once)', () => {
  it('sends one tag in every resend of an operation: after a lost connection and after re-routing on a map change', async () => {
    const { meta, sent } = metaClient(async (_node, n) => {
      if (n === 1) throw new HiveError(ErrCode.CONNECTION_LOST, 'connection lost');
      if (n === 2) throw new HiveError(ErrCode.STALE_MAP, 'stale map');
      return { attr: { entryId: 'A-1-2' } };
    });
    await meta.call(Rpc.mkdir, ROOT_ENTRY_ID, { cred, parentId: ROOT_ENTRY_ID, name: 'd', mode: 0o755 });
    expect(sent.map((s) => s.nodeId)).toEqual([1, 1, 2]);
    const tags = sent.map((s) => s.req.tag);
    expect(tags[0]).toEqual({ clientId: 7, requestId: 1000, doneBelow: 1000 });
    expect(tags[1]).toEqual(tags[0]);
    expect(tags[2]).toEqual(tags[0]);
  });

  it('gives each operation its own id, done_below = the lowest id in flight, and tags no reads', async () => {
    const gates: (() => void)[] = [];
    const { meta, sent, tags } = metaClient((_node, n) => (n === 1 ? new Promise((resolve) => gates.push(() => resolve({}))) : Promise.resolve({})));
    const first = meta.call(Rpc.unlink, ROOT_ENTRY_ID, { cred, parentId: ROOT_ENTRY_ID, name: 'a' });
    await meta.call(Rpc.rmdir, ROOT_ENTRY_ID, { cred, parentId: ROOT_ENTRY_ID, name: 'b' });
    await meta.call(Rpc.lookup, ROOT_ENTRY_ID, { cred, parentId: ROOT_ENTRY_ID, name: 'c' });
    gates[0]!();
    await first;
    await meta.call(Rpc.rename, ROOT_ENTRY_ID, { cred, srcParentId: ROOT_ENTRY_ID, srcName: 'x', dstParentId: ROOT_ENTRY_ID, dstName: 'y' });
    expect(sent.map((s) => [s.rpc, s.req.tag])).toEqual([
      ['unlink', { clientId: 7, requestId: 1000, doneBelow: 1000 }],
      ['rmdir', { clientId: 7, requestId: 1001, doneBelow: 1000 }], // the unlink is still in flight
      ['lookup', undefined],
      ['rename', { clientId: 7, requestId: 1002, doneBelow: 1002 }],
    ]);
    expect(tags.lowestInFlight()).toBe(1003);
  });

  it('ends an operation that failed: its id no longer holds done_below back', async () => {
    const { meta, sent } = metaClient(async (_node, n) => {
      if (n === 1) throw new HiveError(ErrCode.EXISTS, 'exists');
      return {};
    });
    await expect(meta.call(Rpc.mkdir, ROOT_ENTRY_ID, { cred, parentId: ROOT_ENTRY_ID, name: 'd', mode: 0o755 })).rejects.toThrow('exists');
    await meta.call(Rpc.mkdir, ROOT_ENTRY_ID, { cred, parentId: ROOT_ENTRY_ID, name: 'e', mode: 0o755 });
    expect(sent[1]!.req.tag).toEqual({ clientId: 7, requestId: 1001, doneBelow: 1001 });
  });

  it('tags exactly the RPCs whose request has a tag field', () => {
    const withTag = Object.values(Rpc).filter((def) => 'tag' in (def.Req as unknown as { prototype: object }).prototype);
    expect(withTag.map((d) => d.name).sort()).toEqual([...TAGGED_RPCS].map((d) => d.name).sort());
    expect(TAGGED_RPCS.size).toBe(15);
  });

  it('sends no tag before the mount has a client id, and starts ids at the mount time in microseconds', () => {
    let id = 0;
    const tags = new RequestTags(() => id);
    expect(tags.begin()).toBeUndefined();
    id = 3;
    const t = tags.begin()!;
    expect(Number(t.requestId)).toBeGreaterThan(Date.now() * 1000 - 60e9);
    expect(Number.isSafeInteger(Number(t.requestId))).toBe(true);
  });
});
