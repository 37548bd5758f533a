// hivefs-ctl's buddy-mirror modes as a process against a real local cluster (2 meta, 2 storage x 3 targets).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { parseStateTable, runCtl } from '../harness/ctl.js';

let tc: TestCluster | undefined;

/** Runs hivefs-ctl against the test cluster. */
async function ctl(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const r = await runCtl([`--cfgFile=${tc!.clientConf}`, ...args]);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

/** Expects exit code 3 and one stderr line that contains `reason`. */
async function refused(reason: string, ...args: string[]): Promise<void> {
  const r = await ctl(...args);
  expect(r, args.join(' ')).toMatchObject({ code: 3, out: '' });
  expect(r.err.split('\n').filter(Boolean), r.err).toHaveLength(1);
  expect(r.err).toContain(reason);
}

const ADD = ['--addmirrorgroup', '--nodetype=storage'];

beforeAll(async () => {
  tc = await startCluster({ meta: 2, storage: 2, targetsPerStorage: 3 });
});
afterAll(async () => {
  await tc?.destroy();
});

describe('--addmirrorgroup and --listmirrorgroups against mgmtd', () => {
  it('refuses an unknown target, the same target twice and two targets of one node without --force (exit 3, mgmtd\'s reason)', async () => {
    await refused('storage target 999 is not registered', ...ADD, '--primary=101', '--secondary=999');
    await refused('pairs storage target 101 with itself', ...ADD, '--primary=101', '--secondary=101');
    await refused('storage targets 101 and 102 are both on storage node 1', ...ADD, '--primary=101', '--secondary=102');
    expect((await ctl('--listmirrorgroups', '--nodetype=storage', '--json')).out).toContain('"groups": []');
  });

  it('creates group 100 as seed 000 does; --listmirrorgroups and --listtargets --mirrorgroups print seed 000\'s tables', async () => {
    expect(await ctl(...ADD, '--primary=101', '--secondary=201', '--groupid=100')).toEqual({ code: 0, out: 'Mirror buddy group successfully set: groupID 100 -> target IDs 101, 201\n', err: '' });
    expect(await ctl('--listmirrorgroups', '--nodetype=storage')).toEqual({
      code: 0,
      err: '',
      out: '     BuddyGroupID   PrimaryTargetID SecondaryTargetID\n     ============   =============== =================\n              100               101               201\n',
    });
    expect(await ctl('--listtargets', '--mirrorgroups')).toEqual({
      code: 0,
      err: '',
      out: '    MirrorGroupID MGMemberType TargetID   NodeID\n    ============= ============ ========   ======\n              100      primary      101        1\n              100    secondary      201        2\n',
    });
  });

  it('refuses a target already in a group and a group id in use', async () => {
    await refused('storage target 201 is already in buddy group 100', ...ADD, '--primary=202', '--secondary=201');
    await refused('buddy group 100 already exists', ...ADD, '--primary=102', '--secondary=202', '--groupid=100');
  });

  it('--force pairs two targets of one node', async () => {
    expect(await ctl(...ADD, '--primary=202', '--secondary=203', '--force')).toEqual({ code: 0, out: 'Mirror buddy group successfully set: groupID 101 -> target IDs 202, 203\n', err: '' });
  });

  it('--automatic refuses when the ungrouped targets are on one node, pairs them with --force, then has nothing left', async () => {
    await refused('cannot pair targets automatically: target 102 has no partner on another storage node (use --force to allow pairs on one node)', ...ADD, '--automatic');
    expect(await ctl(...ADD, '--automatic', '--force')).toEqual({ code: 0, out: 'Mirror buddy group successfully set: groupID 102 -> target IDs 102, 103\n', err: '' });
    await refused('cannot pair targets automatically: no ungrouped targets', ...ADD, '--automatic');
    const j = JSON.parse((await ctl('--listmirrorgroups', '--nodetype=storage', '--json')).out);
    expect(j.groups.map((g: { groupId: number; primaryId: number; secondaryId: number }) => [g.groupId, g.primaryId, g.secondaryId])).toEqual([[100, 101, 201], [101, 202, 203], [102, 102, 103]]);
  });

  it('--mirrormd before any meta buddy group: exit 3 with mgmtd\'s reason and what to do', async () => {
    await refused('which owns the root directory, is in no meta buddy group: create one first (hivefs-ctl --addmirrorgroup --nodetype=meta', '--mirrormd');
  });

  it('meta: --automatic pairs the two meta nodes; --listmirrorgroups --nodetype=meta prints node ids', async () => {
    expect(await ctl('--addmirrorgroup', '--nodetype=meta', '--automatic')).toEqual({ code: 0, out: 'Mirror buddy group successfully set: groupID 1 -> node IDs 1, 2\n', err: '' });
    expect((await ctl('--listmirrorgroups', '--nodetype=meta')).out).toBe(
      '     BuddyGroupID     PrimaryNodeID   SecondaryNodeID\n     ============     =============   ===============\n                1                 1                 2\n',
    );
  });

  it('--mirrormd after the group: the root\'s node 1 (it starts first) is the primary: mirrors the root once', async () => {
    const nodes = JSON.parse((await ctl('--listnodes', '--nodetype=meta', '--json')).out) as { nodes: { nodeId: number; ownsRoot: boolean }[] };
    expect(nodes.nodes.find((n) => n.ownsRoot)?.nodeId).toBe(1);
    const r = await ctl('--mirrormd');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^Metadata root mirrored: the root directory is now on meta buddy group 1 \(map version \d+\)\.\n/);
    expect((await ctl('--mirrormd')).out).toBe('The metadata root is already mirrored by meta buddy group 1; nothing changed.\n');
    expect((await ctl('--listnodes', '--nodetype=meta')).out).toMatch(/\nRoot: meta buddy group 1 \(current primary: \S+ \[ID: 1\]\)\n$/);
  });
});

