import { describe, expect, it } from 'vitest';
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
});
