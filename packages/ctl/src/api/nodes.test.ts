import { describe, expect, it } from 'vitest';
import { FIXTURE_NOW_MS, fixtureMap } from '../testing/fixtures.js';
import { listNodes } from './nodes.js';

describe('listNodes', () => {
  it('nodes of one type sorted by id, with addresses, reachability and heartbeat age', () => {
    const rows = listNodes(fixtureMap(), 'storage', FIXTURE_NOW_MS);
    expect(rows).toEqual([
      { nodeId: 1, alias: 'storage01', nodeType: 'storage', addresses: [{ host: '127.0.0.1', port: 8003 }], reachability: 'Online', lastHeartbeatAgeMs: 250, hostname: 'host1', version: '0.1.0', pid: 1001, ownsRoot: false },
      { nodeId: 2, alias: 'storage02', nodeType: 'storage', addresses: [{ host: '127.0.0.1', port: 8013 }], reachability: 'Offline', lastHeartbeatAgeMs: 7000, hostname: 'host1', version: '0.1.0', pid: 1002, ownsRoot: false },
    ]);
  });

  it('meta and client nodes; never-seen nodes have a null age', () => {
    const map = fixtureMap();
    map.nodes![1]!.lastSeenMs = 0;
    expect(listNodes(map, 'meta', FIXTURE_NOW_MS).map((n) => [n.alias, n.lastHeartbeatAgeMs])).toEqual([['meta01', 250], ['meta02', null]]);
    expect(listNodes(map, 'client', FIXTURE_NOW_MS).map((n) => n.alias)).toEqual(['client07']);
  });
});
