// Special files through a real mount: FIFOs, sockets, character and block devices are stored as
// what they are (mkfifo, mknod, bind(2)), listed, renamed, linked, chmod/chown'ed, copied with
// cp -a and tar, removed, and still there after the whole cluster restarted; the kernel does
// their I/O (a FIFO carries data between two processes, a socket file takes a connection).
import { join } from 'node:path';
import { waitFor } from '@hivefs/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { cleanupAll, mountHivefs, q, sh, shOk, startSh, tempDir, type Mount } from '../harness/mount.js';

const NOBODY = { uid: 'nobody', gid: 'nogroup' } as const;
/** Default attribute cache timeout of the client (s) plus slack for a loaded machine. */
const CACHE_DEADLINE_MS = 1000 + 4000;

let tc: TestCluster | undefined;
let m: Mount;

beforeAll(async () => {
  tc = await startCluster();
  m = await mountHivefs({ clientConf: tc.clientConf });
}, 180_000);

afterAll(async () => {
  await cleanupAll();
  await tc?.destroy();
}, 120_000);

/** `stat` lines (name, type, mode, owner, device numbers in hex) of the given paths. */
async function stats(dir: string, ...names: string[]): Promise<string[]> {
  return (await shOk(`cd ${q(dir)} && stat -c '%n|%F|%a|%U:%G|%t,%T|%h' ${names.map(q).join(' ')}`)).trim().split('\n');
}

/** Runs python3 `body` (with os, sys, errno, socket imported); prints of the script are returned as lines. */
async function py(body: string, opts: { uid?: string; gid?: string } = {}): Promise<string[]> {
  return (await shOk(`python3 -c ${q(`import os, sys, errno, socket\n${body}`)}`, opts)).trim().split('\n');
}

/** The four kinds made in `dir` as root: fifo, char device 1:3, block device 7:0, a socket bound by a process. */
async function makeAll(dir: string): Promise<void> {
  await shOk(`mkdir -p ${q(dir)} && cd ${q(dir)} && mkfifo -m 0640 fifo && mknod -m 0600 chr c 1 3 && mknod -m 0660 blk b 7 0`);
  await py(`s = socket.socket(socket.AF_UNIX); s.bind(${JSON.stringify(join(dir, 'sock'))}); s.close()`);
}

const ALL = ['blk', 'chr', 'fifo', 'sock'];
const EXPECTED = [
  'blk|block special file|660|root:root|7,0|1',
  'chr|character special file|600|root:root|1,3|1',
  'fifo|fifo|640|root:root|0,0|1',
  'sock|socket|755|root:root|0,0|1',
];

