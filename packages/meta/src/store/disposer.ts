// Removes the chunk files of deleted files in the background, durably (Z: records), with retries.
import { decodeKey, type KvStore } from '@hivefs/common';
import type { LoggerLike } from '@hivefs/protocol';
import { removeChunks } from './chunks.js';
import { decodeInode } from './codec.js';
import type { ChunkService } from './context.js';
import { disposalKey, DISPOSAL_PREFIX } from './keys.js';
import type { Inode } from './types.js';

/** Options of a {@link ChunkDisposer}. */
export interface DisposerDeps {
  kv: KvStore;
  chunks: ChunkService;
  log: LoggerLike;
  /** Disposals running at once (each talks to all targets of one file). */
  concurrency?: number;
  /** Delay before a disposal that failed on some target is tried again. */
  retryMs?: number;
}

/**
 * Deleting a file commits its metadata with a disposal record (Z:<entryId>) and hands the inode
 * to this queue; the operation answers without waiting for storage. A disposal starts at once
 * (the chunk RPCs are sent before `enqueue` returns) unless `concurrency` are running; its
 * record is removed once every target confirmed, otherwise it is retried after `retryMs`, and
 * records left by a stop are resumed by `resume()` at the next start.
 */
export class ChunkDisposer {
  private readonly waiting: Inode[] = [];
  private running = 0;
  private idleWaiters: (() => void)[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopped = false;

  constructor(private readonly deps: DisposerDeps) {}

  /** Queues the chunk removal of a deleted file (its Z record is already committed). */
  enqueue(file: Inode): void {
    if (this.stopped) return;
    this.waiting.push(file);
    this.pump();
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
    this.waiting.length = 0;
  }

  private pump(): void {
    const max = this.deps.concurrency ?? 16;
    while (this.running < max && this.waiting.length > 0) {
      const file = this.waiting.shift()!;
      this.running += 1;
      void this.dispose(file).finally(() => {
        this.running -= 1;
        this.pump();
        if (this.running === 0 && this.waiting.length === 0) for (const w of this.idleWaiters.splice(0)) w();
      });
    }
  }

  private async dispose(file: Inode): Promise<void> {
    const done = await removeChunks(this.deps, file);
    if (done) {
      await this.deps.kv.del(disposalKey(file.entryId)).catch((e: Error) => this.deps.log.warn({ entryId: file.entryId, err: e.message }, 'disposal record not removed'));
      return;
    }
    if (this.stopped) return;
    const t = setTimeout(() => {
      this.timers.delete(t);
      this.enqueue(file);
    }, this.deps.retryMs ?? 30_000);
    t.unref();
    this.timers.add(t);
  }
}
