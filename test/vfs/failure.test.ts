// Failure modes against a real cluster: failout fails fast with EIO (also against a paused daemon), failover waits for a
// killed storage daemon to return, and a failed write-behind send fails every later write, fsync and close of its handle.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createLogger } from '@hivefs/common';
import { removeDir, tmpDir, waitFor } from '@hivefs/common/testing';
import { hivefs } from '@hivefs/protocol';
import { O, type ClientConfig, type Vfs } from '@hivefs/client-fuse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestCluster } from '../harness/cluster.js';
import { startCluster } from '../harness/cluster.js';
import { ROOT, connectVfs, findFiles } from './helpers.js';

const MiB = 1024 * 1024;
let tc: TestCluster | undefined;
let vfs: Vfs | undefined;
const data = randomBytes(4 * MiB);

/** The daemon serving a storage target (test clusters number targets <node id>01, <node id>02, ...). */
const daemonOf = (targetId: number): string => `storage0${Math.floor(targetId / 100)}`;

/** Runs an operation and returns 'ok' or its error code. */
const outcome = (p: Promise<unknown>): Promise<string> => p.then(() => 'ok', (e: { code: string }) => e.code);

beforeAll(async () => {
  tc = await startCluster({ meta: 1, storage: 2, targetsPerStorage: 1 });
  vfs = await connectVfs(tc);
  await vfs.setPattern('/', { chunkSize: 512 * 1024, numTargets: 2 }, ROOT);
  const fh = await vfs.create('/f', 0o644, O.WRONLY | O.CREAT, ROOT);
  await vfs.write(fh, data, data.length, 0);
  await vfs.release(fh);
});
afterAll(async () => {
  await vfs?.close();
  await tc?.destroy();
});

describe('failure modes', () => {
  it('failout: a read that needs a dead storage daemon fails with EIO at once', async () => {
    const c = await connectVfs(tc!, { sysFailureMode: 'failout' });
    try {
      const fh = await c.open('/f', O.RDONLY, ROOT);
      const w = await c.create('/failout', 0o644, O.RDWR | O.CREAT, ROOT);
      await tc!.stop('storage02', 'SIGKILL');
      const t0 = Date.now();
      await expect(c.read(fh, Buffer.alloc(data.length), data.length, 0)).rejects.toMatchObject({ code: 'EIO', errno: 5 });
      expect(Date.now() - t0).toBeLessThan(5000);
      // a buffered write may still be taken; the failure of its background send comes back from the next flush, and stays
      await c.write(w, data, 2 * MiB, 0).catch(() => undefined);
      await expect(c.flush(w)).rejects.toMatchObject({ code: 'EIO' });
      await expect(c.flush(w)).rejects.toMatchObject({ code: 'EIO' });
      await expect(c.release(w)).rejects.toMatchObject({ code: 'EIO' });
      await c.release(fh);
    } finally {
      await c.close();
      await tc!.start('storage02');
    }
  });

  it('failover: a small file opened while its storage daemon is down (its head read fails) is read once the daemon is back', async () => {
    const c = await connectVfs(tc!, { sysFailureMode: 'failover' });
    const small = randomBytes(3000);
    try {
      const w = await c.create('/small-fo', 0o644, O.WRONLY | O.CREAT, ROOT);
      await c.write(w, small, small.length, 0);
      await c.release(w);
      const daemon = daemonOf((await c.getEntryInfo('/small-fo', ROOT)).pattern.ids[0]!);
      await c.getattr('/small-fo', ROOT); // its size is cached: the open reads the head beside meta's open
      await tc!.stop(daemon, 'SIGKILL');
      const fh = await c.open('/small-fo', O.RDONLY, ROOT); // meta answers; the head read fails and is dropped
      const buf = Buffer.alloc(4096);
      let readDone = 0;
      const read = c.read(fh, buf, buf.length, 0).then((n) => ((readDone = Date.now()), n));
      const restarted = Date.now();
      await tc!.start(daemon);
      expect(await read).toBe(small.length);
      expect(readDone).toBeGreaterThanOrEqual(restarted);
      expect(buf.subarray(0, small.length).equals(small)).toBe(true);
      await c.release(fh);
    } finally {
      await c.close();
    }
  });

  it('failover: reads and writes wait for the storage daemon to come back, then succeed', async () => {
    const c = await connectVfs(tc!, { sysFailureMode: 'failover', tuneReadAheadSize: 0 });
    try {
      const r = await c.open('/f', O.RDONLY, ROOT);
      const w = await c.create('/g', 0o644, O.RDWR | O.CREAT, ROOT);
      await tc!.stop('storage02', 'SIGKILL');
      const buf = Buffer.alloc(data.length);
      let readDone = 0;
      const read = c.read(r, buf, data.length, 0).then((n) => ((readDone = Date.now()), n));
      const patch = randomBytes(2 * MiB); // covers chunks on both targets
      await c.write(w, patch, patch.length, 0); // buffered; sent in the background
      const flushed = c.flush(w).then(() => 'ok', (e: { code: string }) => e.code);
      const restarted = Date.now();
      await tc!.start('storage02');
      expect(await read).toBe(data.length);
      expect(readDone).toBeGreaterThanOrEqual(restarted);
      expect(buf.equals(data)).toBe(true);
      expect(await flushed).toBe('ok');
      const back = Buffer.alloc(patch.length);
      expect(await c.read(w, back, back.length, 0)).toBe(back.length);
      expect(back.equals(patch)).toBe(true);
      await c.release(w);
      await c.release(r);
    } finally {
      await c.close();
    }
  });

  it('close() never hangs: an operation waiting in failover ends with EIO', async () => {
    const c = await connectVfs(tc!, { sysFailureMode: 'failover', tuneReadAheadSize: 0 });
    const fh = await c.open('/f', O.RDONLY, ROOT);
    await tc!.stop('storage02', 'SIGKILL');
    try {
      const read = c.read(fh, Buffer.alloc(data.length), data.length, 0);
      const settled = read.then(() => 'ok', (e: { code: string }) => e.code);
      await c.close();
      expect(await settled).toBe('EIO');
      await expect(c.getattr('/f', ROOT)).rejects.toMatchObject({ code: 'EIO' });
    } finally {
      await tc!.start('storage02');
    }
  });
});

