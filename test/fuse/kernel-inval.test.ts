// The low-level engine invalidating the kernel's caches: with long entry and attribute timeouts,
// a change made through one mount reaches the other as soon as the other's client learns of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { cleanupAll, clientConfWith, mountHivefs, q, sh, shOk, tempDir, type Mount } from '../harness/mount.js';

/** Far longer than the test: whatever the kernel caches stays cached unless invalidated. */
const CACHE_SECS = 300;

let tc: TestCluster | undefined;
let a: Mount;
let b: Mount;

beforeAll(async () => {
  tc = await startCluster();
  const conf = await clientConfWith(tc.clientConf, await tempDir('hivefs-inval-'), { tuneEntryCacheSecs: CACHE_SECS, tuneAttrCacheSecs: CACHE_SECS });
  [a, b] = await Promise.all([0, 1].map(() => mountHivefs({ clientConf: conf, extraArgs: ['--engine=lowlevel'] })));
}, 180_000);

afterAll(async () => {
  await cleanupAll();
  await tc?.destroy();
}, 120_000);

describe('kernel cache invalidation (low-level engine, 300 s cache timeouts)', () => {
  it('a file grown through mount A reads whole on mount B: B\'s open sees the new size and drops the kernel\'s cached one', async () => {
    await shOk(`printf 0123456789 > ${q(a.mountDir)}/grow`);
    expect((await shOk(`stat -c %s ${q(b.mountDir)}/grow`)).trim()).toBe('10'); // B's kernel holds size 10 for 300 s
    await shOk(`printf abcdefghijklmnopqrst > ${q(a.mountDir)}/grow`);
    // the open asks meta (close-to-open): the new size reaches B's kernel before the read
    expect(await shOk(`cat ${q(b.mountDir)}/grow`)).toBe('abcdefghijklmnopqrst');
    expect((await shOk(`stat -c %s ${q(b.mountDir)}/grow`)).trim()).toBe('20');
  });

  // The next two hold with or without the engine's entry invalidations on this kernel (6.18): the
  // kernel drops a name itself when an open by inode fails with ENOENT, and readdirplus replaces a
  // name's node id. They check that both together leave no stale name.
  it('a file removed through mount A leaves mount B\'s dentry cache once B finds it gone', async () => {
    await shOk(`echo here > ${q(a.mountDir)}/gone`);
    expect((await shOk(`cat ${q(b.mountDir)}/gone`))).toBe('here\n'); // B's kernel holds the name for 300 s
    await shOk(`rm ${q(a.mountDir)}/gone`);
    // B's kernel still has the name: the open reaches the client by inode, and meta has no such entry
    const open = await sh(`cat ${q(b.mountDir)}/gone`);
    expect(open.code).not.toBe(0);
    // the client told B's kernel to forget the name: a stat looks it up again, and finds nothing
    const st = await sh(`stat ${q(b.mountDir)}/gone`);
    expect(st.stderr).toMatch(/No such file/);
  });

  it('a name replaced through mount A is forgotten by mount B when B lists the directory', async () => {
    await shOk(`mkdir ${q(a.mountDir)}/d && echo old > ${q(a.mountDir)}/d/x`);
    expect(await shOk(`cat ${q(b.mountDir)}/d/x`)).toBe('old\n');
    await shOk(`echo newer > ${q(a.mountDir)}/d/y && mv ${q(a.mountDir)}/d/y ${q(a.mountDir)}/d/x`);
    expect((await shOk(`ls ${q(b.mountDir)}/d`)).split('\n').filter(Boolean)).toEqual(['x']);
    expect(await shOk(`cat ${q(b.mountDir)}/d/x`)).toBe('newer\n');
  });
});
