// The primary side of a mirrored space: a KvStore whose every batch is journaled and replicated.
import { checkBatch, type KvBatchOp, type KvPrefixOptions, type KvRange, type KvStore } from '@hivefs/common';
import { ErrCode, HiveError } from '@hivefs/protocol';
import { abortion } from './abortion.js';
import { AckTracker } from './ack-tracker.js';
import { encodeEntry, journalOps, type JournalEntry } from './entry.js';
import { JournalGapError, JournalResyncError } from './errors.js';
import { APPLIED_KEY } from './keys.js';
import { encodePosition, type JournalPosition } from './position.js';
import type { CatchUpResult, JournaledKvOptions, PrimaryStats, SecondaryState, Shipping } from './primary-types.js';

export type { CatchUpResult, JournaledKvOptions, PrimaryStats, Replicator, SecondaryState, Shipping } from './primary-types.js';

const PAGE = 256;

/**
 * The primary's KvStore for one group's space. `batch` assigns the next seq synchronously (seq
 * order = call order), writes in ONE batch of the node's store the ops (under the space prefix,
 * volatile puts made durable), the journal record and the space's applied position, then hands
 * the entry to the replicator. It resolves once the secondary acknowledged that entry and every
 * one before it, or, with the secondary lost, once `onSecondaryLost` resolved (later batches then
 * resolve after their local write). `guard` runs before the seq is assigned and before resolving.
 * Reads go to the space. The node store must apply batches in call order (both engines do).
 */
export class JournaledKv implements KvStore {
  private lastSeq: number;
  /** Epoch of entry `lastSeq` (the next entry's prevEpoch). */
  private lastEpoch: number;
  private readonly written = new Set<number>();
  private writtenTo: number;
  private readonly acks: AckTracker;
  private shippingMode: Shipping;
  private secondaryState: SecondaryState;
  private lostReason: unknown;
  private reporting: Promise<unknown> | undefined;
  private stopped: unknown;
  private onStop!: () => void;
  /** Resolves when the primary stops (wakes callers waiting for a loss report that hangs). */
  private readonly stopping = new Promise<void>((resolve) => (this.onStop = resolve));
  private losses = 0;
  private attaching = false;
  /** A {@link markGood} in progress (settles when it ends, never rejects). */
  private marking: Promise<void> | undefined;
  private inFlight = 0;
  private repairs: Promise<void> = Promise.resolve();
  private readonly localWrites = new Set<Promise<void>>();
  private wake: () => void = () => undefined;
  private changed = this.nextChange();
  private readonly now: () => number;

  constructor(private readonly o: JournaledKvOptions) {
    this.lastSeq = o.last.seq;
    this.lastEpoch = o.last.epoch;
    this.writtenTo = o.last.seq;
    this.now = o.now ?? Date.now;
    if (o.secondary === 'good') {
      this.secondaryState = 'good';
      this.shippingMode = 'live';
      this.acks = new AckTracker(o.last.seq);
    } else {
      this.secondaryState = 'marked';
      this.shippingMode = 'none';
      this.acks = new AckTracker(Math.min(o.last.seq, o.log.first - 1));
    }
  }

  /** This primary run's epoch. */
  get epoch(): number {
    return this.o.epoch;
  }

  /** Every seq up to this one is acknowledged by the secondary (the limit of ordinary compaction). */
  get secondaryAcked(): number {
    return this.acks.through;
  }

  /** The position of the last entry assigned (written by an earlier run when this one wrote none yet). */
  get position(): JournalPosition {
    return { seq: this.lastSeq, epoch: this.lastEpoch };
  }

  stats(): PrimaryStats {
    return {
      epoch: this.o.epoch, lastSeq: this.lastSeq, writtenThrough: this.writtenTo, secondaryAcked: this.acks.through,
      secondary: this.secondaryState, shipping: this.shippingMode, losses: this.losses, waiting: this.acks.waiting,
    };
  }

