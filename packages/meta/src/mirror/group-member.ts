// One meta buddy group on one of its member nodes: the group's space in the role the map gives,
// the primary's hooks (lease and role guard, replication, losing the secondary), the group's
// MetaStore while primary, the root's move into the group (also when it was cut short by a
// failover: root-hand-over.ts), and the resync of the secondary.
import { performance } from 'node:perf_hooks';
import { type KvStore, type Logger } from '@hivefs/common';
import {
  casTargetState, ErrCode, groupOwner, HiveError, hivefs, metaGroup, roleIn, ROOT_ENTRY_ID, type LeaseHolder, type MapView,
} from '@hivefs/protocol';
import { MetaSpace, type ApplyResult, type CompactionPolicy, type JournalEntry, type JournalPosition, type PrimaryHooks } from '../journal/index.js';
import { ServedStore, type StoreServices } from '../served-store.js';
import { inodeKey } from '../store/keys.js';
import type { MetaStore } from '../store/meta-store.js';
import { idleResyncStats, MetaResyncJob } from './resync/index.js';
import { clearHandedOverRoot, handOverPage, rpcRootSource } from './root-hand-over.js';
import { groupStoreKv } from './group-store-kv.js';
import { copyRootInto, moveRootIntoGroup } from './root-move.js';
import { rpcReplicator, rpcSecondaryLink } from './secondary-rpc.js';

const C = hivefs.Consistency;
const R = hivefs.Reachability;

/** Pause before an automatic resync after one that did not complete. */
const RESYNC_RETRY_MS = 5000;

/** What every member of a node shares (one set per daemon). */
export interface MemberContext {
  view: MapView;
  nodeId: number;
  /** The node's store: the group's space and journal live in it, and so does the node's own space. */
  kv: KvStore;
  lease: LeaseHolder;
  log: Logger;
  compaction: CompactionPolicy;
  compactEveryMs: number;
  /** Deadline of a journal push or resync request to the secondary. */
  timeoutMs: number;
  /** Entries the group store's cache keeps. */
  cacheEntries: number;
  services: StoreServices;
}

interface RunningJob {
  job: MetaResyncJob;
  secondaryId: number;
  aborter: AbortController;
  done: Promise<void>;
}

/**
 * The group `groupId` on this node. {@link follow} is called (one call at a time) with each map
 * the node learns: it promotes or demotes the space, opens the group's store once this node may
 * write as primary, moves the root in when the map names the group for it, and starts resyncs.
 */
export class GroupMember {
  private served: ServedStore | undefined;
  /** The group space holds the root directory (only looked at when the map names this group for it). */
  private rootHere = false;
  /** Why the group space lacks the root, as last logged. */
  private rootMissingWhy = '';
  private running: RunningJob | undefined;
  private lastStats: hivefs.IResyncStats | undefined;
  private retryAfterMs = 0;
  private readonly aborter = new AbortController();
  private readonly log: Logger;

  private constructor(private readonly c: MemberContext, readonly groupId: number, readonly space: MetaSpace) {
    this.log = c.log;
  }

  /** Opens the group's space in the role `g` gives this node. */
  static async open(c: MemberContext, g: hivefs.IBuddyGroup): Promise<GroupMember> {
    const groupId = g.groupId ?? 0;
    const log = c.log.child({ groupId });
    let member: GroupMember | undefined;
    const role = roleIn(g, c.nodeId) === 'primary' ? { primary: memberHooks({ ...c, log }, () => member!, g) } : ('secondary' as const);
    const space = await MetaSpace.open({ kv: c.kv, groupId, logger: log, role, compaction: c.compaction });
    member = new GroupMember({ ...c, log }, groupId, space);
    space.startCompaction(c.compactEveryMs);
    log.info({ role: space.role }, `meta buddy group ${groupId}: space opened`);
    return member;
  }

  /** Throws NOT_PRIMARY unless the map names this node the group's primary and it holds a lease for that map. */
  guard(): void {
    const { view, nodeId, lease } = this.c;
    const g = metaGroup(view.map, this.groupId);
    if (g?.primaryId !== nodeId) {
      throw new HiveError(ErrCode.NOT_PRIMARY, `meta node ${nodeId} is not the primary of meta buddy group ${this.groupId} in map version ${view.version}`, view.version);
    }
    if (!lease.valid(view.version)) {
      throw new HiveError(ErrCode.NOT_PRIMARY, `meta node ${nodeId}, primary of meta buddy group ${this.groupId}, holds no lease from mgmtd for map version ${view.version}; request refused`, view.version);
    }
  }

