// The low-level engine's writeback cache (tuneFuseWritebackCache): small writes gathered into
// large requests, read-modify-write through write-only handles, O_APPEND, and what another mount
// sees and when (README "Writeback cache"). The second mount runs the suite's engine (HIVEFS_FUSE_ENGINE).
import { waitFor } from '@hivefs/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { cleanupAll, clientConfWith, mountHivefs, q, sh, sha256Of, shOk, startSh, tempDir, type Mount } from '../harness/mount.js';

/** The other mount's attribute cache (the default 1 s) plus a margin for a loaded machine. */
const ATTR_MS = 1000 + 4000;

let tc: TestCluster | undefined;
/** The writeback mount (low-level engine); its kernel caches attributes for 0 s, so every stat asks the client. */
let wb: Mount | undefined;
/** A second mount of the same cluster, without the writeback cache. */
let other: Mount | undefined;
let work = '';

beforeAll(async () => {
  tc = await startCluster({ meta: 1, storage: 2, targetsPerStorage: 2 });
  work = await tempDir('hivefs-wb-');
  const conf = await clientConfWith(tc.clientConf, work, { tuneAttrCacheSecs: 0, tuneEntryCacheSecs: 0 });
  wb = await mountHivefs({ clientConf: conf, extraArgs: ['--engine=lowlevel', '--tuneFuseWritebackCache=true'] });
  other = await mountHivefs({ clientConf: tc.clientConf });
}, 120_000);

afterAll(async () => {
  await cleanupAll();
  await tc?.destroy();
});

interface EngineStats {
  ops: Record<string, number>;
  writeBytes: number;
  inodes: number;
}

/** The writeback mount's engine counters, from the `engine stats` line it logs on SIGUSR2. */
async function stats(m: Mount): Promise<EngineStats> {
  const sent = Date.now();
  m.kill('SIGUSR2');
  const line = await waitFor(() => logLines(m, 'engine stats').find((l) => (l.time as number) >= sent), { timeoutMs: 10_000, what: 'the engine stats line' });
  return line!.stats as EngineStats;
}

