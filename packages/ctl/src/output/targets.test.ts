import { describe, expect, it } from 'vitest';
import { listTargets } from '../api/targets.js';
import { fixtureMap, targetRow } from '../testing/fixtures.js';
import { renderTargets } from './targets.js';

const HEAD = 'TargetID     Reachability  Consistency   NodeID\n========     ============  ===========   ======\n';

describe('--listtargets --state table (seed 000, byte for byte)', () => {
  it('storage targets Online and Probably-offline', () => {
    const rows = [targetRow({ targetId: 101, nodeId: 1 }), targetRow({ targetId: 101, nodeId: 1, reachability: 'Probably-offline' })];
    expect(renderTargets(rows, { state: true })).toBe(
      'TargetID     Reachability  Consistency   NodeID\n' +
      '========     ============  ===========   ======\n' +
      '     101           Online         Good        1\n' +
      '     101 Probably-offline         Good        1\n',
    );
  });

  it('storage failure test: Probably-offline then Offline', () => {
    const two = (r: string): string => renderTargets([targetRow({ targetId: 101, nodeId: 1, reachability: r }), targetRow({ targetId: 201, nodeId: 2 })], { state: true });
    expect(two('Probably-offline')).toBe(`${HEAD}     101 Probably-offline         Good        1\n     201           Online         Good        2\n`);
    expect(two('Offline')).toBe(`${HEAD}     101          Offline         Good        1\n     201           Online         Good        2\n`);
  });

  it('meta nodes as targets, one resyncing', () => {
    const rows = [targetRow({ targetId: 1, nodeId: 1, nodeType: 'meta' }), targetRow({ targetId: 2, nodeId: 2, nodeType: 'meta', consistency: 'Needs-resync', resyncing: true })];
    expect(renderTargets(rows, { state: true })).toBe(`${HEAD}       1           Online         Good        1\n       2           Online    resyncing        2\n`);
  });

  it('shows Needs-resync and Bad when no resync runs', () => {
    const rows = [targetRow({ targetId: 101, nodeId: 1, consistency: 'Needs-resync' }), targetRow({ targetId: 102, nodeId: 1, consistency: 'Bad' })];
    expect(renderTargets(rows, { state: true })).toBe(`${HEAD}     101           Online Needs-resync        1\n     102           Online          Bad        1\n`);
  });
});

describe('--listtargets columns', () => {
  const rows = listTargets(fixtureMap(), 'storage');

  it('without --state: TargetID and NodeID only, sorted by target id', () => {
    expect(renderTargets(rows, {})).toBe(
      'TargetID   NodeID\n' +
      '========   ======\n' +
      '     101        1\n' +
      '     102        1\n' +
      '     201        2\n' +
      '     202        2\n',
    );
  });

  it('--longnodes prints <alias> [ID: <id>] after two spaces', () => {
    expect(renderTargets(rows.slice(0, 1), { longNodes: true })).toBe('TargetID   NodeID\n========   ======\n     101   storage01 [ID: 1]\n');
  });

  it('--pools adds the capacity pool', () => {
    expect(renderTargets(rows, { pools: true })).toBe(
      'TargetID   Cap. Pool   NodeID\n' +
      '========   =========   ======\n' +
      '     101      normal        1\n' +
      '     102         low        1\n' +
      '     201   emergency        2\n' +
      '     202   emergency        2\n',
    );
  });

  it('--spaceinfo adds sizes, inodes and percentages; "-" before the first report', () => {
    expect(renderTargets(rows, { spaceInfo: true })).toBe(
      'TargetID        Total         Free    %      ITotal       IFree    %   NodeID\n' +
      '========        =====         ====    =      ======       =====    =   ======\n' +
      '     101     227.9GiB     200.1GiB  88%        1.2M        1.1M  92%        1\n' +
      '     102       2.0TiB     102.4GiB   5%       10.0M        0.5M   5%        1\n' +
      '     201            -            -    -           -           -    -        2\n' +
      '     202            -            -    -           -           -    -        2\n',
    );
  });

  it('every option together keeps beegfs-ctl column order', () => {
    const head = renderTargets(rows, { state: true, pools: true, spaceInfo: true, longNodes: true }).split('\n')[0];
    expect(head).toBe('TargetID     Reachability  Consistency   Cap. Pool        Total         Free    %      ITotal       IFree    %   NodeID');
  });
});
