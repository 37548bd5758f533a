// Persistence against real daemons: SIGKILL every daemon, start them again, and the namespace,
// stripe patterns, attributes and file data are all intact.
import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '@hivefs/common/testing';
import type { Vfs } from '@hivefs/client-fuse';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { ROOT, connectVfs, findFiles, readAll as readAllFh } from '../vfs/helpers.js';

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

async function readAll(vfs: Vfs, path: string, size: number): Promise<Buffer> {
  const fh = await vfs.open(path, 0, ROOT);
  const buf = Buffer.alloc(size);
  let off = 0;
  while (off < size) {
    const n = await vfs.read(fh, buf.subarray(off), Math.min(1 << 20, size - off), off);
    if (n === 0) break;
    off += n;
  }
  await vfs.release(fh);
  return buf.subarray(0, off);
}

describe('persistence across SIGKILL of every daemon', () => {
  let tc: TestCluster;
  beforeAll(async () => {
    tc = await startCluster();
  });
  afterAll(async () => {
    await tc?.destroy();
  });

  it('keeps namespace, patterns and data', async () => {
    const data = randomBytes(5 * 1024 * 1024 + 12345);
    let vfs = await connectVfs(tc);
    try {
      await vfs.mkdir('/proj', 0o755, ROOT);
      await vfs.setPattern('/proj', { chunkSize: 128 * 1024, numTargets: 3 }, ROOT);
      await vfs.mkdir('/proj/run1', 0o750, ROOT);
      const fh = await vfs.create('/proj/run1/out.dat', 0o640, 0o1, ROOT);
      for (let off = 0; off < data.length; off += 1 << 20) await vfs.write(fh, data.subarray(off, off + (1 << 20)), Math.min(1 << 20, data.length - off), off);
      await vfs.release(fh);
      await vfs.symlink('run1/out.dat', '/proj/latest', ROOT);
      await vfs.setxattr('/proj/run1/out.dat', 'user.origin', Buffer.from('sim-42'), 0, ROOT);
      await vfs.link('/proj/run1/out.dat', '/proj/hard.dat', ROOT);
    } finally {
      await vfs.close();
    }
    const before = (await vfs2Snapshot(tc));

    for (const s of tc.cluster.slots) await tc.stop(s.name, 'SIGKILL');
    expect((await tc.cluster.status()).every((s) => s.pid === undefined)).toBe(true);
    await tc.cluster.up(60_000);

    vfs = await connectVfs(tc);
    try {
      expect(await vfs2Snapshot(tc)).toEqual(before);
      const info = await vfs.getEntryInfo('/proj/run1/out.dat', ROOT);
      expect(info.pattern.chunkSize).toBe(128 * 1024);
      expect(info.pattern.ids.length).toBe(3);
      const st = await vfs.getattr('/proj/run1/out.dat', ROOT);
      expect(st.size).toBe(data.length);
      expect(st.nlink).toBe(2);
      expect(sha(await readAll(vfs, '/proj/run1/out.dat', data.length))).toBe(sha(data));
      expect(sha(await readAll(vfs, '/proj/hard.dat', data.length))).toBe(sha(data));
      expect(await vfs.readlink('/proj/latest', ROOT)).toBe('run1/out.dat');
      expect((await vfs.getxattr('/proj/run1/out.dat', 'user.origin', ROOT)).toString()).toBe('sim-42');
      // The restarted cluster keeps working: new entries, new ids.
      await vfs.mkdir('/proj/run2', 0o755, ROOT);
      const ids = new Set([(await vfs.getEntryInfo('/proj/run1', ROOT)).entryId, (await vfs.getEntryInfo('/proj/run2', ROOT)).entryId]);
      expect(ids.size).toBe(2);
    } finally {
      await vfs.close();
    }
  });

  it("keeps a file open read-only and unlinked across a SIGKILL of meta, though meta holds read-only sessions in memory", async () => {
    const data = randomBytes(3 * 1024 * 1024 + 99);
    const vfs = await connectVfs(tc);
    try {
      for (const name of ['/ro-orphan', '/ro-plain']) {
        const fh = await vfs.create(name, 0o644, 0o1, ROOT);
        await vfs.write(fh, data, data.length, 0);
        await vfs.release(fh);
      }
      const { entryId, pattern } = await vfs.getEntryInfo('/ro-orphan', ROOT);
      const orphan = await vfs.open('/ro-orphan', 0, ROOT);
      const plain = await vfs.open('/ro-plain', 0, ROOT);
      await vfs.unlink('/ro-orphan', ROOT);

      const log = tc.cluster.paths.log('meta01');
      const logged = (await readFile(log, 'utf8')).length;
      await tc.stop('meta01', 'SIGKILL');
      await tc.start('meta01');
      // meta's start-up sweep deletes orphans that no session on disk holds.
      const sweep = async (): Promise<Record<string, unknown> | undefined> =>
        (await readFile(log, 'utf8')).slice(logged).split('\n').filter((l) => l.includes('orphan sweep')).map((l) => JSON.parse(l) as Record<string, unknown>)[0];
      await waitFor(async () => (await sweep()) !== undefined, { timeoutMs: 20_000, what: "meta's orphan sweep after the restart" });
      expect(await sweep()).toMatchObject({ purged: 0, kept: 1 });

      expect(sha(await readAllFh(vfs, orphan, data.length))).toBe(sha(data));
      await vfs.release(plain); // its session died with meta: nothing left to close, no error
      await vfs.release(orphan);
      const left = async (): Promise<string[]> => (await Promise.all(pattern.ids.map((t) => findFiles(join(tc.targetDir(t), 'chunks'), entryId)))).flat();
      await waitFor(async () => (await left()).length === 0, { timeoutMs: 15_000, what: 'chunk files of the closed orphan to go' });
      expect(sha(await readAll(vfs, '/ro-plain', data.length))).toBe(sha(data));
    } finally {
      await vfs.close();
    }
  });
});

/** Names, types, modes, sizes and entry ids of everything under /proj, plus the pattern of /proj. */
async function vfs2Snapshot(tc: TestCluster): Promise<unknown> {
  const vfs = await connectVfs(tc);
  try {
    const out: Record<string, unknown> = {};
    const walk = async (dir: string): Promise<void> => {
      for (const e of await vfs.readdir(dir, ROOT)) {
        if (e.name === '.' || e.name === '..') continue;
        const p = `${dir}/${e.name}`;
        const st = await vfs.getattr(p, ROOT);
        out[p] = { mode: st.mode, size: st.size, uid: st.uid, nlink: st.nlink, id: st.entryId, mtime: st.mtime };
        if ((st.mode & 0o170000) === 0o040000) await walk(p);
      }
    };
    await walk('/proj');
    out['pattern'] = (await vfs.getEntryInfo('/proj', ROOT)).pattern;
    return out;
  } finally {
    await vfs.close();
  }
}