/**
 * Writes `buf` at `offsetOf(0)`, `offsetOf(1)`, ... until a write fails (at most 48: beyond the
 * write-behind limit, so sends must complete), then 4 more; returns each write's outcome.
 */
async function writeUntilFailure(c: Vfs, fh: number, buf: Buffer, offsetOf: (i: number) => number): Promise<string[]> {
  const out: string[] = [];
  let i = 0;
  while (i < 48 && !out.includes('EIO')) out.push(await outcome(c.write(fh, buf, buf.length, offsetOf(i++))));
  for (const end = i + 4; i < end; ) out.push(await outcome(c.write(fh, buf, buf.length, offsetOf(i++))));
  return out;
}

type Failure = Error & { code: string };

/**
 * On a new failout client with `config`: opens and reads /f (connections to both daemons up),
 * pauses storage02, reads /f again and measures how long that read takes to fail; runs
 * `whilePaused`, then resumes the daemon and waits until it is Online again.
 */
async function readFromPaused(config: Partial<ClientConfig>, whilePaused?: (c: Vfs, fh: number) => Promise<void>): Promise<{ err?: Failure; ms: number }> {
  await tc!.cluster.waitOnline();
  const c = await connectVfs(tc!, { sysFailureMode: 'failout', tuneReadAheadSize: 0, ...config });
  let result: { err?: Failure; ms: number };
  try {
    const fh = await c.open('/f', O.RDONLY, ROOT);
    await c.read(fh, Buffer.alloc(data.length), data.length, 0);
    await tc!.pause('storage02');
    const t0 = Date.now();
    const err = await c.read(fh, Buffer.alloc(data.length), data.length, 0).then(() => undefined, (e: Failure) => e);
    result = { ...(err ? { err } : {}), ms: Date.now() - t0 };
    await whilePaused?.(c, fh);
    await c.release(fh);
  } finally {
    await tc!.resume('storage02');
    await c.close();
  }
  await tc!.cluster.waitOnline();
  return result;
}

