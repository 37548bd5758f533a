// hivefs-ctl's main() end to end against an in-process fake mgmtd and meta: output, --json and exit codes.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hivefs } from '@hivefs/protocol';
import { registryFileName } from '../../packages/ctl/src/mount/registry.js';
import { main } from '../../packages/ctl/src/run.js';
import { addFile, startFakeCluster, type FakeCluster } from './fake-cluster.js';

const dir = mkdtempSync(join(tmpdir(), 'hivefs-ctl-run-'));
const secretText = 'fake-cluster-secret-0123456789';
const secretFile = join(dir, 'auth.secret');
writeFileSync(secretFile, `${secretText}\n`);
let fc: FakeCluster;
let conf: string;

beforeAll(async () => {
  fc = await startFakeCluster(Buffer.from(secretText));
  conf = join(dir, 'client.conf');
  writeFileSync(conf, `sysMgmtdHost = 127.0.0.1\nconnMgmtdPort = ${fc.mgmtd.port}\nconnAuthFile = ${secretFile}\n`);
});
afterAll(async () => {
  await fc.close();
  rmSync(dir, { recursive: true, force: true });
});

async function ctl(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main([`--cfgFile=${conf}`, ...args], { out: (t) => void (out += t), err: (t) => void (err += t), defaultCfgFile: join(dir, 'absent.conf') });
  return { code, out, err };
}

const TABLE_HEAD = 'TargetID     Reachability  Consistency   NodeID\n========     ============  ===========   ======\n';

describe('cluster views', () => {
  beforeEach(() => {
    for (const n of fc.map.nodes!) n.reachability = hivefs.Reachability.ONLINE;
    for (const t of fc.map.targets!) Object.assign(t, { reachability: hivefs.Reachability.ONLINE, consistency: hivefs.Consistency.GOOD, resyncing: false });
  });

  it('--listnodes, text and --json', async () => {
    expect(await ctl('--listnodes', '--nodetype=storage')).toEqual({ code: 0, out: 'storage01 [ID: 1]\nstorage02 [ID: 2]\n', err: '' });
    const j = JSON.parse((await ctl('--listnodes', '--nodetype=meta', '--json')).out);
    expect(j.nodeType).toBe('meta');
    expect(j.nodes).toHaveLength(1);
    expect(j.nodes[0]).toMatchObject({ nodeId: 1, alias: 'meta01', reachability: 'Online', addresses: [{ host: '127.0.0.1' }] });
    expect(j.nodes[0].lastHeartbeatAgeMs).toBeGreaterThanOrEqual(0);
  });

  it('--listtargets --state: the seed 000 table', async () => {
    const r = await ctl('--listtargets', '--state');
    expect(r).toEqual({ code: 0, err: '', out: `${TABLE_HEAD}     101           Online         Good        1\n     102           Online         Good        1\n     201           Online         Good        2\n     202           Online         Good        2\n` });
    expect((await ctl('--listtargets', '--nodetype=meta', '--state')).out).toBe(`${TABLE_HEAD}       1           Online         Good        1\n`);
  });

  it('--listtargets --json', async () => {
    const j = JSON.parse((await ctl('--listtargets', '--json')).out);
    expect(j.nodeType).toBe('storage');
    expect(j.targets.map((t: { targetId: number }) => t.targetId)).toEqual([101, 102, 201, 202]);
    expect(Object.keys(j.targets[0]).sort()).toEqual(['capacityPool', 'consistency', 'nodeAlias', 'nodeId', 'nodeReachability', 'nodeType', 'reachability', 'resyncing', 'space', 'storagePoolId', 'targetId']);
  });

  it('--errorcodes: 5 node unreachable, 6 target not Online, 7 target not Good; the table is printed first', async () => {
    expect((await ctl('--listtargets', '--state', '--errorcodes')).code).toBe(0);
    fc.map.targets![4]!.consistency = hivefs.Consistency.NEEDS_RESYNC;
    fc.map.targets![4]!.resyncing = true;
    const seven = await ctl('--listtargets', '--state', '--errorcodes');
    expect(seven.code).toBe(7);
    expect(seven.out).toContain('     202           Online    resyncing        2\n');
    fc.map.targets![2]!.reachability = hivefs.Reachability.PROBABLY_OFFLINE;
    expect((await ctl('--listtargets', '--state', '--errorcodes')).code).toBe(6);
    fc.map.nodes![2]!.reachability = hivefs.Reachability.OFFLINE;
    expect((await ctl('--listtargets', '--errorcodes')).code).toBe(5);
    expect((await ctl('--listtargets', '--state')).code).toBe(0);
    expect((await ctl('--listtargets', '--nodetype=meta', '--errorcodes')).code).toBe(0);
  });

  it('--df, text and --json', async () => {
    const r = await ctl('--df');
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      'METADATA SERVERS:\n' +
      'TargetID     Reachability   Cap. Pool        Total         Free    %      ITotal       IFree    %\n' +
      '========     ============   =========        =====         ====    =      ======       =====    =\n' +
      '       1           Online      normal      10.0GiB       5.0GiB  50%        1.0M        0.9M  90%\n' +
      '\n' +
      'STORAGE TARGETS:\n' +
      'TargetID     Reachability   Cap. Pool        Total         Free    %      ITotal       IFree    %\n' +
      '========     ============   =========        =====         ====    =      ======       =====    =\n' +
      ['101', '102', '201', '202'].map((t) => `     ${t}           Online      normal      10.0GiB       5.0GiB  50%        1.0M        0.9M  90%\n`).join(''),
    );
    const j = JSON.parse((await ctl('--df', '--json')).out);
    expect(j.meta.map((t: { targetId: number }) => t.targetId)).toEqual([1]);
    expect(j.storage[0].space).toEqual({ totalBytes: 10 * 1024 ** 3, freeBytes: 5 * 1024 ** 3, totalInodes: 1_000_000, freeInodes: 900_000 });
  });
});

