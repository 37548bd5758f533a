// hivefs-mgmtd as a real process: registration, heartbeats, timeouts, SIGKILL + restart, setup, bad config.
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateAuthSecret, loadAuthSecret } from '@hivefs/common';
import { removeDir, tmpDir, waitFor } from '@hivefs/common/testing';
import { Rpc, RpcClient, hivefs } from '@hivefs/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killPid, spawnBin, waitReady, type Spawned } from './process.js';

const N = hivefs.NodeType;
const R = hivefs.Reachability;

let dir: string;
let conf: string;
let secret: Buffer;
const spawned: Spawned[] = [];
const clients: RpcClient[] = [];
let heartbeats: NodeJS.Timeout | undefined;

beforeAll(async () => {
  dir = await tmpDir('hivefs-mgmtd-proc-');
  conf = join(dir, 'etc', 'hivefs-mgmtd.conf');
  await generateAuthSecret(join(dir, 'auth.secret'));
  secret = (await loadAuthSecret({ connAuthFile: join(dir, 'auth.secret'), connDisableAuthentication: false }))!;
  const setup = run('hivefs-setup-mgmtd', ['-p', join(dir, 'data'), '-c', conf]);
  expect(await setup.exited, setup.stderr()).toBe(0);
  const keys = { connMgmtdPort: 0, connListenHost: '127.0.0.1', connAuthFile: join(dir, 'auth.secret'), sysTargetProbablyOfflineSecs: 1, sysTargetOfflineTimeoutSecs: 2, sysPrimaryLeaseSecs: 1 };
  await appendFile(conf, Object.entries(keys).map(([k, v]) => `${k} = ${v}\n`).join(''));
});

afterAll(async () => {
  clearInterval(heartbeats);
  for (const c of clients) c.close();
  for (const s of spawned) await killPid(s);
  await removeDir(dir);
});

function run(bin: string, args: string[]): Spawned {
  const s = spawnBin(bin, args);
  spawned.push(s);
  return s;
}

async function startDaemon(...flags: string[]): Promise<{ d: Spawned; client: RpcClient }> {
  const d = run('hivefs-mgmtd', [`--cfgFile=${conf}`, ...flags]);
  const port = await waitReady(d);
  const client = new RpcClient({ host: '127.0.0.1', port, secret, timeoutMs: 10_000 });
  clients.push(client);
  return { d, client };
}

const getMap = async (c: RpcClient) => (await c.call(Rpc.getMap, {})).map as hivefs.ClusterMap;
const targetStates = async (c: RpcClient) => (await getMap(c)).targets.map((t) => [t.targetId, t.reachability]);

/** Heartbeats every 250 ms, like a storage daemon would. */
function startHeartbeats(c: RpcClient, nodeId: number, targetIds: number[]): void {
  clearInterval(heartbeats);
  const targets = targetIds.map((targetId) => ({ targetId, totalBytes: 100e9, freeBytes: 50e9, totalInodes: 1e8, freeInodes: 5e7 }));
  heartbeats = setInterval(() => void c.call(Rpc.heartbeat, { type: N.STORAGE, nodeId, targets }).catch(() => undefined), 250);
}

/** The log line announcing a reachability change of a storage target. */
const transition = (d: Spawned, targetId: number, change: string) => () =>
  d.lines.find((l) => typeof l.msg === 'string' && l.msg === `storage target ${targetId}: ${change}`);

