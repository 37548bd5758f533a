// Unit tests of the LRU chunk fd cache: eviction order, no close under a running operation.
import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { removeDir, tmpDir } from '@hivefs/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FdCache, openChunkFile } from './fd-cache.js';

const run = promisify(execFile);

describe('FdCache', () => {
  let root: string;
  const errors: unknown[] = [];
  beforeAll(async () => {
    root = await tmpDir('hivefs-fdcache-');
  });
  afterAll(async () => {
    await removeDir(root);
  });

  it('closes an evicted handle only after its last user releases it', async () => {
    const cache = new FdCache(1, (e) => errors.push(e));
    const a = (await cache.acquire(join(root, 'x', 'a'), true))!;
    const b = (await cache.acquire(join(root, 'x', 'b'), true))!;
    expect(cache.size).toBe(1);
    expect(a.cached).toBe(false);
    await a.fh.write(Buffer.from('still open'), 0, 10, 0); // evicted but in use: must work
    cache.release(a);
    await cache.closeAll();
    expect(a.fh.fd).toBe(-1);
    expect(b.fh.fd).toBeGreaterThan(0); // b is in use: closeAll does not close it under the user
    cache.release(b);
    await cache.closeAll();
    expect(b.fh.fd).toBe(-1);
    expect(await readFile(join(root, 'x', 'a'), 'utf8')).toBe('still open');
    expect(errors).toEqual([]);
  });

  it('evicts the least recently used handle and shares one handle between users', async () => {
    const cache = new FdCache(2, (e) => errors.push(e));
    const p = (n: string) => join(root, n);
    const [a1, a2] = await Promise.all([cache.acquire(p('a'), true), cache.acquire(p('a'), true)]);
    expect(a1).toBe(a2);
    expect(a1!.refs).toBe(2);
    cache.release(a1!);
    cache.release(a2!);
    const b = (await cache.acquire(p('b'), true))!;
    cache.release(b);
    cache.release((await cache.acquire(p('a'), false))!); // a is now the most recent
    const c = (await cache.acquire(p('c'), true))!;
    cache.release(c);
    expect(b.cached).toBe(false);
    expect(a1!.cached).toBe(true);
    expect(await cache.acquire(p('missing'), false)).toBeUndefined();
    await cache.closeAll();
    expect(cache.size).toBe(0);
  });

  it('evicts many paths at once: idle handles closed before it resolves, used ones at their release', async () => {
    const cache = new FdCache(8, (e) => errors.push(e));
    const p = (n: string) => join(root, 'm', n);
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((n) => cache.acquire(p(n), true)));
    cache.release(a!);
    cache.release(b!);
    await cache.evictMany([p('a'), p('b'), p('c'), p('not-cached')]);
    expect(cache.size).toBe(0);
    expect([a!.fh.fd, b!.fh.fd]).toEqual([-1, -1]);
    expect(c!.fh.fd).toBeGreaterThan(0);
    cache.release(c!);
    await cache.closeAll();
    expect(c!.fh.fd).toBe(-1);
    expect(errors).toEqual([]);
  });
});

describe('FdCache under a low descriptor limit', () => {
  it('shrinks itself when opens fail with EMFILE instead of failing the operation', async () => {
    const root = await tmpDir('hivefs-fdcache-emfile-');
    try {
      // a child process with 64 descriptors and a cache configured for 1000 open chunk files
      const script = `
        const { FdCache } = await import(${JSON.stringify(new URL('../dist/fd-cache.js', import.meta.url).href)});
        const cache = new FdCache(1000, () => {});
        for (let i = 0; i < 200; i++) {
          const oc = await cache.acquire(${JSON.stringify(root)} + '/c/' + i, true);
          cache.release(oc);
        }
        console.log(JSON.stringify({ size: cache.size, limit: cache.limit }));
      `;
      const { stdout } = await run('bash', ['-c', `ulimit -n 64 && exec "${process.execPath}" --input-type=module -e "$0"`, script], { timeout: 30_000 });
      const r = JSON.parse(stdout) as { size: number; limit: number };
      expect(r.limit).toBeLessThan(64);
      expect(r.size).toBeLessThanOrEqual(r.limit);
    } finally {
      await removeDir(root);
    }
  });
});

describe('openChunkFile with known directories', () => {
  it('makes a new directory first and remembers it; makes it again when it vanished; never creates for a read', async () => {
    const root = await tmpDir('hivefs-chunkdirs-');
    try {
      const known = new Set<string>();
      const first = join(root, 'AB', 'CD', 'e1');
      const fh = (await openChunkFile(first, true, known))!;
      await fh.close();
      expect(known).toEqual(new Set([join(root, 'AB', 'CD')]));
      expect(await openChunkFile(join(root, 'AB', 'EF', 'e2'), false, known)).toBeUndefined();
      expect(known.has(join(root, 'AB', 'EF'))).toBe(false);
      await rm(join(root, 'AB'), { recursive: true }); // gone behind the cache's back
      const again = (await openChunkFile(join(root, 'AB', 'CD', 'e3'), true, known))!;
      await again.write(Buffer.from('x'));
      await again.close();
      expect(await readFile(join(root, 'AB', 'CD', 'e3'), 'utf8')).toBe('x');
    } finally {
      await removeDir(root);
    }
  });
});
