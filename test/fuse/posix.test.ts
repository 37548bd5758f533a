// POSIX semantics through a real mount, driven by separate processes: unlink of an open file, a
// 10,000-entry directory, rename replacing files and directories, O_EXCL, O_APPEND, truncate,
// fallocate, xattrs and inode numbers that survive a remount.
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultClientConfig } from '@hivefs/client-fuse';
import { waitFor } from '@hivefs/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { cleanupAll, clientConfWith, type Mount, mountHivefs, q, sh, sha256, sha256Of, shOk, startSh, tempDir } from '../harness/mount.js';

/** Default attribute/entry cache timeout of the client (s) plus slack for a loaded machine. */
const CACHE_DEADLINE_MS = 1000 + 4000;

let tc: TestCluster | undefined;
let m1: Mount;
let m2: Mount; // a second client: sees what reached the cluster, not m1's caches
let m2Dir: string;
let local: string;

beforeAll(async () => {
  local = await tempDir('hivefs-posix-');
  m2Dir = await tempDir('hivefs-mnt2-'); // kept across the remount
  tc = await startCluster();
  [m1, m2] = await Promise.all([mountHivefs({ clientConf: tc.clientConf }), mountHivefs({ clientConf: tc.clientConf, mountDir: m2Dir })]);
}, 180_000);

afterAll(async () => {
  await cleanupAll();
  await tc?.destroy();
}, 120_000);

const size = async (p: string): Promise<number> => Number((await shOk(`stat -c %s ${q(p)}`)).trim());

/** Runs python3 with `run(f)` printing OK (or the value) or the errno name of an OSError; returns stdout lines. */
async function py(body: string, ...args: string[]): Promise<string[]> {
  const prelude = `import os, sys, errno
def run(f):
    try:
        r = f()
        print('OK' if r is None else r)
    except OSError as e:
        print(errno.errorcode.get(e.errno, e.errno))
`;
  return (await shOk(`python3 -c ${q(prelude + body)} ${args.map(q).join(' ')}`)).trim().split('\n');
}

/** Number of chunk files on all storage targets. */
async function chunkFiles(): Promise<number> {
  const dirs = tc!.cluster.slots.flatMap((s) => s.targetIds.map((id) => tc!.targetDir(id)));
  return Number((await shOk(`find ${dirs.map(q).join(' ')} -type f -path '*chunks*' | wc -l`)).trim());
}

