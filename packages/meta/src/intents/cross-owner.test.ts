import { beforeEach, describe, expect, it } from 'vitest';
import { ErrCode, hivefs, ownerNodeOf } from '@hivefs/protocol';
import { checkNamespace, staleMarkers, type StoreImage } from '../check/namespace-check.js';
import { decodeInode } from '../store/codec.js';
import { LinkedPeers } from '../testing/linked-peers.js';
import { openTestStore, ROOT, type TestStore } from '../testing/store-fixture.js';

const code = (c: ErrCode) => expect.objectContaining({ code: c });
const R = 'root';

/** Two stores (nodes 1 and 2) linked in-process; new directories made on node 1 go to node 2 and vice versa. */
export async function twoNodes(): Promise<{ peers: LinkedPeers; a: TestStore; b: TestStore; image(): Promise<StoreImage[]> }> {
  const peers = new LinkedPeers();
  peers.owner = (p) => (p === 1 ? 2 : 1);
  const a = await openTestStore({ nodeId: 1, peers: peers.peersOf(1) });
  const b = await openTestStore({ nodeId: 2, peers: peers.peersOf(2) });
  peers.stores.set(1, a.store).set(2, b.store);
  const image = async (): Promise<StoreImage[]> =>
    Promise.all([a, b].map(async (t, i) => {
      const entries: Array<[string, Uint8Array]> = [];
      for await (const [k, v] of t.disk.keysWithPrefix('')) entries.push([k, v]);
      return { nodeId: i + 1, entries };
    }));
  return { peers, a, b, image };
}

let n: Awaited<ReturnType<typeof twoNodes>>;
beforeEach(async () => {
  n = await twoNodes();
});
const clean = async (): Promise<void> => expect(checkNamespace(await n.image(), 1)).toEqual([]);

describe('cross-owner mkdir, rmdir, lookup, readdir', () => {
  it('places a new directory on the other node; lookup and readdir fetch its attributes', async () => {
    const d = await n.a.store.mkdir(ROOT, R, 'd', 0o755);
    expect(ownerNodeOf(d.entryId!)).toBe(2);
    expect(d).toMatchObject({ type: hivefs.EntryType.DIRECTORY, nlink: 2, ownerNodeId: 2, parentId: R });
    expect((await n.b.store.getAttr(d.entryId!)).parentId).toBe(R);
    expect(await n.a.store.lookup(ROOT, R, 'd')).toMatchObject({ entryId: d.entryId, nlink: 2 });
    const page = await n.a.store.readdir(ROOT, R, { after: '', limit: 0, withAttrs: true });
    expect(page.entries[0]!.attr).toMatchObject({ entryId: d.entryId, ownerNodeId: 2 });
    expect((await n.a.store.getAttr(R)).nlink).toBe(3);
    // a subdirectory of d (owned by 2) goes back to node 1
    const sub = await n.b.store.mkdir(ROOT, d.entryId!, 's', 0o700);
    expect(ownerNodeOf(sub.entryId!)).toBe(1);
    await clean();
  });

  it('a recovery pass meeting the intent of a mkdir still running leaves it alone', async () => {
    let open!: () => void;
    n.peers.gate = new Promise((r) => (open = r));
    const made = n.a.store.mkdir(ROOT, R, 'd', 0o755);
    await expect.poll(() => n.a.store.pendingIntents()).toBe(1);
    const pass = n.a.store.recoveryPass(); // waits for the mkdir's lock, then finds its intent gone
    open();
    const d = await made;
    expect((await pass).resolved).toBe(1);
    expect((await n.a.store.lookup(ROOT, R, 'd')).entryId).toBe(d.entryId);
    expect((await n.b.store.getAttr(d.entryId!)).entryId).toBe(d.entryId);
    await clean();
  });

  it('rmdir: NOT_EMPTY keeps everything, an empty directory goes on both nodes', async () => {
    const d = await n.a.store.mkdir(ROOT, R, 'd', 0o755);
    await n.b.store.create(ROOT, { parentId: d.entryId!, name: 'f', mode: 0o644, flags: 0, clientId: 1, open: false });
    await expect(n.a.store.rmdir(ROOT, R, 'd')).rejects.toEqual(code(ErrCode.NOT_EMPTY));
    expect(await n.a.store.pendingIntents()).toBe(0);
    await n.b.store.unlink(ROOT, d.entryId!, 'f');
    await n.a.store.rmdir(ROOT, R, 'd');
    await expect(n.a.store.lookup(ROOT, R, 'd')).rejects.toEqual(code(ErrCode.NOT_FOUND));
    await expect(n.b.store.getAttr(d.entryId!)).rejects.toEqual(code(ErrCode.NOT_FOUND));
    expect((await n.a.store.getAttr(R)).nlink).toBe(2);
    await clean();
  });

  it("a chosen node that is down: the directory is made on the parent's node; recovery clears the intent", async () => {
    n.peers.down.add(2);
    const d = await n.a.store.mkdir(ROOT, R, 'd', 0o755);
    expect(ownerNodeOf(d.entryId!)).toBe(1);
    expect(await n.a.store.pendingIntents()).toBe(1);
    n.peers.down.delete(2);
    expect((await n.a.store.recoveryPass()).resolved).toBe(1);
    expect((await n.a.store.lookup(ROOT, R, 'd')).entryId).toBe(d.entryId);
    await clean();
  });
});

