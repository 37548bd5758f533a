// One meta buddy group's space on one node: its view, journal, role (primary or secondary) and stats.
import { prefixedKv, type KvBatchOp, type KvStore, type PrefixedKv } from '@hivefs/common';
import { ErrCode, HiveError, type LoggerLike } from '@hivefs/protocol';
import { checkPolicy, DEFAULT_COMPACTION, planTrim, type CompactionPolicy } from './compaction.js';
import type { JournalEntry } from './entry.js';
import { JournalFollower, type ApplyResult } from './follower.js';
import { JournalLog, type JournalRead } from './journal-log.js';
import { JournaledKv, type CatchUpResult, type PrimaryStats, type Replicator } from './journaled-kv.js';
import { APPLIED_KEY, spacePrefix } from './keys.js';
import { decodePosition, newEpoch, type JournalPosition } from './position.js';
import { replaceSpace } from './snapshot.js';
import { SpaceKv } from './space-kv.js';

/** What a node needs to act as primary of a group (the daemon wiring provides it). */
export interface PrimaryHooks {
  replicator: Replicator;
  /** See {@link JournaledKvOptions.onSecondaryLost}. */
  onSecondaryLost(err: unknown): Promise<void>;
  /** The lease/role check; throws when this node may not write as primary. */
  guard(): void;
  /**
   * 'good' when mgmtd may hold the secondary `Good` (entries go to it at once; a primary restart
   * with a healthy pair), 'needs-resync' when it is known to need one (after a promotion: the
   * former primary is away); then nothing is sent before {@link MetaSpace.attachSecondary}.
   */
  secondary: 'good' | 'needs-resync';
  /** This primary run's epoch; default a fresh random one (every run needs its own). */
  epoch?: number;
}

/** Options of {@link MetaSpace.open}. */
export interface MetaSpaceOptions {
  /** The node's store. */
  kv: KvStore;
  groupId: number;
  logger: LoggerLike;
  /** Start as primary (with these hooks) or as secondary. */
  role: { primary: PrimaryHooks } | 'secondary';
  compaction?: Partial<CompactionPolicy>;
  /** Follower tuning (see {@link JournalFollowerOptions}). */
  holdMs?: number;
  maxHeld?: number;
  /** Primary tuning (see {@link JournaledKvOptions}). */
  window?: number;
  maxGapRetries?: number;
  /** Wall clock in ms (entry times, compaction span). */
  now?: () => number;
}

/** The outcome of the last compaction. */
export interface CompactionRecord {
  atMs: number;
  trimmedEntries: number;
  trimmedBytes: number;
  /** Records the secondary had not acknowledged were trimmed (hard cap): it needs a full resync. */
  forced: boolean;
}

/** What `--journalstats` shows of one group on one node. */
export interface SpaceStats {
  groupId: number;
  role: 'primary' | 'secondary' | 'closed';
  /** The space's position: last entry stored here. */
  appliedSeq: number;
  entries: number;
  bytes: number;
  /** First and last seq in this node's journal (first = last + 1 when it is empty). */
  firstSeq: number;
  lastSeq: number;
  /** On a primary: every seq up to this one is acknowledged by the secondary. */
  secondaryAckedSeq?: number;
  primary?: PrimaryStats;
  /** On a secondary: entries held for missing ones. */
  held?: number;
  lastCompaction?: CompactionRecord;
  /** Compactions that trimmed past the secondary's acknowledgement since open. */
  forcedTrims: number;
}

/**
 * A meta buddy group's namespace space on one node: the meta store's keys under `G:<groupId>:` in
 * the node's store, replicated by a physical journal. As primary it writes through a
 * {@link JournaledKv}; as secondary it applies the primary's entries with a
 * {@link JournalFollower}. `kv` is the store a MetaStore of the group uses: reads see the space,
 * writes go through the journal and fail with NOT_PRIMARY on a secondary. Open a MetaStore over
 * it only while primary, and a fresh one after each promotion (its caches do not see the entries
 * a secondary applies).
 */