describe('special files', () => {
  it('mkfifo, mknod (character and block, with major/minor) and bind(2) make entries of their type; ls, stat and find show them', async () => {
    const dir = join(m.mountDir, 'kinds');
    await makeAll(dir);
    expect(await stats(dir, ...ALL)).toEqual(EXPECTED);
    const ls = (await shOk(`ls -l ${q(dir)}`)).trim().split('\n').slice(1).map((l) => l.replace(/\s+/g, ' '));
    expect(ls.map((l) => l.slice(0, 10))).toEqual(['brw-rw----', 'crw-------', 'prw-r-----', 'srwxr-xr-x']);
    expect(ls[0]).toMatch(/ 7, 0 .* blk$/);
    expect(ls[1]).toMatch(/ 1, 3 .* chr$/);
    for (const [t, name] of [['p', 'fifo'], ['s', 'sock'], ['c', 'chr'], ['b', 'blk']] as const) {
      expect(await shOk(`cd ${q(dir)} && find . -type ${t}`), `find -type ${t}`).toBe(`./${name}\n`);
    }
    // a second client sees the same (nothing comes from the first client's caches)
    const m2 = await mountHivefs({ clientConf: tc!.clientConf });
    expect(await stats(join(m2.mountDir, 'kinds'), ...ALL)).toEqual(EXPECTED);
    await m2.unmount();
  });

  it('a FIFO carries data between two processes; O_NONBLOCK write-open without a reader is ENXIO', async () => {
    const fifo = join(m.mountDir, 'pipe');
    await shOk(`mkfifo ${q(fifo)}`);
    const reader = startSh(`cat ${q(fifo)}`, { timeoutMs: 30_000 });
    await shOk(`printf 'through the pipe\\n' > ${q(fifo)}`);
    const r = await reader.result;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('through the pipe\n');
    expect(await py(`
try:
    os.open(${JSON.stringify(fifo)}, os.O_WRONLY | os.O_NONBLOCK)
    print('opened')
except OSError as e:
    print(errno.errorcode[e.errno])
fd = os.open(${JSON.stringify(fifo)}, os.O_RDONLY | os.O_NONBLOCK)
print(len(os.read(fd, 10)))`)).toEqual(['ENXIO', '0']);
    expect((await shOk(`stat -c %s ${q(fifo)}`)).trim()).toBe('0');
  });

  it('a socket file accepts a connection; open(2) of it is ENXIO', async () => {
    const path = join(m.mountDir, 'listen.sock');
    expect(await py(`
p = ${JSON.stringify(path)}
s = socket.socket(socket.AF_UNIX); s.bind(p); s.listen(1)
c = socket.socket(socket.AF_UNIX); c.connect(p)
a, _ = s.accept(); c.sendall(b'ping'); print(a.recv(4).decode())
try:
    os.open(p, os.O_RDONLY)
except OSError as e:
    print(errno.errorcode[e.errno])`)).toEqual(['ping', 'ENXIO']);
  });

  it('rename (also over a regular file and into another directory), link, chmod, chown and unlink of every kind', async () => {
    const dir = join(m.mountDir, 'ops');
    await makeAll(dir);
    await shOk(`cd ${q(dir)} && mkdir sub && echo regular > victim`);
    for (const n of ALL) {
      await shOk(`cd ${q(dir)} && ln ${n} ${n}.link && chmod 0604 ${n} && chown nobody:nogroup ${n}`);
      const changed = /\|604\|nobody:nogroup\|[0-9a-f]+,[0-9a-f]+\|2$/;
      expect((await stats(dir, n))[0], n).toMatch(changed);
      // libfuse 2's path API gives each name of a hard-linked file its own kernel inode: the other
      // name shows the change once the kernel's attribute cache of it (1 s) has expired
      await waitFor(async () => changed.test((await stats(dir, `${n}.link`))[0]!), { timeoutMs: CACHE_DEADLINE_MS, what: `${n}.link to show the change` });
      await shOk(`cd ${q(dir)} && mv ${n}.link sub/${n}`);
    }
    await shOk(`cd ${q(dir)} && mv fifo victim`);
    expect((await stats(dir, 'victim'))[0]).toMatch(/^victim\|fifo\|604\|nobody:nogroup\|0,0\|2$/);
    // rmdir of a directory holding one fails; unlink of every name empties it
    const rmdir = await sh(`rmdir ${q(join(dir, 'sub'))}`);
    expect(rmdir.code).not.toBe(0);
    expect(rmdir.stderr).toMatch(/not empty/);
    await shOk(`cd ${q(dir)} && rm sub/* && rmdir sub && rm victim blk chr sock`);
    expect(await shOk(`ls -A ${q(dir)}`)).toBe('');
  });

  it('cp -a and tar round trips keep type, mode, owner and device numbers', async () => {
    const src = join(m.mountDir, 'orig');
    await makeAll(src);
    await shOk(`chown nobody:nogroup ${q(join(src, 'fifo'))}`);
    const want = await stats(src, 'blk', 'chr', 'fifo');
    // out to a local directory and back in, with cp -a (sockets are copied as sockets by cp -a)
    const local = await tempDir('hivefs-special-');
    await shOk(`cp -a ${q(src)} ${q(join(local, 'copy'))} && cp -a ${q(join(local, 'copy'))} ${q(join(m.mountDir, 'copied'))}`);
    expect(await stats(join(local, 'copy'), 'blk', 'chr', 'fifo')).toEqual(want);
    expect(await stats(join(m.mountDir, 'copied'), 'blk', 'chr', 'fifo')).toEqual(want);
    expect((await stats(join(m.mountDir, 'copied'), 'sock'))[0]).toMatch(/^sock\|socket\|/);
    // tar out of the mount and into it again (tar skips sockets, as everywhere)
    await shOk(`tar -C ${q(src)} -cf ${q(join(local, 'sp.tar'))} blk chr fifo && mkdir ${q(join(m.mountDir, 'untarred'))} && tar -C ${q(join(m.mountDir, 'untarred'))} -xpf ${q(join(local, 'sp.tar'))}`);
    expect(await stats(join(m.mountDir, 'untarred'), 'blk', 'chr', 'fifo')).toEqual(want);
  });

  it('an unprivileged user makes FIFOs and sockets of its own but no device files (EPERM)', async () => {
    const dir = join(m.mountDir, 'nobodys');
    await shOk(`mkdir ${q(dir)} && chown nobody:nogroup ${q(dir)}`);
    await shOk(`mkfifo ${q(join(dir, 'f'))}`, NOBODY);
    await py(`s = socket.socket(socket.AF_UNIX); s.bind(${JSON.stringify(join(dir, 's'))})`, NOBODY);
    expect(await stats(dir, 'f', 's')).toEqual([expect.stringMatching(/^f\|fifo\|644\|nobody:nogroup\|/), expect.stringMatching(/^s\|socket\|755\|nobody:nogroup\|/)]);
    const mknod = await sh(`mknod ${q(join(dir, 'c'))} c 1 3`, NOBODY);
    expect(mknod.code).not.toBe(0);
    expect(mknod.stderr).toMatch(/Operation not permitted/);
    expect((await sh(`test -e ${q(join(dir, 'c'))}`)).code).toBe(1);
  });

  it('special files survive a restart of every daemon of the cluster', async () => {
    const dir = join(m.mountDir, 'durable');
    await makeAll(dir);
    await m.unmount();
    await tc!.cluster.down();
    await tc!.cluster.up(60_000);
    m = await mountHivefs({ clientConf: tc!.clientConf });
    expect(await stats(join(m.mountDir, 'durable'), ...ALL)).toEqual(EXPECTED);
  });
});
