// Target states against real daemons: a SIGKILLed storage daemon's targets go Probably-offline,
// then Offline, within the configured timeouts (and --df marks them), and Online again after a restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '@hivefs/common/testing';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { parseStateTable, runCtl } from '../harness/ctl.js';

describe('target states', () => {
  let tc: TestCluster;
  beforeAll(async () => {
    // A wide Probably-offline window (1 s .. 4 s) so that polling through ctl sees it even on a busy machine.
    tc = await startCluster({ extra: { mgmtd: { sysTargetProbablyOfflineSecs: '1', sysTargetOfflineTimeoutSecs: '4' } } });
  });
  afterAll(async () => {
    await tc?.destroy();
  });

  const states = async () => {
    const r = await runCtl([`--cfgFile=${tc.clientConf}`, '--listtargets', '--nodetype=storage', '--state']);
    expect(r.code, r.stderr).toBe(0);
    return parseStateTable(r.stdout);
  };

  it('shows a killed storage daemon Probably-offline, then Offline (also in --df), then Online after restart', async () => {
    expect((await states()).map((s) => `${s.targetId}:${s.reachability}:${s.consistency}:${s.nodeId}`)).toEqual([
      '101:Online:Good:1', '102:Online:Good:1', '201:Online:Good:2', '202:Online:Good:2',
    ]);
    await tc.stop('storage02', 'SIGKILL');
    const killedAt = Date.now();
    const seen: string[] = [];
    const offlineLimitMs = 4000 + 5000;
    await waitFor(async () => {
      const rows = await states();
      for (const r of rows.filter((x) => x.nodeId === 2)) if (seen.at(-1) !== r.reachability) seen.push(r.reachability);
      // The other node's targets are untouched throughout.
      expect(rows.filter((x) => x.nodeId === 1).every((x) => x.reachability === 'Online')).toBe(true);
      return rows.filter((x) => x.nodeId === 2).every((x) => x.reachability === 'Offline');
    }, { timeoutMs: offlineLimitMs, intervalMs: 100, what: 'targets 201, 202 Offline' });
    expect(Date.now() - killedAt).toBeLessThan(offlineLimitMs);
    // Probably-offline comes first (after sysTargetProbablyOfflineSecs), Offline after it.
    expect(seen.filter((s) => s !== 'Online')).toEqual(['Probably-offline', 'Offline']);

    // --df marks the dead daemon's targets (their figures are the last report), in text and JSON.
    const df = await runCtl([`--cfgFile=${tc.clientConf}`, '--df']);
    expect(df.code, df.stderr).toBe(0);
    const storageRows = df.stdout.split('STORAGE TARGETS:\n')[1]!.split('\n');
    expect(storageRows[0]).toMatch(/^TargetID +Reachability +Cap\. Pool +Total/);
    expect(storageRows.slice(2, 6).map((l) => l.trim().split(/ +/).slice(0, 2).join(' '))).toEqual(['101 Online', '102 Online', '201 Offline', '202 Offline']);
    expect(storageRows[4]).toMatch(/GiB/);
    const dfJson = JSON.parse((await runCtl([`--cfgFile=${tc.clientConf}`, '--df', '--json'])).stdout) as { storage: { targetId: number; reachability: string }[] };
    expect(dfJson.storage.map((t) => `${t.targetId}:${t.reachability}`)).toEqual(['101:Online', '102:Online', '201:Offline', '202:Offline']);

    await tc.start('storage02');
    await waitFor(async () => (await states()).every((x) => x.reachability === 'Online'), { timeoutMs: 15_000, what: 'all targets Online again' });
  });
});