export class MetaSpace {
  /** The space's keys as a plain view (no journal: for snapshots and checks). */
  readonly view: PrefixedKv;
  /** The space as a MetaStore uses it (see the class comment). */
  readonly kv: KvStore;
  private primarySide: JournaledKv | undefined;
  private followerSide: JournalFollower | undefined;
  private closed = false;
  private readonly policy: CompactionPolicy;
  private compacting: Promise<CompactionRecord> | undefined;
  private lastCompaction: CompactionRecord | undefined;
  private forcedTrims = 0;
  private compactTimer: NodeJS.Timeout | undefined;
  private switching: Promise<void> = Promise.resolve();
  /** Seqs whose later entries compaction keeps (see {@link pinJournal}). */
  private readonly pins = new Set<{ seq: number }>();
  private installing = false;

  private constructor(private readonly o: MetaSpaceOptions, private log: JournalLog) {
    this.view = prefixedKv(o.kv, spacePrefix(o.groupId));
    this.kv = new SpaceKv(this);
    this.policy = checkPolicy({ ...DEFAULT_COMPACTION, ...o.compaction });
  }

  /** Opens the space of `groupId` in `kv` in the given role; positions come from the store. */
  static async open(o: MetaSpaceOptions): Promise<MetaSpace> {
    const space = new MetaSpace(o, await JournalLog.open(o.kv, o.groupId));
    if (o.role === 'secondary') space.followerSide = await space.newFollower();
    else space.primarySide = await space.newPrimary(o.role.primary);
    return space;
  }

  get groupId(): number {
    return this.o.groupId;
  }

  get role(): 'primary' | 'secondary' | 'closed' {
    return this.closed ? 'closed' : this.primarySide ? 'primary' : 'secondary';
  }

  /** The primary side while primary. */
  get primary(): JournaledKv | undefined {
    return this.primarySide;
  }

  /** The secondary side while secondary. */
  get follower(): JournalFollower | undefined {
    return this.followerSide;
  }

  /** The space's applied position as stored (the position a snapshot of the space carries). */
  async position(): Promise<JournalPosition> {
    return decodePosition(await this.view.get(APPLIED_KEY));
  }

  /** Applies an entry of the primary (secondary only; NOT_SECONDARY otherwise). */
  apply(entry: JournalEntry): Promise<ApplyResult> {
    if (!this.followerSide) return Promise.reject(new HiveError(ErrCode.NOT_SECONDARY, `not secondary of meta buddy group ${this.o.groupId}`));
    return this.followerSide.apply(entry);
  }

  /** Applies the entries of one push together, one answer for all (see JournalFollower.applyAll). */
  applyAll(entries: readonly JournalEntry[]): Promise<ApplyResult> {
    if (!this.followerSide) return Promise.reject(new HiveError(ErrCode.NOT_SECONDARY, `not secondary of meta buddy group ${this.o.groupId}`));
    return this.followerSide.applyAll(entries);
  }

  /** Entries `(from, to]` of this node's journal, or TRIMMED (the range reader of an incremental resync). */
  readJournal(from: number, to: number, limit?: number): Promise<JournalRead> {
    return this.log.read(from, to, limit);
  }

  /**
   * A consistent snapshot of the space (a store iterator), `P:applied` included: the entries of a
   * full resync, to be followed by the journal after the position it carries.
   */
  snapshot(): AsyncIterable<[string, Uint8Array]> {
    return this.view.range({});
  }

