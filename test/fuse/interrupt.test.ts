// Waiting in failover mode can be cancelled: with a server paused (SIGSTOP) a process blocked in a
// system call on the mount gets EINTR when it is signalled, and a SIGKILLed one is gone at once
// (the kernel's INTERRUPT reaches the operation through the patched binding); the mount serves
// normally once the server is back.
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { waitFor } from '@hivefs/common/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { runCtl } from '../harness/ctl.js';
import { cleanupAll, type Mount, mountHivefs, q, sha256, shOk, startSh, tempDir } from '../harness/mount.js';

const MiB = 1024 * 1024;
const CHUNK = 512 * 1024;
/** Generous bound for "at once": an interrupted or killed process must not wait for the server. */
const PROMPT_MS = 5000;

let tc: TestCluster | undefined;
let m: Mount;
const data = randomBytes(4 * MiB);
/** Offset of a chunk of `data` that storage02 holds. */
let onStorage02 = -1;

beforeAll(async () => {
  tc = await startCluster();
  m = await mountHivefs({ clientConf: tc.clientConf, mode: 'failover' });
  const local = await tempDir('hivefs-intr-');
  await writeFile(join(local, 'data'), data);
  // 4 MiB in 512 KiB chunks over 4 targets: both storage daemons hold chunks of it
  await shOk(`cp ${q(join(local, 'data'))} ${q(join(m.mountDir, 'data'))}`);
  // made while every target is Online: a file created later would leave a paused daemon's targets out
  await shOk(`touch ${q(join(m.mountDir, 'written'))}`);
  const info = await runCtl([`--cfgFile=${tc.clientConf}`, '--getentryinfo', '/data', '--json']);
  expect(info.code, info.stderr).toBe(0);
  const ids = (JSON.parse(info.stdout) as { pattern: { stripeIds: number[] } }).pattern.stripeIds;
  const mine = tc.cluster.slots.find((x) => x.name === 'storage02')!.targetIds;
  onStorage02 = ids.findIndex((id) => mine.includes(id)) * CHUNK;
  expect(onStorage02).toBeGreaterThanOrEqual(0);
}, 180_000);

afterEach(async () => {
  await tc?.resume('meta01');
  await tc?.resume('storage02');
});

afterAll(async () => {
  await cleanupAll();
  await tc?.destroy();
}, 120_000);

/**
 * Starts python3 running `setup`, then `body` after printing "ready"; SIGINT raises
 * KeyboardInterrupt, which the script reports as "EINTR" (the system call it was blocked in
 * returned); other OSErrors as their name.
 */
function blockedPython(body: string, setup = ''): ReturnType<typeof startSh> {
  const script = `import os, sys, errno, mmap, signal
signal.signal(signal.SIGINT, signal.default_int_handler)
${setup}
print('ready', flush=True)
try:
${body.split('\n').map((l) => `    ${l}`).join('\n')}
    print('done', flush=True)
except KeyboardInterrupt:
    print('EINTR', flush=True)
except OSError as e:
    print(errno.errorcode.get(e.errno, e.errno), flush=True)
`;
  return startSh(`exec python3 -c ${q(script)}`, { timeoutMs: 120_000 });
}

/**
 * An O_DIRECT read of one chunk that storage02 holds, opened while every server answers: the
 * read(2) itself must be what waits (an open waiting for a paused server is interruptible anyway).
 * It starts once the test has paused storage02 and sent a line. (Only its first FUSE request must
 * wait: had earlier requests of the same read(2) been answered, the kernel would return their
 * bytes and finish the read through the page cache, whose waits only a fatal signal ends.)
 */
async function directReadOnPaused(): Promise<ReturnType<typeof startSh>> {
  const p = blockedPython(`os.preadv(fd, [buf], ${onStorage02})`, `fd = os.open(${JSON.stringify(join(m.mountDir, 'data'))}, os.O_RDONLY | os.O_DIRECT)
buf = mmap.mmap(-1, ${CHUNK})
print('opened', flush=True)
sys.stdin.readline()`);
  await p.waitForOutput(/opened\n/);
  await tc!.pause('storage02');
  p.send('go\n');
  return p;
}

/** Signals the process once it is blocked in the kernel on the mount, and measures until it ended. */
async function signalWhenBlocked(p: ReturnType<typeof startSh>, signal: NodeJS.Signals): Promise<{ ms: number; stdout: string; signal: NodeJS.Signals | null }> {
  await p.waitForOutput(/ready\n/);
  // blocked: sleeping interruptibly in the kernel on a FUSE request (it waits for the paused
  // server). Not state D in fuse_direct_IO, where the kernel's asynchronous direct I/O waits for
  // background requests that no signal ends.
  await waitFor(
    async () => {
      const state = (await readFile(`/proc/${p.pid}/stat`, 'utf8')).split(') ')[1]?.[0];
      const wchan = await readFile(`/proc/${p.pid}/wchan`, 'utf8');
      if (state === 'S' && wchan === 'request_wait_answer') return true;
      throw new Error(`state ${state}, wchan ${wchan}; output so far: ${p.stdout()}${p.stderr()}`);
    },
    { timeoutMs: 20_000, intervalMs: 100, what: 'the process to block on the mount' },
  );
  const t0 = Date.now();
  p.kill(signal);
  const r = await p.result;
  return { ms: Date.now() - t0, stdout: r.stdout, signal: r.signal };
}

