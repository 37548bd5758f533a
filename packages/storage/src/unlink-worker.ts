// The worker thread that removes chunk files in batches (one message each way per batch), and its main-thread fallback.
import { unlink } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import type { Logger } from '@hivefs/common';
import type { UnlinkBatchReply, UnlinkBatchRequest } from './unlink-worker-thread.js';

/** Outcome of removing one path: whether it existed, or the errno code and message of the failure. */
export type PathUnlinkResult = { existed: boolean } | { code: string; message: string };

const EXISTED: PathUnlinkResult = Object.freeze({ existed: true });
const MISSING: PathUnlinkResult = Object.freeze({ existed: false });

/** Unlinks running at once when a batch is removed on the main thread. */
const FALLBACK_PARALLEL = 8;

/**
 * The compiled thread entry next to this module. Run from sources (a `.ts` module, e.g. under
 * vitest), that is the package's compiled copy in dist: build before testing changes to it.
 */
export function defaultThreadEntry(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('../dist/unlink-worker-thread.js', here) : new URL('./unlink-worker-thread.js', here);
}

/** Removes `paths` with async unlinks on the main thread (the path used when the worker is gone); never rejects. */
export async function unlinkOnMainThread(paths: readonly string[]): Promise<PathUnlinkResult[]> {
  const out: PathUnlinkResult[] = new Array(paths.length);
  let next = 0;
  const run = async (): Promise<void> => {
    while (next < paths.length) {
      const i = next++;
      try {
        await unlink(paths[i]!);
        out[i] = EXISTED;
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        out[i] = err?.code === 'ENOENT' ? MISSING : { code: err?.code ?? 'EIO', message: err?.message ?? String(e) };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(FALLBACK_PARALLEL, paths.length) }, run));
  return out;
}

interface Batch {
  paths: string[];
  resolve: (results: PathUnlinkResult[]) => void;
}

/** One started worker and the batches it has not answered. */
interface Thread {
  worker: Worker;
  pending: Map<number, Batch>;
  dead: boolean;
}

/**
 * Owns at most one worker thread, started on the first batch and unref'ed (it never keeps the
 * process alive). Each batch is one postMessage of paths and one reply of per-path results;
 * several may be in flight. When the worker dies, its unanswered batches are redone on the main
 * thread (a path the worker had already removed then reads as not existing) and the next batch
 * starts a new worker. Callers serialize access to each path (the chunk locks).
 */
export class UnlinkWorker {
  private thread: Thread | undefined;
  private nextId = 0;

  constructor(private readonly log: Logger, private readonly entry: URL = defaultThreadEntry()) {}

  /** Removes every path; results in `paths` order. Never rejects. */
  unlinkAll(paths: string[]): Promise<PathUnlinkResult[]> {
    if (paths.length === 0) return Promise.resolve([]);
    const t = this.thread ?? this.start();
    if (!t) return unlinkOnMainThread(paths);
    const id = ++this.nextId;
    const req: UnlinkBatchRequest = { id, paths };
    try {
      const answered = new Promise<PathUnlinkResult[]>((resolve) => t.pending.set(id, { paths, resolve }));
      t.worker.postMessage(req);
      return answered;
    } catch (err) {
      t.pending.delete(id);
      this.log.warn({ err }, 'sending a batch to the unlink worker failed; unlinking it on the main thread');
      return unlinkOnMainThread(paths);
    }
  }

  /** Batches sent to the worker and not answered yet. */
  get inFlight(): number {
    return this.thread?.pending.size ?? 0;
  }

  /** Thread id of the running worker, undefined before the first batch or after it died. */
  get threadId(): number | undefined {
    return this.thread?.worker.threadId;
  }

  /** Stops the worker; its unanswered batches finish on the main thread, a later batch starts a new one. */
  async terminate(): Promise<void> {
    const t = this.thread;
    if (!t) return;
    this.thread = undefined;
    await t.worker.terminate();
  }

  private start(): Thread | undefined {
    let worker: Worker;
    try {
      worker = new Worker(this.entry, { name: 'hivefs-unlink' });
    } catch (err) {
      this.log.warn({ err }, 'starting the unlink worker failed; unlinking on the main thread');
      return undefined;
    }
    worker.unref();
    const t: Thread = { worker, pending: new Map(), dead: false };
    worker.on('message', (r: UnlinkBatchReply) => {
      const b = t.pending.get(r.id);
      if (!b) return;
      t.pending.delete(r.id);
      b.resolve(decode(r));
    });
    worker.on('error', (err) => {
      this.log.warn({ err, pending: t.pending.size }, 'the unlink worker failed; unlinking its batches on the main thread');
      this.fail(t);
    });
    worker.on('messageerror', (err) => {
      // A reply that cannot be read leaves its batch unanswered: give up on this worker.
      this.log.warn({ err }, 'unreadable reply of the unlink worker; stopping it');
      this.fail(t);
      void worker.terminate();
    });
    worker.on('exit', () => this.fail(t));
    this.thread = t;
    return t;
  }

  /** Forgets a dead worker and redoes its unanswered batches on the main thread. */
  private fail(t: Thread): void {
    if (this.thread === t) this.thread = undefined;
    if (t.dead) return;
    t.dead = true;
    for (const b of t.pending.values()) void unlinkOnMainThread(b.paths).then(b.resolve);
    t.pending.clear();
  }
}

function decode(r: UnlinkBatchReply): PathUnlinkResult[] {
  const out: PathUnlinkResult[] = new Array(r.status.length);
  for (let i = 0; i < out.length; i++) out[i] = r.status[i] === 1 ? EXISTED : MISSING;
  for (const f of r.failures) out[f.index] = { code: f.code, message: f.message };
  return out;
}
