// hivefs-ctl as a process against a real local cluster (1 meta, 2 storage x 2 targets).
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { runCtl } from '../harness/ctl.js';

let tc: TestCluster | undefined;

interface Run {
  code: number | null;
  out: string;
  err: string;
  ms: number;
}

/** Runs bin/hivefs-ctl with the given arguments (no --cfgFile added). */
async function run(args: string[]): Promise<Run> {
  const t0 = Date.now();
  const r = await runCtl(args);
  return { code: r.code, out: r.stdout, err: r.stderr, ms: Date.now() - t0 };
}

/** Runs hivefs-ctl against the test cluster. */
const ctl = (...args: string[]): Promise<Run> => run([`--cfgFile=${tc!.clientConf}`, ...args]);

/** A loopback port nobody listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 1));
    });
  });
}

beforeAll(async () => {
  tc = await startCluster({ meta: 1, storage: 2, targetsPerStorage: 2 });
});
afterAll(async () => {
  await tc?.destroy();
});

const HEAD = 'TargetID     Reachability  Consistency   NodeID\n========     ============  ===========   ======\n';

describe('hivefs-ctl against a local cluster', () => {
  it('--listnodes for storage and meta, text and --json', async () => {
    expect(await ctl('--listnodes', '--nodetype=storage')).toMatchObject({ code: 0, out: 'storage01 [ID: 1]\nstorage02 [ID: 2]\n', err: '' });
    expect(await ctl('--listnodes', '--nodetype=meta')).toMatchObject({ code: 0, out: 'meta01 [ID: 1]\nRoot: meta01 [ID: 1]\n', err: '' });
    const j = JSON.parse((await ctl('--listnodes', '--nodetype=storage', '--json')).out);
    expect(j.nodeType).toBe('storage');
    expect(j.nodes.map((n: { nodeId: number; alias: string; reachability: string }) => [n.nodeId, n.alias, n.reachability])).toEqual([[1, 'storage01', 'Online'], [2, 'storage02', 'Online']]);
    expect(j.nodes[0].addresses[0]).toMatchObject({ host: '127.0.0.1' });
    const details = await ctl('--listnodes', '--nodetype=meta', '--details');
    expect(details.out).toMatch(/^meta01 \[ID: 1\]\n {3}Addresses: 127\.0\.0\.1:\d+\n {3}Reachability: Online\n {3}Last heartbeat: \d+\.\d s ago\nRoot: meta01 \[ID: 1\]\n$/);
  });

  it('--listtargets --state: four targets Online and Good, exact table; --errorcodes 0', async () => {
    const r = await ctl('--listtargets', '--state', '--errorcodes');
    expect(r).toMatchObject({
      code: 0,
      err: '',
      out: `${HEAD}     101           Online         Good        1\n     102           Online         Good        1\n     201           Online         Good        2\n     202           Online         Good        2\n`,
    });
    const j = JSON.parse((await ctl('--listtargets', '--json')).out);
    expect(j.targets.map((t: { targetId: number; nodeId: number; reachability: string; consistency: string }) => [t.targetId, t.nodeId, t.reachability, t.consistency]))
      .toEqual([[101, 1, 'Online', 'Good'], [102, 1, 'Online', 'Good'], [201, 2, 'Online', 'Good'], [202, 2, 'Online', 'Good']]);
  });

  it('--listtargets --nodetype=meta --state', async () => {
    expect(await ctl('--listtargets', '--nodetype=meta', '--state')).toMatchObject({ code: 0, err: '', out: `${HEAD}       1           Online         Good        1\n` });
  });

  it('--df: both sections with space figures, and --json', async () => {
    const r = await ctl('--df');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    const head = 'TargetID     Reachability   Cap. Pool        Total         Free    %      ITotal       IFree    %';
    expect(lines.slice(0, 3)).toEqual(['METADATA SERVERS:', head, '========     ============   =========        =====         ====    =      ======       =====    =']);
    expect(lines[3]).toMatch(/^ {7}1 +Online +(normal|low|emergency) +\d+\.\d[GT]iB +\d+\.\d[GT]iB +\d+% +\d+\.\dM +\d+\.\dM +\d+%$/);
    expect(lines.slice(4, 7)).toEqual(['', 'STORAGE TARGETS:', head]);
    expect(lines.slice(8, 12).map((l) => l.trim().split(/ +/)[0])).toEqual(['101', '102', '201', '202']);
    const j = JSON.parse((await ctl('--df', '--json')).out);
    expect(j.meta).toHaveLength(1);
    expect(j.storage).toHaveLength(4);
    for (const t of [...j.meta, ...j.storage]) expect([t.reachability, t.space.totalBytes > 0]).toEqual(['Online', true]);
  });

  it('--createdir, --setpattern and --getentryinfo round trip', async () => {
    expect(await ctl('--createdir', '/ctltest')).toMatchObject({ code: 0, out: 'Created directory: /ctltest\n', err: '' });
    expect(await ctl('--setpattern', '--numtargets=2', '--chunksize=1m', '/ctltest')).toMatchObject({ code: 0, out: 'New chunksize: 1048576\nNew number of storage targets: 2\n', err: '' });
    const info = await ctl('--getentryinfo', '/ctltest');
    expect(info.code).toBe(0);
    expect(info.out).toMatch(/^Path: \/ctltest\nMount: -\nEntryID: [0-9A-F]+-[0-9A-F]+-1\nMetadata node: meta01 \[ID: 1\]\nStripe pattern details:\n\+ Type: RAID0\n\+ Chunksize: 1M\n\+ Number of storage targets: desired: 2\n$/);
    const j = JSON.parse((await ctl('--getentryinfo', '/ctltest', '--json')).out);
    expect(j).toMatchObject({ path: '/ctltest', mount: null, entryType: 'directory', metadataNode: { nodeId: 1, alias: 'meta01' }, pattern: { type: 'raid0', chunkSize: 1048576, numTargets: 2, stripeIds: [] } });

    const sub = JSON.parse((await ctl('--createdir', '/ctltest/sub', '--json')).out);
    expect(sub).toMatchObject({ path: '/ctltest/sub', metadataNode: { nodeId: 1 }, mode: 0o755 });
    const inherited = JSON.parse((await ctl('--getentryinfo', '/ctltest/sub', '--json')).out);
    expect(inherited.pattern).toMatchObject({ type: 'raid0', chunkSize: 1048576, numTargets: 2 });
    expect(inherited.entryId).toBe(sub.entryId);

    const root = await ctl('--getentryinfo', '/');
    expect(root.out).toMatch(/^Path:\nMount: -\nEntryID: root\nMetadata node: meta01 \[ID: 1\]\nStripe pattern details:\n/);
  });

  it('a missing path fails with exit 3 and one line on stderr', async () => {
    const r = await ctl('--getentryinfo', '/does/not/exist');
    expect(r.code).toBe(3);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^hivefs-ctl: cannot resolve \/does\/not\/exist: lookup of 'does' in \/ failed: .*\(NOT_FOUND\)\n$/);
    expect((await ctl('--createdir', '/ctltest')).code).toBe(3);
  });

  it('mgmtd unreachable: exit 2 within the connect timeout', async () => {
    const r = await run(['--listtargets', `--mgmtd=127.0.0.1:${await closedPort()}`]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^hivefs-ctl: cannot get the cluster map from mgmtd 127\.0\.0\.1:\d+: .*\(UNREACHABLE\)\n$/);
    expect(r.ms).toBeLessThan(5000);
  });

  it('a bad flag: exit 1 with the usage of the mode; no mode: the list of modes', async () => {
    const r = await ctl('--listtargets', '--nodetype=client');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^hivefs-ctl: --listtargets: option '--nodetype <type>' argument 'client' is invalid\. expected meta or storage\.\n\nUsage: hivefs-ctl --listtargets/);
    const none = await run([]);
    expect(none.code).toBe(1);
    expect(none.err).toContain('--getentryinfo');
  });
});
