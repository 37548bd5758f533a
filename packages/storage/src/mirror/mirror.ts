// Buddy mirroring on a storage daemon: request checks, forwarding to the secondary, losing it, dirty sets and resync jobs per group.
import type { Logger } from '@hivefs/common';
import { ErrCode, HiveError, LeaseHolder, casTargetState, findGroup, groupsOfMember, hivefs, type MapView, type RpcClient } from '@hivefs/protocol';
import type { ChunkStore } from '../chunk-store.js';
import type { TargetSet } from '../targets.js';
import { checkLease, checkPrimary, checkSecondary, mirroredGroup } from './checks.js';
import { PrimaryGroup } from './primary-group.js';
import { mayDiverge, realignChunks } from './realign.js';
import { startResyncJob, type ResyncOptions } from './resync/job.js';

const C = hivefs.Consistency;
const R = hivefs.Reachability;

/** Lease assumed for the resync window before the first heartbeat reply named one (mgmtd's default). */
const DEFAULT_LEASE_MS = 4000;
/** Pause before an automatic job after an interrupted one, and after one that ended with errors. */
const RETRY_INTERRUPTED_MS = 2000;
const RETRY_FAILED_MS = 30_000;

/** Whether the map shows a secondary that misses changes: Offline, or not Good. */
function lossShown(sec: hivefs.ITargetInfo): boolean {
  return sec.reachability === R.OFFLINE || sec.consistency === C.NEEDS_RESYNC || sec.consistency === C.BAD;
}

/** What {@link Mirror} needs. */
export interface MirrorInit {
  view: MapView;
  targets: TargetSet;
  store: ChunkStore;
  log: Logger;
  /** tuneMirrorForwardTimeoutMs. */
  forwardTimeoutMs: number;
  /** The node's primary lease; a new one when omitted. */
  lease?: LeaseHolder;
}

/** One mirrored operation of a client on the group's primary. */
export interface PrimaryOp<R> {
  /** e.g. `write of 1-2-3` (for errors and logs). */
  what: string;
  groupId: number;
  /** The target the sender named as the primary. */
  targetId: number;
  /** The sender's map version (from the request header). */
  mapVersion: number;
  /** The chunks the operation touches (locked shared; dirty when changed alone). */
  entryIds: readonly string[];
  /** A write's byte range in its one chunk (a resync then copies only that part); none: the chunk changed as a whole. */
  range?: { offset: number; length: number };
  /** Changes chunk data (write, truncate, unlink): needs the lease, dirties chunks. False: fsync. */
  changes: boolean;
  /** The local operation in buddymir/. */
  local: () => Promise<R>;
  /** Sends the forwarded copy to the secondary target `secondaryId`. */
  forward: (client: RpcClient, secondaryId: number, timeoutMs: number) => Promise<unknown>;
}

/**
 * The mirroring side of a storage daemon. Handlers call {@link primaryOp} for mirrored client
 * requests, {@link asSecondary} for forwarded ones and resync copies, {@link asReader} for reads;
 * the daemon feeds {@link onHeartbeatReply} and reports {@link resyncingTargets}.
 */
export class Mirror {
  readonly lease: LeaseHolder;
  private readonly view: MapView;
  private readonly log: Logger;
  private readonly groups = new Map<string, Promise<PrimaryGroup>>();
  private leaseMs = DEFAULT_LEASE_MS;
  private closed = false;
  private readonly onMap = (): void => void this.maybeStartJobs();

  constructor(private readonly init: MirrorInit) {
    this.view = init.view;
    this.log = init.log;
    this.lease = init.lease ?? new LeaseHolder();
    this.view.on('map', this.onMap);
  }

  /** Heartbeat hook: renews the lease from a reply to a beat sent at `sentAtMs` (performance.now()). */
  onHeartbeatReply(resp: hivefs.IHeartbeatResp, sentAtMs: number): void {
    const ms = resp.leaseMs ?? 0;
    if (ms > 0) this.leaseMs = ms;
    this.lease.grant(ms, sentAtMs, Number(resp.mapVersion ?? 0));
    void this.maybeStartJobs();
  }

