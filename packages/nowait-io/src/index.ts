// @hivefs/nowait-io: takes file data from the page cache on the calling thread (preadv2 with RWF_NOWAIT), or says it cannot;
// starts the write-out of dirty file data without waiting for it (sync_file_range).
import { createRequire } from 'node:module';

interface Addon {
  /** Bytes read (0 at the end of the file), or -errno (-EAGAIN: nothing of the range is cached). */
  preadNowait(fd: number, buffer: Uint8Array, position: number): number;
  /** Queues sync_file_range(SYNC_FILE_RANGE_WRITE) on the thread pool; `done(errno)`, 0 on success. */
  startWriteback(fd: number, offset: number, length: number, done: (errno: number) => void): void;
}

let addon: Addon | undefined;
let missing = '';
try {
  addon = createRequire(import.meta.url)('../build/Release/nowait_io.node') as Addon;
} catch (e) {
  missing = `the nowait-io addon is not built (${(e as Error).message.split('\n')[0]}); scripts/bootstrap.sh builds it (needs make and a C compiler)`;
}

/** Why {@link readCached} always answers -1 here (the addon failed to load), or undefined when it works. */
export function cachedReadsUnavailable(): string | undefined {
  return addon ? undefined : missing;
}

/**
 * Fills `buffer` from `position` of the open file `fd` with what the kernel's page cache holds,
 * without waiting for the disk: a plain memory copy that is cheap enough for the event loop,
 * where a read through libuv's thread pool costs two thread wake-ups. Returns the bytes read:
 * all of them, the cached first part, or 0 at the end of the file. Returns -1 when nothing could
 * be read this way: nothing of the range cached, a file system without RWF_NOWAIT reads, the
 * addon not built, or any error. The caller then reads (the rest) the ordinary way, which also
 * reports errors as usual.
 */
export function readCached(fd: number, buffer: Uint8Array, position: number): number {
  if (buffer.length === 0) return 0;
  if (!addon || !(fd >= 0)) return -1;
  const n = addon.preadNowait(fd, buffer, position);
  return n >= 0 ? n : -1;
}

/**
 * Asks the kernel to start writing the dirty pages of `length` bytes at `offset` of the open file
 * `fd` to disk, and resolves once the write-out was started (not finished: nothing is durable
 * yet). The kernel's page cache otherwise holds written data until a dirty limit or age is
 * reached, and an fsync then waits for all of it at once; started early, the writes overlap with
 * the ones still coming. Resolves the errno, 0 on success (-1: the addon is not built). Never rejects.
 * The descriptor must stay open until it resolves.
 */
export function startWriteback(fd: number, offset: number, length: number): Promise<number> {
  if (!addon) return Promise.resolve(-1);
  const a = addon;
  return new Promise((resolve) => {
    try {
      a.startWriteback(fd, offset, length, resolve);
    } catch {
      resolve(-1); // arguments the addon refused (a closed descriptor): nothing was started
    }
  });
}