  private guardHolds(): boolean {
    try {
      this.guard();
      return true;
    } catch {
      return false;
    }
  }


  /**
   * The primary lost its secondary: records it at mgmtd (Good -> Needs-resync), only while this
   * node may act as primary — a former primary paused past its lease must never mark the new one.
   */
  async loseSecondary(err: unknown): Promise<void> {
    this.guard();
    const secondaryId = metaGroup(this.c.view.map, this.groupId)?.secondaryId ?? 0;
    // the guard again before every attempt: mgmtd may be silent past the lease
    const cas = await casTargetState(this.c.view, hivefs.NodeType.META, secondaryId, C.GOOD, C.NEEDS_RESYNC, this.log, this.aborter.signal, () => this.guard());
    this.log.warn({ secondaryId, err: String((err as Error)?.message ?? err), casSwapped: cas.swapped }, `meta buddy group ${this.groupId}: going on without secondary meta node ${secondaryId} (needs resync)`);
  }

  /** Follows group `g` of the current map (see the class comment); errors are logged and retried at the next call. */
  async follow(g: hivefs.IBuddyGroup): Promise<void> {
    const role = roleIn(g, this.c.nodeId);
    try {
      if (role !== 'primary') {
        await this.stepDown();
        await this.clearOwnRoot();
        return;
      }
      if (this.space.role === 'secondary') await this.space.promote(memberHooks(this.c, () => this, g));
      if (!this.served && this.guardHolds()) await this.openStore();
      if (!this.served) return;
      await this.settleRoot();
      this.maybeResync(g);
    } catch (e) {
      this.log.warn({ err: (e as Error).message, role }, `meta buddy group ${this.groupId}: following the map failed; retrying at the next map or heartbeat`);
    }
  }

  /** The group's store; BUSY while it opens, NOT_PRIMARY when this node is not the primary. */
  store(): MetaStore {
    const { view, nodeId } = this.c;
    const primary = metaGroup(view.map, this.groupId)?.primaryId;
    if (primary !== nodeId) throw new HiveError(ErrCode.NOT_PRIMARY, `meta node ${nodeId} is not the primary of meta buddy group ${this.groupId} (primary: ${primary ?? 'none'}) in map version ${view.version}`, view.version);
    if (!this.served) throw new HiveError(ErrCode.BUSY, `meta buddy group ${this.groupId} is still starting on meta node ${nodeId}`);
    return this.served.store;
  }

  /** The store holding the root (the map names this group for it); BUSY until its move is done. */
  rootStore(): MetaStore {
    const store = this.store();
    if (!this.rootHere) throw new HiveError(ErrCode.BUSY, `the root directory is being moved into meta buddy group ${this.groupId}`);
    return store;
  }

  /** The group's store while it serves (no checks: background work such as recovery kicks). */
  get servedStore(): MetaStore | undefined {
    return this.served?.store;
  }

  /**
   * Rpc.rootHandOver on the node holding the root in its own space: a page of it after `after`
   * for the group's primary (root-hand-over.ts). NOT_FOUND unless the map names this group for the
   * root and this node as its holder, and the own space still holds it.
   */
  rootHandOver(after: string): Promise<hivefs.IRootHandOverResp> {
    const map = this.c.view.map;
    if ((map?.rootGroupId ?? 0) !== this.groupId || (map?.rootNodeId ?? 0) !== this.c.nodeId) {
      return Promise.reject(new HiveError(ErrCode.NOT_FOUND, `map version ${this.c.view.version} does not name meta node ${this.c.nodeId} as the holder of the root moving into meta buddy group ${this.groupId}`));
    }
    return handOverPage(this.c.kv, after);
  }

  /** Applies the journal entries of one push of the primary (NOT_SECONDARY unless this node is the secondary). */
  push(entries: readonly JournalEntry[]): Promise<ApplyResult> {
    return this.space.applyAll(entries);
  }

  /** The secondary's applied position (NOT_SECONDARY on the primary). */
  position(): JournalPosition {
    const f = this.space.follower;
    if (!f) throw new HiveError(ErrCode.NOT_SECONDARY, `meta node ${this.c.nodeId} is not the secondary of meta buddy group ${this.groupId}`, this.c.view.version);
    return f.position;
  }

