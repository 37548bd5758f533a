// Failure modes against a real cluster: failout fails fast with EIO, failover waits for a killed storage daemon to return.
import { randomBytes } from 'node:crypto';
import { O, type Vfs } from '@hivefs/client-fuse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestCluster } from '../harness/cluster.js';
import { startCluster } from '../harness/cluster.js';
import { ROOT, connectVfs } from './helpers.js';

const MiB = 1024 * 1024;
let tc: TestCluster | undefined;
let vfs: Vfs | undefined;
const data = randomBytes(4 * MiB);

beforeAll(async () => {
  tc = await startCluster({ meta: 1, storage: 2, targetsPerStorage: 1 });
  vfs = await connectVfs(tc);
  await vfs.setPattern('/', { chunkSize: 512 * 1024, numTargets: 2 }, ROOT);
  const fh = await vfs.create('/f', 0o644, O.WRONLY | O.CREAT, ROOT);
  await vfs.write(fh, data, data.length, 0);
  await vfs.release(fh);
});
afterAll(async () => {
  await vfs?.close();
  await tc?.destroy();
});

describe('failure modes', () => {
  it('failout: a read that needs a dead storage daemon fails with EIO at once', async () => {
    const c = await connectVfs(tc!, { sysFailureMode: 'failout' });
    try {
      const fh = await c.open('/f', O.RDONLY, ROOT);
      const w = await c.create('/failout', 0o644, O.RDWR | O.CREAT, ROOT);
      await tc!.stop('storage02', 'SIGKILL');
      const t0 = Date.now();
      await expect(c.read(fh, Buffer.alloc(data.length), data.length, 0)).rejects.toMatchObject({ code: 'EIO', errno: 5 });
      expect(Date.now() - t0).toBeLessThan(5000);
      // a buffered write may still be taken; the failure of its background send comes back from the next flush, and stays
      await c.write(w, data, 2 * MiB, 0).catch(() => undefined);
      await expect(c.flush(w)).rejects.toMatchObject({ code: 'EIO' });
      await expect(c.flush(w)).rejects.toMatchObject({ code: 'EIO' });
      await expect(c.release(w)).rejects.toMatchObject({ code: 'EIO' });
      await c.release(fh);
    } finally {
      await c.close();
      await tc!.start('storage02');
    }
  });

  it('failover: a small file opened while its storage daemon is down (its head read fails) is read once the daemon is back', async () => {
    const c = await connectVfs(tc!, { sysFailureMode: 'failover' });
    const small = randomBytes(3000);
    try {
      const w = await c.create('/small-fo', 0o644, O.WRONLY | O.CREAT, ROOT);
      await c.write(w, small, small.length, 0);
      await c.release(w);
      const daemon = `storage0${Math.floor((await c.getEntryInfo('/small-fo', ROOT)).pattern.ids[0]! / 100)}`;
      await c.getattr('/small-fo', ROOT); // its size is cached: the open reads the head beside meta's open
      await tc!.stop(daemon, 'SIGKILL');
      const fh = await c.open('/small-fo', O.RDONLY, ROOT); // meta answers; the head read fails and is dropped
      const buf = Buffer.alloc(4096);
      let readDone = 0;
      const read = c.read(fh, buf, buf.length, 0).then((n) => ((readDone = Date.now()), n));
      const restarted = Date.now();
      await tc!.start(daemon);
      expect(await read).toBe(small.length);
      expect(readDone).toBeGreaterThanOrEqual(restarted);
      expect(buf.subarray(0, small.length).equals(small)).toBe(true);
      await c.release(fh);
    } finally {
      await c.close();
    }
  });

  it('failover: reads and writes wait for the storage daemon to come back, then succeed', async () => {
    const c = await connectVfs(tc!, { sysFailureMode: 'failover', tuneReadAheadSize: 0 });
    try {
      const r = await c.open('/f', O.RDONLY, ROOT);
      const w = await c.create('/g', 0o644, O.RDWR | O.CREAT, ROOT);
      await tc!.stop('storage02', 'SIGKILL');
      const buf = Buffer.alloc(data.length);
      let readDone = 0;
      const read = c.read(r, buf, data.length, 0).then((n) => ((readDone = Date.now()), n));
      const patch = randomBytes(2 * MiB); // covers chunks on both targets
      await c.write(w, patch, patch.length, 0); // buffered; sent in the background
      const flushed = c.flush(w).then(() => 'ok', (e: { code: string }) => e.code);
      const restarted = Date.now();
      await tc!.start('storage02');
      expect(await read).toBe(data.length);
      expect(readDone).toBeGreaterThanOrEqual(restarted);
      expect(buf.equals(data)).toBe(true);
      expect(await flushed).toBe('ok');
      const back = Buffer.alloc(patch.length);
      expect(await c.read(w, back, back.length, 0)).toBe(back.length);
      expect(back.equals(patch)).toBe(true);
      await c.release(w);
      await c.release(r);
    } finally {
      await c.close();
    }
  });

  it('close() never hangs: an operation waiting in failover ends with EIO', async () => {
    const c = await connectVfs(tc!, { sysFailureMode: 'failover', tuneReadAheadSize: 0 });
    const fh = await c.open('/f', O.RDONLY, ROOT);
    await tc!.stop('storage02', 'SIGKILL');
    try {
      const read = c.read(fh, Buffer.alloc(data.length), data.length, 0);
      const settled = read.then(() => 'ok', (e: { code: string }) => e.code);
      await c.close();
      expect(await settled).toBe('EIO');
      await expect(c.getattr('/f', ROOT)).rejects.toMatchObject({ code: 'EIO' });
    } finally {
      await tc!.start('storage02');
    }
  });
});
