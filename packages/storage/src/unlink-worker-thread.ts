// Entry of the unlink worker thread: removes the chunk files of each batch with blocking unlinks, one reply per batch.
import { lstatSync, unlinkSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';

/** A batch of absolute chunk paths to remove, from the main thread. */
export interface UnlinkBatchRequest {
  id: number;
  paths: string[];
}

/** An unlink that failed with something other than ENOENT. */
export interface UnlinkFailure {
  /** Position of the path in the request. */
  index: number;
  /** errno code, e.g. `EISDIR` (`EIO` when the error had none). */
  code: string;
  message: string;
}

/** The outcome of a batch: per path 1 = removed, 0 = did not exist, 2 = failed (see `failures`). */
export interface UnlinkBatchReply {
  id: number;
  status: Uint8Array;
  failures: UnlinkFailure[];
}

const port = parentPort;
if (!port) throw new Error('unlink-worker-thread runs only as a worker thread');

// Most paths of a batch name chunk files that were never written (a small file has a chunk on its
// first target only). lstat without throwing tells those apart without building an ENOENT error
// (~5 µs each, more than the extra lstat of an existing file); other errors need no stack either.
Error.stackTraceLimit = 0;
const NO_THROW = { throwIfNoEntry: false } as const;

port.on('message', (req: UnlinkBatchRequest) => {
  const status = new Uint8Array(req.paths.length);
  const failures: UnlinkFailure[] = [];
  for (let i = 0; i < req.paths.length; i++) {
    const path = req.paths[i]!;
    try {
      if (!lstatSync(path, NO_THROW)) continue;
      unlinkSync(path);
      status[i] = 1;
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err?.code === 'ENOENT') continue;
      status[i] = 2;
      failures.push({ index: i, code: err?.code ?? 'EIO', message: err?.message ?? String(e) });
    }
  }
  const reply: UnlinkBatchReply = { id: req.id, status, failures };
  port.postMessage(reply, [status.buffer]);
});
