import { ErrCode, HiveError, MapView, hivefs } from '@hivefs/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { MapHealth, serverKey, serverLabel } from './server-health.js';

const R = hivefs.Reachability;
const N = hivefs.NodeType;
const quiet = { debug() {}, info() {}, warn() {}, error() {} };
let view: MapView | undefined;

/** A MapView (never connected) whose map the test sets: storage node 1 with target 101, meta node 1. */
function setMap(v: MapView, version: number, t101: hivefs.Reachability, meta: hivefs.Reachability, seenMs = 5): void {
  v.map = hivefs.ClusterMap.create({
    version,
    nodes: [
      { type: N.STORAGE, nodeId: 1, reachability: t101, lastSeenMs: seenMs, addrs: [{ host: '127.0.0.1', port: 1 }] },
      { type: N.META, nodeId: 1, reachability: meta, lastSeenMs: seenMs, addrs: [{ host: '127.0.0.1', port: 2 }] },
    ],
    targets: [
      { targetId: 101, nodeId: 1, nodeType: N.STORAGE, reachability: t101 },
      { targetId: 1, nodeId: 1, nodeType: N.META, reachability: meta },
    ],
  });
  v.emit('map', v.map);
}

function newView(): MapView {
  view = new MapView({ mgmtdHost: '127.0.0.1', mgmtdPort: 1, secret: null, log: quiet });
  return view;
}
afterEach(() => view?.close());

describe('MapHealth', () => {
  it('names storage targets and meta nodes apart', () => {
    expect(serverKey({ kind: 'storage', id: 1 })).not.toBe(serverKey({ kind: 'meta', id: 1 }));
    expect(serverLabel({ kind: 'meta', id: 3 })).toBe('meta node 3');
    expect(serverLabel({ kind: 'storage', id: 101 })).toBe('storage target 101');
  });

  it('counts Offline, and Probably-offline of a server mgmtd has heard from, as down', () => {
    const v = newView();
    const h = new MapHealth(v);
    const t101 = { kind: 'storage', id: 101 } as const;
    const m1 = { kind: 'meta', id: 1 } as const;
    setMap(v, 3, R.ONLINE, R.ONLINE);
    expect(h.downReason(t101)).toBeUndefined();
    expect(h.downReason(m1)).toBeUndefined();
    expect(h.downReason({ kind: 'storage', id: 999 })).toBeUndefined(); // not in the map: routing's business
    setMap(v, 4, R.PROBABLY_OFFLINE, R.OFFLINE);
    expect(h.downReason(t101)).toBe('storage target 101 is Probably-offline in map version 4');
    expect(h.downReason(m1)).toBe('meta node 1 is Offline in map version 4');
    // right after a mgmtd restart nothing has reported yet: Probably-offline says nothing
    setMap(v, 5, R.PROBABLY_OFFLINE, R.PROBABLY_OFFLINE, 0);
    expect(h.downReason(t101)).toBeUndefined();
    expect(h.downReason(m1)).toBeUndefined();
  });

  it('aborts watched attempts of a server when a new map has it down, and only those', () => {
    const v = newView();
    const h = new MapHealth(v);
    setMap(v, 3, R.ONLINE, R.ONLINE);
    const a = new AbortController();
    const b = new AbortController();
    const gone = new AbortController();
    h.watch({ kind: 'storage', id: 101 }, a);
    h.watch({ kind: 'meta', id: 1 }, b);
    h.watch({ kind: 'storage', id: 101 }, gone)();
    setMap(v, 4, R.ONLINE, R.ONLINE);
    expect(a.signal.aborted).toBe(false);
    setMap(v, 5, R.PROBABLY_OFFLINE, R.ONLINE);
    expect(a.signal.aborted).toBe(true);
    expect(a.signal.reason).toBeInstanceOf(HiveError);
    expect((a.signal.reason as HiveError).code).toBe(ErrCode.TARGET_OFFLINE);
    expect((a.signal.reason as HiveError).message).toContain('storage target 101 is Probably-offline in map version 5');
    expect(b.signal.aborted).toBe(false);
    expect(gone.signal.aborted).toBe(false);
  });
});