  /** Starts a resync of the secondary on request (StartMetaResync); resolves its first stats. */
  async startResync(req: hivefs.IStartMetaResyncReq): Promise<hivefs.IResyncStats> {
    this.store();
    if (this.running && !req.restart) throw new HiveError(ErrCode.BUSY, `a resync of meta buddy group ${this.groupId} is running; ask with restart to begin again`);
    await this.abortJob('restarted on request');
    const g = metaGroup(this.c.view.map, this.groupId) ?? {};
    const secondaryId = g.secondaryId ?? 0;
    const sec = this.c.view.target(secondaryId, hivefs.NodeType.META);
    if (sec?.reachability !== R.ONLINE) throw new HiveError(ErrCode.TARGET_OFFLINE, `secondary meta node ${secondaryId} of meta buddy group ${this.groupId} is not online; resync not started`);
    if (sec.consistency !== C.NEEDS_RESYNC) {
      // mgmtd must not promote a secondary while it is being rewritten
      await casTargetState(this.c.view, hivefs.NodeType.META, secondaryId, sec.consistency ?? C.GOOD, C.NEEDS_RESYNC, this.log, this.aborter.signal, () => this.guard());
    }
    if (this.running) throw new HiveError(ErrCode.BUSY, `a resync of meta buddy group ${this.groupId} started meanwhile`);
    return this.runJob(secondaryId, !!req.full).stats();
  }

  /** The running or last resync's stats (primary only). */
  resyncStats(): hivefs.IResyncStats {
    this.store();
    const secondaryId = metaGroup(this.c.view.map, this.groupId)?.secondaryId ?? 0;
    return this.running?.job.stats() ?? this.lastStats ?? idleResyncStats(this.groupId, this.c.nodeId, secondaryId);
  }

  /** The secondary being resynced now, or 0. */
  get resyncing(): number {
    return this.running?.secondaryId ?? 0;
  }

  /** Stops the resync, the store and the space's role (the node's store stays open). */
  async close(): Promise<void> {
    this.aborter.abort();
    await this.abortJob('the meta daemon is stopping');
    const s = this.served;
    this.served = undefined;
    await this.space.close();
    await s?.stop();
  }

  /** Primary -> secondary: the store goes first (requests get NOT_PRIMARY), then the space follows the new primary. */
  private async stepDown(): Promise<void> {
    await this.abortJob('this node is no longer the primary');
    const s = this.served;
    this.served = undefined;
    this.rootHere = false;
    if (this.space.role === 'primary') await this.space.demote();
    if (s) {
      await s.stop();
      this.log.info(`meta buddy group ${this.groupId}: store closed (now secondary)`);
    }
  }

  /**
   * Opens a fresh store over the space: its cache and index are built now, so they never predate
   * the entries applied as secondary; while it serves, every write of the space goes through it.
   */
  private async openStore(): Promise<void> {
    const owner = groupOwner(this.groupId);
    const kv = await groupStoreKv(this.space.kv, this.c.cacheEntries);
    this.served = await ServedStore.open(this.c.services, kv, owner, { groupId: this.groupId });
    this.rootHere = false;
    this.log.info({ owner }, `meta buddy group ${this.groupId}: serving as primary`);
  }

  /**
   * When the map names this group for the root: on the node that held it, moves it in from the
   * node's own space (once; see root-move.ts); elsewhere, pulls it from the holder unless the
   * group space holds it already (a move cut short by a failover; root-hand-over.ts).
   */
  private async settleRoot(): Promise<void> {
    const map = this.c.view.map;
    if (!this.served || this.rootHere || (map?.rootGroupId ?? 0) !== this.groupId) return;
    if ((map?.rootNodeId ?? 0) === this.c.nodeId) {
      const r = await moveRootIntoGroup(this.c.kv, this.served.kv, groupOwner(this.groupId), this.log);
      if (r.done && r.cleared > 0) this.log.info({ copied: r.copied, cleared: r.cleared }, `root directory moved into meta buddy group ${this.groupId}`);
      if (!r.done) this.log.error(`the map names meta buddy group ${this.groupId} for the root directory, but neither this node's space nor the group's holds it`);
      this.rootHere = r.done;
      return;
    }
    this.rootHere = (await this.served.kv.get(inodeKey(ROOT_ENTRY_ID))) !== undefined;
    if (!this.rootHere) this.rootHere = await this.pullRoot(map?.rootNodeId ?? 0);
  }