describe('cross-owner link and unlink', () => {
  it('links a file held by the other node and unlinks both names', async () => {
    const d = await n.a.store.mkdir(ROOT, R, 'd', 0o755); // on node 2
    const f = await n.b.store.create(ROOT, { parentId: d.entryId!, name: 'f', mode: 0o644, flags: 0, clientId: 1, open: false });
    const l = await n.a.store.link(ROOT, f.attr.entryId!, R, 'hard');
    expect(l.nlink).toBe(2);
    expect((await n.b.store.getAttr(f.attr.entryId!)).nlink).toBe(2);
    expect((await n.a.store.lookup(ROOT, R, 'hard')).entryId).toBe(f.attr.entryId);
    // only the holder opens it: a create of the name here says EXISTS (the client opens by id)
    await expect(n.a.store.create(ROOT, { parentId: R, name: 'hard', mode: 0o644, flags: 0, clientId: 1, open: true })).rejects.toEqual(code(ErrCode.EXISTS));
    await clean();
    await n.a.store.unlink(ROOT, R, 'hard');
    expect((await n.b.store.getAttr(f.attr.entryId!)).nlink).toBe(1);
    await n.b.store.unlink(ROOT, d.entryId!, 'f');
    await expect(n.b.store.getAttr(f.attr.entryId!)).rejects.toEqual(code(ErrCode.NOT_FOUND));
    await clean();
  });

  it('the last name unlinked elsewhere while the file is open leaves an orphan until close', async () => {
    const d = await n.a.store.mkdir(ROOT, R, 'd', 0o755);
    const f = await n.b.store.create(ROOT, { parentId: d.entryId!, name: 'f', mode: 0o644, flags: 1, clientId: 7, open: true });
    await n.a.store.link(ROOT, f.attr.entryId!, R, 'hard');
    await n.b.store.unlink(ROOT, d.entryId!, 'f');
    await n.a.store.unlink(ROOT, R, 'hard');
    expect((await n.b.store.getAttr(f.attr.entryId!)).nlink).toBe(0);
    await clean(); // an orphan held open is no violation
    await n.b.store.close({ entryId: f.attr.entryId!, handleId: f.handleId, clientId: 7, sizeHint: 0 });
    await expect(n.b.store.getAttr(f.attr.entryId!)).rejects.toEqual(code(ErrCode.NOT_FOUND));
  });

  it('unlink with the owner down: the name goes now, the link drop at recovery, once', async () => {
    const d = await n.a.store.mkdir(ROOT, R, 'd', 0o755);
    const f = await n.b.store.create(ROOT, { parentId: d.entryId!, name: 'f', mode: 0o644, flags: 0, clientId: 1, open: false });
    await n.a.store.link(ROOT, f.attr.entryId!, R, 'hard');
    n.peers.down.add(2);
    await n.a.store.unlink(ROOT, R, 'hard');
    n.peers.down.delete(2);
    await n.a.store.recoveryPass();
    await n.a.store.recoveryPass();
    expect((await n.b.store.getAttr(f.attr.entryId!)).nlink).toBe(1);
    await n.b.store.recoveryPass(); // drops node 2's markers of the finished intent
    await clean();
  });
});

