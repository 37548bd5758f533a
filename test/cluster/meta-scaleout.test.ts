// Two meta daemons as real processes: directories spread over both, cross-owner operations give
// POSIX results through a FUSE mount, and a crash at any step of a cross-owner protocol leaves,
// after restart and recovery, a namespace the checker finds clean with the operation done or not.
import { readdir, readFile, rename, rmdir, stat, unlink, link, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Vfs } from '@hivefs/client-fuse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { cleanupAll, mountHivefs, type Mount } from '../harness/mount.js';
import { connectVfs, ROOT } from '../vfs/helpers.js';
import { armFailpoint, checkStores, dirOn, logSize, META, ownerOf, recoveryDone, running, untilKilled } from './scaleout-driver.js';

const errno = (code: string) => expect.objectContaining({ code });

describe('two meta nodes: spread and POSIX results across owners', () => {
  let tc: TestCluster;
  let vfs: Vfs;
  let m: Mount;
  beforeAll(async () => {
    tc = await startCluster({ meta: 2, storage: 1, targetsPerStorage: 2 });
    vfs = await connectVfs(tc);
    m = await mountHivefs({ clientConf: tc.clientConf });
  }, 90_000);
  afterAll(async () => {
    await vfs?.close();
    await m?.unmount().catch(() => undefined);
    await cleanupAll();
    await tc?.destroy();
  });

  it('spreads new directories over both meta nodes', async () => {
    const owners = new Map<number, number>();
    for (let i = 0; i < 24; i++) {
      await mkdir(join(m.mountDir, `spread${i}`));
      const o = await ownerOf(vfs, `/spread${i}`);
      owners.set(o, (owners.get(o) ?? 0) + 1);
    }
    expect([...owners.keys()].sort()).toEqual([1, 2]);
    expect((await readdir(m.mountDir)).filter((n) => n.startsWith('spread'))).toHaveLength(24);
    expect((await stat(m.mountDir)).nlink).toBe(2 + 24);
  });

  it('mkdir, link, unlink, rename and rmdir across owners behave as on one node', async () => {
    const a = await dirOn(vfs, '/', 'a', 1);
    const b = await dirOn(vfs, '/', 'b', 2);
    const A = join(m.mountDir, a);
    const B = join(m.mountDir, b);
    // a file held by node 2, a second name on node 1
    await writeFile(join(B, 'f'), 'hello');
    await link(join(B, 'f'), join(A, 'h'));
    expect((await stat(join(A, 'h'))).nlink).toBe(2);
    expect(await readFile(join(A, 'h'), 'utf8')).toBe('hello');
    // create without O_EXCL of a name whose inode node 2 holds opens it there
    await vfs.release(await vfs.create(`${a}/h`, 0o644, 0o1, ROOT));
    expect((await vfs.getattr(`${a}/h`, ROOT)).size).toBe(5);
    await unlink(join(B, 'f'));
    expect((await stat(join(A, 'h'))).nlink).toBe(1);
    // file moves between owners, replacing a file
    await writeFile(join(B, 'y'), 'old');
    await rename(join(A, 'h'), join(B, 'y'));
    expect(await readFile(join(B, 'y'), 'utf8')).toBe('hello');
    await expect(stat(join(A, 'h'))).rejects.toEqual(errno('ENOENT'));
    // a directory moves between owners; parent nlinks follow
    await mkdir(join(A, 'sub'));
    await writeFile(join(A, 'sub', 'inner'), 'x');
    const [na, nb] = [(await stat(A)).nlink, (await stat(B)).nlink];
    await rename(join(A, 'sub'), join(B, 'sub'));
    expect((await stat(A)).nlink).toBe(na - 1);
    expect((await stat(B)).nlink).toBe(nb + 1);
    expect(await readFile(join(B, 'sub', 'inner'), 'utf8')).toBe('x');
    // not into its own subtree, not onto a non-empty directory
    await expect(rename(B, join(B, 'sub', 'loop'))).rejects.toEqual(errno('EINVAL'));
    await mkdir(join(A, 'empty'));
    await expect(rename(join(A, 'empty'), join(B, 'sub'))).rejects.toEqual(errno('ENOTEMPTY'));
    await expect(rmdir(join(B, 'sub'))).rejects.toEqual(errno('ENOTEMPTY'));
    await unlink(join(B, 'sub', 'inner'));
    await rename(join(A, 'empty'), join(B, 'sub')); // replaces the now empty directory
    await rmdir(join(B, 'sub'));
    await rmdir(A);
    expect((await readdir(m.mountDir)).includes(a.slice(1))).toBe(false);
    const { violations, stale } = await checkStores(tc, await ownerOf(vfs, '/'));
    expect(violations).toEqual([]);
    expect(stale).toBe(0);
  }, 60_000);
});

