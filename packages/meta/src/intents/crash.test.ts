import { afterEach, describe, expect, it } from 'vitest';
import { ErrCode, HiveError } from '@hivefs/protocol';
import { checkNamespace, staleMarkers, type StoreImage } from '../check/namespace-check.js';
import type { MetaStore } from '../store/meta-store.js';
import { LinkedPeers } from '../testing/linked-peers.js';
import { openTestStore, ROOT, type TestStore } from '../testing/store-fixture.js';
import { setFailpoints } from './failpoints.js';

const R = 'root';
class Crash extends Error {}

interface Nodes {
  peers: LinkedPeers;
  t: Map<number, TestStore>;
  s(node: number): MetaStore;
}

/** Node 1 holds root; new directories made on 1 go to 2 and vice versa. */
async function start(): Promise<Nodes> {
  const peers = new LinkedPeers();
  peers.owner = (p) => (p === 1 ? 2 : 1);
  const t = new Map<number, TestStore>();
  for (const id of [1, 2]) {
    const ts = await openTestStore({ nodeId: id, peers: peers.peersOf(id) });
    t.set(id, ts);
    peers.stores.set(id, ts.store);
  }
  return { peers, t, s: (id) => t.get(id)!.store };
}

/** "Restarts" a crashed node: a new store over what reached its disk. */
async function restart(n: Nodes, id: number): Promise<void> {
  const ts = await openTestStore({ nodeId: id, peers: n.peers.peersOf(id), kv: n.t.get(id)!.disk });
  n.t.set(id, ts);
  n.peers.stores.set(id, ts.store);
}

async function images(n: Nodes): Promise<StoreImage[]> {
  return Promise.all([1, 2].map(async (id) => {
    const entries: Array<[string, Uint8Array]> = [];
    for await (const [k, v] of n.t.get(id)!.disk.keysWithPrefix('')) entries.push([k, v]);
    return { nodeId: id, entries };
  }));
}

const exists = async (p: Promise<unknown>): Promise<boolean> => p.then(() => true, (e: unknown) => {
  if (e instanceof HiveError && e.code === ErrCode.NOT_FOUND) return false;
  throw e;
});

/**
 * One crash case: `prep` builds the state, `op` runs on the coordinator, the failpoint kills
 * `victim` (1 coordinator / 2 peer), and `outcome` says whether the operation happened (it
 * must be all or nothing; the checker looks for everything else).
 */
interface Case {
  fp: string;
  victim: 1 | 2;
  prep(n: Nodes): Promise<Record<string, string>>;
  op(n: Nodes, ids: Record<string, string>): Promise<unknown>;
  outcome(n: Nodes, ids: Record<string, string>): Promise<boolean>;
}

const mkdirCase = (fp: string, victim: 1 | 2): Case => ({
  fp, victim,
  prep: async () => ({}),
  op: (n) => n.s(1).mkdir(ROOT, R, 'd', 0o755),
  outcome: (n) => exists(n.s(1).lookup(ROOT, R, 'd')),
});
const rmdirCase = (fp: string, victim: 1 | 2): Case => ({
  fp, victim,
  prep: async (n) => ({ d: (await n.s(1).mkdir(ROOT, R, 'd', 0o755)).entryId! }),
  op: (n) => n.s(1).rmdir(ROOT, R, 'd'),
  outcome: async (n) => !(await exists(n.s(1).lookup(ROOT, R, 'd'))),
});
/** A file held by node 2 (in d, on 2) with a second name in root (on 1). */
async function linkedFile(n: Nodes): Promise<Record<string, string>> {
  const d = (await n.s(1).mkdir(ROOT, R, 'd', 0o755)).entryId!;
  const f = (await n.s(2).create(ROOT, { parentId: d, name: 'f', mode: 0o644, flags: 0, clientId: 1, open: false })).attr.entryId!;
  return { d, f };
}
const unlinkCase = (fp: string, victim: 1 | 2): Case => ({
  fp, victim,
  prep: async (n) => {
    const ids = await linkedFile(n);
    setFailpoints([], () => undefined);
    await n.s(1).link(ROOT, ids.f!, R, 'hard');
    return ids;
  },
  op: (n) => n.s(1).unlink(ROOT, R, 'hard'),
  outcome: async (n) => !(await exists(n.s(1).lookup(ROOT, R, 'hard'))),
});
const linkCase = (fp: string, victim: 1 | 2): Case => ({
  fp, victim,
  prep: linkedFile,
  op: (n, ids) => n.s(1).link(ROOT, ids.f!, R, 'hard'),
  outcome: (n) => exists(n.s(1).lookup(ROOT, R, 'hard')),
});
/** Moves directory d1 (on 2, named in root on 1) into d2 (on 2), replacing nothing; then a file case. */
const renameDirCase = (fp: string, victim: 1 | 2): Case => ({
  fp, victim,
  prep: async (n) => {
    const d1 = (await n.s(1).mkdir(ROOT, R, 'd1', 0o755)).entryId!;
    const d2 = (await n.s(1).mkdir(ROOT, R, 'd2', 0o755)).entryId!;
    return { d1, d2 };
  },
  op: (n, ids) => n.s(1).rename(ROOT, { srcParentId: R, srcName: 'd1', dstParentId: ids.d2!, dstName: 'in', noReplace: false }),
  outcome: async (n, ids) => {
    const moved = await exists(n.s(2).lookup(ROOT, ids.d2!, 'in'));
    expect(await exists(n.s(1).lookup(ROOT, R, 'd1'))).toBe(!moved);
    return moved;
  },
});
/** Moves file f (on 1, in root) over file g in d (on 2): the replaced g is held by 2. */
const renameFileCase = (fp: string, victim: 1 | 2): Case => ({
  fp, victim,
  prep: async (n) => {
    const d = (await n.s(1).mkdir(ROOT, R, 'd', 0o755)).entryId!;
    await n.s(1).create(ROOT, { parentId: R, name: 'f', mode: 0o644, flags: 0, clientId: 1, open: false });
    await n.s(2).create(ROOT, { parentId: d, name: 'g', mode: 0o644, flags: 0, clientId: 1, open: false });
    return { d };
  },
  op: (n, ids) => n.s(1).rename(ROOT, { srcParentId: R, srcName: 'f', dstParentId: ids.d!, dstName: 'g', noReplace: false }),
  outcome: async (n) => !(await exists(n.s(1).lookup(ROOT, R, 'f'))),
});