  /** Secondaries with a resync job running now (the heartbeat's `resyncing`). */
  resyncingTargets(): number[] {
    const out: number[] = [];
    for (const g of this.loaded()) if (g.job) out.push(g.job.secondaryId);
    return out.sort((a, b) => a - b);
  }

  /** Checks a mirrored read (or length query): the target must be the group's primary for a current enough map. It must hold a lease, as for changes. */
  async asReader(groupId: number, targetId: number, mapVersion: number): Promise<void> {
    await mirroredGroup(this.view, groupId, mapVersion, this.log);
    this.init.targets.get(targetId);
    // A former primary that was paused past its lease must not answer a client whose map is as
    // old as its own with data its buddy has overwritten since: the lease first (renewing it may
    // bring a newer map), then the role in the map as it is now.
    await checkLease(this.lease, this.view, groupId);
    checkPrimary(this.view, await mirroredGroup(this.view, groupId, mapVersion, this.log), targetId, mapVersion);
  }

  /** Checks a forwarded request or resync copy: `targetId` must be served here and be the group's secondary. */
  async asSecondary(groupId: number, targetId: number, mapVersion: number): Promise<void> {
    const g = await mirroredGroup(this.view, groupId, mapVersion, this.log);
    this.init.targets.get(targetId);
    checkSecondary(this.view, g, targetId);
  }

  /**
   * Runs a mirrored client operation on the primary: checks (role, map age, lease), the local op
   * and — unless the secondary is known to miss changes — its forward in parallel. A failed
   * forward makes the group go on alone (recorded durably and at mgmtd first); chunks changed
   * alone enter the dirty set before the reply. A change is acknowledged only with the lease.
   */
  async primaryOp<T>(op: PrimaryOp<T>): Promise<T> {
    const g = await mirroredGroup(this.view, op.groupId, op.mapVersion, this.log);
    const target = this.init.targets.get(op.targetId);
    checkPrimary(this.view, g, op.targetId, op.mapVersion);
    if (op.changes) await checkLease(this.lease, this.view, op.groupId);
    const pg = await this.group(op.groupId, target.id, g.secondaryId ?? 0);
    const keys = [...new Set(op.entryIds)].sort();
    for (const k of keys) {
      const w = pg.locks.shared(k);
      if (w) await w;
    }
    let realign: { secondaryId: number; why: string } | undefined;
    try {
      let result: T;
      if (await this.forwarding(pg, g)) {
        const secondaryId = g.secondaryId ?? 0;
        let fwdErr: unknown;
        const fwd = this.forward(op, secondaryId).catch((e: unknown) => void (fwdErr = e));
        const local = op.local();
        const [localDone] = await Promise.allSettled([local, fwd]);
        if (localDone.status === 'rejected' && op.changes && mayDiverge(localDone.reason, fwdErr)) realign = { secondaryId, why: `${op.what} failed here (${(localDone.reason as Error).message}) ${fwdErr === undefined ? 'but not' : 'and'} on target ${secondaryId}` };
        result = await local;
        if (fwdErr !== undefined) {
          await this.loseSecondary(pg, op.groupId, secondaryId, `${op.what} forward to target ${secondaryId} failed: ${(fwdErr as Error).message}`);
          if (op.changes) await pg.markDirty(op.entryIds, op.range);
        }
      } else {
        result = await op.local();
        if (op.changes) await pg.markDirty(op.entryIds, op.range);
      }
      if (op.changes) {
        await checkLease(this.lease, this.view, op.groupId);
        checkPrimary(this.view, findGroup(this.view.map, hivefs.NodeType.STORAGE, op.groupId) ?? {}, op.targetId, op.mapVersion);
      }
      return result;
    } finally {
      for (const k of keys) pg.locks.releaseShared(k);
      if (realign) await this.realign(pg, op, realign.secondaryId, realign.why);
    }
  }

