// Full disks through a real mount: the metadata store and the storage targets live on small tmpfs
// file systems (mounted by the test, as root). A full side answers ENOSPC (never EIO), loses
// nothing already written, records no size for data that never reached storage, and takes
// writes again once space is freed, without a restart.
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setConfKeys } from '@hivefs/common';
import { waitFor } from '@hivefs/common/testing';
import { hivefs } from '@hivefs/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { cleanupAll, type Mount, mountHivefs, q, sh, sha256, sha256Of, shOk } from '../harness/mount.js';
import { fillUpTo, onTmpfs, unmountTmpfs } from '../harness/tmpfs.js';

const MiB = 1024 * 1024;
const NO_SPACE = /No space left on device/;

let tc: TestCluster | undefined;
/** The mount that writes, and a second one that reads what the cluster recorded (no shared page cache). */
let m1: Mount;
let m2: Mount;
/** Output of a shell command that is expected to fail; the test fails if it succeeds. */
async function failing(cmd: string): Promise<string> {
  const r = await sh(cmd, { timeoutMs: 60_000 });
  expect(r.code, `${cmd} should have failed: ${r.stdout}`).not.toBe(0);
  return r.stderr;
}

beforeAll(async () => {
  // the reserve is 4 MiB of a 16 MiB metadata file system; two 8 MiB targets on one storage daemon
  tc = await startCluster({ storage: 1, targetsPerStorage: 2, extra: { meta: { tuneMetaMinFreeSpace: '4m' } } });
  const metaDir = tc.cluster.paths.data('meta01');
  await tc.stop('meta01');
  await onTmpfs(metaDir, 16);
  await tc.start('meta01');
  await tc.stop('storage01');
  for (const id of [101, 102]) await onTmpfs(tc.targetDir(id), 8);
  await tc.start('storage01');
  await tc.waitTargets('storage01', hivefs.Reachability.ONLINE);
  [m1, m2] = await Promise.all([mountHivefs({ clientConf: tc.clientConf }), mountHivefs({ clientConf: tc.clientConf })]);
}, 180_000);

afterAll(async () => {
  await cleanupAll();
  await tc?.cluster.down();
  await unmountTmpfs();
  await tc?.destroy();
}, 120_000);