describe('cross-owner rename', () => {
  it('moves a file between directories of different owners, replacing a file', async () => {
    const d = await n.a.store.mkdir(ROOT, R, 'd', 0o755); // node 2
    const f = await n.b.store.create(ROOT, { parentId: d.entryId!, name: 'f', mode: 0o644, flags: 0, clientId: 1, open: false });
    const old = await n.a.store.create(ROOT, { parentId: R, name: 'g', mode: 0o644, flags: 0, clientId: 1, open: false });
    await n.b.store.rename(ROOT, { srcParentId: d.entryId!, srcName: 'f', dstParentId: R, dstName: 'g', noReplace: false });
    expect((await n.a.store.lookup(ROOT, R, 'g')).entryId).toBe(f.attr.entryId);
    await expect(n.b.store.lookup(ROOT, d.entryId!, 'f')).rejects.toEqual(code(ErrCode.NOT_FOUND));
    await expect(n.a.store.getAttr(old.attr.entryId!)).rejects.toEqual(code(ErrCode.NOT_FOUND));
    await clean();
    // and back, within node 1's root to node 2's d: the inode stays on node 2
    await n.a.store.rename(ROOT, { srcParentId: R, srcName: 'g', dstParentId: d.entryId!, dstName: 'back', noReplace: false });
    expect((await n.b.store.lookup(ROOT, d.entryId!, 'back')).entryId).toBe(f.attr.entryId);
    await clean();
  });

  it('a rename whose target node is down keeps its source until recovery moves it', async () => {
    const d = await n.a.store.mkdir(ROOT, R, 'd', 0o755); // node 2
    await n.a.store.create(ROOT, { parentId: R, name: 'f', mode: 0o644, flags: 0, clientId: 1, open: false });
    n.peers.down.add(2);
    await expect(n.a.store.rename(ROOT, { srcParentId: R, srcName: 'f', dstParentId: d.entryId!, dstName: 'g', noReplace: false })).rejects.toEqual(code(ErrCode.UNREACHABLE));
    let settled = false;
    const unlinked = n.a.store.unlink(ROOT, R, 'f').finally(() => (settled = true));
    await new Promise((r) => setImmediate(r));
    expect(settled).toBe(false); // waits for the rename's recovery
    n.peers.down.delete(2);
    await n.a.store.recoveryPass();
    await expect(unlinked).rejects.toEqual(code(ErrCode.NOT_FOUND));
    expect((await n.b.store.lookup(ROOT, d.entryId!, 'g')).type).toBe(hivefs.EntryType.REGULAR);
    await clean();
  });

  it('moves a directory across owners (parent ids and nlinks follow) and refuses moving it into itself', async () => {
    const d1 = await n.a.store.mkdir(ROOT, R, 'd1', 0o755); // node 2
    const d2 = await n.a.store.mkdir(ROOT, R, 'd2', 0o755); // node 2
    const inner = await n.b.store.mkdir(ROOT, d1.entryId!, 'inner', 0o755); // node 1
    await expect(n.a.store.rename(ROOT, { srcParentId: R, srcName: 'd1', dstParentId: inner.entryId!, dstName: 'x', noReplace: false })).rejects.toEqual(code(ErrCode.INVALID_ARGUMENT));
    await n.b.store.rename(ROOT, { srcParentId: d1.entryId!, srcName: 'inner', dstParentId: d2.entryId!, dstName: 'moved', noReplace: false });
    expect((await n.a.store.getAttr(inner.entryId!)).parentId).toBe(d2.entryId);
    expect((await n.b.store.getAttr(d1.entryId!)).nlink).toBe(2);
    expect((await n.b.store.getAttr(d2.entryId!)).nlink).toBe(3);
    await n.a.store.rename(ROOT, { srcParentId: R, srcName: 'd1', dstParentId: inner.entryId!, dstName: 'd1', noReplace: false });
    expect((await n.b.store.getAttr(d1.entryId!)).parentId).toBe(inner.entryId);
    await clean();
  });

  it('a move between two directories of one node is refused when an ancestor on the other node makes it a loop', async () => {
    n.peers.owner = () => 1;
    const d1 = await n.a.store.mkdir(ROOT, R, 'd1', 0o755); // node 1
    n.peers.owner = () => 2;
    const d2 = await n.a.store.mkdir(ROOT, d1.entryId!, 'd2', 0o755); // node 2
    n.peers.owner = () => 1;
    const d3 = await n.b.store.mkdir(ROOT, d2.entryId!, 'd3', 0o755); // node 1
    expect([d1, d2, d3].map((d) => ownerNodeOf(d.entryId!))).toEqual([1, 2, 1]);
    await expect(n.a.store.rename(ROOT, { srcParentId: R, srcName: 'd1', dstParentId: d3.entryId!, dstName: 'x', noReplace: false })).rejects.toEqual(code(ErrCode.INVALID_ARGUMENT));
    await clean();
  });

  it('replaces an empty directory held elsewhere; a non-empty one is refused', async () => {
    const src = await n.a.store.mkdir(ROOT, R, 'src', 0o755); // node 2
    const dst = await n.a.store.mkdir(ROOT, R, 'dst', 0o755); // node 2
    await n.b.store.mkdir(ROOT, dst.entryId!, 'child', 0o755);
    await expect(n.a.store.rename(ROOT, { srcParentId: R, srcName: 'src', dstParentId: R, dstName: 'dst', noReplace: false })).rejects.toEqual(code(ErrCode.NOT_EMPTY));
    await n.b.store.rmdir(ROOT, dst.entryId!, 'child');
    await n.a.store.rename(ROOT, { srcParentId: R, srcName: 'src', dstParentId: R, dstName: 'dst', noReplace: false });
    expect((await n.a.store.lookup(ROOT, R, 'dst')).entryId).toBe(src.entryId);
    expect((await n.a.store.getAttr(R)).nlink).toBe(3);
    await n.b.store.recoveryPass();
    await clean();
  });

  it('replaces an empty directory held by the coordinator itself in a target parent held by the peer; no marker is left', async () => {
    const d = await n.a.store.mkdir(ROOT, R, 'd', 0o755); // node 2
    const e = await n.b.store.mkdir(ROOT, d.entryId!, 'e', 0o755); // node 1
    const s = await n.a.store.mkdir(ROOT, R, 's', 0o755); // node 2
    expect([ownerNodeOf(d.entryId!), ownerNodeOf(e.entryId!), ownerNodeOf(s.entryId!)]).toEqual([2, 1, 2]);
    await n.a.store.rename(ROOT, { srcParentId: R, srcName: 's', dstParentId: d.entryId!, dstName: 'e', noReplace: false });
    expect((await n.b.store.lookup(ROOT, d.entryId!, 'e')).entryId).toBe(s.entryId);
    await expect(n.a.store.getAttr(e.entryId!)).rejects.toEqual(code(ErrCode.NOT_FOUND));
    expect(staleMarkers(await n.image())).toEqual([]);
    await clean();
  });
});