  /**
   * A change failed here but may have been applied on the secondary (a full disk here, an I/O
   * error): the secondary gets this primary's state of the chunks at once, without a record on
   * this target (which may have no room for one). If that fails too, the secondary is lost and
   * the chunks are dirty (recorded when this target has room; logged when not).
   */
  private async realign(pg: PrimaryGroup, op: PrimaryOp<unknown>, secondaryId: number, why: string): Promise<void> {
    try {
      await realignChunks(pg, op.entryIds, this.view.targetClient(secondaryId), secondaryId, this.init.forwardTimeoutMs);
      this.log.warn({ groupId: op.groupId, secondaryId, entryIds: op.entryIds, why }, `buddy group ${op.groupId}: the secondary's copies of the chunks were made equal to the primary's again`);
    } catch (e) {
      try {
        await this.loseSecondary(pg, op.groupId, secondaryId, `${why}; making the secondary's copies equal failed: ${(e as Error).message}`);
        await pg.markDirty(op.entryIds);
      } catch (lost) {
        this.log.error({ groupId: op.groupId, secondaryId, entryIds: op.entryIds, why, err: (lost as Error).message }, `buddy group ${op.groupId}: the secondary's copies may differ from the primary's and that could not be recorded; run --startresync --full once there is room`);
      }
    }
  }

  /** Starts a resync job of a group this daemon is primary of (StartResync); resolves its first stats. */
  async startResync(req: hivefs.IStartResyncReq): Promise<hivefs.IResyncStats> {
    const groupId = req.groupId ?? 0;
    const { pg, g } = await this.primaryGroupOf(groupId);
    if (pg.job && !req.restart) throw new HiveError(ErrCode.BUSY, `a resync job of buddy group ${groupId} is running; ask with restart to begin again`);
    if (pg.job) {
      pg.job.abort('restarted on request');
      await pg.job.done.catch(() => undefined);
    }
    const secondaryId = g.secondaryId ?? 0;
    const sec = this.view.target(secondaryId);
    if (sec?.reachability !== R.ONLINE) throw new HiveError(ErrCode.TARGET_OFFLINE, `secondary target ${secondaryId} of buddy group ${groupId} is not online; resync not started`);
    if (sec.consistency !== C.NEEDS_RESYNC) {
      // A Good secondary first becomes Needs-resync (mgmtd must not promote it while it is being
      // rewritten), and so does a Bad one (the job ends by setting Needs-resync -> Good).
      await pg.serially(() => casTargetState(this.view, hivefs.NodeType.STORAGE, secondaryId, sec.consistency ?? C.GOOD, C.NEEDS_RESYNC, this.log));
    }
    this.runJob(pg, secondaryId, { full: !!req.full, sinceMs: Number(req.sinceMs ?? 0) });
    return pg.job!.stats;
  }

  /** The last (or running) resync job's stats of a group this daemon is primary of. */
  async resyncStats(groupId: number): Promise<hivefs.IResyncStats> {
    const { pg } = await this.primaryGroupOf(groupId);
    return pg.job?.stats ?? pg.state.stats;
  }

  /** Stops every job and closes the dirty sets. */
  async close(): Promise<void> {
    this.closed = true;
    this.view.off('map', this.onMap);
    this.lease.revoke();
    await Promise.all(this.loaded().map((g) => g.close()));
  }

  /** Groups already loaded (those still loading are left out). */
  private loaded(): PrimaryGroup[] {
    const out: PrimaryGroup[] = [];
    for (const g of this.ready.values()) out.push(g);
    return out;
  }

  private readonly ready = new Map<string, PrimaryGroup>();

  /** The primary state of `groupId` on target `targetId`, loaded once. */
  private group(groupId: number, targetId: number, secondaryId: number): Promise<PrimaryGroup> {
    const key = `${groupId}:${targetId}`;
    let p = this.groups.get(key);
    if (!p) {
      p = PrimaryGroup.load(this.init.targets.get(targetId), groupId, secondaryId).then((g) => {
        this.ready.set(key, g);
        return g;
      });
      p.catch(() => this.groups.delete(key));
      this.groups.set(key, p);
    }
    return p;
  }