describe('POSIX semantics on a hivefs mount', () => {

  it('fstat of a file open through one of its hard links counts its links exactly as names go (3, 2, 1, 0), also the name it was opened by', async () => {
    const body = `
d = sys.argv[1]
names = [os.path.join(d, n) for n in ('a', 'b', 'c')]
open(names[0], 'w').write('x')
for n in names[1:]: os.link(names[0], n)
fd = os.open(names[0], os.O_RDONLY)
seen = [os.fstat(fd).st_nlink]
for n in names:
    os.unlink(n)
    seen.append(os.fstat(fd).st_nlink)
os.close(fd)
print(' '.join(map(str, seen)))
`;
    // without attribute caching every fstat reaches the client: the count must be exact at once
    const conf = await clientConfWith(tc!.clientConf, local, { tuneAttrCacheSecs: 0, tuneEntryCacheSecs: 0 }, 'nocache.conf');
    const m3 = await mountHivefs({ clientConf: conf });
    try {
      await shOk(`mkdir ${q(join(m3.mountDir, 'links'))}`);
      expect(await py(body, join(m3.mountDir, 'links'))).toEqual(['3 2 1 0']);
    } finally {
      await m3.unmount();
    }
  });
  it('unlink of an open file: the name is gone at once, the data stays readable through the descriptor until close', async () => {
    const dir = join(m1.mountDir, 'unlinked');
    const f = join(dir, 'file');
    const data = randomBytes(2 * 1024 * 1024 + 999);
    await writeFile(join(local, 'unl'), data);
    const before = await chunkFiles();
    await shOk(`mkdir ${q(dir)} && cp ${q(join(local, 'unl'))} ${q(f)}`);
    // a separate process opens it, says so, and reads only when told to (stdin)
    // stat -L of /proc/<pid>/fd/3 is an fstat: the kernel asks the client by inode, libfuse by its hidden path
    const holder = startSh(`exec 3< ${q(f)}; echo opened; read go; stat -L -c %s /proc/$$/fd/3; sha256sum <&3; echo done`, { timeoutMs: 60_000 });
    try {
      await holder.waitForOutput(/opened\n/);
      await shOk(`rm ${q(f)}`);
      expect((await sh(`test -e ${q(f)}`)).code).toBe(1);
      // no hidden leftover name (libfuse's .fuse_hidden*): the directory is empty while the file is still open
      expect(await shOk(`ls -A ${q(dir)}`), 'the directory is empty while the file is still open').toBe('');
      const other = await waitFor(async () => (await shOk(`ls -A ${q(join(m2.mountDir, 'unlinked'))}`)) === '', { timeoutMs: CACHE_DEADLINE_MS }).then(
        () => '',
        () => shOk(`ls -A ${q(join(m2.mountDir, 'unlinked'))}`),
      );
      expect(other, 'the other mount sees the directory empty too').toBe('');
      holder.send('go\n');
      const r = await holder.result;
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe(`opened\n${data.length}\n${sha256(data)}  -\ndone\n`);
    } finally {
      holder.kill();
    }
    // renamed over while open: the same hide; only the new name is listed, the old data stays readable
    await shOk(`printf old > ${q(f)} && printf new > ${q(f + '.new')}`);
    const over = startSh(`exec 3< ${q(f)}; echo opened; read go; stat -L -c %s /proc/$$/fd/3; cat <&3; echo; echo done`, { timeoutMs: 60_000 });
    try {
      await over.waitForOutput(/opened\n/);
      await shOk(`mv ${q(f + '.new')} ${q(f)}`);
      expect(await shOk(`ls -A ${q(dir)}`)).toBe('file\n');
      expect(await shOk(`cat ${q(f)}`)).toBe('new');
      over.send('go\n');
      const r = await over.result;
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe('opened\n3\nold\ndone\n');
    } finally {
      over.kill();
    }
    await shOk(`rm ${q(f)}`);
    // after the last close nothing is left behind: the directory can be removed, the chunks go away
    expect(await shOk(`ls -A ${q(dir)}`)).toBe('');
    await shOk(`rmdir ${q(dir)}`);
    await waitFor(async () => (await chunkFiles()) <= before, { timeoutMs: 10_000, what: 'the unlinked file\'s chunk files to be removed' });
  });

  it('a file unlinked while open: fstat, fchmod, futimens and xattrs work through the descriptor, also after the attribute timeout; its directory can be removed', async () => {
    const attrSecs = defaultClientConfig().tuneAttrCacheSecs; // the mounts run with the default
    const dir = join(m1.mountDir, 'unlinked-fstat');
    const f = join(dir, 'file');
    const data = randomBytes(1024 * 1024 + 4321);
    await writeFile(join(local, 'unl-fstat'), data);
    const before = await chunkFiles();
    await shOk(`mkdir ${q(dir)} && cp ${q(join(local, 'unl-fstat'))} ${q(f)} && chmod 644 ${q(f)}`);
    // one process holds the descriptor through three phases, each started by a line on stdin
    const script = `import os, sys, stat, time, json, errno, hashlib
f, size, secs = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
def err(fn):
    try:
        r = fn()
        return 'OK' if r is None else r
    except OSError as e:
        return errno.errorcode.get(e.errno, str(e.errno))
def out(phase, **kv):
    print(phase, json.dumps(kv), flush=True)
    sys.stdin.readline()
def whole(fd):
    h = hashlib.sha256(); off = 0
    while True:
        b = os.pread(fd, 1 << 20, off)
        if not b: return h.hexdigest()
        h.update(b); off += len(b)
fd = os.open(f, os.O_RDWR)
os.unlink(f)
st = os.fstat(fd)
r = dict(exists=os.path.exists(f), size=st.st_size, nlink=st.st_nlink, listing=os.listdir(os.path.dirname(f)),
         fchmod=err(lambda: os.fchmod(fd, 0o600)), mode=oct(stat.S_IMODE(os.fstat(fd).st_mode)), sha=whole(fd))
out('unlinked', **r)
# keep fstat-ing until the attribute timeout has passed (the kernel must ask the client again)
t0 = time.monotonic(); n = 0; bad = []
while time.monotonic() - t0 < secs + 1:
    s2 = os.fstat(fd); n += 1
    if s2.st_size != size or stat.S_IMODE(s2.st_mode) != 0o600: bad.append([s2.st_size, oct(s2.st_mode)])
r = dict(fstats=n, bad=bad[:3], fchmod=err(lambda: os.fchmod(fd, 0o640)), mode=oct(stat.S_IMODE(os.fstat(fd).st_mode)),
         futimens=err(lambda: os.utime(fd, ns=(1_000_000_000_123, 1_500_000_000_456))), mtime=os.fstat(fd).st_mtime_ns,
         setxattr=err(lambda: os.setxattr(fd, 'user.hivefs', b'kept')), getxattr=err(lambda: os.getxattr(fd, 'user.hivefs').decode()),
         listxattr=err(lambda: os.listxattr(fd)), removexattr=err(lambda: os.removexattr(fd, 'user.hivefs')),
         fchown=err(lambda: os.fchown(fd, 1234, 5678)), owner=[os.fstat(fd).st_uid, os.fstat(fd).st_gid],
         write=err(lambda: os.pwrite(fd, b'tail', size)), size=os.fstat(fd).st_size, sha=whole(fd))
out('attrs', **r)
r = dict(sha=whole(fd), close=err(lambda: os.close(fd)))
print('closed', json.dumps(r), flush=True)
`;
    const holder = startSh(`python3 -c ${q(script)} ${q(f)} ${data.length} ${attrSecs}`, { timeoutMs: 120_000 });
    const phase = async (name: string): Promise<Record<string, unknown>> => {
      const m = new RegExp(`^${name} (.*)$`, 'm').exec(await holder.waitForOutput(new RegExp(`^${name} .*\\n`, 'm'), 60_000));
      return JSON.parse(m![1]!) as Record<string, unknown>;
    };
    const tailed = Buffer.concat([data, Buffer.from('tail')]);
    try {
      expect(await phase('unlinked')).toEqual({ exists: false, size: data.length, nlink: 0, listing: [], fchmod: 'OK', mode: '0o600', sha: sha256(data) });
      // the hidden name libfuse uses for the open file is in no listing, on neither mount
      expect(await shOk(`ls -A ${q(dir)}`)).toBe('');
      await waitFor(async () => (await shOk(`ls -A ${q(join(m2.mountDir, 'unlinked-fstat'))}`)) === '', { timeoutMs: CACHE_DEADLINE_MS, what: 'the other mount to list the directory empty' });
      holder.send('go\n');
      const attrs = await phase('attrs');
      expect(attrs.fstats as number, 'fstat was called repeatedly across the attribute timeout').toBeGreaterThan(1);
      expect(attrs).toMatchObject({
        bad: [], fchmod: 'OK', mode: '0o640', futimens: 'OK', mtime: 1_500_000_000_456,
        setxattr: 'OK', getxattr: 'kept', listxattr: ['user.hivefs'], removexattr: 'OK',
        fchown: 'OK', owner: [1234, 5678], write: 4, size: data.length + 4, sha: sha256(tailed),
      });
      expect(await shOk(`ls -A ${q(dir)}`)).toBe('');
      // the directory is empty in meta, so it can be removed while the file is still open
      await shOk(`rmdir ${q(dir)}`);
      expect((await sh(`test -e ${q(dir)}`)).code).toBe(1);
      await waitFor(async () => (await sh(`test -e ${q(join(m2.mountDir, 'unlinked-fstat'))}`)).code === 1, { timeoutMs: CACHE_DEADLINE_MS, what: 'the other mount to see the directory gone' });
      holder.send('go\n');
      // the data stays readable through the descriptor after its directory is gone
      expect(await phase('closed')).toEqual({ sha: sha256(tailed), close: 'OK' });
      const r = await holder.result;
      expect(r.code, r.stderr).toBe(0);
    } finally {
      holder.kill();
    }
    await waitFor(async () => (await chunkFiles()) <= before, { timeoutMs: 10_000, what: 'the unlinked file\'s chunk files to be removed' });
  }, 120_000);

  it('a directory of 10,000 entries lists completely and in a stable order across paging', async () => {
    const dir = join(m1.mountDir, 'many');
    await shOk(`mkdir ${q(dir)}`);
    const t0 = Date.now();
    await shOk(`python3 -c ${q(`import os
for i in range(10000):
    os.close(os.open('f%05d' % i, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o644))`)}`, { cwd: dir, timeoutMs: 300_000 });
    const createMs = Date.now() - t0;
    const expected = Array.from({ length: 10000 }, (_, i) => `f${String(i).padStart(5, '0')}`).sort();
    const list = async (d: string): Promise<string[]> => (await shOk(`ls -f ${q(d)}`, { timeoutMs: 120_000 })).split('\n').filter((n) => n && n !== '.' && n !== '..');
    const a = await list(dir);
    const b = await list(dir);
    const c = await list(join(m2.mountDir, 'many'));
    for (const [name, l] of [['first', a], ['second', b], ['other mount', c]] as const) {
      expect(l.length, `${name} listing: count`).toBe(10000);
      expect(new Set(l).size, `${name} listing: no duplicates`).toBe(10000);
      expect([...l].sort(), `${name} listing: every name`).toEqual(expected);
    }
    expect(b, 'the same order twice').toEqual(a);
    expect(Number((await shOk(`ls ${q(dir)} | wc -l`)).trim())).toBe(10000);
    console.log(`10,000 creates: ${createMs} ms`);
  }, 400_000);

  it('rename replaces an existing file and an empty directory; refuses a non-empty directory and type mismatches', async () => {
    const d = join(m1.mountDir, 'rename');
    await shOk(`mkdir ${q(d)} && cd ${q(d)} && printf 'A\\n' > a && printf 'B\\n' > b && mkdir d1 d2 d3 d4 && printf 'in d1\\n' > d1/f && touch d4/g && mkdir emptydir && touch plain`);
    const inoA = (await shOk(`stat -c %i ${q(d)}/a`)).trim();
    await shOk(`mv -f ${q(d)}/a ${q(d)}/b`);
    expect(await shOk(`cat ${q(d)}/b`)).toBe('A\n');
    expect((await shOk(`stat -c %i ${q(d)}/b`)).trim()).toBe(inoA);
    expect((await sh(`test -e ${q(d)}/a`)).code).toBe(1);
    await shOk(`mv -T ${q(d)}/d1 ${q(d)}/d2`); // rename(d1, d2) over the empty d2
    expect(await shOk(`cat ${q(d)}/d2/f`)).toBe('in d1\n');
    expect((await sh(`test -e ${q(d)}/d1`)).code).toBe(1);
    const rename = (from: string, to: string): Promise<string[]> => py(`run(lambda: os.rename(sys.argv[1], sys.argv[2]))`, join(d, from), join(d, to));
    expect(await rename('d3', 'd4')).toEqual([expect.stringMatching(/^(ENOTEMPTY|EEXIST)$/)]);
    expect(await rename('plain', 'emptydir')).toEqual(['EISDIR']);
    expect(await rename('emptydir', 'plain')).toEqual(['ENOTDIR']);
    expect(await rename('d2', 'd2/sub')).toEqual(['EINVAL']); // a directory into itself
    expect((await shOk(`ls ${q(d)}`)).split('\n').filter(Boolean).sort()).toEqual(['b', 'd2', 'd3', 'd4', 'emptydir', 'plain']);
    // seen the same way by the other mount
    await waitFor(async () => (await shOk(`ls ${q(join(m2.mountDir, 'rename'))}`)).split('\n').filter(Boolean).sort().join(' ') === 'b d2 d3 d4 emptydir plain', {
      timeoutMs: CACHE_DEADLINE_MS,
      what: 'the other mount to list the renamed entries',
    });
    expect(await shOk(`cat ${q(join(m2.mountDir, 'rename/b'))} ${q(join(m2.mountDir, 'rename/d2/f'))}`)).toBe('A\nin d1\n');
  });

  it('O_EXCL create of an existing file fails with EEXIST (also when created by the other mount)', async () => {
    const f = join(m1.mountDir, 'existing');
    await shOk(`printf 'keep\\n' > ${q(f)}`);
    const r = await sh(`set -C; echo clobber > ${q(f)}`);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/File exists/);
    expect(await shOk(`cat ${q(f)}`)).toBe('keep\n');
    const excl = (p: string): Promise<string[]> => py(`run(lambda: os.close(os.open(sys.argv[1], os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)))`, p);
    expect(await excl(f)).toEqual(['EEXIST']);
    expect(await excl(join(m1.mountDir, 'fresh-excl'))).toEqual(['OK']);
    expect(await excl(join(m1.mountDir, 'fresh-excl'))).toEqual(['EEXIST']);
    await shOk(`ln -s nowhere ${q(join(m1.mountDir, 'excl-link'))}`);
    expect(await excl(join(m1.mountDir, 'excl-link')), 'O_EXCL on a dangling symlink').toEqual(['EEXIST']);
    // the other mount looked the name up while it did not exist, then this mount created it
    const other = join(m2.mountDir, 'race');
    expect((await sh(`test -e ${q(other)}`)).code).toBe(1);
    await shOk(`printf 'first\\n' > ${q(join(m1.mountDir, 'race'))}`);
    expect(await excl(other)).toEqual(['EEXIST']);
    expect(await shOk(`cat ${q(join(m1.mountDir, 'race'))}`)).toBe('first\n');
    expect(await shOk(`cat ${q(other)}`)).toBe('first\n');
  });

  it('O_APPEND appends, also after a seek and from two concurrent appenders', async () => {
    const f = join(m1.mountDir, 'append');
    await shOk(`printf 'one\\n' > ${q(f)} && printf 'two\\n' >> ${q(f)}`);
    expect(await shOk(`cat ${q(f)}`)).toBe('one\ntwo\n');
    expect(await py(`fd = os.open(sys.argv[1], os.O_WRONLY | os.O_APPEND)
os.lseek(fd, 0, os.SEEK_SET)
os.write(fd, b'three\\n')
print(os.lseek(fd, 0, os.SEEK_CUR))
os.close(fd)`, f)).toEqual(['14']);
    expect(await shOk(`cat ${q(f)}`)).toBe('one\ntwo\nthree\n');
    const g = join(m1.mountDir, 'append2');
    await shOk(`: > ${q(g)}`);
    const loop = (tag: string): Promise<string> => shOk(`i=0; while [ $i -lt 200 ]; do echo "${tag} $i" >> ${q(g)}; i=$((i+1)); done`, { timeoutMs: 120_000 });
    await Promise.all([loop('A'), loop('B')]);
    const lines = (await shOk(`cat ${q(g)}`)).split('\n').filter(Boolean);
    expect(lines.length).toBe(400);
    for (const tag of ['A', 'B']) expect(lines.filter((l) => l.startsWith(`${tag} `))).toEqual(Array.from({ length: 200 }, (_, i) => `${tag} ${i}`));
    const bytes = lines.reduce((n, l) => n + l.length + 1, 0);
    expect(await size(g)).toBe(bytes);
    await waitFor(async () => (await size(join(m2.mountDir, 'append2'))) === bytes, { timeoutMs: CACHE_DEADLINE_MS, what: 'the appended size on the other mount' });
  }, 120_000);

  it('truncate -s shrinks and extends (the cut-off part reads back as zeros) and to zero', async () => {
    const data = randomBytes(1536 * 1024 + 7);
    await writeFile(join(local, 'trunc'), data);
    const f = join(m1.mountDir, 'trunc');
    const f2 = join(m2.mountDir, 'trunc');
    await shOk(`cp ${q(join(local, 'trunc'))} ${q(f)}`);
    const check = async (n: number, want: Buffer): Promise<void> => {
      expect(await size(f)).toBe(n);
      expect(await sha256Of(`cat ${q(f)}`)).toBe(sha256(want));
      await waitFor(async () => (await size(f2)) === n && (await sha256Of(`cat ${q(f2)}`)) === sha256(want), { timeoutMs: CACHE_DEADLINE_MS, what: `size ${n} and content on the other mount` });
    };
    await shOk(`truncate -s 100000 ${q(f)}`);
    await check(100000, data.subarray(0, 100000));
    await shOk(`truncate -s 3000000 ${q(f)}`);
    await check(3000000, Buffer.concat([data.subarray(0, 100000), Buffer.alloc(3000000 - 100000)]));
    await shOk(`truncate -s 0 ${q(f)}`);
    await check(0, Buffer.alloc(0));
    await shOk(`printf 'xyz' >> ${q(f)}`);
    await check(3, Buffer.from('xyz'));
  }, 120_000);

  it('fallocate -l on a new file either allocates zeros or fails cleanly with "Operation not supported"', async () => {
    const f = join(m1.mountDir, 'falloc-new');
    const r = await sh(`fallocate -l 1M ${q(f)}`);
    if (r.code === 0) {
      expect(await size(f)).toBe(1024 * 1024);
      expect((await sh(`cmp -n 1048576 ${q(f)} /dev/zero`)).code).toBe(0);
      await waitFor(async () => (await size(join(m2.mountDir, 'falloc-new'))) === 1024 * 1024, { timeoutMs: CACHE_DEADLINE_MS, what: 'the size on the other mount' });
    } else {
      expect(r.stderr).toMatch(/Operation not supported/);
      expect(await size(f)).toBe(0);
    }
    // on a file with data: the data is kept either way
    const g = join(m1.mountDir, 'falloc-data');
    await shOk(`printf 'abc' > ${q(g)}`);
    const r2 = await sh(`fallocate -l 1M ${q(g)}`);
    expect(r2.code === 0, `fallocate on a new file and on one with data behave alike: ${r.stderr} / ${r2.stderr}`).toBe(r.code === 0);
    if (r2.code === 0) {
      expect(await size(g)).toBe(1024 * 1024);
      expect(await sha256Of(`cat ${q(g)}`)).toBe(sha256(Buffer.concat([Buffer.from('abc'), Buffer.alloc(1024 * 1024 - 3)])));
    } else {
      expect(r2.stderr).toMatch(/Operation not supported/);
      expect(await shOk(`cat ${q(g)}`)).toBe('abc');
    }
    console.log(`fallocate: ${r.code === 0 ? 'supported' : r.stderr.trim()}`);
  });

  it('extended attributes: set, get, list, replace, remove, flags, on files and directories, seen by the other mount', async () => {
    const f = join(m1.mountDir, 'xattr-file');
    const d = join(m1.mountDir, 'xattr-dir');
    await shOk(`touch ${q(f)} && mkdir ${q(d)}`);
    const out = await py(
      `p = sys.argv[1]
run(lambda: os.setxattr(p, 'user.alpha', b'v1\\x00bin'))
run(lambda: os.getxattr(p, 'user.alpha').hex())
run(lambda: os.setxattr(p, 'user.beta', b''))
run(lambda: repr(os.getxattr(p, 'user.beta')))
run(lambda: ','.join(sorted(n for n in os.listxattr(p) if n.startswith('user.'))))
run(lambda: os.setxattr(p, 'user.alpha', b'x', os.XATTR_CREATE))
run(lambda: os.setxattr(p, 'user.gamma', b'x', os.XATTR_REPLACE))
run(lambda: os.setxattr(p, 'user.alpha', b'v2', os.XATTR_REPLACE))
run(lambda: os.getxattr(p, 'user.alpha'))
run(lambda: os.removexattr(p, 'user.beta'))
run(lambda: os.getxattr(p, 'user.beta'))
run(lambda: os.removexattr(p, 'user.beta'))
big = bytes(range(256)) * 16
run(lambda: os.setxattr(p, 'user.big', big))
run(lambda: os.getxattr(p, 'user.big') == big)
run(lambda: os.setxattr(sys.argv[2], 'user.ondir', b'dir value'))
run(lambda: os.getxattr(sys.argv[2], 'user.ondir'))`,
      f,
      d,
    );
    expect(out).toEqual([
      'OK', Buffer.from('v1\x00bin').toString('hex'),
      'OK', "b''",
      'user.alpha,user.beta',
      'EEXIST', 'ENODATA',
      'OK', "b'v2'",
      'OK', 'ENODATA', 'ENODATA',
      'OK', 'True',
      'OK', "b'dir value'",
    ]);
    const other = await py(`run(lambda: os.getxattr(sys.argv[1], 'user.alpha'))
run(lambda: ','.join(sorted(n for n in os.listxattr(sys.argv[1]) if n.startswith('user.'))))
run(lambda: os.getxattr(sys.argv[2], 'user.ondir'))`, join(m2.mountDir, 'xattr-file'), join(m2.mountDir, 'xattr-dir'));
    expect(other).toEqual(["b'v2'", 'user.alpha,user.big', "b'dir value'"]);
  });

  it('inode numbers are stable: the same on both mounts and after a remount (looked up in another order)', async () => {
    const d1 = join(m1.mountDir, 'ino');
    await shOk(`mkdir ${q(d1)} && cd ${q(d1)} && touch a b c && mkdir d && ln -s a e`);
    const names = ['a', 'b', 'c', 'd', 'e'];
    const inos = async (dir: string, order: string[]): Promise<Record<string, string>> => {
      const out: Record<string, string> = {};
      for (const n of order) out[n] = (await shOk(`stat -c %i ${q(join(dir, n))}`)).trim();
      return out;
    };
    const lsI = async (dir: string): Promise<Record<string, string>> =>
      Object.fromEntries((await shOk(`ls -i ${q(dir)}`)).trim().split('\n').map((l) => l.trim().split(/\s+/)).map(([i, n]) => [n!, i!]));
    const first = await inos(d1, names);
    expect(new Set(Object.values(first)).size).toBe(5);
    expect(await lsI(d1)).toEqual(first);
    const d2 = join(m2.mountDir, 'ino');
    expect(await inos(d2, [...names].reverse()), 'the other mount').toEqual(first);
    await m2.unmount();
    m2 = await mountHivefs({ clientConf: tc!.clientConf, mountDir: m2Dir });
    expect(await inos(d2, ['e', 'c', 'a', 'd', 'b']), 'after the remount').toEqual(first);
    expect(await lsI(d2), 'ls -i after the remount').toEqual(first);
  }, 120_000);
});