  /**
   * The secondary side of a full resync: replaces the space and this node's journal of the group
   * with `records` (a {@link snapshot} of the primary's space, keys relative to it) and resolves
   * with the position the snapshot carries. The journal then starts after that position. The
   * position is written last, so an install cut short leaves a space at position 0 that no
   * incremental catch-up can take for a finished one. Secondary only.
   */
  installSnapshot(records: AsyncIterable<[string, Uint8Array]>): Promise<JournalPosition> {
    let pos!: JournalPosition;
    return this.switchRole(async () => {
      if (!this.followerSide) throw new HiveError(ErrCode.NOT_SECONDARY, `not secondary of meta buddy group ${this.o.groupId}`);
      await this.followerSide.stop();
      const { kv, groupId } = this.o;
      // No compaction trims the journal being replaced (it would write the old base over the new one).
      this.installing = true;
      try {
        await this.compacting?.catch(() => undefined);
        pos = await replaceSpace(kv, groupId, this.view, records);
      } finally {
        this.installing = false;
        // Follow again from what is stored (position 0 after a failed install: a full resync again).
        this.log = await JournalLog.open(kv, groupId);
        this.followerSide = await this.newFollower();
      }
      this.o.logger.info({ groupId, at: pos.seq }, 'journal: space replaced by a snapshot of the primary (full resync)');
    }).then(() => pos);
  }

  /** Catches a returning secondary at `pos` up from the journal (primary only; see {@link JournaledKv.attachSecondary}). */
  attachSecondary(pos: JournalPosition, signal?: AbortSignal): Promise<CatchUpResult> {
    if (!this.primarySide) return Promise.reject(new HiveError(ErrCode.NOT_PRIMARY, `not primary of meta buddy group ${this.o.groupId}`));
    return this.primarySide.attachSecondary(pos, signal);
  }

  /**
   * Keeps every journal entry after `seq` from compaction, even past the hard cap, until the
   * returned release is called: a full resync pins the position its snapshot is cut at (or one
   * before it) until the secondary is attached there, so the entries after it cannot go meanwhile.
   */
  pinJournal(seq: number): () => void {
    const pin = { seq };
    this.pins.add(pin);
    return () => void this.pins.delete(pin);
  }

  /**
   * Secondary -> primary (after mgmtd switched the roles): stops applying entries and continues
   * the seq numbering after the last applied one, with a new epoch.
   */
  promote(hooks: PrimaryHooks): Promise<void> {
    return this.switchRole(async () => {
      if (this.primarySide) return;
      await this.followerSide?.stop();
      this.followerSide = undefined;
      this.primarySide = await this.newPrimary(hooks);
      this.o.logger.info({ groupId: this.o.groupId, from: this.primarySide.position.seq, epoch: this.primarySide.epoch.toString(16) }, 'journal: now primary of the meta buddy group');
    });
  }

  /**
   * Primary -> secondary (demoted): batches still waiting and new ones get NOT_PRIMARY, then the
   * space follows from its applied position. Entries this node wrote that the new primary never
   * got make it refuse the catch-up (diverged): the wiring then does a full resync.
   */
  demote(): Promise<void> {
    return this.switchRole(async () => {
      if (this.followerSide) return;
      await this.primarySide?.stop();
      this.primarySide = undefined;
      this.followerSide = await this.newFollower();
      this.o.logger.info({ groupId: this.o.groupId, at: this.followerSide.position.seq }, 'journal: now secondary of the meta buddy group');
    });
  }

  /**
   * Trims the journal by the policy (see compaction.ts): on a primary up to what the secondary
   * acknowledged, on a secondary everything older than the tail. A trim past the secondary's
   * acknowledgement (hard cap) is logged as the decision it is: that secondary needs a full resync.
   */
  compact(): Promise<CompactionRecord> {
    this.compacting ??= this.compactOnce().finally(() => (this.compacting = undefined));
    return this.compacting;
  }

  /** Runs {@link compact} every `intervalMs` until {@link close}. */
  startCompaction(intervalMs: number): void {
    clearInterval(this.compactTimer);
    this.compactTimer = setInterval(() => {
      this.compact().catch((e: unknown) => this.o.logger.error({ groupId: this.o.groupId, err: String(e) }, 'journal: compaction failed'));
    }, intervalMs);
    this.compactTimer.unref();
  }