  /**
   * Copies the root from its holder's own space into the group space (journaled, the inode last)
   * unless the map shows the holder Offline; whether the group space holds it now. Why it does
   * not is logged when the reason changes.
   */
  private async pullRoot(holderId: number): Promise<boolean> {
    const holder = this.c.view.target(holderId, hivefs.NodeType.META);
    let why: string;
    if (!holder) why = `its holder, meta node ${holderId}, is not in the map`;
    else if (holder.reachability === R.OFFLINE) why = `its holder, meta node ${holderId}, is Offline`;
    else {
      try {
        const r = await copyRootInto(this.served!.kv, rpcRootSource(this.c.view, holderId, this.groupId, this.c.timeoutMs), groupOwner(this.groupId));
        if (r.done) {
          this.log.info({ holderId, copied: r.copied }, `root directory handed over into meta buddy group ${this.groupId} by meta node ${holderId} (its move had been cut short)`);
          this.rootMissingWhy = '';
          return true;
        }
        why = `its holder, meta node ${holderId}, holds no root in its own space`;
      } catch (e) {
        why = `asking its holder, meta node ${holderId}, failed: ${(e as Error).message}`;
      }
    }
    if (why !== this.rootMissingWhy) {
      this.rootMissingWhy = why;
      this.log.warn(`the map names meta buddy group ${this.groupId} for the root directory, but its space does not hold it yet: ${why}; root requests answer BUSY until the holder hands it over`);
    }
    return false;
  }

  /**
   * As secondary, on the node that held the root: deletes its own copy once the group space (fed
   * by the journal) holds the root inode (root-hand-over.ts).
   */
  private async clearOwnRoot(): Promise<void> {
    const map = this.c.view.map;
    if ((map?.rootGroupId ?? 0) !== this.groupId || (map?.rootNodeId ?? 0) !== this.c.nodeId || this.space.role !== 'secondary') return;
    const cleared = await clearHandedOverRoot(this.c.kv, this.space.view, groupOwner(this.groupId));
    if (cleared > 0) this.log.info({ cleared }, `root directory deleted from this node's own space: meta buddy group ${this.groupId} holds it`);
  }

  /** Starts a resync when the map shows the secondary Online and Needs-resync (one at a time; not right after a failed one). */
  private maybeResync(g: hivefs.IBuddyGroup): void {
    if (this.running || performance.now() < this.retryAfterMs || !this.guardHolds()) return;
    const sec = this.c.view.target(g.secondaryId ?? 0, hivefs.NodeType.META);
    if (sec?.reachability !== R.ONLINE || sec.consistency !== C.NEEDS_RESYNC) return;
    this.runJob(g.secondaryId ?? 0, false);
  }

  private runJob(secondaryId: number, full: boolean): MetaResyncJob {
    const { view, nodeId, timeoutMs } = this.c;
    const aborter = new AbortController();
    const job = new MetaResyncJob({
      groupId: this.groupId, primaryId: nodeId, secondaryId, space: this.space, link: rpcSecondaryLink(view, this.groupId, timeoutMs), log: this.log,
      markGood: async () => (await casTargetState(view, hivefs.NodeType.META, secondaryId, C.NEEDS_RESYNC, C.GOOD, this.log, aborter.signal, () => this.guard())).swapped,
    });
    const run: RunningJob = { job, secondaryId, aborter, done: Promise.resolve() };
    run.done = job.run({ full, signal: aborter.signal }).then((stats) => {
      this.lastStats = stats;
      if (stats.state !== hivefs.ResyncJobState.RESYNC_COMPLETED) this.retryAfterMs = performance.now() + RESYNC_RETRY_MS;
    }).finally(() => {
      if (this.running === run) this.running = undefined;
    });
    this.running = run;
    return job;
  }

  private async abortJob(why: string): Promise<void> {
    const r = this.running;
    if (!r) return;
    r.aborter.abort(new Error(why));
    await r.done.catch(() => undefined);
  }
}

/**
 * The primary hooks of group `g` on a node with context `c`; `member()` is asked only when a
 * batch is written (a space opened as primary needs its hooks before the member exists).
 */
function memberHooks(c: MemberContext, member: () => GroupMember, g: hivefs.IBuddyGroup): PrimaryHooks {
  return {
    replicator: rpcReplicator(c.view, g.groupId ?? 0, c.timeoutMs),
    onSecondaryLost: (err) => member().loseSecondary(err),
    guard: () => member().guard(),
    secondary: secondaryShownGood(c.view, g) ? 'good' : 'needs-resync',
  };
}

/** Whether the map shows the secondary of `g` Good (entries then go to it at once). */
function secondaryShownGood(view: MapView, g: hivefs.IBuddyGroup): boolean {
  return view.target(g.secondaryId ?? 0, hivefs.NodeType.META)?.consistency === C.GOOD;
}