describe('entries', () => {
  it('--getentryinfo of the root, as in seed 000', async () => {
    expect(await ctl('--getentryinfo', '/')).toEqual({
      code: 0,
      err: '',
      out: 'Path:\nMount: -\nEntryID: root\nMetadata node: meta01 [ID: 1]\nStripe pattern details:\n+ Type: RAID0\n+ Chunksize: 512K\n+ Number of storage targets: desired: 4\n',
    });
  });

  it('--getentryinfo of a missing path: exit 3, one line saying what and why', async () => {
    const r = await ctl('--getentryinfo', '/nope/deeper');
    expect(r.code).toBe(3);
    expect(r.out).toBe('');
    expect(r.err).toBe("hivefs-ctl: cannot resolve /nope/deeper: lookup of 'nope' in / failed: no entry 'nope' in root (NOT_FOUND)\n");
  });

  it('--createdir, then --setpattern and --getentryinfo round trip', async () => {
    expect(await ctl('--createdir', '/smallfiles')).toEqual({ code: 0, out: 'Created directory: /smallfiles\n', err: '' });
    const mk = fc.calls.find((c) => c.name === 'mkdir')!.req as hivefs.MkdirReq;
    expect(mk).toMatchObject({ parentId: 'root', name: 'smallfiles', mode: 0o755, cred: { uid: process.getuid!(), gid: process.getgid!() } });

    const set = await ctl('--setpattern', '--numtargets=2', '--chunksize=1m', '--buddymirror', '/smallfiles/');
    expect(set).toEqual({ code: 0, out: 'New chunksize: 1048576\nNew number of storage targets: 2\n', err: '' });
    const sent = fc.calls.filter((c) => c.name === 'setPattern').at(-1)!.req as hivefs.SetPatternReq;
    expect(sent.pattern).toMatchObject({ type: hivefs.PatternType.BUDDY_MIRROR, chunkSize: 1048576, numTargets: 2 });
    const info = await ctl('--getentryinfo', 'smallfiles');
    expect(info.out).toMatch(/^Path: \/smallfiles\nMount: -\nEntryID: 1-6553F100-1\nMetadata node: meta01 \[ID: 1\]\nStripe pattern details:\n\+ Type: Buddy Mirror\n\+ Chunksize: 1M\n\+ Number of storage targets: desired: 2\n$/);

    const keep = JSON.parse((await ctl('--setpattern', '/smallfiles', '--chunksize=64k', '--json')).out);
    expect(keep).toEqual({ path: '/smallfiles', mount: null, entryId: '1-6553F100-1', pattern: { type: 'buddymirror', chunkSize: 65536, numTargets: 2, storagePoolId: 1, stripeIds: [], targets: [], groups: [], shortfall: '' } });
    const j = JSON.parse((await ctl('--getentryinfo', '/smallfiles', '--json')).out);
    expect(j).toEqual({ path: '/smallfiles', mount: null, entryId: '1-6553F100-1', entryType: 'directory', metadataNode: { nodeId: 1, alias: 'meta01' }, pattern: keep.pattern });
  });

  it('--createdir with owner and mode; existing and parentless paths fail with exit 3', async () => {
    const r = JSON.parse((await ctl('--createdir', '/owned', '--mode=0700', '--uid=1000', '--gid=100', '--json')).out);
    expect(r).toMatchObject({ path: '/owned', metadataNode: { nodeId: 1, alias: 'meta01' }, mode: 0o700, uid: 1000, gid: 100 });
    expect(fc.calls.find((c) => c.name === 'setAttr')!.req).toMatchObject({ entryId: r.entryId, valid: 6, uid: 1000, gid: 100 });
    const again = await ctl('--createdir', '/owned');
    expect(again.code).toBe(3);
    expect(again.err).toBe("hivefs-ctl: cannot create directory /owned: 'owned' exists in root (EXISTS)\n");
    expect((await ctl('--createdir', '/missing/child')).code).toBe(3);
    expect((await ctl('--createdir', '/')).code).toBe(1);
  });

  it('--getentryinfo of a file lists its targets; --setpattern refuses a file', async () => {
    addFile(fc, 'root', 'file1', [201, 102]);
    const r = await ctl('--getentryinfo', '/file1');
    expect(r.out.split('Stripe pattern details:\n')[1]).toBe(
      '+ Type: RAID0\n+ Chunksize: 64K\n+ Number of storage targets: desired: 4; actual: 2\n+ Storage targets:\n  + 201 @ storage02 [ID: 2]\n  + 102 @ storage01 [ID: 1]\n',
    );
    const set = await ctl('--setpattern', '/file1', '--numtargets=1');
    expect(set.code).toBe(3);
    expect(set.err).toBe('hivefs-ctl: cannot set the pattern of /file1: not a directory\n');
  });

  it('a reply without attributes is an invalid result (exit 4)', async () => {
    fc.breakLookups = true;
    try {
      const r = await ctl('--getentryinfo', '/smallfiles');
      expect(r.code).toBe(4);
      expect(r.err).toBe("hivefs-ctl: cannot resolve /smallfiles: lookup of 'smallfiles' in / failed: the reply carries no attributes\n");
    } finally {
      fc.breakLookups = false;
    }
  });
});