describe('--setstate and the resync modes against mgmtd', () => {
  it('--setstate --force sets Bad and Good again; --listtargets --mirrorgroups --state shows it', async () => {
    expect(await ctl('--setstate', '--nodetype=storage', '--targetid=201', '--state=bad', '--force')).toEqual({ code: 0, out: 'Successfully set state: storage target 201 is now Bad\n', err: '' });
    const rows = parseStateTable((await ctl('--listtargets', '--state')).out);
    expect(rows.find((r) => r.targetId === 201)?.consistency).toBe('Bad');
    const members = (await ctl('--listtargets', '--mirrorgroups', '--state')).out.split('\n');
    expect(members.slice(0, 4)).toEqual([
      '    MirrorGroupID MGMemberType TargetID     Reachability  Consistency   NodeID',
      '    ============= ============ ========     ============  ===========   ======',
      '              100      primary      101           Online         Good        1',
      '              100    secondary      201           Online          Bad        2',
    ]);
    expect((await ctl('--setstate', '--nodetype=storage', '--targetid=201', '--state=good', '--force')).code).toBe(0);
    expect(parseStateTable((await ctl('--listtargets', '--state')).out).find((r) => r.targetId === 201)?.consistency).toBe('Good');
  });

  it('--setstate without --force is refused with exit 1; an unknown target with exit 3', async () => {
    const r = await ctl('--setstate', '--nodetype=storage', '--targetid=201', '--state=bad');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^hivefs-ctl: --setstate: .*add --force to do it\n/);
    await refused('storage target 999 is not registered', '--setstate', '--nodetype=storage', '--targetid=999', '--state=bad', '--force');
  });

  it('--startresync and --resyncstats name a missing group or an ungrouped target (exit 3)', async () => {
    await refused('no storage buddy group 7 (map version', '--resyncstats', '--nodetype=storage', '--mirrorgroupid=7');
    await refused('no storage buddy group 7 (map version', '--startresync', '--nodetype=storage', '--mirrorgroupid=7');
  });
});
