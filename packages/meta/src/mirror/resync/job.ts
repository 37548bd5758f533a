// A resync of a meta buddy group's secondary, run by its primary: from the journal, or a snapshot first.
import { ErrCode, HiveError, hivefs, type LoggerLike } from '@hivefs/protocol';
import { JournalResyncError, type CatchUpResult, type JournaledKv, type JournalPosition, type MetaSpace } from '../../journal/index.js';
import { abortable } from './abortable.js';
import type { SecondaryLink } from './link.js';
import { streamSnapshot } from './snapshot-stream.js';
import { idleResyncStats, runningStats } from './stats.js';

const S = hivefs.ResyncJobState;

/** What a {@link MetaResyncJob} works with. */
export interface MetaResyncDeps {
  groupId: number;
  primaryId: number;
  secondaryId: number;
  /** The group's space on this node, role primary. */
  space: MetaSpace;
  link: SecondaryLink;
  /** CAS of the secondary Needs-resync -> Good at mgmtd; false: it was in another state. */
  markGood(): Promise<boolean>;
  log: LoggerLike;
  now?: () => number;
  /** Most bytes of records in one snapshot page (default 1 MiB). */
  pageBytes?: number;
}

/**
 * Brings the secondary of one group up to date and has it marked Good. Incremental when the
 * journal still covers the secondary's position: the entries after it are replayed
 * ({@link MetaSpace.attachSecondary}). Full when asked, when the secondary holds nothing (position
 * 0: maybe a transfer cut short), or when the journal refuses its position (trimmed, diverged,
 * ahead): a consistent snapshot of the space is streamed to the secondary, which installs it, and
 * the entries written meanwhile are replayed from the snapshot's position (pinned in the journal
 * until then). One run at a time.
 */
export class MetaResyncJob {
  private current: hivefs.IResyncStats;
  private running = false;

  constructor(private readonly d: MetaResyncDeps) {
    this.current = idleResyncStats(d.groupId, d.primaryId, d.secondaryId);
  }

  /** The running job's stats as they grow, or the last job's outcome. */
  stats(): hivefs.IResyncStats {
    return { ...this.current };
  }

  /** Runs the job; never rejects: the stats carry the outcome (COMPLETED, FAILED, or INTERRUPTED when `signal` aborted). */
  async run(o: { full: boolean; signal: AbortSignal }): Promise<hivefs.IResyncStats> {
    const { groupId, primaryId, secondaryId } = this.d;
    const now = this.d.now ?? Date.now;
    if (this.running) {
      return { ...runningStats(groupId, primaryId, secondaryId, now()), state: S.RESYNC_FAILED, endMs: now(), error: `a resync of meta buddy group ${groupId} is already running` };
    }
    this.running = true;
    const s = (this.current = runningStats(groupId, primaryId, secondaryId, now()));
    const where = { groupId, secondaryId };
    this.d.log.info({ ...where, full: o.full }, `meta buddy group ${groupId}: resync of node ${secondaryId} started`);
    try {
      const r = await this.sync(s, o.full, o.signal);
      s.toSeq = r.through;
      await this.finish(o.signal);
      s.state = S.RESYNC_COMPLETED;
    } catch (e) {
      const why: unknown = o.signal.aborted ? o.signal.reason : e;
      s.state = o.signal.aborted ? S.RESYNC_INTERRUPTED : S.RESYNC_FAILED;
      s.error = why instanceof Error ? why.message : String(why);
    } finally {
      s.endMs = now();
      this.running = false;
    }
    const line = { ...where, state: S[s.state ?? 0], full: s.full, replayed: s.journalEntriesReplayed, records: s.snapshotRecords, fromSeq: s.fromSeq, toSeq: s.toSeq, error: s.error || undefined };
    if (s.state === S.RESYNC_COMPLETED) this.d.log.info(line, `meta buddy group ${groupId}: resync of node ${secondaryId} completed; it is good again`);
    else this.d.log.warn(line, `meta buddy group ${groupId}: resync of node ${secondaryId} ended without success`);
    return { ...s };
  }

  /** Catches the secondary up, incrementally or by a snapshot; resolves once it is live. */
  private async sync(s: hivefs.IResyncStats, full: boolean, signal: AbortSignal): Promise<CatchUpResult> {
    const { space, link } = this.d;
    if (!space.primary) throw new HiveError(ErrCode.NOT_PRIMARY, `not primary of meta buddy group ${space.groupId}`);
    const pos = await abortable(link.position(), signal);
    s.fromSeq = pos.seq;
    let why = full ? 'asked' : pos.seq === 0 ? 'the secondary holds nothing' : undefined;
    if (why === undefined) {
      if (signal.aborted) throw signal.reason;
      try {
        const r = await space.attachSecondary(pos, signal);
        s.journalEntriesReplayed = r.replayed;
        return r;
      } catch (e) {
        if (!(e instanceof JournalResyncError)) throw e;
        why = `${e.reason}: ${e.message}`;
      }
    }
    this.d.log.info({ groupId: this.d.groupId, secondaryId: this.d.secondaryId, at: pos.seq, why }, `meta buddy group ${this.d.groupId}: full resync (snapshot of the space)`);
    s.full = true;
    return this.fullSync(s, signal);
  }

  private async fullSync(s: hivefs.IResyncStats, signal: AbortSignal): Promise<CatchUpResult> {
    const { space, link, log } = this.d;
    // The snapshot is cut at or after this position: the journal keeps what follows until the attach.
    const release = space.pinJournal((await space.position()).seq);
    try {
      const onDiscoveryError = (key: string, err: unknown): void => log.warn({ groupId: this.d.groupId, key, err: String(err) }, 'meta resync: a record of the space does not decode; sent as it is');
      const installed: JournalPosition = await streamSnapshot({ space, link, stats: s, signal, pageBytes: this.d.pageBytes, onDiscoveryError });
      if (signal.aborted) throw signal.reason;
      const r = await space.attachSecondary(installed, signal);
      s.journalEntriesReplayed = Number(s.journalEntriesReplayed ?? 0) + r.replayed;
      return r;
    } finally {
      release();
    }
  }

  /**
   * Marks the secondary Good at mgmtd while it is live here ({@link JournaledKv.markGood}: a loss
   * during the mark is recorded after it, as Needs-resync again); throws when it is not live, when
   * mgmtd holds it in another state than Needs-resync, or when it was lost during the mark.
   */
  private async finish(signal: AbortSignal): Promise<void> {
    const p = this.d.space.primary;
    if (signal.aborted) throw signal.reason;
    if (!p) throw new Error('the secondary was lost right after its catch-up (no longer primary)');
    const losses = p.stats().losses;
    if (!(await p.markGood(() => this.d.markGood()))) throw new Error(`node ${this.d.secondaryId} was not needs-resync at mgmtd: not marked good`);
    if (p.stats().losses !== losses) {
      this.d.log.warn({ groupId: this.d.groupId, secondaryId: this.d.secondaryId }, 'meta resync: the secondary was lost while it was being marked good; it is recorded needs-resync after the mark');
      throw new Error('the secondary was lost while it was being marked good');
    }
  }
}