  /** The group `groupId` whose primary this daemon serves, or NOT_PRIMARY / UNKNOWN_GROUP. */
  private async primaryGroupOf(groupId: number): Promise<{ pg: PrimaryGroup; g: hivefs.IBuddyGroup }> {
    const g = await mirroredGroup(this.view, groupId, 0, this.log);
    const primaryId = g.primaryId ?? 0;
    if (!this.init.targets.ids().includes(primaryId)) {
      throw new HiveError(ErrCode.NOT_PRIMARY, `this storage daemon does not serve target ${primaryId}, the primary of buddy group ${groupId}`, this.view.version);
    }
    return { pg: await this.group(groupId, primaryId, g.secondaryId ?? 0), g };
  }

  /** Whether this operation is forwarded; goes on alone first when the map shows the secondary unable to follow. */
  private async forwarding(pg: PrimaryGroup, g: hivefs.IBuddyGroup): Promise<boolean> {
    if (pg.mode === 'resyncing') return true;
    const secondaryId = g.secondaryId ?? 0;
    const sec = this.view.target(secondaryId);
    const missing = !sec || lossShown(sec);
    if (pg.mode === 'alone' && !missing && pg.reported && this.view.version > pg.reportedVersion) {
      // A map newer than the loss shows the secondary Online and Good: an admin set it so
      // (--setstate good --force). Take the override: forget the loss and mirror again.
      await this.acceptGood(pg, g.groupId ?? 0, secondaryId);
      return !pg.state.secondaryNeedsResync;
    }
    if (pg.mode === 'alone' || missing) {
      if (!pg.reported || !pg.state.secondaryNeedsResync) {
        const notGood = sec?.consistency === C.NEEDS_RESYNC || sec?.consistency === C.BAD;
        await this.loseSecondary(pg, g.groupId ?? 0, secondaryId, missing ? `the map shows secondary target ${secondaryId} ${sec ? 'offline or not good' : 'missing'}` : 'the secondary needed a resync before this daemon started', notGood);
      }
      return false;
    }
    return true;
  }

  private forward(op: PrimaryOp<unknown>, secondaryId: number): Promise<unknown> {
    let client: RpcClient;
    try {
      client = this.view.targetClient(secondaryId);
    } catch (e) {
      return Promise.reject(e as Error);
    }
    return op.forward(client, secondaryId, this.init.forwardTimeoutMs);
  }

  /** Ends a loss mgmtd no longer shows (see forwarding): the dirty set goes, forwards start again. */
  private async acceptGood(pg: PrimaryGroup, groupId: number, secondaryId: number): Promise<void> {
    await pg.serially(async () => {
      if (!pg.state.secondaryNeedsResync || pg.job || this.view.version <= pg.reportedVersion) return;
      const dropped = pg.dirty?.size ?? 0;
      await pg.clearLoss();
      pg.reported = false;
      this.log.warn({ groupId, secondaryId, mapVersion: this.view.version, dropped }, `buddy group ${groupId}: secondary target ${secondaryId} was set Good at mgmtd; mirroring to it again without a resync (${dropped} chunk files changed alone are not copied)`);
    });
  }

  /**
   * The secondary misses changes: persist that (new dirty set, state file), stop a running job,
   * then set it GOOD -> NEEDS_RESYNC at mgmtd (retried until answered; already not Good is fine).
   * Only a daemon still primary in a fresh map does so, else NOT_PRIMARY.
   */
  private async loseSecondary(pg: PrimaryGroup, groupId: number, secondaryId: number, why: string, takeover = false): Promise<void> {
    pg.losses++;
    pg.job?.abort(why);
    await pg.serially(async () => {
      if (pg.reported && pg.state.secondaryNeedsResync) return;
      await this.view.refresh().catch(() => undefined);
      const g = findGroup(this.view.map, hivefs.NodeType.STORAGE, groupId);
      if (!g || g.primaryId !== pg.target.id) {
        throw new HiveError(ErrCode.NOT_PRIMARY, `target ${pg.target.id} is no longer the primary of buddy group ${groupId} in map version ${this.view.version}`, this.view.version);
      }
      await checkLease(this.lease, this.view, groupId);
      await pg.recordLoss(secondaryId, takeover);
      const cas = await casTargetState(this.view, hivefs.NodeType.STORAGE, secondaryId, C.GOOD, C.NEEDS_RESYNC, this.log);
      pg.reported = true;
      pg.reportedVersion = cas.swapped ? cas.mapVersion : this.view.version;
      this.log.warn({ groupId, secondaryId, why, casSwapped: cas.swapped }, `buddy group ${groupId}: going on without secondary target ${secondaryId} (needs resync)`);
    });
  }