describe('failout against a paused (SIGSTOP) storage daemon', () => {
  it('a read in flight fails with EIO once the map reports the target down, long before its timeout; the next fails at once', async () => {
    let again = '';
    let knownMs = 0;
    // a failout timeout far beyond the bound: only the map can end the read in time
    const { err, ms } = await readFromPaused({ connFailoutTimeoutMs: 30_000 }, async (c, fh) => {
      const t0 = Date.now();
      again = await outcome(c.read(fh, Buffer.alloc(data.length), data.length, 0));
      knownMs = Date.now() - t0;
    });
    console.log(`failout, paused daemon: read in flight failed after ${ms} ms (${err?.message}); the next read after ${knownMs} ms`);
    expect(err?.code).toBe('EIO');
    expect(err?.message).toMatch(/storage target \d+ is (Probably-offline|Offline) in map version \d+/);
    expect(ms).toBeLessThan(6000);
    expect(again).toBe('EIO');
    expect(knownMs).toBeLessThan(1000);
  });

  it('connFailoutTimeoutMs ends a request to a paused daemon that the map still shows Online', async () => {
    const { err, ms } = await readFromPaused({ connFailoutTimeoutMs: 400 });
    console.log(`failout, paused daemon, connFailoutTimeoutMs 400: read failed after ${ms} ms (${err?.message})`);
    expect(err?.code).toBe('EIO');
    expect(err?.message).toMatch(/timed out after \d+ ms|no connection within \d+ ms/); // the request or a new connection
    expect(ms).toBeLessThan(6000);
  });
});

describe('sticky write errors', () => {
  it('failout: after a background write failed, no later write, fsync or close of the file succeeds; a new open starts clean', async () => {
    const c = await connectVfs(tc!, { sysFailureMode: 'failout' });
    const chunk = Buffer.alloc(512 * 1024, 7);
    try {
      const w = await c.create('/sticky-fo', 0o644, O.RDWR | O.CREAT, ROOT);
      const other = await c.open('/sticky-fo', O.WRONLY, ROOT);
      await c.write(other, chunk, 100, 0); // a partial unit: buffered, not sent
      const clean = await c.open('/sticky-fo', O.WRONLY, ROOT); // nothing buffered
      await tc!.stop('storage02', 'SIGKILL');
      // whole chunks alternate between the two targets: every other one is lost
      const writes = await writeUntilFailure(c, w, chunk, (i) => (i + 1) * chunk.length);
      const firstError = writes.indexOf('EIO');
      console.log(`failout writes after the kill: ${writes.join(' ')}`);
      expect(firstError).toBeGreaterThanOrEqual(0);
      expect(writes.slice(firstError).every((r) => r === 'EIO')).toBe(true);
      expect([await outcome(c.fsync(w, false)), await outcome(c.flush(w)), await outcome(c.flush(w))]).toEqual(['EIO', 'EIO', 'EIO']);
      // the handle that had unflushed data fails too; the one without sees it at fsync
      expect([await outcome(c.write(other, chunk, 100, 200)), await outcome(c.flush(other))]).toEqual(['EIO', 'EIO']);
      expect(await outcome(c.fsync(clean, false))).toBe('EIO');
      expect([await outcome(c.release(w)), await outcome(c.release(other)), await outcome(c.release(clean))]).toEqual(['EIO', 'EIO', 'ok']);
      // a new open of the file starts clean: a write to the live target goes through
      const fresh = await c.open('/sticky-fo', O.WRONLY, ROOT);
      const live = (await c.getEntryInfo('/sticky-fo', ROOT)).pattern.ids.findIndex((id) => daemonOf(id) !== 'storage02');
      expect(await c.write(fresh, chunk, 100, live * chunk.length)).toBe(100);
      await c.flush(fresh);
      await c.release(fresh);
    } finally {
      await c.close();
      await tc!.start('storage02');
    }
  });

  it('failover: a write storage refuses for good (its chunk file is a directory) fails every later write, fsync and close of the handle', async () => {
    const c = await connectVfs(tc!, { sysFailureMode: 'failover' });
    const chunk = Buffer.alloc(512 * 1024, 3);
    try {
      const w = await c.create('/sticky-fv', 0o644, O.RDWR | O.CREAT, ROOT);
      await c.write(w, chunk, 10, 0);
      await c.write(w, chunk, 10, chunk.length);
      await c.fsync(w, false); // both chunk files exist now
      const info = await c.getEntryInfo('/sticky-fv', ROOT);
      const target = info.pattern.ids[1]!;
      // with the daemon stopped (no open file descriptor of the chunk), its chunk file becomes a directory
      await tc!.stop(daemonOf(target), 'SIGTERM');
      const [path] = await findFiles(tc!.targetDir(target), info.entryId);
      await rm(path!);
      await mkdir(path!);
      await tc!.start(daemonOf(target));
      const writes = await writeUntilFailure(c, w, chunk, (i) => (2 * i + 1) * chunk.length);
      const firstError = writes.indexOf('EIO');
      console.log(`failover writes to the refused chunk: ${writes.join(' ')}`);
      expect(firstError).toBeGreaterThanOrEqual(0);
      expect(writes.slice(firstError).every((r) => r === 'EIO')).toBe(true);
      expect([await outcome(c.fsync(w, false)), await outcome(c.flush(w)), await outcome(c.release(w))]).toEqual(['EIO', 'EIO', 'EIO']);
      const fresh = await c.open('/sticky-fv', O.WRONLY, ROOT);
      expect(await c.write(fresh, chunk, 10, 0)).toBe(10);
      await c.release(fresh);
    } finally {
      await c.close();
    }
  });
});

