// The reply ledger: stored replies of tagged requests (R: records), indexed in memory, with what drops them.
import { decodeKey, type KvBatchOp, type KvStore } from '@hivefs/common';
import { ErrCode, HiveError, isRetryable, type LoggerLike } from '@hivefs/protocol';
import type { Batch } from '../store/batch.js';
import { REPLY_PREFIX, replyKey } from '../store/keys.js';
import { decodeReply, encodeFailure, encodeResult, recordTime, type StoredReply } from './record.js';

/** A request as the ledger names it. */
export interface RequestRef {
  clientId: number;
  requestId: number;
}

/** One tagged request being run: what commitOp needs to add its reply to the final batch. */
export interface TaggedOp extends RequestRef {
  ledger: ReplyLedger;
  /** Records of this client below it may go (never above requestId). */
  doneBelow: number;
  /** Message type of the request. */
  rpc: number;
  /** Set once its record is committed: an operation records once. */
  recorded: boolean;
}

/** A record added to a batch that is not committed yet. */
export interface PendingRecord {
  op: TaggedOp;
  atMs: number;
  /** Request ids of the client's records the batch deletes (done_below). */
  dropped: number[];
  /** Kept in memory only. */
  volatile: boolean;
}

/** Counters of a ledger (tests, logs). */
export interface LedgerStats {
  /** Records held now. */
  records: number;
  /** Clients with records now. */
  clients: number;
  /** Records written (results and failures). */
  recorded: number;
  /** Requests answered from a record. */
  replayed: number;
  /** Duplicates that waited for their original to finish. */
  waited: number;
  /** Records deleted by done_below. */
  dropped: number;
  /** Records deleted by the age sweep or for reclaimed clients. */
  swept: number;
}

/** Most records one request deletes for its done_below (the rest go with the next requests). */
export const DROPS_PER_REQUEST = 32;
/** Deletes per batch of a sweep. */
const SWEEP_BATCH = 1000;
/** Routing errors: the client re-routes and resends, so they are never recorded. */
const ROUTING_CODES: ReadonlySet<number> = new Set([ErrCode.STALE_MAP, ErrCode.NOT_PRIMARY, ErrCode.UNKNOWN_TARGET_ID, ErrCode.UNKNOWN_NODE, ErrCode.UNKNOWN_GROUP]);

/**
 * Whether a failure is recorded: a HiveError the same request would meet again (EXISTS,
 * NOT_FOUND, ACCESS, ...). Transient ones (BUSY, SHUTTING_DOWN, timeouts), routing errors and
 * internal errors (not HiveError) are not: a resend runs the request for real.
 */
export function isRecordedFailure(e: unknown): e is HiveError {
  return e instanceof HiveError && !isRetryable(e.code) && !ROUTING_CODES.has(e.code) && e.code !== ErrCode.INTERRUPTED;
}

const flightKey = (r: RequestRef): string => `${r.clientId}:${r.requestId}`;

/**
 * The stored replies of one store. Keys and times of every record are held in memory, so the
 * check every tagged request makes (`has`) reads nothing on a miss; values are read only to
 * answer a duplicate. Only this class (and commitOp through it) writes R: keys.
 */
export class ReplyLedger {
  /** client id -> request id -> wall-clock ms of its record. */
  private readonly byClient = new Map<number, Map<number, number>>();
  /** Records kept in memory only (flight keys): replies of requests that wrote nothing else to disk. */
  private readonly memoryOnly = new Set<string>();
  /** Tagged requests being run now: a duplicate waits for its original. */
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private readonly counts = { recorded: 0, replayed: 0, waited: 0, dropped: 0, swept: 0 };
  private sweepTimer: NodeJS.Timeout | undefined;
  private sweeping: Promise<unknown> | undefined;

  private constructor(readonly kv: KvStore, private readonly clock: () => number) {}

  /** Loads the index of the records in `kv` (one scan of R:). `clock`: wall-clock ms. */
  static async open(kv: KvStore, clock: () => number = Date.now): Promise<ReplyLedger> {
    const l = new ReplyLedger(kv, clock);
    for await (const [k, v] of kv.keysWithPrefix(REPLY_PREFIX)) {
      const [, c, r] = decodeKey(k);
      const clientId = parseInt(c ?? '', 16);
      const requestId = parseInt(r ?? '', 16);
      if (Number.isSafeInteger(clientId) && Number.isSafeInteger(requestId)) l.note(clientId, requestId, recordTime(v));
    }
    return l;
  }

