// @hivefs/nowait-io: takes file data from the page cache on the calling thread (preadv2 with RWF_NOWAIT), or says it cannot.
import { createRequire } from 'node:module';

interface Addon {
  /** Bytes read (0 at the end of the file), or -errno (-EAGAIN: nothing of the range is cached). */
  preadNowait(fd: number, buffer: Uint8Array, position: number): number;
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
