// startMgmtd in-process: real TCP on 127.0.0.1, real LevelDB in a temp dir, injected clock.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import { removeDir, tmpDir, waitFor } from '@hivefs/common/testing';
import { ErrCode, HiveError, Rpc, RpcClient, hivefs } from '@hivefs/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMgmtd, type RunningMgmtd } from './app.js';
import { ManualClock } from './clock.js';
import { defaultMgmtdConfig, type MgmtdConfig } from './config.js';
import { FAST, silentLog, space, storageNode } from './test-fixtures.js';

const N = hivefs.NodeType;
const secret = randomBytes(32);
let root: string;
const running: RunningMgmtd[] = [];
const clients: RpcClient[] = [];

beforeAll(async () => {
  root = await tmpDir('hivefs-mgmtd-app-');
});
afterAll(async () => {
  for (const c of clients) c.close();
  for (const m of running) await m.stop().catch(() => undefined);
  await removeDir(root);
});

const mapOf = async (c: RpcClient) => (await c.call(Rpc.getMap, {})).map as hivefs.ClusterMap;

function config(dir: string, extra: Partial<MgmtdConfig> = {}): MgmtdConfig {
  return defaultMgmtdConfig({ ...FAST, storeMgmtdDirectory: join(root, dir), connMgmtdPort: 0, connListenHost: '127.0.0.1', ...extra });
}

async function start(dir: string, clock?: ManualClock, extra: Partial<MgmtdConfig> = {}) {
  const m = await startMgmtd(config(dir, extra), { log: silentLog(), secret, checkIntervalMs: 20, ...(clock ? { clock } : {}) });
  running.push(m);
  const client = new RpcClient({ host: '127.0.0.1', port: m.port, secret, timeoutMs: 10_000 });
  clients.push(client);
  return { m, client };
}

describe('startMgmtd', () => {
  it('serves registrations and the map over TCP and stamps its map version into replies', async () => {
    const { client } = await start('serve');
    const { nodeId } = await client.call(Rpc.registerNode, storageNode('s1'));
    const reg = await client.callRaw(Rpc.registerTarget, { nodeId });
    expect(reg.mapVersion).toBe(reg.resp.mapVersion);
    const { map } = await client.call(Rpc.getMap, {});
    expect(map?.version).toBe(reg.resp.mapVersion);
    expect(map?.nodes?.map((n) => [n.alias, n.reachability])).toEqual([['s1', hivefs.Reachability.ONLINE]]);
    expect(map?.pools?.[0]).toMatchObject({ poolId: 1, alias: 'Default', targetIds: [reg.resp.targetId] });
    expect(await readFile(join(root, 'serve', 'format.conf'), 'utf8')).toContain('service=mgmtd');
  });

  it('answers bad input with an error code and keeps serving', async () => {
    const { client } = await start('bad-input');
    const err = await client.call(Rpc.registerNode, { type: 99 as hivefs.NodeType, addrs: [] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HiveError);
    expect((err as HiveError).code).toBe(ErrCode.INVALID_ARGUMENT);
    const hb = await client.call(Rpc.heartbeat, { type: N.STORAGE, nodeId: 5 }).catch((e: unknown) => e);
    expect((hb as HiveError).code).toBe(ErrCode.UNKNOWN_NODE);
    expect((await client.call(Rpc.getMap, {})).map?.nodes).toEqual([]);
  });

  it('survives garbage on a connection and keeps serving others', async () => {
    const { m, client } = await start('garbage');
    const sock = connect(m.port, '127.0.0.1');
    sock.on('error', () => undefined);
    sock.resume();
    await new Promise((res) => sock.once('connect', res));
    sock.write(randomBytes(4096));
    await new Promise((res) => sock.once('close', res));
    expect((await mapOf(client)).version).toBeGreaterThan(0);
  });

  it('assigns distinct ids to concurrent registrations', async () => {
    const { client } = await start('concurrent');
    const ids = await Promise.all(Array.from({ length: 12 }, (_, i) => client.call(Rpc.registerNode, storageNode(`s${i}`)).then((r) => r.nodeId)));
    expect([...ids].sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('publishes timeouts from its timer and keeps ids across a restart on the same directory', async () => {
    const clock = new ManualClock();
    const first = await start('restart', clock);
    const { nodeId } = await first.client.call(Rpc.registerNode, storageNode('s1'));
    const { targetId } = await first.client.call(Rpc.registerTarget, { nodeId });
    await first.client.call(Rpc.heartbeat, { type: N.STORAGE, nodeId, targets: [space(targetId)] });
    const v = (await mapOf(first.client)).version;
    clock.advance(2000);
    await waitFor(async () => (await mapOf(first.client)).targets[0]?.reachability === hivefs.Reachability.OFFLINE, { what: 'target Offline', timeoutMs: 10_000 });
    expect((await mapOf(first.client)).version).toBeGreaterThan(v);
    await expect(startMgmtd(config('restart'), { log: silentLog(), secret })).rejects.toThrow(/in use by another process/);
    await first.m.stop();
    const second = await start('restart', clock);
    const map = await mapOf(second.client);
    expect(map.nodes?.map((n) => [n.nodeId, n.alias])).toEqual([[nodeId, 's1']]);
    expect(map.targets?.map((t) => [t.targetId, t.reachability])).toEqual([[targetId, hivefs.Reachability.PROBABLY_OFFLINE]]);
  });

  it('refuses a data directory formatted for another service', async () => {
    const dir = join(root, 'storage-dir');
    await mkdir(dir);
    await writeFile(join(dir, 'format.conf'), 'fsType=hivefs\nformatVersion=1\nservice=storage\n');
    await expect(startMgmtd(config('storage-dir'), { log: silentLog(), secret })).rejects.toThrow(/formatted for service 'storage', not 'mgmtd'/);
  });
});
