// Allocates entry ids <counter>-<startSecs>-<nodeId>; startSecs is persisted and grows every run.
import type { KvStore } from '@hivefs/common';
import { formatEntryId } from '@hivefs/protocol';
import { START_KEY } from './keys.js';

/** Counters of ids made for another owner start at creatorNodeId * 2^36. */
const FOREIGN_COUNTER_BASE = 2 ** 36;

/** Hands out entry ids that never repeat, also across restarts of the node. */
export class EntryIdAllocator {
  private counter = 0;

  private constructor(
    /** Start-seconds of this run: max(now, last run's + 1). */
    readonly startSecs: number,
    readonly nodeId: number,
  ) {}

  /** Reads the last start-seconds, persists this run's (strictly larger) one. */
  static async open(kv: KvStore, nodeId: number, nowSecs = Math.floor(Date.now() / 1000)): Promise<EntryIdAllocator> {
    const raw = await kv.get(START_KEY);
    const last = raw ? Number(Buffer.from(raw).toString('utf8')) || 0 : 0;
    const startSecs = Math.max(nowSecs, last + 1);
    await kv.put(START_KEY, Buffer.from(String(startSecs), 'utf8'));
    return new EntryIdAllocator(startSecs, nodeId);
  }

  /** A fresh entry id. */
  next(): string {
    this.counter += 1;
    return formatEntryId(this.counter, this.startSecs, this.nodeId);
  }

  /**
   * A fresh entry id owned by meta node `owner` (a directory this node creates on another
   * node). Its counter carries this node's id above bit 36, a range the owner's own counters
   * never reach in one run, so it cannot repeat one of the owner's ids.
   */
  nextFor(owner: number): string {
    if (owner === this.nodeId) return this.next();
    this.counter += 1;
    return formatEntryId(this.nodeId * FOREIGN_COUNTER_BASE + this.counter, this.startSecs, owner);
  }
}