describe('buddy mirroring through the fake storage and meta', () => {
  const S = hivefs.ResyncJobState;
  const MIB = 1024 ** 2;
  beforeEach(() => {
    fc.map.groups = [{ nodeType: hivefs.NodeType.STORAGE, groupId: 100, primaryId: 201, secondaryId: 101, storagePoolId: 1 }];
    fc.storageCalls.length = 0;
  });

  /** main() with a fast --watch interval and the given terminal setting. */
  async function ctlIo(tty: boolean, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const code = await main([`--cfgFile=${conf}`, ...args], { out: (t) => void (out += t), err: (t) => void (err += t), defaultCfgFile: join(dir, 'absent.conf'), tty, watchIntervalMs: 5 });
    return { code, out, err };
  }

  it('--getentryinfo of a mirrored file lists its groups with their current members', async () => {
    const id = addFile(fc, 'root', 'mirrored', [100, 7]);
    fc.inodes.get(id)!.pattern!.type = hivefs.PatternType.BUDDY_MIRROR;
    const r = await ctl('--getentryinfo', '/mirrored');
    expect(r.out).toContain('+ Type: Buddy Mirror\n');
    expect(r.out).toContain('+ Storage mirror buddy groups:\n  + 100 (primary: 201 @ storage02 [ID: 2], secondary: 101 @ storage01 [ID: 1])\n  + 7 <not in the map>\n');
  });

  it('--startresync --targetid=101 asks the primary\'s node for a resync of group 100', async () => {
    fc.resyncStats = [{ groupId: 100, primaryId: 201, secondaryId: 101, state: S.RESYNC_RUNNING, full: true }];
    const r = await ctl('--startresync', '--nodetype=storage', '--targetid=101', '--timestamp=0');
    expect(r).toEqual({ code: 0, err: '', out: 'Resync of buddy group 100 (primary target 201 -> secondary target 101) started: every chunk; job state: Running\n' });
    expect(fc.storageCalls).toEqual([{ name: 'startResync', req: expect.objectContaining({ groupId: 100, full: true, restart: false }) }]);
  });

  it('--resyncstats --watch: a line per sample (\\r on a terminal) until the job ends, then the stats; --json only the stats', async () => {
    const running = (mib: number) => ({ groupId: 100, state: S.RESYNC_RUNNING, startMs: 1, syncedBytes: mib * MIB, bytesToSync: 100 * MIB });
    const seq = () => [running(10), running(50), { ...running(100), state: S.RESYNC_COMPLETED, endMs: 2, syncedFiles: 3 }];
    fc.resyncStats = seq();
    const lines = await ctlIo(false, '--resyncstats', '--nodetype=storage', '--mirrorgroupid=100', '--watch');
    expect(lines.code).toBe(0);
    expect(lines.out).toMatch(/^Running: 10\.0% of 100\.0MiB, - MiB\/s, - left, 0 files\nRunning: 50\.0% of 100\.0MiB, [\d.]+ MiB\/s, [\d:]+ left, 0 files\nJob state: Completed successfully\n/);
    expect(lines.out).toContain('# of synced files: 3\n# of dir sync errors: 0\n# of file sync errors: 0\n# of synced bytes: 104857600\n');
    fc.resyncStats = seq();
    const tty = await ctlIo(true, '--resyncstats', '--nodetype=storage', '--mirrorgroupid=100', '--watch');
    expect(tty.out).toMatch(/^\rRunning: 10\.0%[^\n]*\x1b\[K\rRunning: 50\.0%[^\n]*\x1b\[K\nJob state: Completed successfully\n/);
    fc.resyncStats = seq();
    const j = JSON.parse((await ctlIo(false, '--resyncstats', '--nodetype=storage', '--targetid=201', '--watch', '--json')).out);
    expect(j).toMatchObject({ groupId: 100, state: 'Completed successfully', syncedBytes: 100 * MIB, syncedFiles: 3 });
    expect(fc.storageCalls.every((c) => c.name === 'getResyncStats' && (c.req as { groupId: number }).groupId === 100)).toBe(true);
  });
});

describe('meta buddy mirroring through the fake mgmtd and meta nodes 1 and 2', () => {
  const S = hivefs.ResyncJobState;
  const { NodeType: T, Reachability: R, Consistency: C } = hivefs;
  const group200 = { nodeType: T.META, groupId: 200, primaryId: 1, secondaryId: 2 };
  beforeEach(() => {
    fc.map.nodes!.push({ type: T.META, nodeId: 2, alias: 'meta02', addrs: [{ host: '127.0.0.1', port: fc.meta2Port }], reachability: R.ONLINE, lastSeenMs: Date.now() });
    fc.map.targets!.push({ targetId: 2, nodeId: 2, nodeType: T.META, reachability: R.ONLINE, consistency: C.GOOD });
    fc.map.groups = [{ ...group200 }];
    fc.map.rootGroupId = 0;
    fc.mirrorCalls.length = 0;
    fc.journals.clear();
  });
  afterEach(() => {
    fc.map.nodes = fc.map.nodes!.filter((n) => !(n.type === T.META && n.nodeId === 2));
    fc.map.targets = fc.map.targets!.filter((t) => !(t.nodeType === T.META && t.targetId === 2));
    fc.map.groups = [];
    fc.map.rootGroupId = 0;
  });

  async function ctlIo(tty: boolean, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const code = await main([`--cfgFile=${conf}`, ...args], { out: (t) => void (out += t), err: (t) => void (err += t), defaultCfgFile: join(dir, 'absent.conf'), tty, watchIntervalMs: 5 });
    return { code, out, err };
  }

  it('--listtargets --nodetype=meta --state and --listmirrorgroups --nodetype=meta print seed 000\'s tables', async () => {
    expect((await ctl('--listtargets', '--nodetype=metadata', '--state')).out).toBe(`${TABLE_HEAD}       1           Online         Good        1\n       2           Online         Good        2\n`);
    expect((await ctl('--listmirrorgroups', '--nodetype=meta')).out).toBe('     BuddyGroupID     PrimaryNodeID   SecondaryNodeID\n     ============     =============   ===============\n              200                 1                 2\n');
  });

  it('--mirrormd: mirrors once, says what it means, then answers already; --listnodes and --getentryinfo / name the group', async () => {
    const r = await ctl('--mirrormd');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Metadata root mirrored: the root directory is now on meta buddy group 200 \(map version \d+\)\.\n/);
    expect(r.out).toContain('No remount of clients and no restart of meta nodes is needed.\n');
    expect(await ctl('--mirrormd')).toEqual({ code: 0, err: '', out: 'The metadata root is already mirrored by meta buddy group 200; nothing changed.\n' });
    expect((await ctl('--listnodes', '--nodetype=meta')).out).toBe('meta01 [ID: 1]\nmeta02 [ID: 2]\nRoot: meta buddy group 200 (current primary: meta01 [ID: 1])\n');
    const info = await ctl('--getentryinfo', '/');
    expect(info.out).toContain('EntryID: root\nMetadata buddy group: 200\nCurrent primary metadata node: meta01 [ID: 1]\n');
    expect(JSON.parse((await ctl('--getentryinfo', '/', '--json')).out)).toMatchObject({ metadataGroup: 200, metadataNode: { nodeId: 1, alias: 'meta01' } });
  });

  it('--mirrormd refused by mgmtd: exit 3 with mgmtd\'s reason', async () => {
    fc.map.groups = [{ ...group200, primaryId: 2, secondaryId: 1 }];
    const r = await ctl('--mirrormd');
    expect(r).toMatchObject({ code: 3, out: '' });
    expect(r.err).toBe('hivefs-ctl: cannot mirror the metadata root: meta node 1, which owns the root directory, is not the primary of a meta buddy group (UNKNOWN_GROUP)\n');
  });

  it('--resyncstats --nodetype=meta --nodeid=2 asks the group\'s primary (node 1) and prints seed 000\'s lines', async () => {
    fc.metaResyncStats = [{ groupId: 200, primaryId: 1, secondaryId: 2, state: S.RESYNC_COMPLETED, startMs: 1, endMs: 2, discoveredDirs: 2, syncedDirs: 2, syncedFiles: 5, journalEntriesReplayed: 7, fromSeq: 3, toSeq: 10 }];
    const r = await ctl('--resyncstats', '--nodetype=meta', '--nodeid=2');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Job state: Completed successfully\nJob start time: .*\nJob end time: .*\n# of discovered dirs: 2\n# of discovery errors: 0\n# of synced dirs: 2\n# of synced files: 5\n/);
    expect(r.out).toContain('session sync error: No\n# of modification objects synced: 7\n# of modification sync errors: 0\nMode: incremental\n# of journal entries replayed: 7\nJournal seqs: 3 -> 10\n');
    expect(fc.mirrorCalls).toEqual([{ nodeId: 1, name: 'getMetaResyncStats', req: { groupId: 200 } }]);
  });

  it('--resyncstats --nodetype=meta --watch: progress lines until the job ends, then the stats', async () => {
    const running = (n: number) => ({ groupId: 200, state: S.RESYNC_RUNNING, startMs: 1, journalEntriesReplayed: n, fromSeq: 0, toSeq: n });
    fc.metaResyncStats = [running(10), running(50), { ...running(60), state: S.RESYNC_COMPLETED, endMs: 2 }];
    const r = await ctlIo(false, '--resyncstats', '--nodetype=meta', '--mirrorgroupid=200', '--watch');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Running \(incremental\): 10 journal entries replayed \(seq 0 -> 10\), - entries\/s, 0 dirs, 0 files synced\nRunning \(incremental\): 50 journal entries replayed \(seq 0 -> 50\), \d+ entries\/s, 0 dirs, 0 files synced\nJob state: Completed successfully\n/);
  });

  it('--startresync --nodetype=metadata --nodeid=2 --restart (as seed 000 writes it) goes to the primary', async () => {
    fc.metaResyncStats = [{ groupId: 200, primaryId: 1, secondaryId: 2, state: S.RESYNC_RUNNING, full: true }];
    const r = await ctl('--startresync', '--nodetype=metadata', '--nodeid=2', '--restart', '--full');
    expect(r).toEqual({ code: 0, err: '', out: 'Resync of meta buddy group 200 (primary meta node 1 -> secondary meta node 2) started: a snapshot of the whole metadata space, then the journal; job state: Running\n' });
    expect(fc.mirrorCalls).toEqual([{ nodeId: 1, name: 'startMetaResync', req: { groupId: 200, full: true, restart: true } }]);
  });

  it('meta resync modes name a missing node or an ungrouped one (exit 3)', async () => {
    const r = await ctl('--resyncstats', '--nodetype=meta', '--nodeid=3');
    expect(r).toMatchObject({ code: 3, out: '' });
    expect(r.err).toMatch(/^hivefs-ctl: no meta node 3 \(map version \d+\)\n$/);
    fc.map.groups = [];
    expect((await ctl('--startresync', '--nodetype=meta', '--nodeid=2')).err).toMatch(/^hivefs-ctl: meta node 2 is in no meta buddy group \(map version \d+\); create one with --addmirrorgroup --nodetype=meta\n$/);
    expect((await ctl('--journalstats', '--nodetype=meta')).err).toMatch(/there are no meta buddy groups/);
  });

  it('--journalstats: both members; one that does not answer is a line below the table and exit 3', async () => {
    const j = { groupId: 200, appliedSeq: 460, firstSeq: 401, lastSeq: 460, entries: 60, bytes: 12000 };
    fc.journals.set(1, { ...j, nodeId: 1, role: 'primary', secondaryAckedSeq: 455, secondaryState: 'good' });
    fc.journals.set(2, { ...j, nodeId: 2, role: 'secondary', appliedSeq: 455 });
    const r = await ctl('--journalstats', '--nodetype=meta');
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(2, 4)).toEqual([
      '    200      1   primary        460        401        460       60      12000           455 (good)                    never',
      '    200      2 secondary        455        401        460       60      12000                    -                    never',
    ]);
    expect(fc.mirrorCalls.map((c) => [c.nodeId, c.req]).sort()).toEqual([[1, { groupId: 200 }], [2, { groupId: 200 }]]);
    fc.journals.delete(2);
    const broken = await ctl('--journalstats', '--nodetype=meta', '--nodeid=1');
    expect(broken.code).toBe(3);
    expect(broken.out).toContain('Meta node 2 (group 200): cannot get its journal stats: meta node 2 has no journal of group 200 (UNREACHABLE)\n');
  });
});

