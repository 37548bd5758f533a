// Statahead through the VFS against a real cluster: a client stat'ing a directory's names in order
// gets the following entries in readdir pages, with right attributes and without hiding its own changes.
import { O, type Vfs } from '@hivefs/client-fuse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { ROOT, connectVfs } from './helpers.js';

let tc: TestCluster | undefined;
let writer: Vfs | undefined;
const N = 120;
const name = (i: number): string => `/sa/f${String(i).padStart(4, '0')}`;

beforeAll(async () => {
  tc = await startCluster({ meta: 1, storage: 1, targetsPerStorage: 2 });
  writer = await connectVfs(tc);
  await writer.mkdir('/sa', 0o755, ROOT);
  for (let i = 0; i < N; i++) {
    const fh = await writer.create(name(i), 0o644, O.WRONLY | O.CREAT | O.EXCL, ROOT);
    await writer.write(fh, Buffer.alloc(i), i, 0);
    await writer.release(fh);
  }
});
afterAll(async () => {
  await writer?.close();
  await tc?.destroy();
});

describe('statahead', () => {
  it('serves stats of names looked up in order from prefetched pages, with the right sizes', async () => {
    const reader = await connectVfs(tc!); // empty caches, as another compute node
    try {
      for (let i = 0; i < N; i++) expect((await reader.getattr(name(i), ROOT)).size).toBe(i);
      expect(reader.statAheadPages).toBeGreaterThan(0);
    } finally {
      await reader.close();
    }
  });

  it('is off with tuneStatAheadEntries=0', async () => {
    const reader = await connectVfs(tc!, { tuneStatAheadEntries: 0 });
    try {
      for (let i = 0; i < 20; i++) await reader.getattr(name(i), ROOT);
      expect(reader.statAheadPages).toBe(0);
    } finally {
      await reader.close();
    }
  });

  it("never brings back a name the same client removed, whether its page came before or after the unlink", async () => {
    const c = await connectVfs(tc!);
    try {
      await c.getattr(name(0), ROOT);
      await c.getattr(name(1), ROOT); // starts a page with f0002..
      await c.unlink(name(5), ROOT); // races with that page
      await expect(c.getattr(name(5), ROOT)).rejects.toMatchObject({ code: 'ENOENT' });
      for (let i = 2; i < 10; i++) if (i !== 5) expect((await c.getattr(name(i), ROOT)).size).toBe(i);
      await expect(c.getattr(name(5), ROOT)).rejects.toMatchObject({ code: 'ENOENT' });
    } finally {
      await c.close();
    }
  });
});
