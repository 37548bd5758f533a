// LevelDB on a file system that fills up (a real tmpfs, mounted by the test as root): ENOSPC, then recovery once space is back.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, tmpDir, waitFor } from '../testing/index.js';
import type { KvStore } from './kv-store.js';
import { openLevelStore } from './level-store.js';

const run = promisify(execFile);

describe('LevelStore on a full file system', () => {
  let dir = '';
  let mounted = false;
  beforeAll(async () => {
    dir = await tmpDir();
    await run('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', dir]);
    mounted = true;
  });
  afterAll(async () => {
    if (mounted) await run('umount', ['-l', dir]);
    await removeDir(dir);
  });

  /** Puts 1 KiB random values (so tables do not compress) until a put fails; returns how many went in and the error. */
  async function fill(kv: KvStore, prefix: string): Promise<{ n: number; err: Error & { code?: string } }> {
    for (let n = 0; n < 100_000; n++) {
      try {
        await kv.put(`${prefix}${n}`, randomBytes(1024));
      } catch (e) {
        return { n, err: e as Error };
      }
    }
    throw new Error('the store never filled a 4 MiB file system');
  }

  it('fails writes with ENOSPC, keeps what it had, and writes again once space is freed (reopening LevelDB)', async () => {
    const filler = join(dir, 'filler');
    await writeFile(filler, Buffer.alloc(2 * 1024 * 1024));
    const reopens: string[] = [];
    // a small memtable: tables are written (and compacted) while it fills, and those background writes fail too
    const kv = await openLevelStore(join(dir, 'db'), { writeBufferSize: 128 * 1024, onReopen: (cause, err) => reopens.push(err ? `failed: ${err.message}` : `ok after ${cause.message}`) });
    try {
      const { n, err } = await fill(kv, 'k');
      expect(n).toBeGreaterThan(100);
      expect(err.code).toBe('ENOSPC');
      expect(err.message).toMatch(/file system is full .*No space left on device/);
      // still full: no room to reopen, so the database stays open; reads work, writes fail with ENOSPC
      expect((await kv.get('k0'))?.length).toBe(1024);
      await expect(kv.put('meanwhile', Buffer.from('x'))).rejects.toMatchObject({ code: 'ENOSPC' });
      expect((await kv.get(`k${n - 1}`))?.length).toBe(1024);
      expect(reopens).toEqual([]);
      await rm(filler);
      // a refused reopen is tried again a second later at the earliest
      await waitFor(() => kv.put('after', Buffer.from('x')).then(() => true, () => false), { timeoutMs: 5000, intervalMs: 100, what: 'a write to go through once space is freed' });
      expect(Buffer.from((await kv.get('after'))!).toString()).toBe('x');
      expect(reopens.filter((r) => r.startsWith('ok'))).toHaveLength(1);
      expect((await kv.get('k0'))?.length).toBe(1024);
      expect((await kv.get(`k${n - 1}`))?.length).toBe(1024);
      // room for a good many more writes now
      for (let i = 0; i < 300; i++) await kv.put(`more${i}`, randomBytes(1024));
    } finally {
      await kv.close();
    }
    // and it all survives a reopen from disk
    const again = await openLevelStore(join(dir, 'db'));
    try {
      expect((await again.get('more299'))?.length).toBe(1024);
      expect(Buffer.from((await again.get('after'))!).toString()).toBe('x');
    } finally {
      await again.close();
    }
  }, 60_000);
});