describe('cluster selection and initialisation', () => {
  it('--mgmtd with --authFile instead of a config file', async () => {
    let out = '';
    const code = await main(['--listnodes', '--nodetype=meta', `--mgmtd=127.0.0.1:${fc.mgmtd.port}`, `--authFile=${secretFile}`], { out: (t) => void (out += t), err: () => undefined });
    expect({ code, out }).toEqual({ code: 0, out: 'meta01 [ID: 1]\nRoot: meta01 [ID: 1]\n' });
  });

  it('a wrong secret cannot initialise (exit 2)', async () => {
    const wrong = join(dir, 'wrong.secret');
    writeFileSync(wrong, 'not-the-secret-of-this-cluster\n');
    let err = '';
    const code = await main(['--df', `--mgmtd=127.0.0.1:${fc.mgmtd.port}`, `--authFile=${wrong}`], { out: () => undefined, err: (t) => void (err += t) });
    expect(code).toBe(2);
    expect(err).toMatch(/^hivefs-ctl: cannot get the cluster map from mgmtd 127\.0\.0\.1:\d+: .*\(AUTH_FAILED\)\n$/);
  });

  it('no config file, no --mgmtd and no HiveFS mount: exit 1', async () => {
    let err = '';
    const code = await main(['--df'], { out: () => undefined, err: (t) => void (err += t), defaultCfgFile: join(dir, 'absent.conf'), mountTable: join(dir, 'no-mount-table') });
    expect(code).toBe(1);
    expect(err).toMatch(/does not exist \(give --cfgFile=PATH or --mgmtd=HOST:PORT\)/);
  });

  it('a bad flag: exit 1 with the mode usage, before any connection', async () => {
    const r = await ctl('--listtargets', '--statee');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^hivefs-ctl: --listtargets: unknown option '--statee' \(Did you mean --state\?\)\n\nUsage: hivefs-ctl --listtargets \[options\]/);
  });
});

