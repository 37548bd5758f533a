// The low-level engine (hivefs-client --engine=lowlevel) on a real cluster: names, data, one request per large write, forgotten inodes.
import { waitFor } from '@hivefs/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { cleanupAll, isMounted, mountHivefs, mountEntry, q, sha256Of, shOk, tempDir, type Mount } from '../harness/mount.js';

let tc: TestCluster | undefined;
let m: Mount | undefined;
let work = '';

beforeAll(async () => {
  tc = await startCluster({ meta: 1, storage: 2, targetsPerStorage: 2 });
  work = await tempDir('hivefs-ll-');
  m = await mountHivefs({ clientConf: tc.clientConf, extraArgs: ['--engine=lowlevel'] });
}, 120_000);

afterAll(async () => {
  await cleanupAll();
  await tc?.destroy();
});

/** The inodes the client's table holds, from the `engine stats` line it logs on SIGUSR2. */
async function inodesHeld(): Promise<number> {
  const sent = Date.now();
  m!.kill('SIGUSR2');
  const line = await waitFor(() => logLines('engine stats').find((l) => (l.time as number) >= sent), { timeoutMs: 10_000, what: 'the engine stats line' });
  return (line!.stats as { inodes: number }).inodes;
}

/** The client's log lines with `msg`. */
function logLines(msg: string): Record<string, unknown>[] {
  return m!
    .output()
    .split('\n')
    .filter((l) => l.includes(`"msg":"${msg}"`))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('hivefs-client --engine=lowlevel', () => {
  it('logs its engine when it mounts, and the mount looks like the native engine\'s', async () => {
    expect(m!.mountedLine.engine).toBe('lowlevel');
    const e = await mountEntry(m!.mountDir);
    expect(e?.type).toBe('fuse.hivefs');
    expect(e?.source).toBe('hivefs');
    // what the kernel granted at INIT
    const init = logLines('FUSE INIT answered')[0]!;
    expect(init.maxWrite).toBe(1024 * 1024);
    expect(init.granted).toEqual(expect.arrayContaining(['ASYNC_READ', 'ATOMIC_O_TRUNC', 'READDIRPLUS', 'PARALLEL_DIROPS']));
    expect(init.granted).not.toContain('WRITEBACK_CACHE');
  });

  it('creates, writes (one 1 MiB write), reads, lists, renames and deletes files and directories', async () => {
    const d = m!.mountDir;
    await shOk(`dd if=/dev/urandom of=${q(work)}/src bs=1M count=3 status=none`);
    // one write(2) of 1 MiB, then a 2 MiB one
    await shOk(`dd if=${q(work)}/src of=${q(d)}/f bs=1M count=1 status=none`);
    await shOk(`dd if=${q(work)}/src of=${q(d)}/f bs=2M count=1 skip=1M seek=1M iflag=skip_bytes oflag=seek_bytes conv=notrunc status=none`);
    expect(await sha256Of(`cat ${q(d)}/f`)).toBe(await sha256Of(`cat ${q(work)}/src`));
    expect((await shOk(`stat -c %s ${q(d)}/f`)).trim()).toBe(String(3 * 1024 * 1024));
    await shOk(`mkdir ${q(d)}/dir && echo hi > ${q(d)}/dir/a && echo there > ${q(d)}/dir/b && ln -s a ${q(d)}/dir/l`);
    expect((await shOk(`ls -a ${q(d)}/dir`)).split('\n').filter(Boolean)).toEqual(['.', '..', 'a', 'b', 'l']);
    expect((await shOk(`readlink ${q(d)}/dir/l && cat ${q(d)}/dir/l`))).toBe('a\nhi\n');
    await shOk(`mv ${q(d)}/dir/a ${q(d)}/dir/c && mv ${q(d)}/dir ${q(d)}/dir2`);
    expect(await shOk(`cat ${q(d)}/dir2/c ${q(d)}/dir2/b`)).toBe('hi\nthere\n');
    expect((await shOk(`ls ${q(d)}`)).split('\n').filter(Boolean)).toEqual(['dir2', 'f']);
    // rename over an existing file replaces it
    await shOk(`mv ${q(d)}/dir2/b ${q(d)}/dir2/c`);
    expect(await shOk(`cat ${q(d)}/dir2/c; ls ${q(d)}/dir2`)).toBe('there\nc\nl\n');
    await shOk(`chmod 600 ${q(d)}/dir2/c && truncate -s 2 ${q(d)}/dir2/c`);
    expect(await shOk(`stat -c '%a %s' ${q(d)}/dir2/c`)).toBe('600 2\n');
    await shOk(`rm ${q(d)}/dir2/c ${q(d)}/dir2/l && rmdir ${q(d)}/dir2 && rm ${q(d)}/f`);
    expect(await shOk(`ls -A ${q(d)}`)).toBe('');
  });

  it('hard links are one inode: after rm of one name, the other still opens', async () => {
    const d = m!.mountDir;
    await shOk(`echo x > ${q(d)}/h1 && ln ${q(d)}/h1 ${q(d)}/h2 && cat ${q(d)}/h2`);
    const [i1, i2] = (await shOk(`stat -c %i ${q(d)}/h1 ${q(d)}/h2`)).trim().split('\n');
    expect(i1).toBe(i2);
    // h2 is the name the node was handed out by last: without it, h1 must still lead to the file
    expect(await shOk(`cat ${q(d)}/h1 && rm ${q(d)}/h2 && cat ${q(d)}/h1 && stat -c %h ${q(d)}/h1 && rm ${q(d)}/h1`)).toBe('x\nx\n1\n');
  });

  it('a file unlinked while open stays readable and statable through its descriptor', async () => {
    const d = m!.mountDir;
    const out = await shOk(`echo kept > ${q(d)}/u && exec 3<${q(d)}/u && rm ${q(d)}/u && cat <&3 && stat -L -c %s /dev/fd/3; exec 3<&-`);
    expect(out).toBe('kept\n5\n');
  });

  it('holds an inode per file listed with ls -l, and lets go of them when the kernel forgets them (after rm -r)', async () => {
    const d = m!.mountDir;
    await shOk(`mkdir ${q(d)}/many && cd ${q(d)}/many && for i in $(seq 1 200); do echo $i > f$i; done`);
    expect((await shOk(`ls -l ${q(d)}/many | grep -c '^-'`)).trim()).toBe('200');
    expect((await inodesHeld()) >= 200).toBe(true);
    await shOk(`rm -r ${q(d)}/many`);
    // removed inodes are evicted at once; their FORGETs may come batched a little later
    await waitFor(async () => (await inodesHeld()) < 50, { timeoutMs: 10_000, what: 'FORGETs of the removed files' });
  });

  it('an aborted connection: the client says so, detaches the dead mount and exits 1 (a service manager restarts it)', async () => {
    const other = await mountHivefs({ clientConf: tc!.clientConf, extraArgs: ['--engine=lowlevel'] });
    await shOk(`echo y > ${q(other.mountDir)}/aborted`);
    const conn = (await shOk(`mountpoint -d ${q(other.mountDir)}`)).trim().split(':')[1];
    // fusectl, as the client's own unmount mounts it when it must abort a connection
    await shOk(`mountpoint -q /sys/fs/fuse/connections || mount -t fusectl none /sys/fs/fuse/connections; echo 1 > /sys/fs/fuse/connections/${conn}/abort`);
    const status = await Promise.race([other.exited, new Promise<'hang'>((r) => setTimeout(() => r('hang'), 20_000))]);
    expect(status, `the client did not exit within 20 s of the abort\n${other.output()}`).toEqual({ code: 1, signal: null });
    expect(other.output()).toContain('the FUSE connection was aborted');
    expect(await isMounted(other.mountDir)).toBe(false);
    await other.cleanup();
    // the first mount was not disturbed
    expect(await shOk(`cat ${q(m!.mountDir)}/aborted`)).toBe('y\n');
    await shOk(`rm ${q(m!.mountDir)}/aborted`);
  });

  it('unmounts on SIGTERM; the session saw 1 MiB write requests', async () => {
    const st = await m!.unmount();
    expect(st.code).toBe(0);
    const unmounted = logLines('unmounted');
    expect(unmounted).toHaveLength(1);
    const stats = unmounted[0]!.stats as { maxWriteSeen: number; maxWrite: number; requests: number };
    expect(stats.maxWrite).toBe(1024 * 1024);
    expect(stats.maxWriteSeen).toBe(1024 * 1024);
    expect(stats.requests).toBeGreaterThan(100);
  });
});