describe('hivefs-mgmtd process', () => {
  let nodeId = 0;
  let targetIds: number[] = [];
  let lastVersion = 0;
  let first: { d: Spawned; client: RpcClient };

  it('registers a storage node with two targets and sees them Online while they heartbeat', async () => {
    first = await startDaemon();
    const c = first.client;
    nodeId = (await c.call(Rpc.registerNode, { type: N.STORAGE, alias: 'storage01', addrs: [{ host: '127.0.0.1', port: 9003 }], hostname: 'test', pid: process.pid })).nodeId;
    targetIds = [(await c.call(Rpc.registerTarget, { nodeId })).targetId, (await c.call(Rpc.registerTarget, { nodeId })).targetId];
    expect(nodeId).toBe(1);
    expect(targetIds).toEqual([1, 2]);
    startHeartbeats(c, nodeId, targetIds);
    await waitFor(async () => (await getMap(c)).targets.every((t) => t.capacityPool === hivefs.CapacityPool.NORMAL), { what: 'space reports', timeoutMs: 10_000 });
    expect(await targetStates(c)).toEqual([[1, R.ONLINE], [2, R.ONLINE]]);
  });

  it('marks targets Probably-offline, then Offline, once heartbeats stop, bumping the map version', async () => {
    const { d, client } = first;
    const before = (await getMap(client)).version;
    clearInterval(heartbeats);
    for (const t of targetIds) {
      const probably = (await waitFor(transition(d, t, 'Online -> Probably-offline'), { what: `target ${t} Probably-offline`, timeoutMs: 15_000 }))!;
      const offline = (await waitFor(transition(d, t, 'Probably-offline -> Offline'), { what: `target ${t} Offline`, timeoutMs: 15_000 }))!;
      expect(probably.mapVersion as number).toBeGreaterThan(before);
      expect(offline.mapVersion as number).toBeGreaterThan(probably.mapVersion as number);
    }
    const map = await getMap(client);
    expect(map.targets.map((t) => t.reachability)).toEqual([R.OFFLINE, R.OFFLINE]);
    expect(map.nodes.map((n) => [n.nodeId, n.reachability])).toEqual([[nodeId, R.OFFLINE]]);
    lastVersion = map.version;
  });

  it('after SIGKILL and a restart keeps the ids, starts targets Probably-offline and brings them Online with heartbeats', async () => {
    await killPid(first.d, 'SIGKILL');
    const { client } = await startDaemon('--sysTargetOfflineTimeoutSecs=10');
    const map = await getMap(client);
    expect(map.version).toBeGreaterThan(lastVersion);
    expect(map.nodes.map((n) => [n.type, n.nodeId, n.alias])).toEqual([[N.STORAGE, nodeId, 'storage01']]);
    expect(map.targets.map((t) => [t.targetId, t.nodeId, t.reachability])).toEqual([[1, nodeId, R.PROBABLY_OFFLINE], [2, nodeId, R.PROBABLY_OFFLINE]]);
    startHeartbeats(client, nodeId, targetIds);
    await waitFor(async () => (await targetStates(client)).every(([, r]) => r === R.ONLINE), { what: 'targets Online again', timeoutMs: 15_000 });
    expect((await getMap(client)).version).toBeGreaterThan(map.version);
    clearInterval(heartbeats);
  });

  it('hivefs-setup-mgmtd refuses a directory of another service, and so does the daemon', async () => {
    const other = join(dir, 'meta-data');
    await mkdir(other);
    await writeFile(join(other, 'format.conf'), 'fsType=hivefs\nformatVersion=1\nservice=meta\nnodeNumID=1\n');
    const setup = run('hivefs-setup-mgmtd', ['-p', other, '-c', join(dir, 'other.conf')]);
    expect(await setup.exited).toBe(1);
    expect(setup.stderr()).toContain(`${other} is formatted for service 'meta', not 'mgmtd'`);
    const d = run('hivefs-mgmtd', [`--cfgFile=${conf}`, `--storeMgmtdDirectory=${other}`]);
    expect(await d.exited).toBe(1);
    expect(d.stderr()).toMatch(/^hivefs-mgmtd: .*formatted for service 'meta'/);
    expect(await readFile(join(other, 'format.conf'), 'utf8')).toContain('service=meta');
  });

  it('exits 1 with a message naming the key and the file for a bad config key', async () => {
    const bad = join(dir, 'bad.conf');
    await writeFile(bad, `${await readFile(conf, 'utf8')}sysNoSuchKey = 1\n`);
    const d = run('hivefs-mgmtd', [`--cfgFile=${bad}`]);
    expect(await d.exited).toBe(1);
    expect(d.stderr()).toMatch(/^hivefs-mgmtd: /);
    expect(d.stderr()).toContain("'sysNoSuchKey'");
    expect(d.stderr()).toContain(bad);
    const worse = join(dir, 'worse.conf');
    await writeFile(worse, `${await readFile(conf, 'utf8')}sysTargetOfflineTimeoutSecs = 0.5\n`);
    const d2 = run('hivefs-mgmtd', [`--cfgFile=${worse}`]);
    expect(await d2.exited).toBe(1);
    expect(d2.stderr()).toContain('sysTargetOfflineTimeoutSecs');
    expect(d2.stderr()).toContain(worse);
  });
});
