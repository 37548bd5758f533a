// Removes the chunk files of deleted files in the background, durably (Z: records), in batches, with retries.
import { decodeKey, type KvStore } from '@hivefs/common';
import type { LoggerLike } from '@hivefs/protocol';
import { decodeInode } from './codec.js';
import { holderLabel, holdersOf } from './chunks.js';
import type { ChunkRef, ChunkService } from './context.js';
import { disposalKey, DISPOSAL_PREFIX } from './keys.js';
import type { Inode } from './types.js';

/** Options of a {@link ChunkDisposer}. */
export interface DisposerDeps {
  kv: KvStore;
  chunks: ChunkService;
  log: LoggerLike;
  /** Batches in flight at once. */
  concurrency?: number;
  /** Most files in one batch. */
  batchFiles?: number;
  /** How long a deletion may wait for others to share its batch, ms. */
  lingerMs?: number;
  /** Delay before a disposal that failed on some target is tried again. */
  retryMs?: number;
}

const DEFAULT_CONCURRENCY = 2;
const DEFAULT_BATCH_FILES = 256;
const DEFAULT_LINGER_MS = 20;
const DEFAULT_RETRY_MS = 30_000;

/**
 * Deleting a file commits its metadata with a disposal record (Z:<entryId>) and hands the inode
 * to this queue; the operation answers without waiting for storage. Files are removed in
 * batches: all chunk files of up to `batchFiles` files go out as one request per storage node
 * (ChunkService.unlinkMany), and the records of the files that every target confirmed go in one
 * store batch. A deletion waits at most `lingerMs` for company, so a burst of unlinks (rm -r)
 * costs a few requests instead of one per chunk file. Files that failed on some target are
 * tried again after `retryMs`; records left by a stop are resumed by `resume()` at the next start.
 */
export class ChunkDisposer {
  private readonly waiting: Inode[] = [];
  private running = 0;
  private idleWaiters: (() => void)[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private linger: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly deps: DisposerDeps) {}

  /** Queues the chunk removal of a deleted file (its Z record is already committed). */
  enqueue(file: Inode): void {
    if (this.stopped) return;
    this.waiting.push(file);
    this.schedule();
  }

  /** Queues every disposal recorded on disk (left by an earlier run); returns how many. */
  async resume(): Promise<number> {
    let n = 0;
    for await (const [k, v] of this.deps.kv.keysWithPrefix(DISPOSAL_PREFIX)) {
      const i = decodeInode(v);
      if (i.entryId !== decodeKey(k)[1]) continue;
      this.enqueue(i);
      n += 1;
    }
    return n;
  }

  /** Resolves when nothing is queued or running (retries scheduled later do not count). */
  idle(): Promise<void> {
    if (this.running === 0 && this.waiting.length === 0) return Promise.resolve();
    return new Promise((r) => this.idleWaiters.push(r));
  }

  /** Stops taking work; pending records stay on disk for the next start. */
  stop(): void {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    clearTimeout(this.linger);
    this.linger = undefined;
    this.waiting.length = 0;
    this.settleIdle();
  }

  private get batchFiles(): number {
    return this.deps.batchFiles ?? DEFAULT_BATCH_FILES;
  }

  /** A full batch goes at once; a partial one after lingering (also after a batch finished). */
  private schedule(): void {
    if (this.waiting.length >= this.batchFiles) this.pump();
    else if (this.waiting.length > 0) this.linger ??= setTimeout(() => this.pump(), this.deps.lingerMs ?? DEFAULT_LINGER_MS);
  }

  private pump(): void {
    clearTimeout(this.linger);
    this.linger = undefined;
    const max = this.deps.concurrency ?? DEFAULT_CONCURRENCY;
    while (this.running < max && this.waiting.length > 0) {
      const files = this.waiting.splice(0, this.batchFiles);
      this.running += 1;
      void this.dispose(files).finally(() => {
        this.running -= 1;
        this.schedule();
        this.settleIdle();
      });
    }
  }

  private settleIdle(): void {
    if (this.running === 0 && this.waiting.length === 0) for (const w of this.idleWaiters.splice(0)) w();
  }

  private async dispose(files: Inode[]): Promise<void> {
    const refs: ChunkRef[] = [];
    const owner: number[] = [];
    files.forEach((f, k) => {
      for (const h of holdersOf(f.pattern)) {
        refs.push({ entryId: f.entryId, ...h });
        owner.push(k);
      }
    });
    const outcomes = refs.length ? await this.deps.chunks.unlinkMany(refs) : [];
    const failed = new Map<number, string>();
    outcomes.forEach((o, j) => {
      if (o.ok || failed.has(owner[j]!)) return;
      failed.set(owner[j]!, `${holderLabel(refs[j]!)}: ${o.error}`);
    });
    const done = files.filter((_, k) => !failed.has(k));
    if (done.length) {
      await this.deps.kv.batch(done.map((f) => ({ type: 'del' as const, key: disposalKey(f.entryId) }))).catch((e: Error) => {
        this.deps.log.warn({ files: done.length, err: e.message }, 'disposal records not removed');
      });
    }
    if (failed.size === 0 || this.stopped) return;
    for (const [k, error] of failed) this.deps.log.warn({ entryId: files[k]!.entryId, err: error }, 'chunk files not removed yet; will retry');
    const again = [...failed.keys()].map((k) => files[k]!);
    const t = setTimeout(() => {
      this.timers.delete(t);
      for (const f of again) this.enqueue(f);
    }, this.deps.retryMs ?? DEFAULT_RETRY_MS);
    t.unref();
    this.timers.add(t);
  }
}
