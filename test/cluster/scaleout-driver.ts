// Helpers of the two-meta-node cluster tests: directories on a chosen owner, crash via failpoints, the checker.
import { readFile } from 'node:fs/promises';
import type { Vfs } from '@hivefs/client-fuse';
import { waitFor } from '@hivefs/common/testing';
import { checkNamespace, readStoreImage, staleMarkers, type Violation } from '@hivefs/meta';
import type { TestCluster } from '../harness/cluster.js';
import { ROOT } from '../vfs/helpers.js';

/** The meta daemon names of node 1 and 2. */
export const META = (node: number): string => `meta0${node}`;

/** The owner of the entry at `path`. */
export async function ownerOf(vfs: Vfs, path: string): Promise<number> {
  return (await vfs.getEntryInfo(path, ROOT)).ownerNodeId;
}

/** Makes directories `<base>N` under `parent` until one is owned by `owner`; returns its path (the others are removed). */
export async function dirOn(vfs: Vfs, parent: string, base: string, owner: number): Promise<string> {
  for (let i = 0; i < 64; i++) {
    const p = `${parent === '/' ? '' : parent}/${base}${i}`;
    await vfs.mkdir(p, 0o777, ROOT);
    if ((await ownerOf(vfs, p)) === owner) return p;
    await vfs.rmdir(p, ROOT);
  }
  throw new Error(`no directory under ${parent} landed on meta node ${owner} in 64 tries`);
}

/** Whether daemon `name` is running. */
export async function running(tc: TestCluster, name: string): Promise<boolean> {
  return (await tc.cluster.status()).find((s) => s.name === name)?.pid !== undefined;
}

/** Restarts daemon `name` with HIVEFS_FAILPOINTS=`fp` (only this process gets it). */
export async function armFailpoint(tc: TestCluster, name: string, fp: string): Promise<void> {
  await tc.stop(name);
  process.env['HIVEFS_FAILPOINTS'] = fp;
  try {
    await tc.start(name);
  } finally {
    delete process.env['HIVEFS_FAILPOINTS'];
  }
}

/**
 * Runs `op(i)` for i = 0, 1, ... until daemon `victim` has killed itself at its failpoint (an
 * attempt that did not reach it, e.g. a directory placed on the parent's owner, just finishes);
 * returns the settled attempt that was running then.
 */
export async function untilKilled(tc: TestCluster, victim: string, op: (i: number) => Promise<unknown>, tries = 24): Promise<unknown> {
  for (let i = 0; i < tries; i++) {
    let settled = false;
    const p = op(i).then((v) => v, (e: unknown) => e).finally(() => (settled = true));
    await waitFor(async () => settled || !(await running(tc, victim)), { timeoutMs: 20_000, intervalMs: 50, what: `attempt ${i} to end or ${victim} to die` });
    if (!(await running(tc, victim))) return p;
  }
  throw new Error(`${victim} never reached its failpoint in ${tries} attempts`);
}

/** Byte size of a daemon's log now (where to look for later lines). */
export async function logSize(tc: TestCluster, name: string): Promise<number> {
  return (await readFile(tc.cluster.paths.log(name)).catch(() => Buffer.alloc(0))).length;
}

/** Waits until daemon `name` logged 'intent recovery: none pending' after byte `from` of its log. */
export async function recoveryDone(tc: TestCluster, name: string, from: number, timeoutMs = 30_000): Promise<void> {
  await waitFor(async () => (await readFile(tc.cluster.paths.log(name))).subarray(from).toString('utf8').includes('intent recovery: none pending'), {
    timeoutMs,
    intervalMs: 100,
    what: `${name} to finish intent recovery`,
  });
}

/** Stops both meta daemons (SIGTERM), runs the checker over their stores (root owned by `rootNode`), starts them again. */
export async function checkStores(tc: TestCluster, rootNode: number): Promise<{ violations: Violation[]; stale: number }> {
  for (const n of [1, 2]) await tc.stop(META(n));
  const images = await Promise.all([1, 2].map((n) => readStoreImage(tc.cluster.paths.data(META(n)))));
  for (const n of [1, 2]) await tc.start(META(n));
  return { violations: checkNamespace(images, rootNode), stale: staleMarkers(images).length };
}
