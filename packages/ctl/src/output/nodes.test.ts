import { describe, expect, it } from 'vitest';
import { hivefs } from '@hivefs/protocol';
import { listNodes } from '../api/nodes.js';
import { FIXTURE_NOW_MS, fixtureMap } from '../testing/fixtures.js';
import { renderNodes } from './nodes.js';

describe('--listnodes output', () => {
  const rows = listNodes(fixtureMap(), 'storage', FIXTURE_NOW_MS);

  it('one line per node: <alias> [ID: <id>]', () => {
    expect(renderNodes(rows, false)).toBe('storage01 [ID: 1]\nstorage02 [ID: 2]\n');
  });

  it('--details adds addresses, reachability and heartbeat age', () => {
    expect(renderNodes(rows, true)).toBe(
      'storage01 [ID: 1]\n' +
      '   Addresses: 127.0.0.1:8003\n' +
      '   Reachability: Online\n' +
      '   Last heartbeat: 0.3 s ago\n' +
      'storage02 [ID: 2]\n' +
      '   Addresses: 127.0.0.1:8013\n' +
      '   Reachability: Offline\n' +
      '   Last heartbeat: 7.0 s ago\n',
    );
  });

  it('never-seen node and no nodes', () => {
    expect(renderNodes([{ ...rows[0]!, lastHeartbeatAgeMs: null, addresses: [] }], true)).toContain('   Addresses: -\n   Reachability: Online\n   Last heartbeat: never\n');
    expect(renderNodes([], true)).toBe('');
  });

  it('meta nodes end with the owner of the root directory', () => {
    const map = { ...fixtureMap(), nodes: [
      { nodeId: 2, alias: 'meta02', type: hivefs.NodeType.META },
      { nodeId: 1, alias: 'meta01', type: hivefs.NodeType.META },
    ], rootNodeId: 2 };
    const meta = listNodes(map, 'meta', FIXTURE_NOW_MS);
    expect(meta.map((n) => n.ownsRoot)).toEqual([false, true]);
    expect(renderNodes(meta, false)).toBe('meta01 [ID: 1]\nmeta02 [ID: 2]\nRoot: meta02 [ID: 2]\n');
    expect(renderNodes(listNodes({ ...map, rootNodeId: 0 }, 'meta', FIXTURE_NOW_MS), false)).toMatch(/\nRoot: none\n$/);
    expect(renderNodes(rows, false)).not.toContain('Root:');
  });

  it('a mirrored root: the Root line names its meta buddy group and the group\'s current primary', () => {
    const map = { ...fixtureMap(), rootNodeId: 1, rootGroupId: 200, groups: [{ nodeType: hivefs.NodeType.META, groupId: 200, primaryId: 2, secondaryId: 1 }] };
    const meta = listNodes(map, 'meta', FIXTURE_NOW_MS);
    expect(meta.map((n) => n.ownsRoot)).toEqual([false, true]);
    expect(renderNodes(meta, false, 200)).toBe('meta01 [ID: 1]\nmeta02 [ID: 2]\nRoot: meta buddy group 200 (current primary: meta02 [ID: 2])\n');
  });
});