/** One crash case: builds its state (returns paths), then the operation (attempt i uses fresh names when it must). */
interface CrashCase {
  fp: string;
  /** 'coord': the node the client asks (owner of the parent); 'peer': the other. */
  victim: 'coord' | 'peer';
  prep(vfs: Vfs, coord: number, peer: number, k: string): Promise<Record<string, string>>;
  op(vfs: Vfs, p: Record<string, string>, i: number): Promise<unknown>;
  /** Asserts the all-or-nothing outcome as the client sees it after recovery. */
  check(vfs: Vfs, p: Record<string, string>): Promise<void>;
}

const exists = (vfs: Vfs, path: string): Promise<boolean> => vfs.getattr(path, ROOT).then(() => true, () => false);

const CASES: CrashCase[] = [];
const mkdirCase = (fp: string, victim: 'coord' | 'peer'): CrashCase => ({
  fp, victim,
  prep: async (vfs, coord, _p, k) => ({ dir: await dirOn(vfs, '/', `${k}-`, coord) }),
  op: (vfs, p, i) => vfs.mkdir(`${p.dir}/new${i}`, 0o755, ROOT),
  check: async () => undefined, // either way; the checker finds no half-made directory
});
const rmdirCase = (fp: string, victim: 'coord' | 'peer'): CrashCase => ({
  fp, victim,
  prep: async (vfs, coord, peer, k) => {
    const dir = await dirOn(vfs, '/', `${k}-`, coord);
    return { dir, child: await dirOn(vfs, dir, 'c', peer) };
  },
  op: (vfs, p) => vfs.rmdir(p.child!, ROOT),
  check: async () => undefined,
});
/** A file whose inode `peer` holds, with a second name `dir/hard` in a directory `coord` owns. */
async function fileOnPeer(vfs: Vfs, coord: number, peer: number, k: string, hard: boolean): Promise<Record<string, string>> {
  const dir = await dirOn(vfs, '/', `${k}-`, coord);
  const other = await dirOn(vfs, '/', `${k}-o`, peer);
  await vfs.release(await vfs.create(`${other}/f`, 0o644, 0o1, ROOT));
  if (hard) await vfs.link(`${other}/f`, `${dir}/hard`, ROOT);
  return { dir, other };
}
const unlinkCase = (fp: string, victim: 'coord' | 'peer'): CrashCase => ({
  fp, victim,
  prep: (vfs, c, p, k) => fileOnPeer(vfs, c, p, k, true),
  op: (vfs, p) => vfs.unlink(`${p.dir}/hard`, ROOT),
  check: async (vfs, p) => {
    const nlink = (await vfs.getattr(`${p.other}/f`, ROOT)).nlink;
    expect(nlink).toBe((await exists(vfs, `${p.dir}/hard`)) ? 2 : 1);
  },
});
const linkCase = (fp: string, victim: 'coord' | 'peer'): CrashCase => ({
  fp, victim,
  prep: (vfs, c, p, k) => fileOnPeer(vfs, c, p, k, false),
  op: (vfs, p) => vfs.link(`${p.other}/f`, `${p.dir}/hard`, ROOT),
  check: async (vfs, p) => {
    const nlink = (await vfs.getattr(`${p.other}/f`, ROOT)).nlink;
    expect(nlink).toBe((await exists(vfs, `${p.dir}/hard`)) ? 2 : 1);
  },
});
/** Moves d1 (held by peer, named in a directory of coord) into d2 (held by peer). */
const renameDirCase = (fp: string, victim: 'coord' | 'peer'): CrashCase => ({
  fp, victim,
  prep: async (vfs, coord, peer, k) => {
    const dir = await dirOn(vfs, '/', `${k}-`, coord);
    return { dir, d1: await dirOn(vfs, dir, 'x', peer), d2: await dirOn(vfs, dir, 'y', peer) };
  },
  op: (vfs, p) => vfs.rename(p.d1!, `${p.d2}/moved`, ROOT),
  check: async (vfs, p) => expect(await exists(vfs, p.d1!)).toBe(!(await exists(vfs, `${p.d2}/moved`))),
});
/** In a directory of coord: f (held by coord) over `hard`, a name of a file the peer holds. */
const renameOverCase = (fp: string, victim: 'coord' | 'peer'): CrashCase => ({
  fp, victim,
  prep: async (vfs, c, p, k) => {
    const r = await fileOnPeer(vfs, c, p, k, true);
    await vfs.release(await vfs.create(`${r.dir}/f`, 0o644, 0o1, ROOT));
    return r;
  },
  op: (vfs, p) => vfs.rename(`${p.dir}/f`, `${p.dir}/hard`, ROOT),
  check: async (vfs, p) => {
    const moved = !(await exists(vfs, `${p.dir}/f`));
    expect((await vfs.getattr(`${p.other}/f`, ROOT)).nlink).toBe(moved ? 1 : 2);
  },
});
CASES.push(
  mkdirCase('mkdir.after-intent', 'coord'), mkdirCase('mkdir.after-peer', 'coord'), mkdirCase('mkdir.after-commit', 'coord'), mkdirCase('peer.create', 'peer'),
  rmdirCase('rmdir.after-intent', 'coord'), rmdirCase('rmdir.after-peer', 'coord'), rmdirCase('rmdir.after-commit', 'coord'), rmdirCase('peer.remove', 'peer'),
  unlinkCase('unlink.after-intent', 'coord'), unlinkCase('unlink.after-peer', 'coord'), unlinkCase('peer.drop', 'peer'),
  linkCase('link.after-intent', 'coord'), linkCase('link.after-peer', 'coord'), linkCase('link.after-commit', 'coord'), linkCase('peer.link', 'peer'),
  renameDirCase('rename.after-intent', 'coord'), renameDirCase('rename.after-target', 'coord'), renameDirCase('rename.after-move', 'coord'),
  renameDirCase('rename.after-parent', 'coord'), renameDirCase('peer.in', 'peer'), renameDirCase('peer.parent', 'peer'),
  renameOverCase('peer.drop-dst', 'peer'),
);

