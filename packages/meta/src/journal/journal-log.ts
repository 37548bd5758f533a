// The stored journal of one group on one node: its records, their index, reads and trims.
import type { KvBatchOp, KvStore } from '@hivefs/common';
import type { RecordInfo, TrimPlan } from './compaction.js';
import { decodeEntry, type JournalEntry } from './entry.js';
import { JournalResyncError } from './errors.js';
import { journalBaseKey, journalKey, journalPrefix } from './keys.js';
import { decodePosition, encodePosition, type JournalPosition } from './position.js';

/** A read of the journal: the entries asked for, or TRIMMED when some of them are gone. */
export type JournalRead = { status: 'ok'; entries: JournalEntry[] } | { status: 'trimmed'; first: number };

/**
 * The journal records `J:<groupId>:<seq>` of one group in a node's store, with an in-memory index
 * (seq, time, size) rebuilt from the store at open. Both members keep one: the primary appends
 * what it commits, the secondary what it applies. Appends are written by the caller in its own
 * batch ({@link recordOp}) and noted here once that batch is stored.
 */
export class JournalLog {
  private readonly index: RecordInfo[] = [];
  private head = 0;
  private totalBytes = 0;
  private lastSeq: number;

  private constructor(private readonly kv: KvStore, readonly groupId: number, private baseAt: JournalPosition) {
    this.lastSeq = baseAt.seq;
  }

  /** Opens the journal of `groupId` in `kv`: reads its base and indexes its records. */
  static async open(kv: KvStore, groupId: number): Promise<JournalLog> {
    const log = new JournalLog(kv, groupId, decodePosition(await kv.get(journalBaseKey(groupId))));
    for await (const [, v] of kv.keysWithPrefix(journalPrefix(groupId))) {
      const e = decodeEntry(v);
      log.note(e.seq, e.atMs, v.length);
    }
    return log;
  }

  /** The batch op that stores `entry` (its encoded bytes). */
  recordOp(entry: JournalEntry, bytes: Uint8Array): KvBatchOp {
    return { type: 'put', key: journalKey(this.groupId, entry.seq), value: bytes };
  }

  /** Adds a stored record to the index (records usually arrive in seq order). */
  note(seq: number, atMs: number, bytes: number): void {
    const rec = { seq, atMs, bytes };
    let i = this.index.length;
    while (i > this.head && this.index[i - 1]!.seq > seq) i--;
    if (i > this.head && this.index[i - 1]!.seq === seq) return;
    this.index.splice(i, 0, rec);
    this.totalBytes += bytes;
    if (seq > this.lastSeq) this.lastSeq = seq;
  }

  /** The last seq written (or trimmed, when the journal is empty); 0 for a new journal. */
  get last(): number {
    return this.lastSeq;
  }

  /** The first seq still stored (`last + 1` when none is). */
  get first(): number {
    return this.head < this.index.length ? this.index[this.head]!.seq : this.lastSeq + 1;
  }

  /** Records and bytes stored. */
  get count(): number {
    return this.index.length - this.head;
  }

  get bytes(): number {
    return this.totalBytes;
  }

  /** The position of the last trimmed record ({@link ORIGIN} before the first trim). */
  get base(): JournalPosition {
    return this.baseAt;
  }

  /** The index of the stored records, oldest first (for compaction plans). */
  records(): readonly RecordInfo[] {
    return this.index.slice(this.head);
  }

  /**
   * Entries with `from < seq <= to`, at most `limit` of them, in order. TRIMMED (with the first
   * stored seq) when `from + 1` is below the first stored seq or a record is missing meanwhile.
   */
  async read(from: number, to: number, limit = Infinity): Promise<JournalRead> {
    if (to <= from || limit <= 0) return { status: 'ok', entries: [] };
    if (from + 1 < this.first) return { status: 'trimmed', first: this.first };
    const entries: JournalEntry[] = [];
    const range = { gt: journalKey(this.groupId, from), lte: journalKey(this.groupId, to), limit: Number.isFinite(limit) ? limit : undefined };
    for await (const [, v] of this.kv.range(range)) {
      const e = decodeEntry(v);
      if (e.seq !== from + 1 + entries.length) return { status: 'trimmed', first: this.first };
      entries.push(e);
    }
    const want = Math.min(to - from, limit);
    if (entries.length < want && from + entries.length < this.lastSeq) return { status: 'trimmed', first: this.first };
    return { status: 'ok', entries };
  }

  /** The epoch of the entry at `seq` (0 for seq 0), or undefined when it is neither stored nor the base. */
  async epochAt(seq: number): Promise<number | undefined> {
    if (seq === 0) return 0;
    if (seq === this.baseAt.seq) return this.baseAt.epoch;
    const v = await this.kv.get(journalKey(this.groupId, seq));
    return v ? decodeEntry(v).epoch : undefined;
  }

  /**
   * Checks that a copy at `pos` can be brought up to date from this journal; throws
   * {@link JournalResyncError} (`trimmed`, `diverged` or `ahead`) when only a full resync can.
   */
  async checkCatchUp(pos: JournalPosition): Promise<void> {
    if (pos.seq > this.lastSeq) throw new JournalResyncError('ahead', `copy at seq ${pos.seq} is ahead of the journal's end ${this.lastSeq}`);
    if (pos.seq + 1 < this.first) {
      throw new JournalResyncError('trimmed', `journal entries after ${pos.seq} are trimmed (first kept: ${this.first})`);
    }
    const epoch = await this.epochAt(pos.seq);
    if (epoch === undefined) throw new JournalResyncError('trimmed', `journal entry ${pos.seq} is trimmed (first kept: ${this.first})`);
    if (epoch !== pos.epoch) {
      throw new JournalResyncError('diverged', `copy's entry ${pos.seq} is of epoch ${pos.epoch.toString(16)}, the journal's of ${epoch.toString(16)}`);
    }
  }

  /** Removes the records up to `plan.upTo` in one batch and moves the base to the last of them. */
  async trim(plan: TrimPlan): Promise<void> {
    if (plan.count === 0 || plan.upTo < this.first) return;
    const epoch = await this.epochAt(plan.upTo);
    if (epoch === undefined) throw new Error(`journal record ${plan.upTo} of group ${this.groupId} vanished before its trim`);
    const doomed = this.records().filter((r) => r.seq <= plan.upTo);
    const base = { seq: plan.upTo, epoch };
    await this.kv.batch([...doomed.map((r) => ({ type: 'del' as const, key: journalKey(this.groupId, r.seq) })), { type: 'put', key: journalBaseKey(this.groupId), value: encodePosition(base) }]);
    this.baseAt = base;
    while (this.head < this.index.length && this.index[this.head]!.seq <= plan.upTo) this.totalBytes -= this.index[this.head++]!.bytes;
    if (this.head > 1024 && this.head * 2 > this.index.length) {
      this.index.splice(0, this.head);
      this.head = 0;
    }
  }
}