function logLines(m: Mount, msg: string): Record<string, unknown>[] {
  return m
    .output()
    .split('\n')
    .filter((l) => l.includes(`"msg":"${msg}"`))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('the writeback cache of the low-level engine (tuneFuseWritebackCache=true)', () => {
  it('is granted at INIT', () => {
    const init = logLines(wb!, 'FUSE INIT answered')[0]!;
    expect(init.granted).toContain('WRITEBACK_CACHE');
  });

  it('gathers 2,000 writes of 100 bytes into a few large WRITE requests; the other mount reads the same bytes after close', async () => {
    await shOk(`head -c 200000 /dev/urandom > ${q(work)}/small-src`);
    const before = await stats(wb!);
    // 2,000 write(2) calls of 100 bytes each
    await shOk(`dd if=${q(work)}/small-src of=${q(wb!.mountDir)}/gathered bs=100 count=2000 status=none`);
    const after = await stats(wb!);
    const writes = (after.ops.WRITE ?? 0) - (before.ops.WRITE ?? 0);
    expect(after.writeBytes - before.writeBytes).toBeGreaterThanOrEqual(200_000);
    expect(writes).toBeGreaterThan(0);
    expect(writes).toBeLessThanOrEqual(10);
    expect(await sha256Of(`cat ${q(other!.mountDir)}/gathered`)).toBe(await sha256Of(`cat ${q(work)}/small-src`));
  });

  it('rewrites part of a page through a write-only descriptor (the kernel reads the page first) and appends with O_APPEND', async () => {
    await shOk(`head -c 10000 /dev/urandom > ${q(work)}/page-src && cp ${q(work)}/page-src ${q(other!.mountDir)}/partial`);
    // dd opens O_WRONLY: 3 bytes in the middle of the second page
    await shOk(`printf XYZ | dd of=${q(wb!.mountDir)}/partial bs=1 seek=5000 conv=notrunc status=none`);
    await shOk(`printf XYZ | dd of=${q(work)}/page-src bs=1 seek=5000 conv=notrunc status=none`);
    await shOk(`echo appended >> ${q(wb!.mountDir)}/partial && echo appended >> ${q(work)}/page-src`);
    expect((await shOk(`stat -c %s ${q(other!.mountDir)}/partial`)).trim()).toBe('10009');
    expect(await sha256Of(`cat ${q(other!.mountDir)}/partial`)).toBe(await sha256Of(`cat ${q(work)}/page-src`));
    expect(await sha256Of(`cat ${q(wb!.mountDir)}/partial`)).toBe(await sha256Of(`cat ${q(work)}/page-src`));
  });

  it('another mount sees written data once it was flushed: after fsync (within its attribute timeout), and after close', async () => {
    await shOk(`head -c 8192 /dev/urandom > ${q(work)}/flush-src`);
    // a writer that keeps its descriptor open: 4 KiB in 100-byte writes, fsync, then the rest at "close"
    const writer = startSh(`exec python3 -c ${q(`import os,sys
src=open(sys.argv[1],'rb').read()
fd=os.open(sys.argv[2], os.O_WRONLY|os.O_CREAT|os.O_TRUNC, 0o644)
for i in range(0, 4096, 100): os.write(fd, src[i:min(i+100,4096)])
os.fsync(fd); print('synced', flush=True)
sys.stdin.readline()
os.write(fd, src[4096:]); os.close(fd); print('closed', flush=True)`)} ${q(work)}/flush-src ${q(`${wb!.mountDir}/flushed`)}`, { timeoutMs: 60_000 });
    const f2 = `${other!.mountDir}/flushed`;
    await writer.waitForOutput(/synced\n/);
    await waitFor(async () => (await shOk(`stat -c %s ${q(f2)}`)).trim() === '4096', { timeoutMs: ATTR_MS, intervalMs: 50, what: 'the fsynced 4 KiB on the other mount' });
    expect(await sha256Of(`head -c 4096 ${q(f2)}`)).toBe(await sha256Of(`head -c 4096 ${q(work)}/flush-src`));
    writer.send('close\n');
    await writer.waitForOutput(/closed\n/);
    const want = await sha256Of(`cat ${q(work)}/flush-src`);
    await waitFor(async () => (await sha256Of(`cat ${q(f2)}`)) === want, { timeoutMs: ATTR_MS, intervalMs: 50, what: 'the whole file on the other mount after close' });
  });

  it('a writer that does not own the file writes and closes it without error; its utimes is still refused', async () => {
    await shOk(`printf x > ${q(wb!.mountDir)}/shared && chmod 666 ${q(wb!.mountDir)}/shared`);
    await shOk(`printf 'from nobody' > ${q(wb!.mountDir)}/shared`, { uid: 'nobody' });
    expect(await shOk(`cat ${q(other!.mountDir)}/shared`)).toBe('from nobody');
    // an explicit utimes by a non-owner is still refused
    const r = await sh(`touch -d @1000000000 ${q(wb!.mountDir)}/shared`, { uid: 'nobody' });
    expect(r.code).not.toBe(0);
  });

  it('keeps its own size of a file it holds: growth by another mount shows only once the kernel forgot the inode', async () => {
    await shOk(`printf 12345 > ${q(other!.mountDir)}/grown`);
    // the writeback mount holds the inode while this descriptor is open
    const held = await shOk(`exec 3<${q(wb!.mountDir)}/grown; stat -c %s ${q(wb!.mountDir)}/grown; printf 67890 >> ${q(other!.mountDir)}/grown; stat -c %s ${q(wb!.mountDir)}/grown; cat <&3; exec 3<&-`);
    // attribute cache 0 s: the second stat asked the client, which answered 10; the kernel kept 5
    expect(held).toBe('5\n5\n12345');
    // closed, but the kernel still holds the inode (its name is in the dentry cache): still 5
    expect(await shOk(`stat -c %s ${q(wb!.mountDir)}/grown`)).toBe('5\n');
    // once the kernel evicts it (here: drop_caches; also memory pressure or a remount), the next lookup brings the new size
    await shOk('sync; echo 2 > /proc/sys/vm/drop_caches');
    expect(await shOk(`stat -c %s ${q(wb!.mountDir)}/grown; cat ${q(wb!.mountDir)}/grown`)).toBe('10\n1234567890');
  });
});