  get(key: string): Promise<Uint8Array | undefined> {
    return this.o.space.get(key);
  }

  getMany(keys: string[]): Promise<(Uint8Array | undefined)[]> {
    return this.o.space.getMany(keys);
  }

  range(opts: KvRange): AsyncIterable<[string, Uint8Array]> {
    return this.o.space.range(opts);
  }

  keysWithPrefix(prefix: string, opts?: KvPrefixOptions): AsyncIterable<[string, Uint8Array]> {
    return this.o.space.keysWithPrefix(prefix, opts);
  }

  put(key: string, value: Uint8Array): Promise<void> {
    return this.batch([{ type: 'put', key, value }]);
  }

  del(key: string): Promise<void> {
    return this.batch([{ type: 'del', key }]);
  }

  async batch(ops: KvBatchOp[]): Promise<void> {
    if (this.stopped !== undefined) throw this.stopped;
    this.o.guard();
    checkBatch(ops);
    if (ops.length === 0) return;
    const entry: JournalEntry = { seq: ++this.lastSeq, atMs: this.now(), epoch: this.o.epoch, prevEpoch: this.lastEpoch, ops: journalOps(ops) };
    this.lastEpoch = this.o.epoch;
    await this.writeLocal(entry);
    await this.replicate(entry);
    this.o.guard();
  }

  /** Ends the primary role: new batches and callers still waiting get `err`; resolves when no local write is in flight. */
  async stop(err: unknown = new HiveError(ErrCode.NOT_PRIMARY, `meta buddy group ${this.o.log.groupId}: no longer primary here`)): Promise<void> {
    if (this.stopped === undefined) {
      this.stopped = err;
      this.shippingMode = 'none';
      this.acks.settleAll(err);
      this.onStop();
      this.signal();
    }
    while (this.localWrites.size > 0) await Promise.allSettled([...this.localWrites]);
  }

  close(): Promise<void> {
    return this.stop();
  }

  /**
   * Brings a secondary at `pos` up to date from the journal while batches go on, then switches to
   * live sending (callers wait for its acks again) and resolves once it acknowledged everything up
   * to the switch: the wiring may then record it `Good` ({@link markGood}). Throws
   * {@link JournalResyncError} when only a full resync can help (trimmed, diverged, ahead); rejects
   * with the send error when the secondary is lost meanwhile. When `signal` aborts, the catch-up
   * ends at once with its reason: the secondary is dropped as if lost (it stays needing a resync).
   */
  async attachSecondary(pos: JournalPosition, signal?: AbortSignal): Promise<CatchUpResult> {
    const abort = abortion(signal);
    try {
      // A loss still being recorded must land first: it would mark the secondary after the switch.
      while (this.secondaryState === 'reporting') await Promise.race([this.reporting, this.stopping, abort.promise]);
      if (this.stopped !== undefined) throw this.stopped;
      if (this.attaching) throw new Error(`meta buddy group ${this.o.log.groupId}: a catch-up is already running`);
      this.attaching = true;
      try {
        await Promise.race([this.o.log.checkCatchUp(pos), abort.promise]);
        if (this.stopped !== undefined) throw this.stopped;
        this.shippingMode = 'catch-up';
        this.lostReason = undefined;
        this.acks.reset(pos.seq);
        this.signal();
        // from here an abort drops the secondary (as a loss: reported if it already went live)
        abort.onAbort((why) => this.lose(why));
        return await this.catchUp(pos.seq, abort.promise);
      } finally {
        this.attaching = false;
      }
    } finally {
      abort.dispose();
    }
  }

