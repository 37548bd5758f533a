// The secondary's end of a full resync: snapshot pages fed, as they arrive, to the space's install.
import { ErrCode, HiveError, type hivefs, type LoggerLike } from '@hivefs/protocol';
import type { JournalPosition, MetaSpace } from '../../journal/index.js';
import { PageQueue } from './page-queue.js';

/** Default time a transfer may wait for its next page before it is abandoned (ms). */
export const TRANSFER_IDLE_MS = 60_000;

/** Options of a {@link SnapshotReceiver}. */
export interface SnapshotReceiverOptions {
  /** This node's space of a group, if it has one. */
  space: (groupId: number) => MetaSpace | undefined;
  log: LoggerLike;
  /** A transfer whose next page does not come within this many ms is abandoned (default 60 s). */
  idleMs?: number;
}

interface Transfer {
  groupId: number;
  id: number;
  space: MetaSpace;
  /** The page expected next. */
  next: number;
  queue: PageQueue<[string, Uint8Array]>;
  install: Promise<JournalPosition>;
  idle?: NodeJS.Timeout;
}

/**
 * Receives the pages of full resyncs (snapshotPage) on a secondary. Page 0 starts a transfer (and
 * abandons an older one of the group); later pages must follow in order. Records go to
 * {@link MetaSpace.installSnapshot} as they arrive (the space is replaced meanwhile, and its
 * follower applies no pushes); a page is answered once the install took its records, the last
 * one once the install is done, with the position installed. An abandoned transfer leaves the
 * space at position 0: the next resync is full again.
 */
export class SnapshotReceiver {
  private readonly transfers = new Map<number, Transfer>();

  constructor(private readonly o: SnapshotReceiverOptions) {}

  /** Takes one page (from the network: checked). */
  async page(req: hivefs.ISnapshotPageReq): Promise<hivefs.ISnapshotPageResp> {
    const groupId = req.groupId ?? 0;
    const space = this.o.space(groupId);
    if (!space || space.role !== 'secondary') throw new HiveError(ErrCode.NOT_SECONDARY, `not secondary of meta buddy group ${groupId}`);
    const id = Number(req.transferId ?? 0);
    const n = req.page ?? 0;
    const records = checkRecords(req.records ?? []);
    let t = this.transfers.get(groupId);
    if (n === 0) {
      if (t) this.abandon(t, `transfer ${id} started over it`);
      t = this.start(groupId, id, space);
    } else if (!t || t.id !== id || t.space !== space || t.next !== n) {
      const expected = t ? `page ${t.next} of transfer ${t.id}` : 'page 0 of a new transfer';
      throw new HiveError(ErrCode.INVALID_ARGUMENT, `snapshot page ${n} of transfer ${id} for meta buddy group ${groupId} is out of order (expected ${expected})`);
    }
    const tr = t;
    tr.next = n + 1;
    clearTimeout(tr.idle);
    try {
      await tr.queue.push(records);
      if (!req.last) {
        this.watch(tr);
        return {};
      }
      tr.queue.end();
      const pos = await tr.install;
      return { seq: pos.seq, epoch: pos.epoch };
    } catch (e) {
      this.abandon(tr, e instanceof Error ? e.message : String(e));
      throw e instanceof HiveError ? e : new HiveError(ErrCode.IO, `meta buddy group ${groupId}: snapshot install failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      if (req.last && this.transfers.get(groupId) === tr) this.transfers.delete(groupId);
    }
  }

  /** Abandons every open transfer (their spaces stay at position 0); for shutdown. */
  close(): void {
    for (const t of [...this.transfers.values()]) this.abandon(t, 'the node shuts down');
  }

  private start(groupId: number, id: number, space: MetaSpace): Transfer {
    const queue = new PageQueue<[string, Uint8Array]>();
    const install = space.installSnapshot(queue);
    const t: Transfer = { groupId, id, space, next: 0, queue, install };
    // An install that fails (or never starts: no longer secondary) fails the pages waiting on it.
    install.catch((e: unknown) => queue.fail(e));
    this.transfers.set(groupId, t);
    this.o.log.info({ groupId, transferId: id }, `meta buddy group ${groupId}: full resync started; the space is being replaced`);
    return t;
  }

  /** Ends `t`'s install with an error (its space stays at position 0). */
  private abandon(t: Transfer, why: string): void {
    clearTimeout(t.idle);
    if (this.transfers.get(t.groupId) === t) this.transfers.delete(t.groupId);
    t.queue.fail(new HiveError(ErrCode.INTERRUPTED, `snapshot transfer ${t.id} of meta buddy group ${t.groupId} abandoned: ${why}`));
    this.o.log.warn({ groupId: t.groupId, transferId: t.id, why }, `meta buddy group ${t.groupId}: full resync abandoned; the space is at position 0 until the next one`);
  }

  private watch(t: Transfer): void {
    t.idle = setTimeout(() => this.abandon(t, `no page for ${this.o.idleMs ?? TRANSFER_IDLE_MS} ms`), this.o.idleMs ?? TRANSFER_IDLE_MS);
    t.idle.unref();
  }
}

/** The records of a page as [key, value]; INVALID_ARGUMENT unless each is a put with a key. */
function checkRecords(ops: hivefs.IJournalOp[]): [string, Uint8Array][] {
  return ops.map((op, i) => {
    if (typeof op.key !== 'string' || op.key.length === 0) throw new HiveError(ErrCode.INVALID_ARGUMENT, `snapshot record ${i} has no key`);
    if (op.del) throw new HiveError(ErrCode.INVALID_ARGUMENT, `snapshot record ${i} is a delete; snapshot pages carry puts only`);
    return [op.key, op.value ?? new Uint8Array(0)];
  });
}
