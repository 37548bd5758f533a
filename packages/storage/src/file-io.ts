// Positional reads and writes that loop until done (short transfers are legal for pread/pwrite); small reads take cached data first.
import { fstatSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { readCached } from '@hivefs/nowait-io';

/** Writes all of `data` at `position`; resolves the number of bytes written (= data.length). */
export async function writeFully(fh: FileHandle, data: Uint8Array, position: number): Promise<number> {
  let done = 0;
  while (done < data.length) {
    const { bytesWritten } = await fh.write(data, done, data.length - done, position + done);
    if (bytesWritten <= 0) throw Object.assign(new Error('write made no progress'), { code: 'ENOSPC' });
    done += bytesWritten;
  }
  return done;
}

/**
 * Reads into `buf` from `position` until it is full or the file ends; resolves the bytes read.
 * A read of at most `cachedMax` bytes first takes what the page cache holds on this thread
 * (readCached: a copy, no thread-pool round trip); only what is not cached goes to the pool.
 */
export async function readFully(fh: FileHandle, buf: Buffer, position: number, cachedMax = 0): Promise<number> {
  let done = 0;
  if (buf.length <= cachedMax) {
    const n = readCached(fh.fd, buf, position);
    if (n === 0) return 0; // the end of the file
    if (n > 0) done = n;
  }
  while (done < buf.length) {
    const { bytesRead } = await fh.read(buf, done, buf.length - done, position + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return done;
}

/**
 * The 512-byte blocks an open file holds. fstat(2) of an open file reads the in-memory inode and
 * never waits for the disk, so it runs on this thread instead of taking a thread-pool round trip.
 */
export function blocksOf(fh: FileHandle): number {
  return fstatSync(fh.fd).blocks;
}