describe('a full metadata store', () => {
  it('refuses new entries with ENOSPC below the reserve while reads, writes, renames and deletes go on, and accepts them again once space is freed', async () => {
    const metaDir = tc!.cluster.paths.data('meta01');
    const dir = join(m1.mountDir, 'meta-full');
    await shOk(`mkdir ${q(dir)} && for i in 1 2 3; do echo data$i > ${q(dir)}/f$i; done`);
    await fillUpTo(metaDir, 'filler', 2 * MiB);
    // the reserve is judged by a statfs figure at most a quarter of a second old
    let n = 0; // a new name each time: touch of an existing name creates nothing
    const err = await waitFor(async () => {
      const r = await sh(`touch ${q(join(dir, `early${n++}`))}`);
      return r.code !== 0 ? r.stderr : undefined;
    }, { timeoutMs: 10_000, intervalMs: 100, what: 'a create to be refused below the reserve' });
    expect(err).toMatch(NO_SPACE);
    expect(await failing(`mkdir ${q(join(dir, 'sub'))}`)).toMatch(NO_SPACE);
    expect(await failing(`ln -s f1 ${q(join(dir, 'link'))}`)).toMatch(NO_SPACE);
    expect(await failing(`ln ${q(join(dir, 'f1'))} ${q(join(dir, 'hard'))}`)).toMatch(NO_SPACE);
    // what exists is still there and usable: read, appended to, renamed, removed
    await shOk(`echo more >> ${q(join(dir, 'f1'))} && mv ${q(join(dir, 'f2'))} ${q(join(dir, 'f2b'))} && rm ${q(join(dir, 'f3'))}`);
    expect(await shOk(`cat ${q(join(m2.mountDir, 'meta-full', 'f1'))}`)).toBe('data1\nmore\n');
    const listing = async () => (await shOk(`ls ${q(join(m2.mountDir, 'meta-full'))}`)).trim().split('\n').filter((f) => !f.startsWith('early'));
    expect(await listing()).toEqual(['f1', 'f2b']);
    await shOk(`rm ${q(join(metaDir, 'filler'))}`);
    await waitFor(async () => (await sh(`touch ${q(join(dir, 'new'))}`)).code === 0, { timeoutMs: 10_000, intervalMs: 100, what: 'creates to be accepted again' });
    await shOk(`mkdir ${q(join(dir, 'sub'))} && echo x > ${q(join(dir, 'sub', 'y'))}`);
    expect(await listing()).toEqual(['f1', 'f2b', 'new', 'sub']);
  }, 120_000);

  it('without a reserve, a store that runs out of space answers ENOSPC, not EIO, and works again once space is freed, without a restart', async () => {
    const metaDir = tc!.cluster.paths.data('meta01');
    await tc!.stop('meta01');
    await setConfKeys(tc!.cluster.paths.conf('meta01'), { tuneMetaMinFreeSpace: 0 });
    await tc!.start('meta01');
    const dir = join(m1.mountDir, 'store-full');
    await shOk(`mkdir ${q(dir)} && echo kept > ${q(join(dir, 'kept'))}`);
    await fillUpTo(metaDir, 'filler', 256 * 1024);
    // creates until the store's own writes fail (LevelDB's log, or a table it writes out)
    const r = await sh(`cd ${q(dir)} && i=0; while [ $i -lt 20000 ]; do touch n$i || exit 1; i=$((i+1)); done`, { timeoutMs: 120_000 });
    expect(r.code, 'the store never filled up').not.toBe(0);
    expect(r.stderr).toMatch(NO_SPACE);
    expect(r.stderr).not.toMatch(/Input\/output error/);
    await shOk(`rm ${q(join(metaDir, 'filler'))}`);
    // the next write reopens the store (tried at most once a second while there is no room)
    await waitFor(async () => (await sh(`touch ${q(join(dir, 'after'))}`)).code === 0, { timeoutMs: 10_000, intervalMs: 200, what: 'a create to work once space is freed' });
    await shOk(`mkdir ${q(join(dir, 'afterdir'))}`);
    expect(await shOk(`cat ${q(join(m2.mountDir, 'store-full', 'kept'))}`)).toBe('kept\n');
    const names = (await shOk(`ls ${q(join(m2.mountDir, 'store-full'))}`)).trim().split('\n');
    expect(names).toContain('after');
    expect(names).toContain('afterdir');
    expect(names.filter((n) => /^n\d+$/.test(n)).length).toBeGreaterThan(0);
    const log = await shOk(`cat ${q(tc!.cluster.paths.log('meta01'))}`);
    expect(log).toMatch(/LevelDB reopened after a failed write/);
  }, 240_000);
});

describe('full storage targets', () => {
  it('a write to full targets fails with ENOSPC, records no size for the lost data, leaves other files intact, and works once space is freed', async () => {
    const before = randomBytes(2 * MiB);
    await writeFile(join(m1.mountDir, 'before'), before);
    await shOk(`touch ${q(join(m1.mountDir, 'lost'))}`);
    for (const id of [101, 102]) await fillUpTo(tc!.targetDir(id), 'filler', 0);
    const err = await failing(`dd if=/dev/urandom of=${q(join(m1.mountDir, 'lost'))} bs=1M count=2 conv=notrunc,fsync status=none`);
    expect(err).toMatch(NO_SPACE);
    // the other mount sees the size meta recorded: nothing reached storage, so nothing was recorded
    expect((await shOk(`stat -c %s ${q(join(m2.mountDir, 'lost'))}`)).trim()).toBe('0');
    expect(await sha256Of(`cat ${q(join(m2.mountDir, 'before'))}`)).toBe(sha256(before));
    for (const id of [101, 102]) await shOk(`rm ${q(join(tc!.targetDir(id), 'filler'))}`);
    const after = randomBytes(3 * MiB);
    await writeFile(join(m1.mountDir, 'lost'), after);
    expect(await sha256Of(`cat ${q(join(m2.mountDir, 'lost'))}`)).toBe(sha256(after));
  }, 120_000);
});
