// Unit tests of the positional read/write helpers on real files, with page-cached and uncached data.
import { execFileSync } from 'node:child_process';
import { open, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { removeDir, tmpDir } from '@hivefs/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCached } from '@hivefs/nowait-io';
import { blocksOf, readFully, writeFully } from './file-io.js';

/** Drops the file's pages from the kernel's cache (fsync, then posix_fadvise DONTNEED, through Python). */
function dropCache(path: string): void {
  execFileSync('python3', ['-c', 'import os,sys; fd=os.open(sys.argv[1], os.O_RDONLY); os.fsync(fd); os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)', path]);
}

describe('readFully', () => {
  let dir: string;
  const content = Buffer.from(Array.from({ length: 64 * 1024 + 300 }, (_, i) => (i * 13 + 5) & 0xff));

  beforeAll(async () => {
    dir = await tmpDir('hivefs-file-io-');
  });
  afterAll(() => removeDir(dir));

  // cachedMax 0: the thread pool only; 1 MiB: cached data on the calling thread first
  for (const cachedMax of [0, 1 << 20]) {
    for (const cold of [false, true]) {
      it(`reads whole, short at the end and empty past it (cachedMax ${cachedMax}, ${cold ? 'not cached' : 'cached'})`, async () => {
        const path = join(dir, `f-${cachedMax}-${cold}`);
        await writeFile(path, content);
        if (cold) dropCache(path);
        const fh = await open(path, 'r');
        try {
          const buf = Buffer.alloc(8192);
          expect(await readFully(fh, buf, 4096, cachedMax)).toBe(8192);
          expect(buf.equals(content.subarray(4096, 4096 + 8192))).toBe(true);
          if (cold) dropCache(path);
          const tail = Buffer.alloc(8192);
          expect(await readFully(fh, tail, content.length - 300, cachedMax)).toBe(300);
          expect(tail.subarray(0, 300).equals(content.subarray(content.length - 300))).toBe(true);
          expect(await readFully(fh, tail, content.length, cachedMax)).toBe(0);
          const all = Buffer.alloc(content.length + 10);
          expect(await readFully(fh, all, 0, cachedMax)).toBe(content.length);
          expect(all.subarray(0, content.length).equals(content)).toBe(true);
        } finally {
          await fh.close();
        }
      });
    }
  }

  it('completes a read whose first part only is cached', async () => {
    const path = join(dir, 'half');
    await writeFile(path, content);
    dropCache(path);
    const fh = await open(path, 'r+');
    try {
      // writing a whole page puts it in the cache without reading (or reading ahead) the file
      await writeFully(fh, content.subarray(0, 4096), 0);
      expect(readCached(fh.fd, Buffer.alloc(32 * 1024), 0)).toBe(4096);
      const buf = Buffer.alloc(32 * 1024);
      expect(await readFully(fh, buf, 0, 1 << 20)).toBe(buf.length);
      expect(buf.equals(content.subarray(0, buf.length))).toBe(true);
    } finally {
      await fh.close();
    }
  });
});

describe('blocksOf', () => {
  it('gives the blocks fstat reports after writes', async () => {
    const dir = await tmpDir('hivefs-file-io-');
    try {
      const path = join(dir, 'f');
      const fh = await open(path, 'w+');
      try {
        expect(blocksOf(fh)).toBe(0);
        await writeFully(fh, Buffer.alloc(64 * 1024, 1), 0);
        await writeFully(fh, Buffer.alloc(4096, 2), 1 << 20); // a hole between
        const blocks = blocksOf(fh);
        expect(blocks).toBe((await stat(path)).blocks);
        expect(blocks).toBeGreaterThanOrEqual((64 * 1024 + 4096) / 512);
        expect(blocks).toBeLessThan((1 << 20) / 512);
      } finally {
        await fh.close();
      }
    } finally {
      await removeDir(dir);
    }
  });
});