describe('peer steps refuse bad input', () => {
  it('checks ids, step names, deltas and the owner of a created directory', async () => {
    const intent = '1-100-1';
    await expect(n.b.store.peerAdjustLink(intent, 'drop', '5-100-2', 2, '')).rejects.toEqual(code(ErrCode.INVALID_ARGUMENT));
    await expect(n.b.store.peerAdjustLink(intent, 'Bad Step!', '5-100-2', -1, '')).rejects.toEqual(code(ErrCode.INVALID_ARGUMENT));
    await expect(n.b.store.peerRemoveDir('nonsense', 'remove', '5-100-2')).rejects.toEqual(code(ErrCode.BAD_ENTRY_ID));
    await expect(n.b.store.peerGetAttrs(['../etc'])).rejects.toEqual(code(ErrCode.BAD_ENTRY_ID));
    await expect(n.b.store.peerRemoveDir(intent, 'remove', R)).rejects.toEqual(code(ErrCode.BUSY));
    const foreign = { ...(await n.a.store.getAttr(R)), entryId: '7-100-1', parentId: R };
    const inode = decodeInode(hivefs.Attr.encode(foreign).finish());
    await expect(n.b.store.peerCreateDir(intent, 'create', inode)).rejects.toEqual(code(ErrCode.INVALID_ARGUMENT));
    await clean();
  });
});
