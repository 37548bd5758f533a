// MapView against an in-process fake mgmtd (and a fake storage server) on 127.0.0.1.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hivefs } from '../gen/proto.js';
import { ErrCode, HiveError } from './errors.js';
import { Rpc } from './msg-types.js';
import { RpcClient } from './rpc/client.js';
import { MapView } from './rpc/map-view.js';
import { RpcServer, type LoggerLike } from './rpc/server.js';
import { until } from './testing/helpers.js';

const HOST = '127.0.0.1';
const quiet: LoggerLike = { debug() {}, info() {}, warn() {}, error() {} };

describe('MapView', () => {
  const secret = randomBytes(32);
  let mgmtd: RpcServer;
  let storage: RpcServer;
  let mgmtdPort = 0;
  let storagePort = 0;
  let mgmtdVersion = 1;
  let storageVersion = 0;
  let getMapCalls = 0;
  let getMapFails = false;
  let gate: Promise<void> | undefined;
  let storageSeen: number[] = [];
  let pinger: RpcClient;
  const views: MapView[] = [];

  function mapOf(version: number): hivefs.IClusterMap {
    return {
      version,
      nodes: [
        { type: hivefs.NodeType.STORAGE, nodeId: 1, alias: 'storage01', addrs: [{ host: HOST, port: storagePort }] },
        { type: hivefs.NodeType.META, nodeId: 1, alias: 'meta01', addrs: [{ host: HOST, port: 1 }] },
        { type: hivefs.NodeType.STORAGE, nodeId: 2, alias: 'storage02', addrs: [] },
      ],
      targets: [
        { targetId: 101, nodeId: 1, nodeType: hivefs.NodeType.STORAGE, reachability: hivefs.Reachability.ONLINE },
        { targetId: 1, nodeId: 1, nodeType: hivefs.NodeType.META, reachability: hivefs.Reachability.ONLINE },
        { targetId: 201, nodeId: 2, nodeType: hivefs.NodeType.STORAGE },
        { targetId: 301, nodeId: 3, nodeType: hivefs.NodeType.STORAGE },
      ],
      groups: [],
      pools: [],
      rootNodeId: 1,
    };
  }

  /**
   * A view whose mgmtd calls are counted; after `cap` calls they never settle, which breaks any
   * runaway refresh loop so that a failing test cannot spin the worker forever.
   */
  function view(cap = 200): { v: MapView; calls: () => number } {
    const v = new MapView({ mgmtdHost: HOST, mgmtdPort, secret, log: quiet, timeoutMs: 5000 });
    views.push(v);
    let n = 0;
    const orig = v.mgmtd.call.bind(v.mgmtd);
    (v.mgmtd as { call: typeof orig }).call = ((def, req, opts) => {
      n++;
      if (n > cap) return new Promise(() => undefined);
      return orig(def, req, opts);
    }) as typeof orig;
    return { v, calls: () => n };
  }

  /** Lets the event loop make `n` full round trips to mgmtd on another connection. */
  async function roundTrips(n: number): Promise<void> {
    for (let i = 0; i < n; i++) await pinger.call(Rpc.ping, {});
  }

  beforeAll(async () => {
    mgmtd = new RpcServer({ service: 'mgmtd', secret, log: quiet, mapVersion: () => mgmtdVersion });
    mgmtd.handle(Rpc.getMap, async () => {
      getMapCalls++;
      if (getMapFails) throw new HiveError(ErrCode.SHUTTING_DOWN, 'mgmtd is restarting');
      const map = mapOf(mgmtdVersion); // the map as of the request's arrival
      if (gate) await gate;
      return { map };
    });
    storage = new RpcServer({ service: 'storage', secret, log: quiet, mapVersion: () => storageVersion });
    storage.handle(Rpc.statTargets, (_req, ctx) => {
      storageSeen.push(ctx.mapVersion);
      return { targets: [] };
    });
    ({ port: mgmtdPort } = await mgmtd.listen(0, HOST));
    ({ port: storagePort } = await storage.listen(0, HOST));
    pinger = new RpcClient({ host: HOST, port: mgmtdPort, secret, poolSize: 1 });
  });

  beforeEach(() => {
    mgmtdVersion = 1;
    storageVersion = 0;
    getMapFails = false;
    gate = undefined;
    getMapCalls = 0;
    storageSeen = [];
  });

  afterAll(async () => {
    // (a runaway refresh loop is stopped by the call cap of view(), so closing cannot spin)
    for (const v of views) v.close();
    pinger.close();
    await storage.close();
    await mgmtd.close();
  });

  it('starts empty; refresh fetches the map and emits it', async () => {
    const { v } = view();
    expect(v.version).toBe(0);
    expect(v.map).toBeUndefined();
    mgmtdVersion = 4;
    const emitted: hivefs.ClusterMap[] = [];
    v.on('map', (m: hivefs.ClusterMap) => emitted.push(m));
    const m = await v.refresh();
    expect(m.version).toBe(4);
    expect(v.version).toBe(4);
    expect(v.map).toBe(m);
    expect(emitted).toHaveLength(1);
    expect(emitted[0]!.version).toBe(4);
  });

  it('concurrent refreshes are coalesced into one getMap', async () => {
    const { v, calls } = view();
    const [a, b, c] = await Promise.all([v.refresh(), v.refresh(), v.refresh()]);
    expect(a).toBe(b);
    expect(b).toBe(c);
    expect(calls()).toBe(1);
    expect(getMapCalls).toBe(1);
  });

  it('lookups: node, target, nodeClient, targetClient and their errors', async () => {
    const { v } = view();
    expect(() => v.targetClient(101)).toThrow(HiveError); // no map yet
    await v.refresh();
    expect(v.node(hivefs.NodeType.STORAGE, 1)?.alias).toBe('storage01');
    expect(v.node(hivefs.NodeType.META, 1)?.alias).toBe('meta01');
    expect(v.node(hivefs.NodeType.STORAGE, 9)).toBeUndefined();
    expect(v.target(101)?.nodeId).toBe(1);
    expect(v.target(1)).toBeUndefined(); // meta "target" 1 is not a storage target
    expect(v.target(1, hivefs.NodeType.META)?.nodeId).toBe(1);
    const sc = v.nodeClient(hivefs.NodeType.STORAGE, 1);
    expect(sc.port).toBe(storagePort);
    expect(v.targetClient(101)).toBe(sc);
    expect(v.clientAt(HOST, storagePort)).toBe(sc); // one client per address
    const codeOf = (fn: () => unknown): number => {
      try {
        fn();
      } catch (e) {
        return (e as HiveError).code;
      }
      return -1;
    };
    expect(codeOf(() => v.nodeClient(hivefs.NodeType.STORAGE, 9))).toBe(ErrCode.UNKNOWN_NODE);
    expect(codeOf(() => v.nodeClient(hivefs.NodeType.STORAGE, 2))).toBe(ErrCode.UNKNOWN_NODE); // no address
    expect(codeOf(() => v.targetClient(999))).toBe(ErrCode.UNKNOWN_TARGET_ID);
    expect(codeOf(() => v.targetClient(301))).toBe(ErrCode.UNKNOWN_NODE); // its node is not in the map
  });

  it('noteVersion: older or equal versions do nothing, a newer one refreshes once', async () => {
    const { v, calls } = view();
    mgmtdVersion = 5;
    await v.refresh();
    v.noteVersion(5);
    v.noteVersion(3);
    v.noteVersion(0);
    await roundTrips(3);
    expect(calls()).toBe(1);
    mgmtdVersion = 6;
    const next = new Promise<hivefs.ClusterMap>((r) => v.once('map', r));
    v.noteVersion(6);
    v.noteVersion(6);
    expect((await next).version).toBe(6);
    await roundTrips(3);
    expect(calls()).toBe(2);
  });

  it('clients it hands out stamp the view version and refresh the view on a newer reply', async () => {
    const { v } = view();
    mgmtdVersion = 7;
    await v.refresh();
    const sc = v.nodeClient(hivefs.NodeType.STORAGE, 1);
    await sc.call(Rpc.statTargets, {});
    expect(storageSeen).toEqual([7]);
    // the storage server knows a newer map
    mgmtdVersion = 8;
    storageVersion = 8;
    const next = new Promise<hivefs.ClusterMap>((r) => v.once('map', r));
    await sc.call(Rpc.statTargets, {});
    expect((await next).version).toBe(8);
    await sc.call(Rpc.statTargets, {});
    expect(storageSeen).toEqual([7, 7, 8]);
  });

  it('a newer version noted while a refresh is in flight triggers one more refresh', async () => {
    const { v, calls } = view();
    mgmtdVersion = 5;
    let open!: () => void;
    gate = new Promise<void>((r) => (open = r));
    const first = v.refresh();
    await until(() => getMapCalls === 1, 'getMap to arrive');
    mgmtdVersion = 6; // changed after mgmtd built the reply to the first fetch
    const six = new Promise<hivefs.ClusterMap>((r) => v.on('map', (m: hivefs.ClusterMap) => m.version === 6 && r(m)));
    v.noteVersion(6);
    gate = undefined;
    open();
    expect((await first).version).toBe(5);
    expect((await six).version).toBe(6);
    expect(calls()).toBe(2);
  });

  it('a map older than the cached one is not taken', async () => {
    const { v } = view();
    mgmtdVersion = 10;
    await v.refresh();
    mgmtdVersion = 9;
    const m = await v.refresh();
    expect(m.version).toBe(10);
    expect(v.version).toBe(10);
  });

  it('a noted version that mgmtd does not (yet) have causes a bounded number of refreshes, not a loop', async () => {
    const { v, calls } = view();
    mgmtdVersion = 3;
    await v.refresh();
    v.noteVersion(10); // e.g. seen on a peer that is ahead, or bogus
    await roundTrips(20);
    // one refresh for the note (perhaps one more); a loop would have done about 20 by now
    expect(calls()).toBeLessThanOrEqual(3);
    expect(v.version).toBe(3);
  });

  it('while mgmtd fails, a noted version does not make the view hammer mgmtd', async () => {
    const { v, calls } = view();
    mgmtdVersion = 3;
    await v.refresh();
    getMapFails = true;
    v.noteVersion(4);
    await roundTrips(20);
    expect(calls()).toBeLessThanOrEqual(3);
    // mgmtd is back: the next reply carrying the newer version brings the view up to date
    getMapFails = false;
    mgmtdVersion = 4;
    const next = new Promise<hivefs.ClusterMap>((r) => v.once('map', r));
    v.noteVersion(4);
    expect((await next).version).toBe(4);
  });

  it('a closed view stops refreshing', async () => {
    const { v, calls } = view(1000);
    mgmtdVersion = 3;
    await v.refresh();
    getMapFails = true;
    v.noteVersion(50);
    v.close();
    const at = calls();
    await roundTrips(5);
    // with a runaway loop the (closed) client is called in a tight microtask loop until the cap
    expect(calls() - at).toBeLessThanOrEqual(2);
    await expect(v.refresh()).rejects.toMatchObject({ code: ErrCode.SHUTTING_DOWN });
  });
});
