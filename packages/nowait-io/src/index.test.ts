// Unit tests of the nowait-io addon on real files: cached, uncached (pages dropped), partial and failing reads.
import { execFileSync } from 'node:child_process';
import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedReadsUnavailable, readCached } from './index.js';

/** Asks the kernel to drop the file's clean pages from its cache (posix_fadvise DONTNEED, through Python). */
function dropCache(path: string): void {
  execFileSync('python3', ['-c', 'import os,sys; fd=os.open(sys.argv[1], os.O_RDONLY); os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)', path]);
}

describe('readCached', () => {
  let dir: string;
  let path: string;
  let fd: number;
  const content = Buffer.from(Array.from({ length: 3 * 4096 + 100 }, (_, i) => (i * 7) & 0xff));

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hivefs-nowait-'));
    path = join(dir, 'f');
    writeFileSync(path, content);
    fd = openSync(path, 'r');
  });
  afterAll(() => {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  });

  it('is built', () => {
    expect(cachedReadsUnavailable()).toBeUndefined();
  });

  it('copies what the page cache holds, at any position', () => {
    const all = Buffer.alloc(content.length);
    expect(readCached(fd, all, 0)).toBe(content.length);
    expect(all.equals(content)).toBe(true);
    const part = Buffer.alloc(5000);
    expect(readCached(fd, part, 1234)).toBe(5000);
    expect(part.equals(content.subarray(1234, 6234))).toBe(true);
  });

  it('fills exactly the view it is given, not the memory around it', () => {
    const big = Buffer.alloc(8000, 0xee);
    expect(readCached(fd, big.subarray(100, 5100), 4096)).toBe(5000);
    expect(big.subarray(100, 5100).equals(content.subarray(4096, 9096))).toBe(true);
    expect(big.subarray(0, 100).every((b) => b === 0xee)).toBe(true);
    expect(big.subarray(5100).every((b) => b === 0xee)).toBe(true);
  });

  it('reads up to the end of the file, and 0 bytes past it', () => {
    const tail = Buffer.alloc(4096);
    expect(readCached(fd, tail, content.length - 100)).toBe(100);
    expect(tail.subarray(0, 100).equals(content.subarray(content.length - 100))).toBe(true);
    expect(readCached(fd, tail, content.length)).toBe(0);
    expect(readCached(fd, tail, content.length + 10_000)).toBe(0);
  });

  it('answers -1 instead of waiting for the disk when the data is not cached', () => {
    const other = join(dir, 'cold');
    const wfd = openSync(other, 'w');
    writeFileSync(wfd, content);
    fsyncSync(wfd); // clean pages can be dropped
    closeSync(wfd);
    dropCache(other);
    const rfd = openSync(other, 'r');
    try {
      const buf = Buffer.alloc(4096);
      expect(readCached(rfd, buf, 8192)).toBe(-1);
    } finally {
      closeSync(rfd);
    }
  });

  it('answers -1 where a read fails (a directory, no descriptor), and 0 for an empty buffer', () => {
    const dfd = openSync(dir, 'r');
    try {
      expect(readCached(dfd, Buffer.alloc(16), 0)).toBe(-1);
    } finally {
      closeSync(dfd);
    }
    expect(readCached(-1, Buffer.alloc(16), 0)).toBe(-1);
    expect(readCached(fd, Buffer.alloc(0), 0)).toBe(0);
  });
});
