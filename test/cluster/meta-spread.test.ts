// Scale-out over two meta nodes through a real FUSE mount: 10,000 files in 100 directories land
// on both nodes (directories spread by owner choice at mkdir; a directory's files live on its
// owner), every file reads back, --getentryinfo names each directory's owner, and the two stores
// (read after the daemons stopped) hold exactly the entries the mount shows.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openLevelStore } from '@hivefs/common';
import { ownerNodeOf } from '@hivefs/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { runCtl } from '../harness/ctl.js';
import { cleanupAll, mountHivefs, type Mount } from '../harness/mount.js';

const DIRS = 100;
const FILES_PER_DIR = 100;
let tc: TestCluster | undefined;
let mnt: Mount | undefined;

beforeAll(async () => {
  tc = await startCluster({ meta: 2, storage: 2, targetsPerStorage: 2 });
  mnt = await mountHivefs({ clientConf: tc.clientConf });
}, 120_000);

afterAll(async () => {
  await mnt?.cleanup();
  await tc?.destroy();
  await cleanupAll();
});

/** Runs `fn` over `items` with `width` in flight. */
async function inParallel<T>(items: readonly T[], width: number, fn: (x: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await fn(items[next++]!);
  }));
}

/** Entry ids of the inodes and the directories holding dentries in one stopped meta store. */
async function storeContents(dbDir: string): Promise<{ inodes: Set<string>; dentryDirs: Map<string, number> }> {
  const kv = await openLevelStore(dbDir);
  try {
    const inodes = new Set<string>();
    for await (const [k] of kv.keysWithPrefix('I:')) inodes.add(k.slice(2));
    const dentryDirs = new Map<string, number>();
    for await (const [k] of kv.keysWithPrefix('D:')) {
      const dir = k.slice(2, k.indexOf(':', 2));
      dentryDirs.set(dir, (dentryDirs.get(dir) ?? 0) + 1);
    }
    return { inodes, dentryDirs };
  } finally {
    await kv.close();
  }
}

describe('two meta nodes through the mount', () => {
  it('10,000 files over 100 directories land on both nodes, and each store holds what its directories own', async () => {
    const top = join(mnt!.mountDir, 'spread');
    await mkdir(top);
    const dirs = Array.from({ length: DIRS }, (_, i) => `d${String(i).padStart(3, '0')}`);
    for (const d of dirs) await mkdir(join(top, d));
    const files = dirs.flatMap((d) => Array.from({ length: FILES_PER_DIR }, (_, j) => join(d, `f${j}`)));
    await inParallel(files, 8, (f) => writeFile(join(top, f), `${f}\n`));
    expect((await readdir(top)).sort()).toEqual(dirs);
    for (const d of dirs) expect((await readdir(join(top, d))).length).toBe(FILES_PER_DIR);
    await inParallel(files.filter((_, i) => i % 37 === 0), 8, async (f) => expect(await readFile(join(top, f), 'utf8')).toBe(`${f}\n`));

    // Owners as --getentryinfo shows them, for every directory.
    const ownerOf = new Map<string, number>();
    await inParallel(dirs, 4, async (d) => {
      const r = await runCtl([`--cfgFile=${tc!.clientConf}`, '--getentryinfo', join(top, d)]);
      expect(r.code, r.stderr).toBe(0);
      const id = /EntryID: (\S+)/.exec(r.stdout)![1]!;
      const node = Number(/Metadata node: \S+ \[ID: (\d+)\]/.exec(r.stdout)![1]);
      expect(node).toBe(ownerNodeOf(id));
      ownerOf.set(id, node);
    });
    const top0 = await runCtl([`--cfgFile=${tc!.clientConf}`, '--getentryinfo', top]);
    const topId = /EntryID: (\S+)/.exec(top0.stdout)![1]!;
    const dirsPerNode = [1, 2].map((n) => [...ownerOf.values()].filter((o) => o === n).length);
    const filesPerNode = dirsPerNode.map((c) => c * FILES_PER_DIR);
    console.log(`directories per meta node: 1: ${dirsPerNode[0]}, 2: ${dirsPerNode[1]}; files per meta node: 1: ${filesPerNode[0]}, 2: ${filesPerNode[1]}`);
    // A fair coin per directory: fewer than 20 of 100 on one side has odds below 1e-9.
    expect(Math.min(...dirsPerNode)).toBeGreaterThanOrEqual(20);

    // The stores, read after a clean stop, hold exactly that.
    await mnt!.unmount();
    mnt = undefined;
    for (const name of ['meta01', 'meta02']) await tc!.stop(name);
    const stores = await Promise.all(['meta01', 'meta02'].map((n) => storeContents(join(tc!.cluster.paths.data(n), 'db'))));
    for (const [i, node] of [1, 2].entries()) {
      const s = stores[i]!;
      const mine = [...ownerOf].filter(([, o]) => o === node).map(([id]) => id);
      for (const id of mine) {
        expect(s.inodes.has(id), `directory ${id} on node ${node}`).toBe(true);
        expect(s.dentryDirs.get(id), `entries of ${id} on node ${node}`).toBe(FILES_PER_DIR);
      }
      const fileInodes = [...s.inodes].filter((id) => id !== 'root' && id !== topId && !ownerOf.has(id) && ownerNodeOf(id) === node);
      console.log(`meta node ${node}: ${s.inodes.size} inodes (${fileInodes.length} of files), dentries in ${s.dentryDirs.size} directories`);
      expect(fileInodes.length).toBe(filesPerNode[i]);
    }
  }, 600_000);
});