  /** Whether a record of this request exists (memory only). */
  has(r: RequestRef): boolean {
    return this.byClient.get(r.clientId)?.has(r.requestId) ?? false;
  }

  /** The stored reply of a request, or undefined (no read when the index has none). */
  async find(r: RequestRef): Promise<StoredReply | undefined> {
    if (!this.has(r)) return undefined;
    const raw = await this.kv.get(replyKey(r.clientId, r.requestId));
    if (!raw) {
      // an uncertain record that never reached the store (see uncertain), or one dropped meanwhile
      this.byClient.get(r.clientId)?.delete(r.requestId);
      return undefined;
    }
    this.counts.replayed += 1;
    return decodeReply(raw);
  }

  /** The run of this request under way now, if any (settles when it is answered). */
  running(r: RequestRef): Promise<unknown> | undefined {
    const p = this.inFlight.get(flightKey(r));
    if (p) this.counts.waited += 1;
    return p;
  }

  /**
   * Runs a tagged request, known to duplicates (see {@link running}) until it settles. Its
   * result is recorded by commitOp; a failure that {@link isRecordedFailure} is recorded here
   * in a batch of its own, unless the operation recorded a result already.
   */
  run<T>(op: TaggedOp, fn: () => Promise<T>): Promise<T> {
    const k = flightKey(op);
    const p = this.execute(op, fn);
    this.inFlight.set(k, p);
    const forget = (): void => {
      if (this.inFlight.get(k) === p) this.inFlight.delete(k);
    };
    p.then(forget, forget);
    return p;
  }