describe('the client log during an outage', () => {
  it('failover: a storage daemon down for seconds while reads retry gives a first-failure line and a recovery line, not one per retry', async () => {
    const dir = await tmpDir('hivefs-outage-log-');
    const file = join(dir, 'client.log');
    const c = await connectVfs(tc!, { sysFailureMode: 'failover', tuneReadAheadSize: 0 }, createLogger({ service: 'client', level: 'info', file }));
    try {
      const [target] = tc!.cluster.slots.find((s) => s.name === 'storage02')!.targetIds;
      const fhs = await Promise.all([1, 2, 3, 4].map(() => c.open('/f', O.RDONLY, ROOT)));
      await tc!.stop('storage02', 'SIGKILL');
      const t0 = Date.now();
      const reads = fhs.map((fh) => c.read(fh, Buffer.alloc(data.length), data.length, 0));
      await tc!.waitTargets('storage02', hivefs.Reachability.OFFLINE); // down long enough for mgmtd to give up on it
      await tc!.start('storage02');
      expect(await Promise.all(reads)).toEqual(fhs.map(() => data.length));
      const outageMs = Date.now() - t0;
      for (const fh of fhs) await c.release(fh);
      const logText = (): Promise<string> => readFile(file, 'utf8').catch(() => '');
      await waitFor(async () => (await logText()).includes('answers again'), { what: 'the recovery line in the client log' });
      const text = await logText();
      const lines = text.trim().split('\n').map((l) => JSON.parse(l) as { msg: string; server?: string; failedAttempts?: number });
      const about = lines.filter((l) => l.server === `storage target ${target}`);
      const failed = about.at(-1)?.failedAttempts ?? 0;
      console.log(`outage of ${outageMs} ms with 4 reads waiting: ${failed} failed attempts, ${lines.length} client log lines:\n  ${lines.map((l) => l.msg).join('\n  ')}`);
      expect(about[0]?.msg).toBe(`storage target ${target} does not answer; operations wait for it and retry`);
      expect(about.at(-1)?.msg).toMatch(new RegExp(`^storage target ${target} answers again after [0-9.]+ s \\(\\d+ failed attempts\\)$`));
      expect(lines.length).toBeLessThanOrEqual(4);
      expect(failed).toBeGreaterThan(2 * lines.length);
    } finally {
      await c.close();
      await removeDir(dir);
    }
  });
});
