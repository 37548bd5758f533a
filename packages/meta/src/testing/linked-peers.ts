// In-process meta peers for unit tests: stores linked directly, with nodes that can be "down".
import { ErrCode, HiveError, hivefs } from '@hivefs/protocol';
import type { Fenced } from '../intents/peer-ops.js';
import type { MetaPeers, RenameInArgs, RenameInResult } from '../intents/peers.js';
import type { MetaStore } from '../store/meta-store.js';
import type { Inode } from '../store/types.js';

/**
 * A set of stores by node id reachable from each other. `down` nodes answer UNREACHABLE;
 * `owner` picks the owner of new directories (default: the parent's owner).
 */
export class LinkedPeers {
  readonly stores = new Map<number, MetaStore>();
  readonly down = new Set<number>();
  rootNode = 1;
  owner: (parentOwner: number) => number = (p) => p;
  /** When set, every peer step waits for it first (to hold an operation in the middle). */
  gate: Promise<void> | undefined;

  /** The MetaPeers view of node `self`. */
  peersOf(self: number): MetaPeers {
    const at = (node: number): MetaStore => {
      if (this.down.has(node) || this.down.has(self)) throw new HiveError(ErrCode.UNREACHABLE, `node ${node} is down`);
      const s = this.stores.get(node);
      if (!s) throw new HiveError(ErrCode.UNKNOWN_NODE, `no meta node ${node}`);
      return s;
    };
    // a copy through the wire encoding, as the RPCs would carry it
    const wire = (a: hivefs.IAttr | undefined): hivefs.IAttr | undefined => (a ? hivefs.Attr.decode(hivefs.Attr.encode(a).finish()) : undefined);
    return {
      rootNodeId: () => this.rootNode,
      chooseDirOwner: (p) => this.owner(p),
      createDir: async (n, id, step, inode: Inode) => {
        await this.gate;
        return at(n).peerCreateDir(id, step, inode);
      },
      removeDir: async (n, id, step, dirId) => at(n).peerRemoveDir(id, step, dirId),
      adjustLink: async (n, id, step, entryId, delta, only) => at(n).peerAdjustLink(id, step, entryId, delta, only),
      setParent: async (n, id, step, dirId, parentId) => at(n).peerSetParent(id, step, dirId, parentId),
      renameIn: async (n, id, step, a: RenameInArgs): Promise<RenameInResult> => at(n).peerRenameIn(id, step, a),
      getAttrs: async (n, ids) => (await at(n).peerGetAttrs(ids)).map(wire),
      intentPending: async (n, id) => at(n).intentPending(id),
      forget: async (n, id) => at(n).peerForget(id),
      fenceStep: async (n, id, step) => JSON.parse(JSON.stringify(await at(n).peerFenceStep(id, step))) as Fenced,
    };
  }
}
