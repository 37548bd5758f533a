// hivefs-meta --dump / --restore against real daemons: a namespace made through a FUSE mount survives
// stop, dump, wipe, restore and start unchanged; the refusals (daemon running, target not empty,
// corrupted dump) as the command line shows them.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { lstat, readFile, readdir, readlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, tmpDir } from '@hivefs/common/testing';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { REPO, cleanupAll, mountHivefs, q, sha256, shOk } from '../harness/mount.js';
import { ROOT, connectVfs } from '../vfs/helpers.js';

const run = promisify(execFile);
const META = 'meta01';

/** Runs bin/hivefs-meta with `args`; never throws on a non-zero exit. */
async function hivefsMeta(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [join(REPO, 'bin', 'hivefs-meta'), ...args], { timeout: 60_000 });
    return { code: 0, ...r };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

/** Everything a walk of the mount sees: per path its type, mode, owner, size, links, target or content digest, and each directory's listing. */
async function walk(root: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const visit = async (rel: string): Promise<void> => {
    const path = join(root, rel);
    const st = await lstat(path);
    const base = { mode: st.mode, uid: st.uid, gid: st.gid, nlink: st.nlink, mtimeMs: Math.floor(st.mtimeMs) };
    if (st.isSymbolicLink()) out[rel] = { ...base, link: await readlink(path) };
    else if (st.isFile()) out[rel] = { ...base, size: st.size, sha: sha256(await readFile(path)) };
    else if (st.isDirectory()) {
      const names = (await readdir(path)).sort();
      out[rel] = { ...base, names };
      for (const n of names) await visit(join(rel, n));
    } else out[rel] = base;
  };
  await visit('.');
  return out;
}

/** Entry ids of some paths, asked of meta over RPC. */
async function entryIds(tc: TestCluster, paths: string[]): Promise<string[]> {
  const vfs = await connectVfs(tc);
  try {
    return await Promise.all(paths.map(async (p) => (await vfs.getEntryInfo(p, ROOT)).entryId));
  } finally {
    await vfs.close();
  }
}

describe('hivefs-meta --dump and --restore with real daemons', () => {
  let tc: TestCluster;
  let work = '';
  beforeAll(async () => {
    tc = await startCluster();
    work = await tmpDir('hivefs-dump-work-');
  });
  afterAll(async () => {
    await cleanupAll();
    await tc?.destroy();
    if (work) await removeDir(work);
  });

  it('restores a namespace identical to the one dumped, and refuses what it must', async () => {
    const conf = tc.cluster.paths.conf(META);
    const dataDir = tc.cluster.paths.data(META);
    const file = join(work, 'meta01.dump');

    // 1. A namespace through the mount: directories, files of several sizes, a symlink, a hard link, modes.
    const m1 = await mountHivefs({ clientConf: tc.clientConf });
    const data = randomBytes(3 * 1024 * 1024 + 777);
    await shOk(`cd ${q(m1.mountDir)} && mkdir -p proj/run1 proj/run2/deep/er && chmod 750 proj/run2 && touch proj/empty`);
    await writeFile(join(m1.mountDir, 'proj/run1/out.dat'), data);
    for (let i = 0; i < 60; i++) await writeFile(join(m1.mountDir, `proj/run2/deep/f-${i}.txt`), `file ${i}\n`.repeat(i + 1));
    await shOk(`cd ${q(m1.mountDir)} && ln -s run1/out.dat proj/latest && ln proj/run1/out.dat proj/hard.dat && mv proj/run2/deep/f-0.txt proj/renamed.txt && rm proj/run2/deep/f-1.txt && chmod 600 proj/renamed.txt`);
    await m1.unmount();
    // Walked through a fresh mount, as after the restore: the kernel's attribute cache of the first
    // one may still show a link count from before `ln` (libfuse 2 gives each name its own inode).
    const fresh = await mountHivefs({ clientConf: tc.clientConf });
    const before = await walk(fresh.mountDir);
    await fresh.unmount();
    const idPaths = ['/proj', '/proj/run1/out.dat', '/proj/run2/deep/er', '/proj/renamed.txt'];
    const idsBefore = await entryIds(tc, idPaths);

    // 2. --dump is refused while the daemon runs, naming its pid.
    const pid = (await tc.cluster.status()).find((s) => s.name === META)!.pid!;
    const busy = await hivefsMeta([`--cfgFile=${conf}`, '--dump', file]);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toMatch(new RegExp(`^hivefs-meta: .* is in use by process ${pid} \\(a running hivefs-meta\\?\\): stop the daemon before --dump`, 'm'));

    // 3. Stop, dump, wipe, restore, start.
    await tc.stop(META);
    const dumped = await hivefsMeta([`--cfgFile=${conf}`, '--dump', file]);
    expect(dumped.stderr).toBe('');
    expect(dumped.stdout).toMatch(/^dumped \d+ records \(\d+ bytes\) of meta node 1 to .*meta01\.dump; records sha256 [0-9a-f]{64}\n$/);
    await removeDir(dataDir);
    const restored = await hivefsMeta([`--cfgFile=${conf}`, `--restore=${file}`]);
    expect(restored.stdout).toMatch(/^restored \d+ records of meta node 1 into /);
    expect(Number(/restored (\d+) records/.exec(restored.stdout)![1])).toBe(Number(/dumped (\d+) records/.exec(dumped.stdout)![1]));
    expect((await readdir(dataDir)).sort()).toEqual(['db', 'format.conf']);

    // 4. --restore is refused into the now filled directory, which stays as it is.
    const again = await hivefsMeta([`--cfgFile=${conf}`, '--restore', file]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^hivefs-meta: .* is not empty \(it holds db\): --restore loads a dump only into an empty data directory/m);
    expect((await readdir(dataDir)).sort()).toEqual(['db', 'format.conf']);

    await tc.start(META);
    const m2 = await mountHivefs({ clientConf: tc.clientConf });
    try {
      expect(await walk(m2.mountDir)).toEqual(before);
      expect(await entryIds(tc, idPaths)).toEqual(idsBefore);
      // The restored node goes on: new entries get fresh ids, the old data reads back.
      await writeFile(join(m2.mountDir, 'proj/after.txt'), 'after restore\n');
      const [afterId] = await entryIds(tc, ['/proj/after.txt']);
      expect(idsBefore).not.toContain(afterId);
      expect(sha256(await readFile(join(m2.mountDir, 'proj/hard.dat')))).toBe(sha256(data));
    } finally {
      await m2.unmount();
    }
  });

  it('rejects a corrupted dump and leaves the target directory empty', async () => {
    const conf = tc.cluster.paths.conf(META);
    const file = join(work, 'meta01.dump');
    const bytes = await readFile(file);
    const bad = Buffer.from(bytes);
    bad[bytes.length - 1000]! ^= 0x01; // inside the last records
    await writeFile(join(work, 'bad.dump'), bad);
    const target = join(work, 'target');
    const r = await hivefsMeta([`--cfgFile=${conf}`, `--storeMetaDirectory=${target}`, '--restore', join(work, 'bad.dump')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^hivefs-meta: .*bad\.dump: (corrupt dump|truncated dump|.*trailer|.*trailing garbage)/m);
    expect(await readdir(target)).toEqual([]);
    const cut = join(work, 'cut.dump');
    await writeFile(cut, bytes.subarray(0, bytes.length - 30));
    const r2 = await hivefsMeta([`--cfgFile=${conf}`, `--storeMetaDirectory=${target}`, '--restore', cut]);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toMatch(/truncated dump|no trailer/);
    expect(await readdir(target)).toEqual([]);
  });
});
