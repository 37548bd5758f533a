// The secondary side of a mirrored space: applies the primary's journal entries in seq order.
import { checkBatch, type KvBatchOp, type KvStore, type PrefixedKv } from '@hivefs/common';
import { ErrCode, HiveError, type LoggerLike } from '@hivefs/protocol';
import { encodeEntry, type JournalEntry } from './entry.js';
import { JournalResyncError } from './errors.js';
import type { JournalLog } from './journal-log.js';
import { APPLIED_KEY } from './keys.js';
import { encodePosition, type JournalPosition } from './position.js';

/**
 * The answer to one entry: `applied` (it is stored now), `duplicate` (it was stored before) or
 * `gap` (entries before it never came: the primary resends from `applied`). `applied` is the
 * follower's applied seq.
 */
export interface ApplyResult {
  status: 'applied' | 'duplicate' | 'gap';
  applied: number;
}

/** Dependencies and start state of a {@link JournalFollower}. */
export interface JournalFollowerOptions {
  /** The node's whole store. */
  kv: KvStore;
  /** The group's space: a view of `kv`. */
  space: PrefixedKv;
  /** The group's journal in `kv` (the follower keeps one too, for when it is promoted). */
  log: JournalLog;
  /** The space's applied position at open. */
  position: JournalPosition;
  /** How long an entry that came before the ones it follows is held for them (ms, default 2000). */
  holdMs?: number;
  /** Most entries held at once; past it the highest is answered GAP (default 1024). */
  maxHeld?: number;
  logger: LoggerLike;
}

interface Held {
  entry: JournalEntry;
  waiters: { resolve: (r: ApplyResult) => void; reject: (e: unknown) => void }[];
  timer?: NodeJS.Timeout;
}

/** Throws HiveError BAD_MESSAGE unless `entry` (from the network) has a valid seq and ops. */
function checkEntry(entry: JournalEntry): void {
  try {
    if (!Number.isSafeInteger(entry.seq) || entry.seq < 1) throw new TypeError(`seq must be a positive integer, got ${String(entry.seq)}`);
    checkBatch(entry.ops as KvBatchOp[]);
  } catch (e) {
    throw new HiveError(ErrCode.BAD_MESSAGE, `bad journal entry: ${(e as Error).message}`);
  }
}

/** Most consecutive entries written in one store batch. */
const MERGE = 64;

/**
 * Applies entries of the primary to the space: the next one (seq = applied + 1) in one batch with
 * the space's applied position and its own journal record, so the space and the journal stay
 * byte-identical to the primary's. An older seq is a duplicate (answered at once); a later one is
 * held until the missing ones came (entries sent concurrently may overtake each other), and
 * answered GAP when they do not come within `holdMs` or too many are held. Writes are serialized.
 */
export class JournalFollower {
  private at: JournalPosition;
  private readonly held = new Map<number, Held>();
  private draining: Promise<void> | undefined;
  private stopped: unknown;

  constructor(private readonly o: JournalFollowerOptions) {
    this.at = o.position;
  }

  /** The last entry applied. */
  get position(): JournalPosition {
    return this.at;
  }

  /** Entries held for missing ones. */
  get heldCount(): number {
    return this.held.size;
  }

  /**
   * Applies `entry` (from the network: checked, HiveError BAD_MESSAGE when malformed) and
   * resolves with what became of it. Rejects when the store fails; the entry is then not applied.
   */
  apply(entry: JournalEntry): Promise<ApplyResult> {
    if (this.stopped !== undefined) return Promise.reject(this.stopped);
    try {
      checkEntry(entry);
    } catch (e) {
      return Promise.reject(e);
    }
    if (entry.seq === this.at.seq && entry.epoch !== this.at.epoch) {
      return Promise.reject(new JournalResyncError('diverged', `entry ${entry.seq} is of epoch ${entry.epoch.toString(16)}, this copy's of ${this.at.epoch.toString(16)}`));
    }
    if (entry.seq <= this.at.seq) return Promise.resolve({ status: 'duplicate', applied: this.at.seq });
    return new Promise((resolve, reject) => {
      const had = this.held.get(entry.seq);
      if (had) {
        had.waiters.push({ resolve, reject });
        return;
      }
      const h: Held = { entry, waiters: [{ resolve, reject }] };
      this.held.set(entry.seq, h);
      if (entry.seq === this.at.seq + 1) {
        this.drain();
        return;
      }
      h.timer = setTimeout(() => this.giveUp(entry.seq), this.o.holdMs ?? 2000);
      h.timer.unref();
      if (this.held.size > (this.o.maxHeld ?? 1024)) this.giveUp(Math.max(...this.held.keys()));
    });
  }

