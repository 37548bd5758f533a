// The other meta nodes over meta-to-meta RPCs (2100..2149), reached through the daemon's MapView:
// an owner number names a node, or a meta buddy group served by its current primary.
import { describeOwner, ErrCode, HiveError, hivefs, metaNodeOfOwner, rootOwnerOf, Rpc, type AnyRpcDef, type MapView, type ReqOf, type RespOf } from '@hivefs/protocol';
import { encodeInode } from './store/codec.js';
import type { Inode } from './store/types.js';
import { chooseDirOwner, type DirOwnerMode } from './layout/dir-owner.js';
import type { Fenced } from './intents/peer-ops.js';
import type { MetaPeers, RenameInArgs, RenameInResult } from './intents/peers.js';

/** Settings of {@link RpcMetaPeers}. */
export interface RpcMetaPeersInit {
  dirOwner: DirOwnerMode;
  timeoutMs: number;
}

/** MetaPeers over RPC: each call goes to the address of the META node serving the owner in the cluster map. */
export class RpcMetaPeers implements MetaPeers {
  constructor(private readonly view: MapView, private readonly init: RpcMetaPeersInit) {}

  rootNodeId(): number {
    return rootOwnerOf(this.view.map);
  }

  chooseDirOwner(parentOwner: number): number {
    return chooseDirOwner({ mode: this.init.dirOwner, map: () => this.view.map }, parentOwner);
  }

  /** The client of the meta node serving owner `owner` (a node, or a group's primary). */
  private clientOf(owner: number) {
    return this.view.nodeClient(hivefs.NodeType.META, metaNodeOfOwner(this.view.map, owner));
  }

  /** Calls `def` on the node serving owner `node`; an unknown node or group makes the map be fetched again once. */
  private async call<D extends AnyRpcDef>(node: number, def: D, req: ReqOf<D>): Promise<RespOf<D>> {
    let client;
    try {
      client = this.clientOf(node);
    } catch (e) {
      if (!(e instanceof HiveError) || (e.code !== ErrCode.UNKNOWN_NODE && e.code !== ErrCode.UNKNOWN_GROUP)) throw e;
      await this.view.refresh().catch(() => undefined);
      // still unknown: a lost request, not a refusal (the node may come back)
      try {
        client = this.clientOf(node);
      } catch {
        throw new HiveError(ErrCode.UNREACHABLE, `${describeOwner(node)} is not in the cluster map`);
      }
    }
    return client.call(def, req, { timeoutMs: this.init.timeoutMs });
  }

  async createDir(node: number, intentId: string, step: string, inode: Inode): Promise<void> {
    await this.call(node, Rpc.peerCreateDir, { intentId, step, inode: encodeInode(inode) });
  }

  async removeDir(node: number, intentId: string, step: string, dirId: string): Promise<void> {
    await this.call(node, Rpc.peerRemoveDir, { intentId, step, dirId });
  }

  async adjustLink(node: number, intentId: string, step: string, entryId: string, delta: number, onlyIfStep: string): Promise<void> {
    await this.call(node, Rpc.peerAdjustLink, { intentId, step, entryId, delta, onlyIfStep });
  }

  async setParent(node: number, intentId: string, step: string, dirId: string, parentId: string): Promise<void> {
    await this.call(node, Rpc.peerSetParent, { intentId, step, dirId, parentId });
  }

  async renameIn(node: number, intentId: string, step: string, a: RenameInArgs): Promise<RenameInResult> {
    const r = await this.call(node, Rpc.peerRenameIn, { intentId, step, cred: a.cred, dirId: a.dirId, name: a.name, entryId: a.entryId, type: a.type, noReplace: a.noReplace });
    return { replacedId: r.replacedId, replacedType: r.replacedType, replacedDone: r.replacedDone, same: r.same };
  }

  async getAttrs(node: number, entryIds: readonly string[]): Promise<(hivefs.IAttr | undefined)[]> {
    const r = await this.call(node, Rpc.peerGetAttrs, { entryIds: [...entryIds] });
    return entryIds.map((_, i) => (r.attrs[i]?.entryId ? r.attrs[i] : undefined));
  }

  async intentPending(node: number, intentId: string): Promise<boolean> {
    return (await this.call(node, Rpc.peerIntentState, { intentId })).pending;
  }

  async forget(node: number, intentId: string): Promise<void> {
    await this.call(node, Rpc.peerForgetIntent, { intentId });
  }

  async fenceStep(node: number, intentId: string, step: string): Promise<Fenced> {
    const r = await this.call(node, Rpc.peerFenceStep, { intentId, step });
    return r.applied ? { applied: true, result: JSON.parse(r.resultJson) as unknown } : { applied: false };
  }
}
