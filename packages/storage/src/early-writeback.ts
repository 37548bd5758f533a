// Early write-out of chunk files being written: once enough new data of a chunk file sits dirty in the page cache, the kernel is asked to start writing it to disk.
import type { OpenChunk } from './fd-cache.js';

/** Starts the write-out of a byte range of an open file; resolves the errno (0: started). */
export type StartWriteback = (fd: number, offset: number, length: number) => Promise<number>;

/** Options of {@link EarlyWriteback}. */
export interface EarlyWritebackInit {
  /** New bytes of one chunk file that start a write-out (tuneEarlyWritebackKiB); 0: never. */
  everyBytes: number;
  start: StartWriteback;
  /** Keeps a handle open while a write-out of it is queued or running ({@link FdCache.retain}). */
  retain: (oc: OpenChunk) => void;
  /** Lets go of a handle {@link retain} kept ({@link FdCache.release}). */
  release: (oc: OpenChunk) => void;
  /** Told about the first failed start (later ones are not reported). */
  onError: (errno: number) => void;
}

/** Most write-outs waiting for the one running; further ones are left to the kernel's own writeback. */
export const MAX_QUEUED_WRITEBACKS = 64;

/** errno values that mean the file or kernel cannot do it at all (ENOSYS, EINVAL, ESPIPE, EOPNOTSUPP). */
const UNSUPPORTED = new Set([38, 22, 29, 95]);

interface Range {
  from: number;
  to: number;
}

/**
 * The kernel keeps written data in its page cache until a dirty limit or age is reached (on a
 * machine with a lot of memory, a whole large file), and an fsync then waits while all of it goes
 * to disk at once. Started early, the disk writes overlap with the writes still arriving, so a
 * streaming writer's final fsync (or close with fsync) waits only for the last part. Nothing
 * becomes durable earlier or later than before: this only moves disk writes forward in time.
 *
 * Per open chunk file it tracks the span written since its last start; once that reaches
 * `everyBytes` the span is queued. One write-out runs at a time (it runs on the thread pool, which
 * the chunk reads and writes need too, and can wait there when the device is busy); at most
 * {@link MAX_QUEUED_WRITEBACKS} wait, and spans beyond that are left to the kernel.
 */
export class EarlyWriteback {
  private readonly spans = new WeakMap<OpenChunk, Range>();
  private readonly queue: { oc: OpenChunk; range: Range }[] = [];
  private running = false;
  private disabled = false;
  private reported = false;
  private onIdle: (() => void) | undefined;
  private stopping: Promise<void> | undefined;

  constructor(private readonly o: EarlyWritebackInit) {
    if (!(o.everyBytes > 0)) this.disabled = true;
  }

  /** Notes that `length` bytes were written at `offset` of `oc` (the caller holds the handle). */
  wrote(oc: OpenChunk, offset: number, length: number): void {
    if (this.disabled || length <= 0) return;
    const end = offset + length;
    const span = this.spans.get(oc) ?? { from: offset, to: end };
    span.from = Math.min(span.from, offset);
    span.to = Math.max(span.to, end);
    if (span.to - span.from < this.o.everyBytes) {
      this.spans.set(oc, span);
      return;
    }
    this.spans.delete(oc);
    this.enqueue(oc, span);
  }

  /** Takes no more work, lets go of queued write-outs and resolves once the running one (if any) is done. */
  stop(): Promise<void> {
    this.disabled = true;
    for (const q of this.queue.splice(0)) this.o.release(q.oc);
    this.stopping ??= this.running ? new Promise((r) => (this.onIdle = r)) : Promise.resolve();
    return this.stopping;
  }

  /** Write-outs queued or running (for tests). */
  get pending(): number {
    return this.queue.length + (this.running ? 1 : 0);
  }

  private enqueue(oc: OpenChunk, range: Range): void {
    if (this.queue.length >= MAX_QUEUED_WRITEBACKS) return;
    this.o.retain(oc);
    this.queue.push({ oc, range });
    this.pump();
  }

  private pump(): void {
    if (this.running) return;
    const next = this.queue.shift();
    if (!next) return;
    this.running = true;
    const { oc, range } = next;
    const done = (errno: number): void => {
      this.running = false;
      this.o.release(oc);
      if (errno !== 0) this.failed(errno);
      if (this.disabled) this.onIdle?.();
      else this.pump();
    };
    this.o.start(oc.fh.fd, range.from, range.to - range.from).then(done, () => done(-1));
  }

  private failed(errno: number): void {
    if (errno < 0 || UNSUPPORTED.has(errno)) {
      this.disabled = true;
      for (const q of this.queue.splice(0)) this.o.release(q.oc);
    }
    if (this.reported) return;
    this.reported = true;
    this.o.onError(errno);
  }
}