  stats(): SpaceStats {
    const p = this.primarySide?.stats();
    return {
      groupId: this.o.groupId,
      role: this.role,
      appliedSeq: p ? p.writtenThrough : (this.followerSide?.position.seq ?? 0),
      entries: this.log.count,
      bytes: this.log.bytes,
      firstSeq: this.log.first,
      lastSeq: this.log.last,
      ...(p ? { secondaryAckedSeq: p.secondaryAcked, primary: p } : { held: this.followerSide?.heldCount ?? 0 }),
      ...(this.lastCompaction ? { lastCompaction: this.lastCompaction } : {}),
      forcedTrims: this.forcedTrims,
    };
  }

  /** Stops the role (waiting callers get NOT_PRIMARY) and compaction; the node's store stays open. */
  async close(): Promise<void> {
    clearInterval(this.compactTimer);
    await this.switchRole(async () => {
      await this.primarySide?.stop();
      await this.followerSide?.stop();
      this.primarySide = undefined;
      this.followerSide = undefined;
      this.closed = true;
    });
    await this.compacting?.catch(() => undefined);
  }

  /** Writes through the primary side (used by {@link kv}). */
  write(ops: KvBatchOp[]): Promise<void> {
    if (!this.primarySide) return Promise.reject(new HiveError(ErrCode.NOT_PRIMARY, `not primary of meta buddy group ${this.o.groupId}`));
    return this.primarySide.batch(ops);
  }

  private switchRole(fn: () => Promise<void>): Promise<void> {
    const run = this.switching.then(() => {
      if (this.closed) throw new Error(`space of meta buddy group ${this.o.groupId} is closed`);
      return fn();
    });
    this.switching = run.catch(() => undefined);
    return run;
  }

  private async newFollower(): Promise<JournalFollower> {
    const { kv, logger, holdMs, maxHeld } = this.o;
    return new JournalFollower({ kv, space: this.view, log: this.log, position: await this.position(), holdMs, maxHeld, logger });
  }

  private async newPrimary(h: PrimaryHooks): Promise<JournaledKv> {
    const applied = await this.position();
    // A failed write leaves an empty entry after the applied position; continue after it.
    const lastSeq = Math.max(applied.seq, this.log.last);
    const last = { seq: lastSeq, epoch: lastSeq === applied.seq ? applied.epoch : ((await this.log.epochAt(lastSeq)) ?? applied.epoch) };
    return new JournaledKv({
      kv: this.o.kv, space: this.view, log: this.log, last, epoch: h.epoch ?? newEpoch(), replicator: h.replicator,
      onSecondaryLost: (err) => h.onSecondaryLost(err), guard: () => h.guard(), secondary: h.secondary,
      now: this.o.now, logger: this.o.logger, window: this.o.window, maxGapRetries: this.o.maxGapRetries,
    });
  }

  private async compactOnce(): Promise<CompactionRecord> {
    const now = (this.o.now ?? Date.now)();
    if (this.installing) return { atMs: now, trimmedEntries: 0, trimmedBytes: 0, forced: false };
    const acked = this.primarySide ? this.primarySide.secondaryAcked : this.log.last;
    let records = this.log.records();
    const pinned = Math.min(...[...this.pins].map((p) => p.seq));
    if (pinned < Infinity) records = records.slice(0, countThrough(records, pinned));
    const plan = planTrim(records, this.log.bytes, acked, now, this.policy);
    if (plan.forced) {
      this.forcedTrims++;
      this.o.logger.warn(
        { groupId: this.o.groupId, secondaryAcked: acked, trimmedThrough: plan.upTo, bytes: this.log.bytes, hardCapBytes: this.policy.hardCapBytes },
        'journal: over its hard cap while the secondary is behind: trimmed past its last acknowledged entry; the secondary will need a full resync',
      );
    }
    await this.log.trim(plan);
    this.lastCompaction = { atMs: now, trimmedEntries: plan.count, trimmedBytes: plan.bytes, forced: plan.forced };
    return this.lastCompaction;
  }
}

/** How many of `records` (in seq order) have a seq up to `seq`. */
function countThrough(records: readonly { seq: number }[], seq: number): number {
  let i = 0;
  while (i < records.length && records[i]!.seq <= seq) i++;
  return i;
}
