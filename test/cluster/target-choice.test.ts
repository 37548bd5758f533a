// Target choice for new files against real daemons: right after a storage daemon is killed (its
// targets Probably-offline) new files leave its targets out, and --getentryinfo says why a file
// has fewer targets than its directory's pattern asks for; the reason is logged once.
import { readFile } from 'node:fs/promises';
import { O, type Vfs } from '@hivefs/client-fuse';
import { createLogger } from '@hivefs/common';
import { waitFor } from '@hivefs/common/testing';
import { hivefs, MapView, Rpc } from '@hivefs/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { runCtl } from '../harness/ctl.js';
import { ROOT, connectVfs } from '../vfs/helpers.js';

const R = hivefs.Reachability;
let tc: TestCluster | undefined;
let vfs: Vfs | undefined;
let view: MapView | undefined;

beforeAll(async () => {
  // Probably-offline from 2 s to 8 s after the last heartbeat: room to create files in between on a busy machine.
  // (Not 1 s: the failout client refuses meta too while meta is Probably-offline, and under a full
  // CI run meta's heartbeats were once late by a second.)
  tc = await startCluster({ meta: 1, storage: 2, targetsPerStorage: 2, extra: { mgmtd: { sysTargetProbablyOfflineSecs: '2', sysTargetOfflineTimeoutSecs: '8' } } });
  // failout: a write to a dead target fails at once (EIO) instead of waiting for it to return.
  vfs = await connectVfs(tc, { sysFailureMode: 'failout' });
  view = new MapView({ mgmtdHost: tc.mgmtd.host, mgmtdPort: tc.mgmtd.port, secret: tc.secret, log: createLogger({ service: 'test', level: 'error' }) });
  await vfs.setPattern('/', { chunkSize: 512 * 1024, numTargets: 4 }, ROOT);
});

afterAll(async () => {
  view?.close();
  await vfs?.close();
  await tc?.destroy();
});

/**
 * Waits until mgmtd's map shows storage02's targets (201, 202) as `r` and meta's copy of the map
 * has caught up with that version (meta learns it from its next heartbeat reply).
 */
async function waitForKnown(r: hivefs.Reachability, what: string, timeoutMs: number): Promise<void> {
  let version = 0;
  await waitFor(async () => {
    const map = await view!.refresh();
    if (!map.targets.filter((t) => t.nodeId === 2).every((t) => t.reachability === r)) return false;
    version ||= map.version;
    const ping = await view!.nodeClient(hivefs.NodeType.META, 1).call(Rpc.ping, {});
    return Number(ping.mapVersion) >= version;
  }, { timeoutMs, intervalMs: 50, what });
}

/** Creates `path` through the client, writes `data` and closes it. */
async function createFile(path: string, data: Buffer): Promise<void> {
  const fh = await vfs!.create(path, 0o644, O.WRONLY | O.CREAT, ROOT);
  await vfs!.write(fh, data, data.length, 0);
  await vfs!.release(fh);
}

async function entryInfo(path: string): Promise<string> {
  const r = await runCtl([`--cfgFile=${tc!.clientConf}`, '--getentryinfo', path]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

/** The `+ <target> @ <node>` lines of --getentryinfo, sorted (the chooser shuffles). */
const targetLines = (info: string): string[] => info.split('+ Storage targets:\n')[1]!.trim().split('\n').map((l) => l.trim()).sort();

describe('choosing targets for new files', () => {
  it('leaves out a killed storage daemon\'s targets while they are Probably-offline, then Offline, and says why', async () => {
    await createFile('/before', Buffer.alloc(1024, 1));
    const before = await entryInfo('/before');
    expect(before).toContain('+ Number of storage targets: desired: 4; actual: 4\n');
    expect(before).not.toContain('Shortfall');

    await tc!.stop('storage02', 'SIGKILL');
    const killedAt = Date.now();
    await waitForKnown(R.PROBABLY_OFFLINE, 'targets 201, 202 Probably-offline, also in meta\'s map', 10_000);
    const data = Buffer.alloc(1536 * 1024, 7);
    for (const name of ['/during1', '/during2', '/during3']) await createFile(name, data);
    console.log(`files created ${Date.now() - killedAt} ms after the kill`);

    for (const name of ['/during1', '/during2', '/during3']) {
      const info = await entryInfo(name);
      expect(info).toContain('+ Number of storage targets: desired: 4; actual: 2\n+ Shortfall: 2 of 4 targets: 201, 202 probably-offline\n');
      expect(targetLines(info)).toEqual(['+ 101 @ storage01 [ID: 1]', '+ 102 @ storage01 [ID: 1]']);
    }
    // The file is usable with storage02 down: its data is all on storage01.
    const fh = await vfs!.open('/during1', O.RDONLY, ROOT);
    const back = Buffer.alloc(data.length);
    expect(await vfs!.read(fh, back, back.length, 0)).toBe(data.length);
    await vfs!.release(fh);
    expect(back.equals(data)).toBe(true);

    await waitForKnown(R.OFFLINE, 'targets 201, 202 Offline, also in meta\'s map', 20_000);
    await createFile('/after', Buffer.alloc(1024, 2));
    const after = await entryInfo('/after');
    expect(after).toContain('+ Number of storage targets: desired: 4; actual: 2\n+ Shortfall: 2 of 4 targets: 201, 202 offline\n');
    const json = JSON.parse((await runCtl([`--cfgFile=${tc!.clientConf}`, '--getentryinfo', '/after', '--json'])).stdout) as { pattern: { numTargets: number; stripeIds: number[]; shortfall: string } };
    expect(json.pattern).toMatchObject({ numTargets: 4, shortfall: '2 of 4 targets: 201, 202 offline' });
    expect([...json.pattern.stripeIds].sort()).toEqual([101, 102]);

    // meta logged each situation once, not once per file.
    const metaLog = await readFile(tc!.cluster.paths.log('meta01'), 'utf8');
    const count = (text: string): number => metaLog.split('\n').filter((l) => l.includes(text)).length;
    expect(count('new files get 2 of 4 targets: 201, 202 probably-offline')).toBe(1);
    expect(count('new files get 2 of 4 targets: 201, 202 offline')).toBe(1);
  });
});
