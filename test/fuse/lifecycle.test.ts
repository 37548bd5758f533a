// The client process's life: SIGTERM/SIGINT unmount and exit 0 (also with the mount busy), a
// SIGKILLed client's stale mount is cleared by the next start, the registry file, and df.
import { createHash, randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { waitFor } from '@hivefs/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { runCtl } from '../harness/ctl.js';
import { cleanupAll, isMounted, mountEntry, mountHivefs, q, sh, sha256, shOk, startSh, tempDir } from '../harness/mount.js';

let tc: TestCluster | undefined;
let local: string;

beforeAll(async () => {
  local = await tempDir('hivefs-lifecycle-');
  tc = await startCluster({ storage: 2, targetsPerStorage: 2 });
}, 180_000);

afterAll(async () => {
  await cleanupAll();
  await tc?.destroy();
}, 120_000);

const registryFile = (runDir: string, mountpoint: string): string => join(runDir, `mount-${createHash('sha1').update(mountpoint).digest('hex')}.json`);

describe('client lifecycle', () => {
  it('SIGTERM unmounts and exits 0; the mount is listed as fuse.hivefs and registered while it lives', async () => {
    const m = await mountHivefs({ clientConf: tc!.clientConf });
    expect(m.mountedLine.mountpoint).toBe(m.mountDir);
    expect((await mountEntry(m.mountDir))?.type).toBe('fuse.hivefs');
    const reg = JSON.parse(await readFile(registryFile(m.runDir, m.mountDir), 'utf8')) as Record<string, unknown>;
    expect(reg).toMatchObject({ mountpoint: m.mountDir, cfgFile: tc!.clientConf, mgmtdHost: tc!.mgmtd.host, mgmtdPort: tc!.mgmtd.port, pid: m.pid });
    await shOk(`printf 'x\\n' > ${q(join(m.mountDir, 'sigterm'))}`);
    const status = await m.unmount();
    expect(status).toEqual({ code: 0, signal: null });
    expect(await isMounted(m.mountDir)).toBe(false);
    await expect(readFile(registryFile(m.runDir, m.mountDir))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('a mount point given through a symlink is mounted, registered and unmounted at its target', async () => {
    const base = await tempDir('hivefs-symlink-mnt-');
    const real = join(base, 'real');
    const link = join(base, 'link');
    await shOk(`mkdir ${q(real)} && ln -s real ${q(link)}`);
    const m = await mountHivefs({ clientConf: tc!.clientConf, mountDir: link });
    expect(m.mountedLine.mountpoint).toBe(real);
    expect((await mountEntry(real))?.type).toBe('fuse.hivefs');
    const reg = JSON.parse(await readFile(registryFile(m.runDir, real), 'utf8')) as Record<string, unknown>;
    expect(reg).toMatchObject({ mountpoint: real, pid: m.pid });
    await shOk(`mkdir ${q(join(link, 'viaLink'))}`);
    const info = await runCtl(['--getentryinfo', join(link, 'viaLink')], 30_000, { HIVEFS_RUN_DIR: m.runDir });
    expect(info.code, info.stderr).toBe(0);
    expect(info.stdout).toContain(`Mount: ${real}`);
    expect(await m.unmount()).toEqual({ code: 0, signal: null });
    expect(await isMounted(real)).toBe(false);
  });

  it('umount from outside (as an admin would): the client ends that mount\'s sessions, drops its registration and exits 0', async () => {
    const m = await mountHivefs({ clientConf: tc!.clientConf });
    await shOk(`printf 'x\\n' > ${q(join(m.mountDir, 'outside'))}`);
    await readFile(registryFile(m.runDir, m.mountDir), 'utf8');
    await shOk(`umount ${q(m.mountDir)}`);
    const status = await Promise.race([m.exited, new Promise<'hang'>((r) => setTimeout(() => r('hang'), 20_000))]);
    expect(status, `the client did not exit within 20 s of the umount\n${m.output()}`).toEqual({ code: 0, signal: null });
    expect(m.output()).toContain('unmounted from outside');
    expect(m.output()).toContain('no mount left to serve');
    await expect(readFile(registryFile(m.runDir, m.mountDir))).rejects.toMatchObject({ code: 'ENOENT' });
    await m.cleanup();
    // what was written before the umount is there for the next mount
    const again = await mountHivefs({ clientConf: tc!.clientConf });
    expect(await readFile(join(again.mountDir, 'outside'), 'utf8')).toBe('x\n');
    await shOk(`rm ${q(join(again.mountDir, 'outside'))}`);
    expect(await again.unmount()).toEqual({ code: 0, signal: null });
  });

  it('umount -l from outside with a file open there: that file is still served, and the client exits 0 once it is closed', async () => {
    const m = await mountHivefs({ clientConf: tc!.clientConf });
    await shOk(`printf 'lazy\\n' > ${q(join(m.mountDir, 'lazy'))}`);
    const holder = startSh(`exec 3< ${q(join(m.mountDir, 'lazy'))}; echo opened; read go; cat <&3; exec 3<&-; echo closed`, { timeoutMs: 60_000 });
    try {
      await holder.waitForOutput(/opened\n/);
      await shOk(`umount -l ${q(m.mountDir)}`);
      expect(await isMounted(m.mountDir)).toBe(false);
      // longer than the fallback engine's look at the mount table (1 s): a client that stopped
      // serving the detached mount on seeing it leave the table would fail the read below
      await new Promise((r) => setTimeout(r, 2500));
      expect(m.alive()).toBe(true);
      holder.send('go\n');
      expect((await holder.result).stdout).toBe('opened\nlazy\nclosed\n');
      const status = await Promise.race([m.exited, new Promise<'hang'>((r) => setTimeout(() => r('hang'), 20_000))]);
      expect(status, `the client did not exit within 20 s of the last close\n${m.output()}`).toEqual({ code: 0, signal: null });
    } finally {
      holder.kill();
      await m.cleanup();
    }
  });

  it('SIGINT unmounts and exits 0 as well', async () => {
    const m = await mountHivefs({ clientConf: tc!.clientConf });
    m.kill('SIGINT');
    expect(await m.exited).toEqual({ code: 0, signal: null });
    await waitFor(async () => !(await isMounted(m.mountDir)), { timeoutMs: 5000, what: 'the mount to go' });
    await m.cleanup();
  });

  it('SIGTERM while a process has a file open and its cwd in the mount: still exits 0 promptly and the mount goes', async () => {
    const m = await mountHivefs({ clientConf: tc!.clientConf });
    await shOk(`printf 'busy\\n' > ${q(join(m.mountDir, 'busy'))}`);
    const holder = startSh(`exec 3< busy; echo opened; read go; echo released`, { cwd: m.mountDir, timeoutMs: 60_000 });
    try {
      await holder.waitForOutput(/opened\n/);
      const t0 = Date.now();
      m.kill('SIGTERM');
      const status = await Promise.race([m.exited, new Promise<'hang'>((r) => setTimeout(() => r('hang'), 20_000))]);
      expect(status, `hivefs-client did not exit within 20 s of SIGTERM with a busy mount\n${m.output()}`).toEqual({ code: 0, signal: null });
      await waitFor(async () => !(await isMounted(m.mountDir)), { timeoutMs: 5000, what: 'the busy mount to leave /proc/mounts' });
      console.log(`busy unmount took ${Date.now() - t0} ms`);
      holder.send('go\n');
      expect((await holder.result).stdout).toBe('opened\nreleased\n');
    } finally {
      holder.kill();
      await m.cleanup();
    }
  });

  it('after SIGKILL of the client, the next start on that mount point works and the data is readable', async () => {
    const dir = await tempDir('hivefs-mnt-kill-');
    const data = randomBytes(3 * 1024 * 1024 + 5);
    await writeFile(join(local, 'data'), data);
    const m = await mountHivefs({ clientConf: tc!.clientConf, mountDir: dir });
    await shOk(`mkdir -p ${q(dir)}/k/sub && cp ${q(join(local, 'data'))} ${q(dir)}/k/sub/data && printf 'small\\n' > ${q(dir)}/k/small`);
    // A crash can come at any moment, e.g. just after a stat of the mount root, whose cached
    // attributes the kernel then keeps serving (stat succeeds on the dead mount for the attribute
    // timeout); the restart (as systemd's Restart= would do it) follows at once.
    await shOk(`stat ${q(dir)}`);
    m.kill('SIGKILL');
    expect(await m.exited).toEqual({ code: null, signal: 'SIGKILL' });
    const stale = await isMounted(dir);
    const r = await sh(`ls ${q(dir)}`);
    console.log(`after SIGKILL: still in /proc/mounts: ${stale}; ls: ${r.code === 0 ? 'ok' : r.stderr.trim()}`);
    if (stale) expect(r.stderr).toMatch(/Transport endpoint is not connected/);

    const again = await mountHivefs({ clientConf: tc!.clientConf, mountDir: dir });
    try {
      expect(again.pid).not.toBe(m.pid);
      expect(await shOk(`cat ${q(dir)}/k/small`)).toBe('small\n');
      expect((await shOk(`sha256sum < ${q(dir)}/k/sub/data`)).trim().split(/\s+/)[0]).toBe(sha256(data));
      expect((await shOk(`ls ${q(dir)}/k`)).split('\n').filter(Boolean).sort()).toEqual(['small', 'sub']);
      // exactly one mount on the directory, not one stacked on a dead one
      const entries = (await readFile('/proc/mounts', 'utf8')).split('\n').filter((l) => l.split(' ')[1] === dir);
      expect(entries.length, entries.join('\n')).toBe(1);
      const reg = JSON.parse(await readFile(registryFile(again.runDir, dir), 'utf8')) as Record<string, unknown>;
      expect(reg.pid).toBe(again.pid);
    } finally {
      expect(await again.unmount()).toEqual({ code: 0, signal: null });
    }
  });

  it('df on the mount shows the space of the targets\' file system once (hivefs-ctl --df lists it per target)', async () => {
    const m = await mountHivefs({ clientConf: tc!.clientConf });
    try {
      const ctl = await runCtl([`--cfgFile=${tc!.clientConf}`, '--df', '--json']);
      expect(ctl.code, ctl.stderr).toBe(0);
      const report = JSON.parse(ctl.stdout) as { storage: { targetId: number; space: { totalBytes: number; freeBytes: number } | null }[] };
      expect(report.storage.length).toBe(4);
      // the 4 test targets share one disk: each reports its size, and the mount shows it once
      const totals = new Set(report.storage.map((t) => t.space?.totalBytes ?? 0));
      expect([...totals]).toHaveLength(1);
      const [total] = [...totals] as [number];
      const free = report.storage[0]!.space!.freeBytes;
      expect(total).toBeGreaterThan(0);
      const [size, avail] = (await shOk(`df -B1 --output=size,avail ${q(m.mountDir)} | tail -1`)).trim().split(/\s+/).map(Number);
      expect(Math.abs(size! - total), `df size ${size} vs the targets' disk ${total}`).toBeLessThanOrEqual(4096);
      // free space moves as others write to the same disk
      expect(Math.abs(avail! - free) / total, `df avail ${avail} vs the disk's free ${free}`).toBeLessThan(0.02);
      expect((await shOk(`df --output=fstype,target ${q(m.mountDir)} | tail -1`)).trim()).toBe(`fuse.hivefs ${m.mountDir}`);
    } finally {
      await m.unmount();
    }
  });

  it('SIGTERM with every server down and a reader blocked (failover mode): exits 0 promptly, the mount goes, the reader gets an error', async () => {
    const writer = await mountHivefs({ clientConf: tc!.clientConf });
    const data = randomBytes(2 * 1024 * 1024);
    await writeFile(join(local, 'down'), data);
    await shOk(`cp ${q(join(local, 'down'))} ${q(join(writer.mountDir, 'down'))}`);
    await writer.unmount();
    const m = await mountHivefs({ clientConf: tc!.clientConf, mode: 'failover' }); // fresh: nothing of the file cached
    const servers = ['storage01', 'storage02', 'meta01'];
    let reader: ReturnType<typeof startSh> | undefined;
    try {
      await Promise.all(servers.map((n) => tc!.stop(n, 'SIGKILL')));
      reader = startSh(`exec cat ${q(join(m.mountDir, 'down'))} > /dev/null`, { timeoutMs: 60_000 });
      const pid = reader.pid;
      // the reader is inside a system call on the mount (open or read), waiting for the servers
      await waitFor(async () => {
        const [sys] = (await readFile(`/proc/${pid}/syscall`, 'utf8')).split(' ');
        return sys === '0' || sys === '257';
      }, { timeoutMs: 10_000, what: 'the reader to block in open/read' });
      expect(reader.stderr()).toBe('');
      const t0 = Date.now();
      m.kill('SIGTERM');
      const status = await Promise.race([m.exited, new Promise<'hang'>((r) => setTimeout(() => r('hang'), 20_000))]);
      expect(status, `hivefs-client did not exit within 20 s of SIGTERM with all servers down\n${m.output()}`).toEqual({ code: 0, signal: null });
      await waitFor(async () => !(await isMounted(m.mountDir)), { timeoutMs: 5000, what: 'the mount to leave /proc/mounts' });
      const r = await Promise.race([reader.result, new Promise<'hang'>((res) => setTimeout(() => res('hang'), 10_000))]);
      expect(r, 'the blocked reader must not hang after the unmount').not.toBe('hang');
      expect((r as { code: number }).code).not.toBe(0);
      console.log(`unmount with all servers down took ${Date.now() - t0} ms; the reader got: ${(r as { stderr: string }).stderr.trim()}`);
    } finally {
      reader?.kill();
      await m.cleanup();
      for (const n of servers) await tc!.start(n);
    }
  }, 120_000);
});
