// Process test of hivefs-meta: the real daemon over real TCP and LevelDB, against in-test
// stand-ins for mgmtd and one storage node.
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, tmpDir, waitFor } from '@hivefs/common/testing';
import { chunkFileLength, ErrCode, hivefs, Rpc, RpcClient, toErrno } from '@hivefs/protocol';
import { constants } from 'node:os';
import { killDaemon, spawnMeta, waitForLine, type Daemon } from './spawn-daemon.js';
import { MgmtdStandIn, StorageStandIn, TARGET_SPACE } from './stand-ins.js';

const ROOT = { uid: 0, gid: 0, gids: [] };
const USER = { uid: 1000, gid: 1000, gids: [] };
const CHUNK = 128 * 1024;
const O_CREAT_RDWR = 0o100 | 2;
const code = (c: ErrCode) => expect.objectContaining({ code: c });
/** The start-seconds part of an entry id. */
const startSecsOf = (id: string) => parseInt(id.split('-')[1]!, 16);

describe('hivefs-meta process', () => {
  let dir = '';
  let secret: Buffer;
  let secretFile = '';
  let storage: StorageStandIn;
  let mgmtd: MgmtdStandIn;
  const daemons: Daemon[] = [];
  const clients: RpcClient[] = [];
  let meta: RpcClient;
  let ready: Record<string, unknown>;

  const flags = () => ({
    storeMetaDirectory: join(dir, 'meta'), connMetaPort: 0, connListenHost: '127.0.0.1', sysMgmtdHost: '127.0.0.1', connMgmtdPort: mgmtd.port,
    connAuthFile: secretFile, sysHeartbeatIntervalSecs: 0.2, sysNodeAlias: 'meta01', tuneTargetChooser: 'roundrobin', tuneDefaultChunkSize: '128k', tuneDefaultNumTargets: 2,
  });
  const start = () => {
    const d = spawnMeta(flags());
    daemons.push(d);
    return d;
  };
  const connect = (port: number) => {
    const c = new RpcClient({ host: '127.0.0.1', port, secret, timeoutMs: 10_000 });
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    dir = await tmpDir('hivefs-meta-test-');
    // text, as secret files are: the daemon trims trailing whitespace from the file, so raw random
    // bytes that happen to end in one (about 1 run in 40) would differ from this copy
    secret = Buffer.from(randomBytes(32).toString('base64'));
    secretFile = join(dir, 'auth.secret');
    await writeFile(secretFile, secret, { mode: 0o600 });
    storage = new StorageStandIn(secret);
    await storage.start();
    mgmtd = new MgmtdStandIn(secret, storage.port);
    await mgmtd.start();
    const d = start();
    ready = await waitForLine(d, (l) => l.msg === 'ready', 'the ready line');
    meta = connect(ready.port as number);
  });

  afterAll(async () => {
    for (const c of clients) c.close();
    for (const d of daemons) await killDaemon(d);
    await mgmtd?.close();
    await storage?.close();
    if (dir) await removeDir(dir);
  });

  it('formats the empty dir, registers, persists the assigned node id and logs ready', async () => {
    expect(ready).toMatchObject({ service: 'meta', nodeId: 7, port: expect.any(Number) });
    const first = mgmtd.registrations[0]!;
    expect(first).toMatchObject({ type: hivefs.NodeType.META, nodeId: 0, alias: 'meta01' });
    expect(first.addrs).toEqual([{ host: '127.0.0.1', port: ready.port }]);
    const format = await readFile(join(dir, 'meta', 'format.conf'), 'utf8');
    expect(format).toMatch(/^service=meta$/m);
    expect(format).toMatch(/^nodeNumID=7$/m);
  });

  it('heartbeats carry the space of its store as target = node id', async () => {
    const hb = await waitFor(() => mgmtd.heartbeats[1], { what: 'two heartbeats', timeoutMs: 10_000 });
    expect(hb).toMatchObject({ type: hivefs.NodeType.META, nodeId: 7 });
    expect(hb.targets).toHaveLength(1);
    const t = hb.targets![0]!;
    expect(t.targetId).toBe(7);
    expect(Number(t.totalBytes)).toBeGreaterThan(0);
    expect(Number(t.freeBytes)).toBeLessThanOrEqual(Number(t.totalBytes));
  });

  it('serves mkdir, create, lookup, readdir, rename and unlink', async () => {
    const docs = (await meta.call(Rpc.mkdir, { cred: ROOT, parentId: 'root', name: 'docs', mode: 0o755 })).attr!;
    const created = await meta.call(Rpc.create, { cred: ROOT, parentId: docs.entryId, name: 'a.txt', mode: 0o644, flags: O_CREAT_RDWR, clientId: 3, open: true });
    expect(created.created).toBe(true);
    expect(created.attr!.pattern).toMatchObject({ chunkSize: CHUNK, numTargets: 2, ids: [101, 102] });
    await meta.call(Rpc.close, { entryId: created.attr!.entryId, handleId: created.handleId, clientId: 3, sizeHint: 1000, mtime: { sec: 1_700_000_000, nsec: 0 } });
    expect((await meta.call(Rpc.lookup, { cred: ROOT, parentId: docs.entryId, name: 'a.txt' })).attr).toMatchObject({ size: 1000, entryId: created.attr!.entryId });
    expect((await meta.call(Rpc.readdir, { cred: ROOT, dirId: docs.entryId, limit: 10 })).entries.map((e) => e.name)).toEqual(['a.txt']);
    await meta.call(Rpc.rename, { cred: ROOT, srcParentId: docs.entryId, srcName: 'a.txt', dstParentId: 'root', dstName: 'b.txt' });
    const rootList = await meta.call(Rpc.readdir, { cred: ROOT, dirId: 'root', withAttrs: true });
    expect(rootList.entries.map((e) => [e.name, e.attr?.entryId])).toEqual([['b.txt', created.attr!.entryId], ['docs', docs.entryId]]);
    expect(rootList.eof).toBe(true);
    await meta.call(Rpc.unlink, { cred: ROOT, parentId: 'root', name: 'b.txt' });
    await expect(meta.call(Rpc.lookup, { cred: ROOT, parentId: 'root', name: 'b.txt' })).rejects.toEqual(code(ErrCode.NOT_FOUND));
    // Chunk files are removed in the background after the unlink answered.
    await waitFor(() => storage.unlinks.filter((u) => u.entryId === created.attr!.entryId).length === 2, { timeoutMs: 10_000, what: 'chunk removal on both targets' });
    expect(storage.unlinks.filter((u) => u.entryId === created.attr!.entryId).map((u) => u.targetId).sort()).toEqual([101, 102]);
  });

  it("replies to namespace changes carry the parent directory's attributes after the change", async () => {
    const dirOf = async (entryId: string | null | undefined) => (await meta.call(Rpc.getAttr, { cred: ROOT, entryId: entryId ?? '' })).attr!;
    const p = (await meta.call(Rpc.mkdir, { cred: ROOT, parentId: 'root', name: 'wcc', mode: 0o755 })).attr!;
    const q = (await meta.call(Rpc.mkdir, { cred: ROOT, parentId: 'root', name: 'wcc2', mode: 0o755 })).attr!;
    const mk = await meta.call(Rpc.mkdir, { cred: ROOT, parentId: p.entryId, name: 'sub', mode: 0o755 });
    expect(mk.parent).toEqual(await dirOf(p.entryId));
    expect(mk.parent).toMatchObject({ entryId: p.entryId, nlink: 3 });
    const cr = await meta.call(Rpc.create, { cred: ROOT, parentId: p.entryId, name: 'f', mode: 0o644, flags: O_CREAT_RDWR, clientId: 3, open: false });
    expect(cr.parent).toEqual(await dirOf(p.entryId));
    const again = await meta.call(Rpc.create, { cred: ROOT, parentId: p.entryId, name: 'f', mode: 0o644, flags: O_CREAT_RDWR, clientId: 3, open: false });
    expect(again.created).toBe(false);
    expect(again.parent).toBeFalsy(); // nothing changed in the directory
    const sl = await meta.call(Rpc.symlink, { cred: ROOT, parentId: p.entryId, name: 'l', target: 'f' });
    expect(sl.parent).toEqual(await dirOf(p.entryId));
    const ln = await meta.call(Rpc.link, { cred: ROOT, entryId: cr.attr!.entryId, newParentId: q.entryId, newName: 'f2' });
    expect(ln.parent).toEqual(await dirOf(q.entryId));
    const rn = await meta.call(Rpc.rename, { cred: ROOT, srcParentId: p.entryId, srcName: 'l', dstParentId: q.entryId, dstName: 'l2' });
    expect(rn.srcParent).toEqual(await dirOf(p.entryId));
    expect(rn.dstParent).toEqual(await dirOf(q.entryId));
    const before = await dirOf(p.entryId);
    const ul = await meta.call(Rpc.unlink, { cred: ROOT, parentId: p.entryId, name: 'f' });
    expect(ul.parent).toEqual(await dirOf(p.entryId));
    expect(ul.parent!.mtime).not.toEqual(before.mtime);
    const rd = await meta.call(Rpc.rmdir, { cred: ROOT, parentId: p.entryId, name: 'sub' });
    expect(rd.parent).toMatchObject({ entryId: p.entryId, nlink: 2 });
  });

  it('denies a non-root user without permission (EACCES)', async () => {
    const err = await meta.call(Rpc.mkdir, { cred: USER, parentId: 'root', name: 'mine', mode: 0o755 }).catch((e: unknown) => e);
    expect(err).toEqual(code(ErrCode.ACCESS_DENIED));
    expect(toErrno((err as { code: number }).code)).toBe(constants.errno.EACCES);
  });

  it('answers malformed requests with error codes and keeps running', async () => {
    await expect(meta.call(Rpc.getAttr, { cred: ROOT, entryId: '../../etc/passwd' })).rejects.toEqual(code(ErrCode.BAD_ENTRY_ID));
    await expect(meta.call(Rpc.mkdir, { cred: ROOT, parentId: 'root', name: 'a/b', mode: 0o755 })).rejects.toEqual(code(ErrCode.INVALID_NAME));
    await expect(meta.call(Rpc.mkdir, { cred: ROOT, parentId: 'root', name: 'n'.repeat(256), mode: 0o755 })).rejects.toEqual(code(ErrCode.NAME_TOO_LONG));
    await expect(meta.call(Rpc.lookup, { parentId: 'root', name: 'docs' })).rejects.toEqual(code(ErrCode.INVALID_ARGUMENT));
    await expect(meta.call(Rpc.close, { entryId: 'root', handleId: 5, clientId: 1 })).rejects.toEqual(code(ErrCode.BAD_HANDLE));
    expect(daemons[0]!.exitCode).toBeUndefined();
    expect((await meta.call(Rpc.lookup, { cred: ROOT, parentId: 'root', name: 'docs' })).attr!.type).toBe(hivefs.EntryType.DIRECTORY);
  });

  it('statFs sums the storage targets', async () => {
    const sum = (k: keyof (typeof TARGET_SPACE)[number]) => TARGET_SPACE.reduce((n, t) => n + t[k], 0);
    expect(await meta.call(Rpc.statFs, {})).toEqual(expect.objectContaining({
      totalBytes: sum('totalBytes'), freeBytes: sum('freeBytes'), totalInodes: sum('totalInodes'), freeInodes: sum('freeInodes'), numTargets: 2,
    }));
  });

  it('setattr size truncates the chunk files on the storage node', async () => {
    const f = (await meta.call(Rpc.create, { cred: ROOT, parentId: 'root', name: 'trunc', mode: 0o644, flags: O_CREAT_RDWR, clientId: 3 })).attr!;
    const size = 300 * 1024;
    const a = (await meta.call(Rpc.setAttr, { cred: ROOT, entryId: f.entryId, valid: 8, size })).attr!;
    expect(a.size).toBe(size);
    const calls = storage.truncates.filter((t) => t.entryId === f.entryId);
    expect(calls.map((c) => [c.targetId, Number(c.length)]).sort()).toEqual(f.pattern!.ids!.map((t, i) => [t, chunkFileLength(size, CHUNK, 2, i)]).sort());
  });

  it('refreshes its map when a heartbeat reply carries a newer version', async () => {
    const before = mgmtd.getMaps;
    mgmtd.version = 2;
    await waitFor(() => mgmtd.getMaps > before, { what: 'a map refresh', timeoutMs: 10_000 });
  });

  it('registers again when mgmtd no longer knows it', async () => {
    const n = mgmtd.registrations.length;
    mgmtd.forgetNode = true;
    const again = await waitFor(() => mgmtd.registrations[n], { what: 're-registration', timeoutMs: 10_000 });
    expect(again).toMatchObject({ type: hivefs.NodeType.META, nodeId: 7 });
  });

  it('after SIGKILL restarts on the same dir (waiting for mgmtd) with namespace, patterns and ids intact', async () => {
    const docs = (await meta.call(Rpc.lookup, { cred: ROOT, parentId: 'root', name: 'docs' })).attr!;
    await meta.call(Rpc.setPattern, { cred: ROOT, entryId: docs.entryId, pattern: { type: hivefs.PatternType.RAID0, chunkSize: 256 * 1024, numTargets: 1 } });
    const kept = (await meta.call(Rpc.create, { cred: ROOT, parentId: docs.entryId, name: 'kept', mode: 0o600, flags: O_CREAT_RDWR, clientId: 3 })).attr!;
    await killDaemon(daemons[0]!, 'SIGKILL');
    const mgmtdPort = mgmtd.port;
    await mgmtd.close();

    const d = start();
    await waitForLine(d, (l) => l.msg === 'registerNode: mgmtd not answering; retrying', 'a registration retry');
    await mgmtd.start(mgmtdPort);
    const again = await waitForLine(d, (l) => l.msg === 'ready', 'the second ready line');
    expect(again.nodeId).toBe(7);
    expect(mgmtd.registrations.at(-1)).toMatchObject({ nodeId: 7 });

    const c = connect(again.port as number);
    const docs2 = (await c.call(Rpc.lookup, { cred: ROOT, parentId: 'root', name: 'docs' })).attr!;
    expect(docs2).toMatchObject({ entryId: docs.entryId, ino: docs.ino, nlink: 2 });
    expect(docs2.pattern).toMatchObject({ chunkSize: 256 * 1024, numTargets: 1 });
    expect((await c.call(Rpc.lookup, { cred: ROOT, parentId: docs.entryId, name: 'kept' })).attr).toMatchObject({ entryId: kept.entryId, mode: 0o600 });
    const fresh = (await c.call(Rpc.create, { cred: ROOT, parentId: docs.entryId, name: 'fresh', mode: 0o644, flags: O_CREAT_RDWR, clientId: 3 })).attr!;
    expect(fresh.pattern).toMatchObject({ chunkSize: 256 * 1024, numTargets: 1 });
    expect(fresh.entryId).not.toBe(kept.entryId);
    expect(startSecsOf(fresh.entryId!)).toBeGreaterThan(startSecsOf(kept.entryId!));
    const names = (await c.call(Rpc.readdir, { cred: ROOT, dirId: docs.entryId })).entries.map((e) => e.name);
    expect(names).toEqual(['fresh', 'kept']);
  });

  it('stops cleanly on SIGTERM', async () => {
    const d = daemons.at(-1)!;
    const closed = new Promise<number | null>((r) => d.proc.once('close', (c) => r(c)));
    process.kill(d.pid, 'SIGTERM');
    expect(await closed).toBe(0);
    expect(d.lines.some((l) => l.msg === 'stopped')).toBe(true);
  });
});