  private async execute<T>(op: TaggedOp, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (!op.recorded && isRecordedFailure(e)) {
        const ops: KvBatchOp[] = [];
        const pending = this.addRecord(ops, op, (at) => encodeFailure(op.rpc, at, e.code, e.message), false);
        await this.kv.batch(ops);
        this.committed(pending);
      }
      throw e;
    }
  }

  /**
   * Adds the record of `op` with `result` (and its done_below deletes) to `b`; call
   * {@link committed} after the commit. When the store keeps `b` in memory only (a read-only
   * open or its close: volatile sessions), the record is volatile too, and so are the deletes
   * (only of records in memory): such a request costs no disk write, tagged or not, and a crash
   * loses its reply together with the session it answered.
   */
  recordInto(b: Batch, op: TaggedOp, result: unknown): PendingRecord {
    const wouldWrite = (this.kv as { wouldWrite?: (ops: readonly KvBatchOp[]) => boolean }).wouldWrite;
    const volatile = wouldWrite ? !wouldWrite.call(this.kv, b.ops) : false;
    return this.addRecord(b.ops, op, (at) => encodeResult(op.rpc, at, result), volatile);
  }

  private addRecord(ops: KvBatchOp[], op: TaggedOp, value: (atMs: number) => Uint8Array, volatile: boolean): PendingRecord {
    const atMs = this.clock();
    ops.push({ type: 'put', key: replyKey(op.clientId, op.requestId), value: value(atMs), ...(volatile ? { volatile } : {}) });
    const dropped = this.dropsBelow(op, volatile);
    for (const r of dropped) ops.push({ type: 'del', key: replyKey(op.clientId, r) });
    return { op, atMs, dropped, volatile };
  }

  /**
   * Notes a record whose commit failed but may have reached the store: a journaled batch is
   * written on the primary before the secondary's acknowledgement, so a failure after the local
   * write (the lease lapsed, the loss of the secondary could not be recorded) leaves mutation
   * and reply on disk although the caller got an error. The index then says "maybe": a resend
   * reads the store (find) and gets the stored reply instead of running the operation twice;
   * when the record is not there, find forgets it and the resend runs. The operation counts as
   * recorded, so no failure record replaces it.
   */
  uncertain(p: PendingRecord): void {
    p.op.recorded = true;
    if (!p.volatile) this.note(p.op.clientId, p.op.requestId, p.atMs);
  }

  /** Notes a committed record in the index. */
  committed(p: PendingRecord): void {
    const { op } = p;
    op.recorded = true;
    this.counts.recorded += 1;
    this.note(op.clientId, op.requestId, p.atMs);
    if (p.volatile) this.memoryOnly.add(flightKey(op));
    else this.memoryOnly.delete(flightKey(op));
    const m = this.byClient.get(op.clientId);
    for (const r of p.dropped) {
      this.memoryOnly.delete(flightKey({ clientId: op.clientId, requestId: r }));
      if (m?.delete(r)) this.counts.dropped += 1;
    }
  }

  /**
   * Request ids of the client's records below its done_below, at most {@link DROPS_PER_REQUEST};
   * `memoryOnly`: only records kept in memory (their deletes write nothing).
   */
  private dropsBelow(op: TaggedOp, memoryOnly: boolean): number[] {
    const m = this.byClient.get(op.clientId);
    const out: number[] = [];
    if (!m || op.doneBelow === 0) return out;
    for (const r of m.keys()) {
      if (r < op.doneBelow && r !== op.requestId && (!memoryOnly || this.memoryOnly.has(flightKey({ clientId: op.clientId, requestId: r })))) out.push(r);
      if (out.length >= DROPS_PER_REQUEST) break;
    }
    return out;
  }

  private note(clientId: number, requestId: number, atMs: number): void {
    let m = this.byClient.get(clientId);
    if (!m) this.byClient.set(clientId, (m = new Map()));
    m.set(requestId, atMs);
  }

  /** Client ids that have records. */
  clients(): number[] {
    return [...this.byClient.keys()];
  }

  /** Deletes every record of these clients (reclaimed: gone from the cluster); returns how many. */
  dropClients(clientIds: Iterable<number>): Promise<number> {
    const refs: RequestRef[] = [];
    for (const clientId of clientIds) for (const requestId of this.byClient.get(clientId)?.keys() ?? []) refs.push({ clientId, requestId });
    return this.deleteRecords(refs);
  }

  /** Deletes every record older than `maxAgeMs`; returns how many. */
  sweep(maxAgeMs: number): Promise<number> {
    const before = this.clock() - maxAgeMs;
    const refs: RequestRef[] = [];
    for (const [clientId, m] of this.byClient) for (const [requestId, at] of m) if (at < before) refs.push({ clientId, requestId });
    return this.deleteRecords(refs);
  }

  private async deleteRecords(refs: RequestRef[]): Promise<number> {
    for (let i = 0; i < refs.length; i += SWEEP_BATCH) {
      const part = refs.slice(i, i + SWEEP_BATCH);
      await this.kv.batch(part.map((r) => ({ type: 'del' as const, key: replyKey(r.clientId, r.requestId) })));
      for (const r of part) {
        this.memoryOnly.delete(flightKey(r));
        const m = this.byClient.get(r.clientId);
        if (m?.delete(r.requestId)) this.counts.swept += 1;
        if (m?.size === 0) this.byClient.delete(r.clientId);
      }
    }
    return refs.length;
  }

  /** Sweeps records older than `maxAgeMs` every `intervalMs` (default: a tenth of it, 1 s to 60 s) on an unref'd timer. */
  startSweeps(maxAgeMs: number, log: LoggerLike, intervalMs = Math.min(60_000, Math.max(1000, Math.floor(maxAgeMs / 10)))): void {
    if (this.sweepTimer) return;
    this.sweepTimer = setInterval(() => {
      if (this.sweeping) return;
      this.sweeping = this.sweep(maxAgeMs)
        .then((n) => n > 0 && log.debug({ records: n }, 'reply ledger: dropped stored replies past their age'))
        .catch((e: Error) => log.warn({ err: e.message }, 'reply ledger sweep failed; retrying on the next one'))
        .finally(() => (this.sweeping = undefined));
    }, intervalMs);
    this.sweepTimer.unref();
  }

  /** Stops the sweeps and waits for one under way. */
  async stop(): Promise<void> {
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    this.sweepTimer = undefined;
    await this.sweeping;
  }

  /** Counters and sizes now. */
  stats(): LedgerStats {
    let records = 0;
    for (const m of this.byClient.values()) records += m.size;
    return { records, clients: this.byClient.size, ...this.counts };
  }
}
