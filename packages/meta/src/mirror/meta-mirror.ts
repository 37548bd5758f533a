// Meta buddy mirroring on a meta daemon: the primary lease from heartbeat replies, the member of
// this node's meta buddy group following the map, and the group side of the mirror RPCs.
import type { Logger } from '@hivefs/common';
import { ErrCode, HiveError, LeaseHolder, metaGroupOfNode, type hivefs, type MapView } from '@hivefs/protocol';
import type { ApplyResult, JournalEntry, JournalPosition, MetaSpace } from '../journal/index.js';
import type { MetaStore } from '../store/meta-store.js';
import { GroupMember, type MemberContext } from './group-member.js';
import { journalStatsMessage } from './journal-stats.js';
import { SnapshotReceiver } from './resync/index.js';

/**
 * The mirroring side of a meta daemon. The daemon feeds {@link onHeartbeatReply} and reports
 * {@link resyncing}; every map change and heartbeat reply makes the member of this node's group
 * follow the map (one step at a time). Handlers reach the group's store through
 * {@link groupStore} / {@link rootStore} and the journal RPCs through the other methods.
 */
export class MetaMirror {
  readonly lease: LeaseHolder;
  private member: GroupMember | undefined;
  private syncing: Promise<void> | undefined;
  private again = false;
  private closed = false;
  private readonly receiver: SnapshotReceiver;
  private readonly onMap = (): void => void this.sync();

  constructor(private readonly c: Omit<MemberContext, 'lease'> & { lease?: LeaseHolder }) {
    this.lease = c.lease ?? new LeaseHolder();
    this.receiver = new SnapshotReceiver({ space: (groupId) => this.spaceOf(groupId), log: c.log.child({ component: 'snapshot-receiver' }) });
    this.view.on('map', this.onMap);
  }

  private get view(): MapView {
    return this.c.view;
  }

  private get log(): Logger {
    return this.c.log;
  }

  /** Heartbeat hook: renews the lease from a reply to a beat sent at `sentAtMs` (performance.now()), then follows the map. */
  onHeartbeatReply(resp: hivefs.IHeartbeatResp, sentAtMs: number): void {
    this.lease.grant(resp.leaseMs ?? 0, sentAtMs, Number(resp.mapVersion ?? 0));
    void this.sync();
  }

