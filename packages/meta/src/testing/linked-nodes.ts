// Two meta stores linked in-process for tests of the cross-owner protocols, with the checker's view of both.
import type { StoreImage } from '../check/namespace-check.js';
import { LinkedPeers } from './linked-peers.js';
import { openTestStore, type TestStore } from './store-fixture.js';

/** Nodes 1 and 2; node 1 holds the root, directories made on 1 go to 2 and vice versa. */
export interface LinkedNodes {
  peers: LinkedPeers;
  /** The stores of node 1 (index 0) and node 2 (index 1); a restart replaces one (see {@link restartNode}). */
  t: TestStore[];
  /** Every record of both stores, as the namespace checker reads stopped stores. */
  image(): Promise<StoreImage[]>;
}

export async function linkedNodes(): Promise<LinkedNodes> {
  const peers = new LinkedPeers();
  peers.owner = (p) => (p === 1 ? 2 : 1);
  const t: TestStore[] = [];
  for (const id of [1, 2]) {
    t.push(await openTestStore({ nodeId: id, peers: peers.peersOf(id) }));
    peers.stores.set(id, t[id - 1]!.store);
  }
  const image = async (): Promise<StoreImage[]> => Promise.all(t.map(async (s, i) => {
    const entries: Array<[string, Uint8Array]> = [];
    for await (const [k, v] of s.disk.keysWithPrefix('')) entries.push([k, v]);
    return { nodeId: i + 1, entries };
  }));
  return { peers, t, image };
}

/** "Restarts" node `id`: a new store over what reached its disk. */
export async function restartNode(n: LinkedNodes, id: 1 | 2): Promise<void> {
  const ts = await openTestStore({ nodeId: id, peers: n.peers.peersOf(id), kv: n.t[id - 1]!.disk });
  n.t[id - 1] = ts;
  n.peers.stores.set(id, ts.store);
}