/** Within root (on 1): f (on 1) over h, a second name of a file held by 2: node 2 drops that link. */
const renameOverRemoteCase = (fp: string, victim: 1 | 2): Case => ({
  fp, victim,
  prep: async (n) => {
    const ids = await linkedFile(n);
    await n.s(1).link(ROOT, ids.f!, R, 'h');
    await n.s(1).create(ROOT, { parentId: R, name: 'f', mode: 0o644, flags: 0, clientId: 1, open: false });
    return ids;
  },
  op: (n) => n.s(1).rename(ROOT, { srcParentId: R, srcName: 'f', dstParentId: R, dstName: 'h', noReplace: false }),
  outcome: async (n) => !(await exists(n.s(1).lookup(ROOT, R, 'f'))),
});

const CASES: Case[] = [
  mkdirCase('mkdir.after-intent', 1), mkdirCase('mkdir.after-peer', 1), mkdirCase('mkdir.after-commit', 1), mkdirCase('peer.create', 2),
  rmdirCase('rmdir.after-intent', 1), rmdirCase('rmdir.after-peer', 1), rmdirCase('rmdir.after-commit', 1), rmdirCase('peer.remove', 2),
  unlinkCase('unlink.after-intent', 1), unlinkCase('unlink.after-peer', 1), unlinkCase('peer.drop', 2),
  linkCase('link.after-intent', 1), linkCase('link.after-peer', 1), linkCase('link.after-commit', 1), linkCase('peer.link', 2),
  renameDirCase('rename.after-intent', 1), renameDirCase('rename.after-target', 1), renameDirCase('rename.after-move', 1), renameDirCase('rename.after-parent', 1),
  renameDirCase('peer.in', 2), renameDirCase('peer.parent', 2),
  renameFileCase('rename.after-target', 1), renameFileCase('rename.after-move', 1), renameFileCase('peer.in', 2),
  renameOverRemoteCase('rename.after-intent', 1), renameOverRemoteCase('rename.after-move', 1), renameOverRemoteCase('peer.drop-dst', 2),
];

afterEach(() => setFailpoints([], () => undefined));

describe('a crash at every step of the cross-owner protocols', () => {
  it.each(CASES.map((c) => [c.fp, c.victim === 1 ? 'coordinator' : 'peer', c] as const))('%s (%s killed): all or nothing, no violation after recovery', async (fp, _who, c) => {
    const n = await start();
    const ids = await c.prep(n);
    let fired = false;
    setFailpoints([fp], () => {
      fired = true;
      n.peers.down.add(c.victim); // nothing reaches the dead node any more
      throw new Crash(fp);
    });
    await c.op(n, ids).catch((e: unknown) => {
      if (!(e instanceof Crash) && !(e instanceof HiveError)) throw e;
    });
    expect(fired).toBe(true);
    setFailpoints([], () => undefined);
    n.peers.down.delete(c.victim);
    await restart(n, c.victim);
    for (let i = 0; i < 3; i++) for (const id of [1, 2]) await n.s(id).recoveryPass();
    expect(checkNamespace(await images(n), 1)).toEqual([]);
    expect(staleMarkers(await images(n))).toEqual([]);
    await c.outcome(n, ids); // consistent either way (asserts inside where both names could show)
  });
});

describe('a crash during recovery', () => {
  it.each([
    ['mkdir.after-peer', 'mkdir.recover-after-peer', mkdirCase('', 1)],
    ['link.after-peer', 'link.recover-after-peer', linkCase('', 1)],
  ] as const)('%s, then %s: the second recovery finishes the job', async (first, second, c) => {
    const n = await start();
    const ids = await c.prep(n);
    setFailpoints([first], () => {
      throw new Crash(first);
    });
    await c.op(n, ids).catch((e: unknown) => {
      if (!(e instanceof Crash)) throw e;
    });
    await restart(n, 1);
    let fired = false;
    setFailpoints([second], () => {
      fired = true;
      throw new Crash(second);
    });
    await n.s(1).recoveryPass();
    expect(fired).toBe(true);
    setFailpoints([], () => undefined);
    await restart(n, 1);
    for (let i = 0; i < 2; i++) for (const id of [1, 2]) await n.s(id).recoveryPass();
    expect(checkNamespace(await images(n), 1)).toEqual([]);
    expect(staleMarkers(await images(n))).toEqual([]);
    expect(await c.outcome(n, ids)).toBe(false); // both roll back
  });
});
