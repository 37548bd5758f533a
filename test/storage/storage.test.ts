// Process test of hivefs-storage: a real daemon on real target dirs, driven over RPC, with a mgmtd stand-in.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile, stat, statfs } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ErrCode, type HiveError, Rpc, RpcClient } from '@hivefs/protocol';
import { generateAuthSecret, loadAuthSecret } from '@hivefs/common';
import { removeDir, tmpDir, waitFor } from '@hivefs/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SETUP_BIN, assertBuilt, killDaemon, spawnStorage, type DaemonProc } from './daemon-process.js';
import { codeOf, daemonArgs, listTree } from './helpers.js';
import { MgmtdStandIn } from './mgmtd-stand-in.js';

const run = promisify(execFile);
const A = '1-64A0B0C0-1';
const B = '2-64A0B0C0-1';

describe('hivefs-storage process', () => {
  let root: string;
  let secret: Buffer | null;
  let mgmtd: MgmtdStandIn;
  let daemon: DaemonProc | undefined;
  let client: RpcClient;
  const others: DaemonProc[] = [];

  beforeAll(async () => {
    assertBuilt();
    root = await tmpDir('hivefs-storage-proc-');
    await generateAuthSecret(join(root, 'auth'));
    secret = await loadAuthSecret({ connAuthFile: join(root, 'auth'), connDisableAuthentication: false });
    mgmtd = new MgmtdStandIn(secret);
    await mgmtd.start();
    // t1 is set up by the setup tool (which writes the config file); t2 is an empty dir formatted on the fly.
    await run(process.execPath, [SETUP_BIN, '-p', join(root, 't1'), '-s', '1', '-i', '101', '-m', '127.0.0.1', '-c', join(root, 'hivefs-storage.conf')]);
    daemon = spawnStorage(daemonArgs(root, mgmtd.port, [`--cfgFile=${join(root, 'hivefs-storage.conf')}`, `--storeStorageDirectory=${join(root, 't1')},${join(root, 't2')}`]));
    const ready = await daemon.waitLine((l) => l.msg === 'ready', 'ready');
    client = new RpcClient({ host: '127.0.0.1', port: ready.port as number, secret, timeoutMs: 20_000 });
  });

  afterAll(async () => {
    client?.close();
    await killDaemon(daemon);
    await Promise.all(others.map(killDaemon));
    await mgmtd?.stop();
    if (root) await removeDir(root);
  });

  it('registers node and targets, persists the assigned target id and logs ready', async () => {
    const ready = await daemon!.waitLine((l) => l.msg === 'ready', 'ready');
    expect(ready).toMatchObject({ service: 'storage', nodeId: 1, targets: [101, 102] });
    expect(mgmtd.nodes.get(1)).toMatchObject({ alias: 'storage01', addrs: [{ host: '127.0.0.1', port: ready.port }] });
    expect(await readFile(join(root, 't2', 'format.conf'), 'utf8')).toMatch(/service=storage\nnodeNumID=1\ntargetNumID=102\n/);
    for (const d of ['t1', 't2']) {
      expect((await stat(join(root, d, 'buddymir'))).isDirectory()).toBe(true);
      expect((await readFile(join(root, d, 'lock.pid'), 'utf8')).split('\n')[0]).toBe(String(daemon!.pid));
    }
  });

  it('writes and reads chunks, including 4 MiB payloads, on both targets in parallel', async () => {
    const big = randomBytes(4 * 1024 * 1024);
    const small = Buffer.from('small chunk data');
    const w = await Promise.all([
      client.call(Rpc.writeChunk, { entryId: A, targetId: 101, offset: 0 }, { payload: big }),
      client.call(Rpc.writeChunk, { entryId: A, targetId: 102, offset: 0 }, { payload: small }),
    ]);
    expect(w.map((r) => r.written)).toEqual([big.length, small.length]);
    const [r1, r2] = await Promise.all([
      client.callRaw(Rpc.readChunk, { entryId: A, targetId: 101, offset: 0, length: big.length }),
      client.callRaw(Rpc.readChunk, { entryId: A, targetId: 102, offset: 4, length: 1000 }),
    ]);
    expect(r1.resp.length).toBe(big.length);
    expect(Buffer.compare(Buffer.from(r1.payload!), big)).toBe(0);
    expect(Buffer.from(r2.payload!).toString()).toBe('l chunk data');
  });

  it('reads a hole as zeros and reads short past the end or on a missing chunk', async () => {
    await client.call(Rpc.writeChunk, { entryId: B, targetId: 101, offset: 1 << 20 }, { payload: Buffer.from('end') });
    const hole = await client.callRaw(Rpc.readChunk, { entryId: B, targetId: 101, offset: 4096, length: 8192 });
    expect(hole.resp.length).toBe(8192);
    expect(Buffer.from(hole.payload!).every((b) => b === 0)).toBe(true);
    const tail = await client.callRaw(Rpc.readChunk, { entryId: B, targetId: 101, offset: (1 << 20) + 1, length: 100 });
    expect(Buffer.from(tail.payload!).toString()).toBe('nd');
    const missing = await client.callRaw(Rpc.readChunk, { entryId: B, targetId: 102, offset: 0, length: 100 });
    expect(missing.resp.length).toBe(0);
    expect(missing.payload?.length ?? 0).toBe(0);
  });

  it('truncates, reports lengths per target and unlinks', async () => {
    await client.call(Rpc.truncateChunk, { entryId: A, targetId: 101, length: 1000 });
    await client.call(Rpc.truncateChunk, { entryId: A, targetId: 102, length: 5000 });
    await client.call(Rpc.fsyncChunk, { entryId: A, targetId: 102 });
    expect((await client.call(Rpc.getChunkLengths, { entryId: A, targetIds: [101, 102] })).lengths).toEqual([1000, 5000]);
    expect((await client.call(Rpc.unlinkChunk, { entryId: A, targetId: 102 })).existed).toBe(true);
    expect((await client.call(Rpc.unlinkChunk, { entryId: A, targetId: 102 })).existed).toBe(false);
    expect((await client.call(Rpc.getChunkLengths, { entryId: A, targetIds: [102, 101] })).lengths).toEqual([0, 1000]);
  });

  it('reports the blocks a chunk file holds in writeChunk, truncateChunk and getChunkLengths replies (sparse files hold few)', async () => {
    const E = '5-64A0B0C0-1';
    const w1 = await client.call(Rpc.writeChunk, { entryId: E, targetId: 101, offset: 0 }, { payload: Buffer.alloc(256 * 1024, 1) });
    const path = join(root, 't1', (await listTree(join(root, 't1'))).find((p) => p.endsWith(`/${E}`))!);
    expect(Number(w1.blocks)).toBe((await stat(path)).blocks);
    expect(Number(w1.blocks)).toBeGreaterThanOrEqual(512);
    const w2 = await client.call(Rpc.writeChunk, { entryId: E, targetId: 101, offset: 5 * 2 ** 30 }, { payload: Buffer.alloc(4096, 2) });
    expect(Number(w2.blocks)).toBe((await stat(path)).blocks);
    expect(Number(w2.blocks)).toBeLessThan(Number(w1.blocks) + 64); // the 5 GiB hole holds nothing
    const t = await client.call(Rpc.truncateChunk, { entryId: E, targetId: 101, length: 4096 });
    expect(Number(t.blocks)).toBe((await stat(path)).blocks);
    expect(Number(t.blocks)).toBeLessThanOrEqual(16);
    expect(Number((await client.call(Rpc.truncateChunk, { entryId: E, targetId: 102, length: 2 ** 30 })).blocks)).toBe(0); // a hole only
    const l = await client.call(Rpc.getChunkLengths, { entryId: E, targetIds: [102, 101] });
    expect(l.lengths.map(Number)).toEqual([2 ** 30, 4096]);
    expect(l.blocks.map(Number)).toEqual([0, Number(t.blocks)]);
    const none = await client.call(Rpc.getChunkLengths, { entryId: '6-64A0B0C0-1', targetIds: [101, 102] });
    expect([none.lengths.map(Number), none.blocks.map(Number)]).toEqual([[0, 0], [0, 0]]);
  });

  it('unlinkChunks removes many chunk files in one request and answers each on its own', async () => {
    const C = '3-64A0B0C0-1';
    const D = '4-64A0B0C0-1';
    await client.call(Rpc.writeChunk, { entryId: C, targetId: 101, offset: 0 }, { payload: Buffer.from('c') });
    await client.call(Rpc.writeChunk, { entryId: D, targetId: 102, offset: 0 }, { payload: Buffer.from('d') });
    const r = await client.call(Rpc.unlinkChunks, {
      chunks: [
        { entryId: C, targetId: 101 }, { entryId: C, targetId: 102 }, { entryId: '../../escape', targetId: 101 },
        { entryId: D, targetId: 999 }, { entryId: D, targetId: 102 },
      ],
    });
    expect(r.results.map((x) => [x.existed, x.code])).toEqual([[true, 0], [false, 0], [false, ErrCode.BAD_ENTRY_ID], [false, ErrCode.UNKNOWN_TARGET], [true, 0]]);
    expect((await client.call(Rpc.getChunkLengths, { entryId: C, targetIds: [101] })).lengths).toEqual([0]);
    expect((await client.call(Rpc.getChunkLengths, { entryId: D, targetIds: [102] })).lengths).toEqual([0]);
    const tooMany = Array.from({ length: 1025 }, () => ({ entryId: C, targetId: 101 }));
    expect(await codeOf(client.call(Rpc.unlinkChunks, { chunks: tooMany }))).toBe(ErrCode.INVALID_ARGUMENT);
  });

  it('refuses bad entry ids with BAD_ENTRY_ID and creates nothing anywhere', async () => {
    const before = await listTree(root);
    for (const entryId of ['../../escape', '../t2/x', '/tmp/evil', '..', 'root', '1-2-3/../../x', '']) {
      expect(await codeOf(client.call(Rpc.writeChunk, { entryId, targetId: 101, offset: 0 }, { payload: Buffer.from('evil') }))).toBe(ErrCode.BAD_ENTRY_ID);
      expect(await codeOf(client.call(Rpc.truncateChunk, { entryId, targetId: 101, length: 10 }))).toBe(ErrCode.BAD_ENTRY_ID);
      expect(await codeOf(client.call(Rpc.readChunk, { entryId, targetId: 101, offset: 0, length: 10 }))).toBe(ErrCode.BAD_ENTRY_ID);
    }
    expect(await listTree(root)).toEqual(before);
  });

  it('refuses unknown targets, oversized reads and impossible offsets, and keeps serving', async () => {
    expect(await codeOf(client.call(Rpc.writeChunk, { entryId: A, targetId: 999, offset: 0 }, { payload: Buffer.from('x') }))).toBe(ErrCode.UNKNOWN_TARGET);
    expect(await codeOf(client.call(Rpc.getChunkLengths, { entryId: A, targetIds: [101, 999] }))).toBe(ErrCode.UNKNOWN_TARGET);
    expect(await codeOf(client.call(Rpc.statTargets, { targetIds: [0] }))).toBe(ErrCode.UNKNOWN_TARGET);
    const e = await client.call(Rpc.readChunk, { entryId: A, targetId: 101, offset: 0, length: 9 * 1024 * 1024 }).catch((x: HiveError) => x);
    expect(e).toMatchObject({ code: ErrCode.INVALID_ARGUMENT, message: expect.stringContaining('exceeds the limit') });
    expect(await codeOf(client.call(Rpc.writeChunk, { entryId: A, targetId: 101, offset: 2 ** 60 }, { payload: Buffer.from('x') }))).toBe(ErrCode.INVALID_ARGUMENT);
    expect((await client.call(Rpc.getChunkLengths, { entryId: A, targetIds: [101] })).lengths).toEqual([1000]);
  });

  it('reports target space over statTargets and in heartbeats to mgmtd', async () => {
    const st = await client.call(Rpc.statTargets, { targetIds: [] });
    expect(st.targets.map((t) => t.targetId)).toEqual([101, 102]);
    expect(st.targets[0]!.totalBytes).toBeGreaterThan(0);
    // both targets are on one file system: one id, and its use without the root reserve
    const fs = await statfs(join(root, 't1'));
    expect(st.targets[0]!.fsId).toMatch(/^.+:\d+$/);
    expect(st.targets[1]!.fsId).toBe(st.targets[0]!.fsId);
    expect(Math.abs(Number(st.targets[0]!.usedBytes) - (fs.blocks - fs.bfree) * fs.bsize)).toBeLessThan(fs.blocks * fs.bsize * 0.01);
    const hb = (await waitFor(() => mgmtd.heartbeats.find((h) => h.targets.length === 2), { timeoutMs: 20_000, what: 'a heartbeat' }))!;
    expect(hb.nodeId).toBe(1);
    for (const t of hb.targets) {
      expect(t.totalBytes).toBeGreaterThan(0);
      expect(t.freeBytes).toBeLessThanOrEqual(Number(t.totalBytes));
      expect(t.totalInodes).toBeGreaterThan(0);
      expect(t.fsId).toBe(st.targets[0]!.fsId);
      expect(Number(t.usedBytes)).toBeGreaterThan(0);
    }
  });

  it('registers again when mgmtd answers UNKNOWN_NODE', async () => {
    const calls = mgmtd.registerNodeCalls;
    mgmtd.forget();
    await waitFor(() => mgmtd.nodes.has(1) && mgmtd.targets.get(101) === 1 && mgmtd.targets.get(102) === 1, { timeoutMs: 20_000, what: 're-registration' });
    expect(mgmtd.registerNodeCalls).toBeGreaterThan(calls);
    const n = mgmtd.heartbeats.length;
    await waitFor(() => mgmtd.heartbeats.length > n, { timeoutMs: 20_000, what: 'heartbeats after re-registration' });
  });

  it('refuses a second daemon on the same targets, naming the lock holder', async () => {
    const second = spawnStorage(daemonArgs(root, mgmtd.port, [`--storeStorageDirectory=${join(root, 't2')}`]));
    others.push(second);
    const { code } = await second.exit;
    expect(code).toBe(1);
    expect(second.stderr()).toContain(`hivefs-storage: target 102 (${join(root, 't2')}) is in use by process ${daemon!.pid} (`);
    expect(second.lines.some((l) => l.msg === 'ready')).toBe(false);
  });

  it('after SIGKILL, a restarted daemon takes over the stale locks and the data is intact', async () => {
    const oldPid = daemon!.pid;
    await killDaemon(daemon);
    expect((await readFile(join(root, 't1', 'lock.pid'), 'utf8')).split('\n')[0]).toBe(String(oldPid));
    daemon = spawnStorage(daemonArgs(root, mgmtd.port, [`--cfgFile=${join(root, 'hivefs-storage.conf')}`, `--storeStorageDirectory=${join(root, 't1')},${join(root, 't2')}`]));
    const ready = await daemon.waitLine((l) => l.msg === 'ready', 'ready after restart');
    expect(ready).toMatchObject({ nodeId: 1, targets: [101, 102] });
    expect(daemon.lines.filter((l) => String(l.msg).includes('stale lock')).length).toBe(2);
    client.close();
    client = new RpcClient({ host: '127.0.0.1', port: ready.port as number, secret, timeoutMs: 20_000 });
    expect((await client.call(Rpc.getChunkLengths, { entryId: A, targetIds: [101, 102] })).lengths).toEqual([1000, 0]);
    const r = await client.callRaw(Rpc.readChunk, { entryId: B, targetId: 101, offset: 1 << 20, length: 10 });
    expect(Buffer.from(r.payload!).toString()).toBe('end');
  });
});
