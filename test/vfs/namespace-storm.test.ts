// Concurrent namespace changes in one directory from several clients against a real cluster:
// creates, unlinks, symlinks and links run side by side (directory shared, name exclusive in
// meta) while mkdir, rmdir and rename take the directory alone. Afterwards the directory must be
// consistent: every listed name resolves, its link count is 2 + its subdirectories, and every
// file's link count matches the names pointing at it.
import { O, S_IFDIR, S_IFMT, S_IFREG, type Vfs } from '@hivefs/client-fuse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestCluster } from '../harness/cluster.js';
import { startCluster } from '../harness/cluster.js';
import { ROOT, connectVfs, prng } from './helpers.js';

let tc: TestCluster | undefined;
const clients: Vfs[] = [];

beforeAll(async () => {
  tc = await startCluster({ meta: 1, storage: 1, targetsPerStorage: 2 });
  // entry and attribute caches off: every operation asks meta, so the races happen there
  for (let i = 0; i < 3; i++) clients.push(await connectVfs(tc, { tuneEntryCacheSecs: 0, tuneAttrCacheSecs: 0, tuneStatAheadEntries: 0 }));
});
afterAll(async () => {
  for (const c of clients) await c.close();
  await tc?.destroy();
});

/** Errors a racing namespace operation may meet because another one got there first. */
const RACE = new Set(['ENOENT', 'EEXIST', 'ENOTEMPTY', 'ENOTDIR', 'EISDIR', 'EPERM']); // EPERM: a hard link to a directory

async function worker(v: Vfs, seed: number, ops: number, counts: Map<string, number>): Promise<void> {
  const r = prng(seed);
  const name = (): string => `/storm/n${r.int(12)}`;
  for (let i = 0; i < ops; i++) {
    // links succeed least often (the source must be a file and the target free): they come twice as often
    const op = ['create', 'create', 'unlink', 'unlink', 'mkdir', 'rmdir', 'rename', 'link', 'link'][r.int(9)]!;
    try {
      if (op === 'create') await v.release(await v.create(name(), 0o644, O.WRONLY | O.CREAT | O.EXCL, ROOT));
      else if (op === 'unlink') await v.unlink(name(), ROOT);
      else if (op === 'mkdir') await v.mkdir(name(), 0o755, ROOT);
      else if (op === 'rmdir') await v.rmdir(name(), ROOT);
      else if (op === 'rename') await v.rename(name(), name(), ROOT);
      else await v.link(name(), name(), ROOT);
      counts.set(op, (counts.get(op) ?? 0) + 1);
    } catch (e) {
      const code = (e as { code?: string }).code ?? '';
      if (!RACE.has(code)) throw e;
    }
  }
}

describe('a storm of namespace changes in one directory', () => {
  it('leaves the directory consistent: names resolve, link counts add up', async () => {
    const v = clients[0]!;
    await v.mkdir('/storm', 0o755, ROOT);
    const counts = new Map<string, number>();
    await Promise.all(clients.flatMap((c, i) => [worker(c, 11 + i, 250, counts), worker(c, 101 + i, 250, counts)]));
    // every kind of change took part (how many of each succeed depends on the interleaving)
    for (const op of ['create', 'unlink', 'mkdir', 'rmdir', 'rename', 'link']) expect(counts.get(op) ?? 0, `${op}s that succeeded`).toBeGreaterThanOrEqual(3);

    const entries = (await v.readdir('/storm', ROOT)).filter((e) => e.name !== '.' && e.name !== '..');
    let dirs = 0;
    const linksOf = new Map<string, number>();
    for (const e of entries) {
      const st = await v.getattr(`/storm/${e.name}`, ROOT);
      if ((st.mode & S_IFMT) === S_IFDIR) dirs++;
      else {
        expect(st.mode & S_IFMT).toBe(S_IFREG);
        linksOf.set(st.entryId, (linksOf.get(st.entryId) ?? 0) + 1);
      }
    }
    expect((await v.getattr('/storm', ROOT)).nlink).toBe(2 + dirs);
    for (const e of entries) {
      const st = await v.getattr(`/storm/${e.name}`, ROOT);
      if ((st.mode & S_IFMT) === S_IFREG) expect(st.nlink, `links of ${e.name}`).toBe(linksOf.get(st.entryId));
    }
    // and it still works as a directory: empty it and remove it
    for (const e of entries) {
      if ((e.stat.mode & S_IFMT) === S_IFDIR) await v.rmdir(`/storm/${e.name}`, ROOT);
      else await v.unlink(`/storm/${e.name}`, ROOT);
    }
    await v.rmdir('/storm', ROOT);
  });
});