  /**
   * Applies the entries of one push together (consecutive ones in one store batch) and resolves
   * with one answer for all: `gap` when any was answered GAP, else `applied` when any was stored
   * now, else `duplicate`; `applied` is the highest applied seq answered. Rejects with BAD_MESSAGE
   * (none applied) when one is malformed, else with the first error of an entry (diverged, store
   * failure).
   */
  async applyAll(entries: readonly JournalEntry[]): Promise<ApplyResult> {
    entries.forEach(checkEntry); // a malformed entry refuses the whole push before any is applied
    const results = await Promise.all(entries.map((e) => this.apply(e)));
    const has = (s: ApplyResult['status']): boolean => results.some((r) => r.status === s);
    return {
      status: has('gap') ? 'gap' : has('applied') ? 'applied' : 'duplicate',
      applied: Math.max(this.at.seq, ...results.map((r) => r.applied)),
    };
  }

  /** Ends the secondary role: held entries get `err`; resolves once no write is in flight. */
  async stop(err: unknown = new HiveError(ErrCode.NOT_SECONDARY, 'no longer secondary of this meta buddy group')): Promise<void> {
    if (this.stopped === undefined) {
      this.stopped = err;
      for (const [seq, h] of this.held) {
        this.held.delete(seq);
        clearTimeout(h.timer);
        for (const w of h.waiters) w.reject(err);
      }
    }
    await this.draining;
  }

  private giveUp(seq: number): void {
    const h = this.held.get(seq);
    if (!h || seq === this.at.seq + 1) return;
    this.held.delete(seq);
    clearTimeout(h.timer);
    for (const w of h.waiters) w.resolve({ status: 'gap', applied: this.at.seq });
  }

  /** Starts writing held entries once the current synchronous run is done (entries applied together merge). */
  private drain(): void {
    if (this.draining) return;
    this.draining = Promise.resolve().then(() => this.drainLoop()).finally(() => {
      this.draining = undefined;
      if (this.stopped === undefined && this.held.has(this.at.seq + 1)) this.drain();
    });
  }

  private async drainLoop(): Promise<void> {
    const { kv, space, log } = this.o;
    while (this.stopped === undefined) {
      const run: Held[] = [];
      for (let next = this.at.seq + 1; run.length < MERGE && this.held.has(next); next++) {
        const h = this.held.get(next)!;
        this.held.delete(next);
        clearTimeout(h.timer);
        run.push(h);
      }
      if (run.length === 0) return;
      const cut = run.findIndex((h, i) => h.entry.prevEpoch !== (i === 0 ? this.at.epoch : run[i - 1]!.entry.epoch));
      if (cut >= 0) {
        // The entry does not follow the one held here: this copy diverged (a former primary's
        // unacknowledged tail); only a full resync can repair it.
        const e = run[cut]!.entry;
        const err = new JournalResyncError('diverged', `entry ${e.seq} follows epoch ${e.prevEpoch.toString(16)}, this copy's entry ${e.seq - 1} is of epoch ${(cut === 0 ? this.at.epoch : run[cut - 1]!.entry.epoch).toString(16)}`);
        for (const h of run.splice(cut)) for (const w of h.waiters) w.reject(err);
        for (const [seq, h] of this.held) {
          if (seq <= e.seq) continue;
          this.held.delete(seq);
          clearTimeout(h.timer);
          for (const w of h.waiters) w.reject(err);
        }
        if (run.length === 0) return;
      }
      const last = run[run.length - 1]!.entry;
      const records = run.map((h) => encodeEntry(h.entry));
      const ops: KvBatchOp[] = [];
      run.forEach((h, i) => ops.push(...space.outerOps(h.entry.ops), log.recordOp(h.entry, records[i]!)));
      ops.push({ type: 'put', key: space.outerKey(APPLIED_KEY), value: encodePosition(last) });
      try {
        await kv.batch(ops);
      } catch (e) {
        this.o.logger.error({ groupId: log.groupId, from: run[0]!.entry.seq, to: last.seq, err: String(e) }, 'journal: cannot apply entries');
        for (const h of run) for (const w of h.waiters) w.reject(e);
        continue;
      }
      run.forEach((h, i) => log.note(h.entry.seq, h.entry.atMs, records[i]!.length));
      this.at = { seq: last.seq, epoch: last.epoch };
      for (const h of run) for (const w of h.waiters) w.resolve({ status: 'applied', applied: this.at.seq });
      for (const [seq, h] of this.held) {
        if (seq > this.at.seq) continue;
        this.held.delete(seq);
        clearTimeout(h.timer);
        for (const w of h.waiters) w.resolve({ status: 'duplicate', applied: this.at.seq });
      }
    }
  }
}