describe('two meta nodes: SIGKILL at every step of the cross-owner protocols', () => {
  let tc: TestCluster;
  beforeAll(async () => {
    tc = await startCluster({ meta: 2, storage: 1, targetsPerStorage: 1 });
  }, 90_000);
  afterAll(async () => {
    await tc?.destroy();
  });

  it.each(CASES.map((c, i) => [c.fp, c.victim, i, c] as const))('%s (%s killed)', async (fp, who, idx, c) => {
    // coordinator node 1 or 2 in turn, so both daemons play both roles
    const coord = (idx % 2) + 1;
    const peer = 3 - coord;
    const victim = META(who === 'coord' ? coord : peer);
    let vfs = await connectVfs(tc, { sysFailureMode: 'failout' });
    let p: Record<string, string>;
    let rootNode: number;
    try {
      rootNode = await ownerOf(vfs, '/');
      p = await c.prep(vfs, coord, peer, `k${idx}`);
    } finally {
      await vfs.close();
    }
    await armFailpoint(tc, victim, fp);
    vfs = await connectVfs(tc, { sysFailureMode: 'failout' });
    try {
      await untilKilled(tc, victim, (i) => c.op(vfs, p, i));
    } finally {
      await vfs.close();
    }
    // the coordinator logs 'none pending' after its first pass (a restarted one) or after the
    // pass that resolved its intent (once the restarted peer answers)
    const from = await logSize(tc, META(coord));
    await tc.start(victim);
    await recoveryDone(tc, META(coord), from);
    vfs = await connectVfs(tc);
    try {
      await c.check(vfs, p);
    } finally {
      await vfs.close();
    }
    const { violations } = await checkStores(tc, rootNode);
    expect(violations).toEqual([]);
    expect(await running(tc, META(1))).toBe(true);
  }, 120_000);
});