  /**
   * Has the live secondary recorded `Good` at mgmtd by `mark` (the CAS Needs-resync -> Good) and
   * resolves what it does. Throws without calling `mark` unless the secondary is live (caught up,
   * not lost). A loss while `mark` runs is reported only after it ended, so the two state changes
   * at mgmtd never interleave: mgmtd cannot keep `Good` for a secondary this primary dropped.
   */
  async markGood<T>(mark: () => Promise<T>): Promise<T> {
    if (this.stopped !== undefined) throw this.stopped;
    if (this.secondaryState !== 'good' || this.shippingMode !== 'live') {
      throw new Error(`the secondary was lost right after its catch-up (${this.secondaryState}, ${this.shippingMode})`);
    }
    const run = mark();
    const marking = run.then(() => undefined, () => undefined);
    this.marking = marking;
    try {
      return await run;
    } finally {
      if (this.marking === marking) this.marking = undefined;
    }
  }

  private async catchUp(from: number, aborted: Promise<never>): Promise<CatchUpResult> {
    const win = this.o.window ?? 32;
    let shipped = from;
    let replayed = 0;
    for (;;) {
      if (this.shippingMode !== 'catch-up') throw this.lostReason ?? this.stopped ?? new Error('catch-up stopped');
      if (shipped < this.writtenTo) {
        const r = await this.o.log.read(shipped, this.writtenTo, PAGE);
        if (r.status === 'trimmed') {
          const err = new JournalResyncError('trimmed', `journal entries after ${shipped} were trimmed during the catch-up (first kept: ${r.first})`);
          this.lose(err);
          throw err;
        }
        for (const e of r.entries) {
          while (this.inFlight >= win && this.shippingMode === 'catch-up') await this.changed;
          if (this.shippingMode !== 'catch-up') break;
          this.ship(e);
          shipped = e.seq;
          replayed++;
        }
        continue;
      }
      if (this.writtenTo === this.lastSeq) break;
      await this.changed;
    }
    // Every seq assigned so far is stored and sent: later batches send their own entries and wait
    // for acks, so once these are acknowledged the secondary holds all that was ever answered.
    this.shippingMode = 'live';
    this.secondaryState = 'good';
    const through = this.lastSeq;
    await Promise.race([this.acks.wait(through), aborted]);
    if (this.shippingMode !== 'live' || this.acks.through < through) throw this.lostReason ?? this.stopped ?? new Error('secondary lost');
    return { replayed, through };
  }

  private writeLocal(entry: JournalEntry): Promise<void> {
    const { kv, space, log } = this.o;
    const write = (async () => {
      try {
        const bytes = encodeEntry(entry);
        await kv.batch([...space.outerOps(entry.ops), log.recordOp(entry, bytes), { type: 'put', key: space.outerKey(APPLIED_KEY), value: encodePosition(entry) }]);
        log.note(entry.seq, entry.atMs, bytes.length);
      } catch (e) {
        await this.fillHole(entry);
        throw e;
      } finally {
        this.markWritten(entry.seq);
      }
    })();
    this.localWrites.add(write);
    void write.catch(() => undefined).finally(() => this.localWrites.delete(write));
    return write;
  }

  /**
   * A failed local write leaves its seq unused; an empty entry takes its place so the journal
   * stays without gaps (the secondary applies it as a no-op). If even that cannot be written the
   * store is failing: the primary stops.
   */
  private async fillHole(failed: JournalEntry): Promise<void> {
    const { kv, space, log } = this.o;
    const seq = failed.seq;
    const entry: JournalEntry = { ...failed, atMs: this.now(), ops: [] };
    const ops: KvBatchOp[] = [log.recordOp(entry, encodeEntry(entry))];
    if (seq === this.lastSeq) ops.push({ type: 'put', key: space.outerKey(APPLIED_KEY), value: encodePosition(entry) });
    try {
      await kv.batch(ops);
      log.note(seq, entry.atMs, ops[0]!.value!.length);
      this.o.logger.warn({ groupId: log.groupId, seq }, 'journal: a local write failed; its seq carries an empty entry');
      if (this.shippingMode === 'live') this.ship(entry);
    } catch (e) {
      this.o.logger.error({ groupId: log.groupId, seq, err: String(e) }, 'journal: cannot write to the store; this primary stops');
      void this.stop(new HiveError(ErrCode.IO, `meta buddy group ${log.groupId}: journal write failed: ${(e as Error).message}`));
    }
  }