describe('MapHealth and buddy groups', () => {
  /** Group 1: primary 101 (node 1), secondary 201 (node 2) with the given states. */
  function setGroupMap(v: MapView, version: number, primary: hivefs.Reachability, secondary: hivefs.Reachability, consistency: hivefs.Consistency): void {
    v.map = hivefs.ClusterMap.create({
      version,
      nodes: [1, 2].map((nodeId) => ({ type: N.STORAGE, nodeId, reachability: R.ONLINE, lastSeenMs: 5, addrs: [{ host: '127.0.0.1', port: nodeId }] })),
      targets: [
        { targetId: 101, nodeId: 1, nodeType: N.STORAGE, reachability: primary, consistency: hivefs.Consistency.GOOD },
        { targetId: 201, nodeId: 2, nodeType: N.STORAGE, reachability: secondary, consistency },
      ],
      groups: [{ groupId: 1, nodeType: N.STORAGE, primaryId: 101, secondaryId: 201, storagePoolId: 1 }],
    });
    v.emit('map', v.map);
  }
  const p101 = { kind: 'storage', id: 101, group: 1 } as const;

  it('a group whose primary is down and whose secondary cannot take over is down; with a Good, Online secondary it waits for the switch', () => {
    const v = newView();
    const h = new MapHealth(v);
    setGroupMap(v, 3, R.ONLINE, R.ONLINE, hivefs.Consistency.GOOD);
    expect(h.downReason(p101)).toBeUndefined();
    expect(h.canSwitch(p101)).toBe(true);
    expect(h.canSwitch({ kind: 'storage', id: 101 })).toBe(false); // not addressed as a group's primary
    setGroupMap(v, 4, R.OFFLINE, R.ONLINE, hivefs.Consistency.GOOD);
    expect(h.downReason(p101)).toBe('storage target 101 is Offline in map version 4; buddy group 1 waits for its secondary 201 to take over');
    expect(h.canSwitch(p101)).toBe(true);
    setGroupMap(v, 5, R.OFFLINE, R.ONLINE, hivefs.Consistency.NEEDS_RESYNC);
    expect(h.downReason(p101)).toBe('buddy group 1 is down: storage target 101 is Offline in map version 5, and its secondary 201 is Needs-resync');
    expect(h.canSwitch(p101)).toBe(false);
    setGroupMap(v, 6, R.OFFLINE, R.OFFLINE, hivefs.Consistency.GOOD);
    expect(h.downReason(p101)).toBe('buddy group 1 is down: storage target 101 is Offline in map version 6, and its secondary 201 is Offline');
  });

  it('a meta buddy group: the secondary is a meta node, whose own reachability and consistency decide', () => {
    const v = newView();
    const h = new MapHealth(v);
    const set = (version: number, primary: hivefs.Reachability, consistency: hivefs.Consistency): void => {
      v.map = hivefs.ClusterMap.create({
        version,
        nodes: [
          { type: N.META, nodeId: 1, reachability: primary, lastSeenMs: 5, addrs: [{ host: '127.0.0.1', port: 1 }] },
          { type: N.META, nodeId: 2, reachability: R.ONLINE, lastSeenMs: 5, addrs: [{ host: '127.0.0.1', port: 2 }] },
          { type: N.STORAGE, nodeId: 2, reachability: R.OFFLINE, lastSeenMs: 5, addrs: [{ host: '127.0.0.1', port: 3 }] },
        ],
        targets: [
          { targetId: 1, nodeId: 1, nodeType: N.META, reachability: primary, consistency: hivefs.Consistency.GOOD },
          { targetId: 2, nodeId: 2, nodeType: N.META, reachability: R.ONLINE, consistency },
          { targetId: 2, nodeId: 2, nodeType: N.STORAGE, reachability: R.OFFLINE, consistency: hivefs.Consistency.BAD }, // same id, other type: ignored
        ],
        groups: [
          { groupId: 200, nodeType: N.META, primaryId: 1, secondaryId: 2 },
          { groupId: 200, nodeType: N.STORAGE, primaryId: 9, secondaryId: 8, storagePoolId: 1 },
        ],
      });
      v.emit('map', v.map);
    };
    const m1 = { kind: 'meta', id: 1, group: 200 } as const;
    set(3, R.OFFLINE, hivefs.Consistency.GOOD);
    expect(h.canSwitch(m1)).toBe(true);
    expect(h.downReason(m1)).toBe('meta node 1 is Offline in map version 3; meta buddy group 200 waits for its secondary 2 to take over');
    set(4, R.OFFLINE, hivefs.Consistency.NEEDS_RESYNC);
    expect(h.canSwitch(m1)).toBe(false);
    expect(h.downReason(m1)).toBe('meta buddy group 200 is down: meta node 1 is Offline in map version 4, and its secondary 2 is Needs-resync');
  });
});