  /**
   * On every map change and heartbeat reply: records a loss the map shows (a group this daemon
   * is primary of whose secondary is Offline, or not Good: it became primary by a switchover),
   * with no loss recorded here yet, so that the state is visible at once and a takeover's dirty
   * set starts now, not at the first write; and starts automatic
   * jobs: a group whose map shows the secondary Online and Needs-resync, without a job, not
   * waiting to retry.
   */
  private async maybeStartJobs(): Promise<void> {
    if (this.closed) return;
    const now = performance.now();
    for (const t of this.init.targets.all()) {
      for (const { group: g, role } of groupsOfMember(this.view.map, hivefs.NodeType.STORAGE, t.id)) {
        if (role !== 'primary') continue;
        const secondaryId = g.secondaryId ?? 0;
        const sec = this.view.target(secondaryId);
        if (sec && this.lease.valid(this.view.version) && lossShown(sec)) await this.recordLossFromMap(g, t.id, secondaryId);
        if (sec?.reachability !== R.ONLINE || sec.consistency !== C.NEEDS_RESYNC) continue;
        if (!this.lease.valid(this.view.version)) continue;
        const pg = await this.group(g.groupId ?? 0, t.id, secondaryId).catch((e: Error) => void this.log.error({ err: e.message, groupId: g.groupId }, 'loading the buddy group state failed'));
        if (!pg || pg.job || now < pg.retryAfterMs || this.closed) continue;
        this.runJob(pg, secondaryId, { full: false, sinceMs: 0 });
      }
    }
  }

  /**
   * Records the loss of a secondary the map shows Offline, Needs-resync or Bad while this daemon
   * has none recorded (see maybeStartJobs): Offline as a plain loss, not Good as a takeover.
   */
  private async recordLossFromMap(g: hivefs.IBuddyGroup, targetId: number, secondaryId: number): Promise<void> {
    const groupId = g.groupId ?? 0;
    try {
      const pg = await this.group(groupId, targetId, secondaryId);
      if (pg.state.secondaryNeedsResync || pg.job || this.closed) return;
      // The map that said so may predate a resync that just set the secondary Good: ask again.
      await this.view.refresh();
      const sec = this.view.target(secondaryId);
      if (!sec || !lossShown(sec) || pg.state.secondaryNeedsResync || pg.job) return;
      const takeover = sec.consistency !== C.GOOD;
      const why = takeover ? `the map shows secondary target ${secondaryId} ${sec.consistency === C.BAD ? 'Bad' : 'Needs-resync'} (taken over from it)` : `the map shows secondary target ${secondaryId} Offline`;
      await this.loseSecondary(pg, groupId, secondaryId, why, takeover);
    } catch (e) {
      this.log.warn({ err: (e as Error).message, groupId }, 'recording the loss of a buddy group\'s secondary failed; retrying at the next map change');
    }
  }

  private runJob(pg: PrimaryGroup, secondaryId: number, opts: ResyncOptions): void {
    const job = startResyncJob({
      group: pg, secondaryId, store: this.init.store, view: this.view, log: this.log, lease: this.lease,
      leaseMs: this.leaseMs, timeoutMs: this.init.forwardTimeoutMs,
    }, opts);
    pg.job = job;
    void job.done.finally(() => {
      if (pg.job === job) pg.job = undefined;
      const st = job.stats.state;
      if (st !== hivefs.ResyncJobState.RESYNC_COMPLETED) {
        pg.retryAfterMs = performance.now() + (st === hivefs.ResyncJobState.RESYNC_INTERRUPTED ? RETRY_INTERRUPTED_MS : RETRY_FAILED_MS);
      }
    });
  }
}