  private markWritten(seq: number): void {
    this.written.add(seq);
    while (this.written.delete(this.writtenTo + 1)) this.writtenTo++;
    this.signal();
  }

  /** After the local write: wait for the secondary (or its loss being recorded), as its state says. */
  private async replicate(entry: JournalEntry): Promise<void> {
    if (this.shippingMode === 'live') this.ship(entry);
    for (;;) {
      if (this.stopped !== undefined) throw this.stopped;
      if (this.secondaryState === 'marked') return;
      if (this.secondaryState === 'reporting') {
        const err = await Promise.race([this.reporting, this.stopping]);
        if (err !== undefined) throw err;
        continue;
      }
      if (this.shippingMode === 'none') {
        this.report(this.lostReason); // an earlier report failed: try again
        continue;
      }
      await this.acks.wait(entry.seq);
      return;
    }
  }

  private ship(entry: JournalEntry): void {
    this.inFlight++;
    this.o.replicator
      .send(entry)
      .then(
        () => this.acks.ack(entry.seq),
        (err: unknown) => this.sendFailed(entry, err),
      )
      .finally(() => {
        this.inFlight--;
        this.signal();
      });
  }

  private sendFailed(entry: JournalEntry, err: unknown): void {
    // A copy that failed after the entry was acknowledged anyway (a resend got through) is moot.
    if (this.shippingMode === 'none' || this.acks.through >= entry.seq) return;
    if (err instanceof JournalGapError) this.repairGap(err.applied, entry.seq);
    else this.lose(err);
  }

  /**
   * Resends entries `(applied, upTo]` one at a time; repairs run one after the other, each from
   * what is acknowledged by then (a push answered GAP asks one repair per entry).
   */
  private repairGap(applied: number, upTo: number): void {
    this.repairs = this.repairs.then(async () => {
      let from = Math.max(applied, this.acks.through);
      for (let tries = 0; this.shippingMode !== 'none' && this.acks.through < upTo; ) {
        if (from >= upTo) return this.acks.ack(upTo);
        const r = await this.o.log.read(from, upTo);
        if (r.status === 'trimmed') return this.lose(new JournalResyncError('trimmed', `secondary needs entries after ${from}, trimmed (first kept: ${r.first})`));
        try {
          for (const e of r.entries) {
            await this.o.replicator.send(e);
            this.acks.ack(e.seq);
            from = e.seq;
          }
        } catch (err) {
          if (!(err instanceof JournalGapError) || ++tries > (this.o.maxGapRetries ?? 8)) return this.lose(err);
          from = err.applied;
        }
      }
    });
  }

  /** The secondary is gone: stop sending; if it may be `Good`, have it recorded as needing a resync. */
  private lose(err: unknown): void {
    if (this.shippingMode === 'none') return;
    this.shippingMode = 'none';
    this.lostReason = err;
    this.losses++;
    this.o.logger.warn({ groupId: this.o.log.groupId, secondaryAcked: this.acks.through, lastSeq: this.lastSeq, err: String(err) }, 'journal: secondary lost');
    if (this.secondaryState === 'good') this.report(err);
    this.signal();
  }

  /** Records the loss at mgmtd (after a {@link markGood} in progress: see there). */
  private report(err: unknown): void {
    this.secondaryState = 'reporting';
    this.reporting = (this.marking ?? Promise.resolve()).then(() => this.o.onSecondaryLost(err)).then(
      () => {
        this.secondaryState = 'marked';
        this.acks.settleAll();
        return undefined;
      },
      (e: unknown) => {
        this.secondaryState = 'good';
        this.acks.settleAll(e);
        return e;
      },
    );
  }

  private nextChange(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
    });
  }

  private signal(): void {
    const wake = this.wake;
    this.changed = this.nextChange();
    wake();
  }
}
