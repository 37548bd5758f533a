// FORGET at scale on the low-level engine: 100,000 files looked up through the mount (ls -l: readdirplus hands
// the kernel a node per entry), then forgotten when the kernel drops its caches; the client's inode table shrinks back.
// The files are made through the VFS library (one meta RPC pair each, many in flight), not through the mount.
import { waitFor } from '@hivefs/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Vfs } from '@hivefs/client-fuse';
import { hivefs } from '@hivefs/protocol';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { cleanupAll, mountHivefs, q, shOk, type Mount } from '../harness/mount.js';
import { ROOT, connectVfs } from '../vfs/helpers.js';

/** Files made and looked up (HIVEFS_FORGET_FILES overrides, e.g. for a quick run). */
const FILES = Number(process.env.HIVEFS_FORGET_FILES ?? 100_000);
/** Directories they are spread over (so no one listing is larger than the others). */
const DIRS = 10;
/** Creates in flight at once. */
const IN_FLIGHT = 256;

let tc: TestCluster | undefined;
let m: Mount | undefined;
let vfs: Vfs | undefined;

beforeAll(async () => {
  tc = await startCluster({ meta: 1, storage: 2, targetsPerStorage: 2 });
  vfs = await connectVfs(tc);
  m = await mountHivefs({ clientConf: tc.clientConf, extraArgs: ['--engine=lowlevel'] });
}, 120_000);

afterAll(async () => {
  await vfs?.close();
  await cleanupAll();
  await tc?.destroy();
});

/** The inodes the client's table holds, from the `engine stats` line it logs on SIGUSR2. */
async function inodesHeld(): Promise<number> {
  const sent = Date.now();
  m!.kill('SIGUSR2');
  const line = await waitFor(
    () => m!.output().split('\n').filter((l) => l.includes('"msg":"engine stats"')).map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => (l.time as number) >= sent),
    { timeoutMs: 10_000, what: 'the engine stats line' },
  );
  return (line!.stats as { inodes: number }).inodes;
}

/**
 * Makes the entries d<i>/f<j> through the VFS, IN_FLIGHT at a time. They are FIFOs: one meta
 * request each (a regular file costs a create and a close), and to the inode table and the
 * kernel's FORGET a FIFO is a node like any file.
 */
async function makeFiles(v: Vfs): Promise<void> {
  for (let d = 0; d < DIRS; d++) await v.mkdir(`/d${d}`, 0o755, ROOT);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < FILES; i = next++) await v.mknod(`/d${i % DIRS}/f${i}`, hivefs.EntryType.FIFO, 0o644, 0, ROOT);
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
}

describe(`FORGET at scale (--engine=lowlevel, ${FILES} files)`, () => {
  it('the inode table grows by one per file listed with ls -l, and shrinks back once the kernel forgets them', async () => {
    let t = Date.now();
    await makeFiles(vfs!);
    const made = Date.now() - t;
    const base = await inodesHeld();
    t = Date.now();
    // ls -l: readdirplus answers carry a node per entry, and every name is statted
    const counts = await shOk(`for d in ${q(m!.mountDir)}/d*; do ls -l "$d" | grep -c '^p'; done`, { timeoutMs: 240_000 });
    const listed = Date.now() - t;
    expect(counts.trim().split('\n').map(Number).reduce((a, b) => a + b, 0)).toBe(FILES);
    const held = await inodesHeld();
    expect(held).toBeGreaterThanOrEqual(base + FILES);
    // the kernel drops unused dentries and inodes: one FORGET (batched) per node
    t = Date.now();
    await shOk('echo 2 > /proc/sys/vm/drop_caches');
    await waitFor(async () => (await inodesHeld()) <= base + 10, { timeoutMs: 60_000, intervalMs: 200, what: 'the inode table back to its size before the listing' });
    const forgotten = Date.now() - t;
    console.log(`forget-scale: ${FILES} files made in ${made} ms, listed in ${listed} ms (table ${base} -> ${held}), forgotten in ${forgotten} ms`);
  }, 300_000);
});
