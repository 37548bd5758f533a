// Unit tests of the nowait-io addon on real files: cached, uncached (pages dropped), partial and failing reads.
import { execFileSync } from 'node:child_process';
import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedReadsUnavailable, readCached, startWriteback } from './index.js';

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

/** Pages of `path` (of `length` bytes at `offset`; 0: to the end) in the page cache and how many of them are dirty (cachestat(2), Linux 6.5+, through Python). */
function cacheState(path: string, offset = 0, length = 0): { cached: number; dirty: number; writeback: number } {
  const py = [
    'import ctypes, os, struct, sys',
    'libc = ctypes.CDLL(None, use_errno=True)',
    'fd = os.open(sys.argv[1], os.O_RDONLY)',
    'out = ctypes.create_string_buffer(40)',
    "r = libc.syscall(451, fd, ctypes.c_char_p(struct.pack('QQ', int(sys.argv[2]), int(sys.argv[3]))), out, 0)",
    "print(r, ctypes.get_errno(), *struct.unpack('5Q', out.raw))",
  ].join('\n');
  const [r, errno, cached, dirty, writeback] = execFileSync('python3', ['-c', py, path, String(offset), String(length)]).toString().trim().split(' ').map(Number);
  if (r !== 0) throw new Error(`cachestat failed with errno ${errno}`);
  return { cached: cached!, dirty: dirty!, writeback: writeback! };
}

describe('startWriteback', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hivefs-writeback-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts writing the dirty pages of a range to disk without an fsync', async () => {
    const path = join(dir, 'dirty');
    const fd = openSync(path, 'w');
    try {
      writeFileSync(fd, Buffer.alloc(8 << 20, 0x5a));
      const before = cacheState(path);
      expect(before.dirty + before.writeback).toBeGreaterThan(1000); // 8 MiB = 2,048 pages, just written
      expect(await startWriteback(fd, 0, 8 << 20)).toBe(0);
      const deadline = Date.now() + 20_000;
      let now = cacheState(path);
      while (now.dirty > 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
        now = cacheState(path);
      }
      // the kernel's own writeback would leave them dirty for dirty_expire_centisecs (30 s by default)
      expect(now.dirty).toBe(0);
      expect(now.cached).toBeGreaterThan(1000); // written out, still cached: nothing was dropped
    } finally {
      closeSync(fd);
    }
  });

  it('leaves pages outside the range dirty', async () => {
    const path = join(dir, 'half');
    const fd = openSync(path, 'w');
    try {
      writeFileSync(fd, Buffer.alloc(8 << 20, 0x33));
      expect(await startWriteback(fd, 0, 4 << 20)).toBe(0);
      const deadline = Date.now() + 20_000;
      while (cacheState(path, 0, 4 << 20).dirty > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(cacheState(path, 0, 4 << 20).dirty).toBe(0);
      expect(cacheState(path, 4 << 20, 4 << 20).dirty).toBeGreaterThan(512); // the second 4 MiB (1,024 pages) waits for the kernel
    } finally {
      closeSync(fd);
    }
  });

  it('resolves the errno of a descriptor it cannot use, and -1 for arguments the addon refuses', async () => {
    expect(await startWriteback(1_000_000, 0, 4096)).toBe(9); // EBADF
    expect(await startWriteback(-1, 0, 4096)).toBe(-1);
    expect(await startWriteback(0, -5, 4096)).toBe(-1);
  });
});