describe('paths under a HiveFS mount (fixture mount table and registry)', () => {
  const mnt = join(dir, 'mnt');
  const runDir = join(dir, 'run');
  const mountTable = join(dir, 'mounts');

  beforeAll(() => {
    mkdirSync(mnt);
    mkdirSync(runDir);
    symlinkSync(mnt, join(dir, 'mnt-link'));
    writeFileSync(mountTable, `/dev/vda / ext4 rw 0 0\nhivefs ${mnt} fuse.hivefs rw,nosuid,nodev,user_id=0,group_id=0 0 0\n`);
    const reg = { mountpoint: mnt, cfgFile: null, mgmtdHost: '127.0.0.1', mgmtdPort: fc.mgmtd.port, authFile: secretFile, pid: process.pid };
    writeFileSync(join(runDir, registryFileName(mnt)), JSON.stringify(reg));
  });

  /** hivefs-ctl without --cfgFile (the default file is absent): the cluster must come from the mount. */
  async function onMount(...args: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t), defaultCfgFile: join(dir, 'absent.conf'), mountTable, runDirs: [runDir] };
    return { code: await main(args, io), out, err };
  }

  it('--createdir, --setpattern and --getentryinfo take the path from the mount point and print Mount:', async () => {
    expect(await onMount('--createdir', `${mnt}/mounted`)).toEqual({ code: 0, out: `Created directory: /mounted\nMount: ${mnt}\n`, err: '' });
    expect(fc.calls.filter((c) => c.name === 'mkdir').at(-1)!.req).toMatchObject({ parentId: 'root', name: 'mounted' });
    expect(await onMount('--setpattern', '--numtargets=2', '--chunksize=1m', `${mnt}/mounted/`)).toEqual({
      code: 0,
      out: `New chunksize: 1048576\nNew number of storage targets: 2\n\nPath: /mounted\nMount: ${mnt}\n`,
      err: '',
    });
    const info = await onMount('--getentryinfo', join(dir, 'mnt-link/mounted'));
    expect(info.out).toMatch(new RegExp(`^Path: /mounted\nMount: ${mnt}\nEntryID: \\S+\nMetadata node: meta01 \\[ID: 1\\]\nStripe pattern details:\n\\+ Type: RAID0\n\\+ Chunksize: 1M\n`));
    expect(await onMount('--getentryinfo', mnt)).toMatchObject({ code: 0, out: expect.stringMatching(new RegExp(`^Path:\nMount: ${mnt}\nEntryID: root\n`)) });
    expect(JSON.parse((await onMount('--getentryinfo', `${mnt}/mounted`, '--json')).out)).toMatchObject({ path: '/mounted', mount: mnt, entryType: 'directory' });
  });

  it('a path under a mount that does not exist in HiveFS fails like a root path (exit 3, path in the mount)', async () => {
    const r = await onMount('--getentryinfo', `${mnt}/nope/deeper`);
    expect(r).toEqual({ code: 3, out: '', err: "hivefs-ctl: cannot resolve /nope/deeper: lookup of 'nope' in / failed: no entry 'nope' in root (NOT_FOUND)\n" });
  });

  it('without a registry file and without --cfgFile/--mgmtd: exit 2; with --cfgFile: that cluster, path in the mount', async () => {
    const r = await main(['--getentryinfo', `${mnt}/mounted`], { out: () => undefined, err: () => undefined, defaultCfgFile: join(dir, 'absent.conf'), mountTable, runDirs: [join(dir, 'empty-run')] });
    expect(r).toBe(2);
    let out = '';
    const code = await main([`--cfgFile=${conf}`, '--getentryinfo', `${mnt}/mounted`], { out: (t) => void (out += t), err: () => undefined, mountTable, runDirs: [join(dir, 'empty-run')] });
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`^Path: /mounted\nMount: ${mnt}\n`));
  });

  it('no flags and no default conf: the cluster of the only mount, said on stderr; a path outside the mount is from that root', async () => {
    const r = await onMount('--listnodes', '--nodetype=meta');
    expect(r).toEqual({ code: 0, out: 'meta01 [ID: 1]\nRoot: meta01 [ID: 1]\n', err: `hivefs-ctl: no ${join(dir, 'absent.conf')}; using the cluster of the HiveFS mount ${mnt} (mgmtd 127.0.0.1:${fc.mgmtd.port})\n` });
    expect(await onMount('--getentryinfo', '/mounted')).toMatchObject({ code: 0, out: expect.stringMatching(/^Path: \/mounted\nMount: -\n/) });
    // A path under the mount names its cluster itself: no note.
    expect((await onMount('--getentryinfo', `${mnt}/mounted`)).err).toBe('');
  });

  it('no flags, no default conf and several mounts: exit 1 listing them; the only mount without a registry: exit 2', async () => {
    const several = join(dir, 'mounts-several');
    writeFileSync(several, `hivefs ${mnt} fuse.hivefs rw,user_id=0,group_id=0 0 0\nhivefs /mnt/other\\040one fuse.hivefs rw,user_id=0,group_id=0 0 0\n`);
    let err = '';
    const io = { out: () => undefined, err: (t: string) => void (err += t), defaultCfgFile: join(dir, 'absent.conf'), runDirs: [runDir] };
    expect(await main(['--listnodes', '--nodetype=storage'], { ...io, mountTable: several })).toBe(1);
    expect(err).toBe(`hivefs-ctl: no ${join(dir, 'absent.conf')}, and 2 HiveFS mounts could name the cluster (${mnt}, /mnt/other one); give --cfgFile=PATH or --mgmtd=HOST:PORT, or a path under one of them\n`);
    err = '';
    expect(await main(['--df'], { ...io, mountTable, runDirs: [join(dir, 'empty-run')] })).toBe(2);
    expect(err).toMatch(new RegExp(`^hivefs-ctl: no .*absent\\.conf, and no hivefs-client registers the only HiveFS mount ${mnt} \\(no .*\\); give --cfgFile=PATH or --mgmtd=HOST:PORT\n$`));
    // An existing default conf is read as before, mounts or not.
    err = '';
    expect(await main(['--listnodes', '--nodetype=meta'], { ...io, mountTable: several, defaultCfgFile: conf })).toBe(0);
    expect(err).toBe('');
  });
});