describe('interrupting an operation that waits in failover mode', () => {
  it('a process that gets a signal every millisecond creates, renames and removes without an error', async () => {
    // Each signal to a process in a system call on the mount makes the kernel send INTERRUPT:
    // only an operation that waits for a server may end with EINTR. Ended at once, a create the
    // meta node had carried out failed with EINTR and Python's retry of the call with EEXIST.
    const dir = join(m.mountDir, 'ticking');
    const script = `import os, signal, errno
d = ${JSON.stringify(dir)}
os.mkdir(d)
ticks = [0]
def tick(s, f): ticks[0] += 1
signal.signal(signal.SIGALRM, tick)
signal.setitimer(signal.ITIMER_REAL, 0.001, 0.001)
errs = []
def attempt(what, fn, *a):
    try: fn(*a)
    except OSError as e: errs.append(what + ':' + errno.errorcode.get(e.errno, str(e.errno)))
def create(p):
    fd = os.open(p, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    os.write(fd, b'x' * 100)
    os.close(fd)
for i in range(150):
    p = os.path.join(d, 'f%d' % i)
    attempt('create', create, p)
    attempt('mkdir', os.mkdir, p + '.d')
    attempt('rename', os.rename, p, p + '.r')
    attempt('stat', os.stat, p + '.r')
    attempt('unlink', os.unlink, p + '.r')
    attempt('rmdir', os.rmdir, p + '.d')
signal.setitimer(signal.ITIMER_REAL, 0, 0)
print('ticks', ticks[0])
print('errors', ' '.join(sorted(set(errs))) or 'none', len(errs))
print('left', len(os.listdir(d)))
`;
    const out = await shOk(`python3 -c ${q(script)}`, { timeoutMs: 120_000 });
    console.log(out.trim().replace(/\n/g, '; '));
    expect(Number(/ticks (\d+)/.exec(out)?.[1])).toBeGreaterThan(100); // the signals did come
    expect(out).toContain('errors none 0\nleft 0\n');
  });

  it('a lookup waiting for a paused meta daemon returns EINTR on SIGINT', async () => {
    await tc!.pause('meta01');
    const p = blockedPython(`os.stat(${JSON.stringify(join(m.mountDir, 'never-looked-up'))})`);
    const r = await signalWhenBlocked(p, 'SIGINT');
    console.log(`stat interrupted ${r.ms} ms after SIGINT`);
    expect(r.stdout).toBe('ready\nEINTR\n');
    expect(r.ms).toBeLessThan(PROMPT_MS);
  });

  it('sysInterruptGraceMs sets how long an operation runs before a signal may end it', async () => {
    // a second mount whose interrupts wait 4 s: the signal comes well before the lookup is 4 s old
    const slow = await mountHivefs({ clientConf: tc!.clientConf, mode: 'failover', extraArgs: ['--sysInterruptGraceMs=4000'] });
    try {
      await tc!.pause('meta01');
      const p = blockedPython(`os.stat(${JSON.stringify(join(slow.mountDir, 'never-looked-up-either'))})`);
      const r = await signalWhenBlocked(p, 'SIGINT');
      console.log(`stat with a 4 s grace interrupted ${r.ms} ms after SIGINT`);
      expect(r.stdout).toBe('ready\nEINTR\n');
      // it was blocked for well under 2 s when signalled (polled every 100 ms)
      expect(r.ms).toBeGreaterThan(2000);
      expect(r.ms).toBeLessThan(4000 + PROMPT_MS);
    } finally {
      await tc!.resume('meta01');
      await slow.unmount();
    }
  });

  it('an O_DIRECT read waiting for a paused storage daemon returns EINTR on SIGINT', async () => {
    const p = await directReadOnPaused();
    const r = await signalWhenBlocked(p, 'SIGINT');
    console.log(`O_DIRECT read interrupted ${r.ms} ms after SIGINT`);
    expect(r.stdout).toBe('opened\nready\nEINTR\n');
    expect(r.ms).toBeLessThan(PROMPT_MS);
  });

  it('a SIGKILLed reader and a SIGKILLed writer blocked on a paused storage daemon are gone at once', async () => {
    const reader = await directReadOnPaused();
    const r = await signalWhenBlocked(reader, 'SIGKILL');
    // write-behind takes 16 MiB before write(2) waits; fsync waits for all of it
    const writer = blockedPython(`fd = os.open(${JSON.stringify(join(m.mountDir, 'written'))}, os.O_WRONLY)
os.write(fd, b'x' * (4 * 1024 * 1024))
os.fsync(fd)`);
    const w = await signalWhenBlocked(writer, 'SIGKILL');
    console.log(`killed reader gone after ${r.ms} ms, killed writer after ${w.ms} ms`);
    expect([r.signal, w.signal]).toEqual(['SIGKILL', 'SIGKILL']);
    expect(r.ms).toBeLessThan(PROMPT_MS);
    expect(w.ms).toBeLessThan(PROMPT_MS);
  });

  it('the mount serves normally once the servers are back', async () => {
    expect(await shOk(`sha256sum < ${q(join(m.mountDir, 'data'))} | cut -d' ' -f1`)).toBe(`${sha256(data)}\n`);
    await shOk(`echo after > ${q(join(m.mountDir, 'after'))}`);
    expect(await shOk(`cat ${q(join(m.mountDir, 'after'))}`)).toBe('after\n');
  });
});