  /**
   * Makes the member follow the map now: opens the space of this node's group (closing one of a
   * group the node left), then {@link GroupMember.follow}. Calls while one runs coalesce into one more.
   */
  sync(): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (this.syncing) {
      this.again = true;
      return this.syncing;
    }
    this.syncing = (async () => {
      do {
        this.again = false;
        await this.syncOnce().catch((e: Error) => this.log.warn({ err: e.message }, 'meta buddy group: following the map failed; retrying at the next map or heartbeat'));
      } while (this.again && !this.closed);
    })().finally(() => (this.syncing = undefined));
    return this.syncing;
  }

  private async syncOnce(): Promise<void> {
    const g = metaGroupOfNode(this.view.map, this.c.nodeId);
    if (this.member && this.member.groupId !== (g?.groupId ?? 0)) {
      const left = this.member;
      this.member = undefined;
      await left.close();
      this.log.info({ groupId: left.groupId }, `meta buddy group ${left.groupId}: this node is no longer a member; space closed`);
    }
    if (!g || this.closed) return;
    this.member ??= await GroupMember.open({ ...this.c, lease: this.lease }, g);
    await this.member.follow(g);
  }

  /** The store of group `groupId` (see {@link GroupMember.store}); NOT_PRIMARY when this node is not in it. */
  groupStore(groupId: number): MetaStore {
    return this.memberOf(groupId, ErrCode.NOT_PRIMARY).store();
  }

  /** The store of the root when the map names group `groupId` for it (BUSY while it moves in). */
  rootStore(groupId: number): MetaStore {
    return this.memberOf(groupId, ErrCode.NOT_PRIMARY).rootStore();
  }

  /** Group stores served now (recovery kicks, forgetting intents). */
  servedStores(): MetaStore[] {
    const s = this.member?.servedStore;
    return s ? [s] : [];
  }

  /** The space of `groupId` on this node, if open (the snapshot receiver's view). */
  spaceOf(groupId: number): MetaSpace | undefined {
    return this.member?.groupId === groupId ? this.member.space : undefined;
  }

  /**
   * Before a request of the group's primary is refused for a group this node holds no space of:
   * when the sender's map (`senderVersion`) is newer, fetch it; when the map makes this node a
   * member, follow it first (a new group's primary may push entries before this node's
   * heartbeat brought the map that made the group).
   */
  private async follows(groupId: number, senderVersion: number): Promise<void> {
    if (this.member?.groupId === groupId || this.closed) return;
    if (senderVersion > this.view.version) {
      await this.view.refresh().catch((e: Error) => this.log.warn({ err: e.message, senderVersion }, 'map refresh for a newer sender failed; using the cached map'));
    }
    if (metaGroupOfNode(this.view.map, this.c.nodeId)?.groupId === groupId) await this.sync();
  }

  /** Rpc.journalPush on the secondary (`senderVersion`: the primary's map version). */
  async push(groupId: number, entries: readonly JournalEntry[], senderVersion: number): Promise<ApplyResult> {
    await this.follows(groupId, senderVersion);
    return this.memberOf(groupId, ErrCode.NOT_SECONDARY).push(entries);
  }

  /** Rpc.journalPosition on the secondary. */
  async position(groupId: number, senderVersion: number): Promise<JournalPosition> {
    await this.follows(groupId, senderVersion);
    return this.memberOf(groupId, ErrCode.NOT_SECONDARY).position();
  }

  /** Rpc.snapshotPage on the secondary. */
  async snapshotPage(req: hivefs.ISnapshotPageReq, senderVersion: number): Promise<hivefs.ISnapshotPageResp> {
    await this.follows(req.groupId ?? 0, senderVersion);
    this.memberOf(req.groupId ?? 0, ErrCode.NOT_SECONDARY);
    return this.receiver.page(req);
  }

  /** Rpc.rootHandOver on the member holding the root in its own space (see {@link GroupMember.rootHandOver}). */
  rootHandOver(groupId: number, after: string): Promise<hivefs.IRootHandOverResp> {
    return this.memberOf(groupId, ErrCode.UNKNOWN_GROUP).rootHandOver(after);
  }

  /** Rpc.metaJournalStats on any member. */
  journalStats(groupId: number): hivefs.IMetaJournalStats {
    return journalStatsMessage(this.memberOf(groupId, ErrCode.UNKNOWN_GROUP).space.stats(), this.c.nodeId);
  }

  /** Rpc.getMetaResyncStats on the primary. */
  resyncStats(groupId: number): hivefs.IResyncStats {
    return this.memberOf(groupId, ErrCode.NOT_PRIMARY).resyncStats();
  }

  /** Rpc.startMetaResync on the primary. */
  startResync(req: hivefs.IStartMetaResyncReq): Promise<hivefs.IResyncStats> {
    return this.memberOf(req.groupId ?? 0, ErrCode.NOT_PRIMARY).startResync(req);
  }

  /** Secondaries this node resyncs now (the heartbeat's `resyncing`). */
  resyncing(): number[] {
    const s = this.member?.resyncing ?? 0;
    return s ? [s] : [];
  }

  /** Stops the member (resync, store, space role) and drops the lease. */
  async close(): Promise<void> {
    this.closed = true;
    this.view.off('map', this.onMap);
    this.lease.revoke();
    this.receiver.close();
    await this.syncing;
    await this.member?.close();
    this.member = undefined;
  }

  /** The member of `groupId` on this node; `code` (with a reason) when this node holds no space of it. */
  private memberOf(groupId: number, code: ErrCode): GroupMember {
    const m = this.member;
    if (m?.groupId === groupId) return m;
    throw new HiveError(code, `meta node ${this.c.nodeId} holds no space of meta buddy group ${groupId} (map version ${this.view.version})`, this.view.version);
  }
}
