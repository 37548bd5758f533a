import { describe, expect, it } from 'vitest';
import { hivefs } from '../gen/proto.js';
import { MsgType, RPC_BY_REQ_TYPE, Rpc, type AnyRpcDef } from './msg-types.js';

const DEFS = Object.entries(Rpc) as [string, AnyRpcDef][];

/** The name under which a generated message class is exported from `hivefs`. */
function messageName(codec: unknown): string | undefined {
  return Object.entries(hivefs).find(([, v]) => v === codec)?.[0];
}

describe('message type ids', () => {
  it('every id (connection messages, requests, responses) is unique', () => {
    const ids = [...Object.values(MsgType), ...DEFS.flatMap(([, d]) => [d.reqType, d.respType])];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('ids fit the u16 message type field and are never 0', () => {
    for (const [name, d] of DEFS) {
      for (const t of [d.reqType, d.respType]) {
        expect(Number.isInteger(t), name).toBe(true);
        expect(t, name).toBeGreaterThan(0);
        expect(t, name).toBeLessThanOrEqual(0xffff);
      }
    }
  });

  it('requests are even, responses are request + 1, in the documented range per service', () => {
    const ranges: [RegExp, number, number][] = [
      [/^(Ping)(Req|Resp)$/, 10, 99],
      [/^(RegisterNode|RegisterTarget|Heartbeat|GetMap|SetTargetState|RemoveNode|RemoveTarget|AddMirrorGroup|MirrorRoot)(Req|Resp)$/, 1000, 1999],
      [/^(WriteChunk|ReadChunk|TruncateChunk|UnlinkChunks?|FsyncChunk|GetChunkLengths|StatTargets|ResyncChunk|ListChunks|StartResync|GetResyncStats)(Req|Resp)$/, 3000, 3999],
    ];
    for (const [name, d] of DEFS) {
      expect(d.reqType % 2, name).toBe(0);
      expect(d.respType, name).toBe(d.reqType + 1);
      const req = messageName(d.Req)!;
      const r = ranges.find(([re]) => re.test(req));
      const [lo, hi] = r ? [r[1], r[2]] : [2000, 2999]; // everything else is a meta request
      expect(d.reqType, name).toBeGreaterThanOrEqual(lo);
      expect(d.respType, name).toBeLessThanOrEqual(hi);
    }
  });

  it('meta buddy mirroring RPCs lie in 2150..2169 (the root hand-over included)', () => {
    const mirror = [Rpc.journalPush, Rpc.journalPosition, Rpc.snapshotPage, Rpc.metaJournalStats, Rpc.getMetaResyncStats, Rpc.startMetaResync, Rpc.rootHandOver];
    expect(DEFS.filter(([, d]) => d.reqType >= 2150 && d.reqType <= 2169).map(([, d]) => d)).toEqual(mirror);
    expect(Rpc.rootHandOver.reqType).toBe(2162);
  });

  it('connection-level ids lie below the RPC range', () => {
    for (const v of Object.values(MsgType)) expect(v).toBeLessThan(10);
    expect(MsgType.ERROR).toBe(1);
  });
});

describe('request/response pairs', () => {
  it('each RPC pairs <X>Req with <X>Resp, and its name is x', () => {
    for (const [key, d] of DEFS) {
      expect(d.name).toBe(key);
      const req = messageName(d.Req);
      const resp = messageName(d.Resp);
      expect(req, `${key} request codec is a generated message`).toBeDefined();
      expect(resp, `${key} response codec is a generated message`).toBeDefined();
      expect(req!.endsWith('Req'), req).toBe(true);
      expect(resp!.endsWith('Resp'), resp).toBe(true);
      const base = req!.slice(0, -3);
      expect(resp!.slice(0, -4)).toBe(base);
      expect(base.charAt(0).toLowerCase() + base.slice(1)).toBe(key);
    }
  });

  it('no message class is used by two RPCs', () => {
    const codecs = DEFS.flatMap(([, d]) => [d.Req, d.Resp]);
    expect(new Set(codecs).size).toBe(codecs.length);
  });

  it('every generated *Req message has an RPC', () => {
    const reqs = Object.keys(hivefs).filter((k) => /Req$/.test(k));
    const used = new Set(DEFS.map(([, d]) => messageName(d.Req)));
    for (const r of reqs) expect(used.has(r), `${r} has no entry in Rpc`).toBe(true);
  });

  it('RPC_BY_REQ_TYPE finds every RPC by its request type and nothing else', () => {
    expect(RPC_BY_REQ_TYPE.size).toBe(DEFS.length);
    for (const [, d] of DEFS) {
      expect(RPC_BY_REQ_TYPE.get(d.reqType)).toBe(d);
      expect(RPC_BY_REQ_TYPE.get(d.respType)).toBeUndefined();
    }
    for (const v of Object.values(MsgType)) expect(RPC_BY_REQ_TYPE.get(v)).toBeUndefined();
  });
});

describe('codecs', () => {
  it.each(DEFS)('%s: request and response round-trip an empty message', (_name, d) => {
    for (const codec of [d.Req, d.Resp]) {
      const bytes = codec.encode({}).finish();
      expect(bytes.length).toBe(0); // proto3: nothing set, nothing sent
      const msg = codec.decode(bytes);
      expect(msg).toBeTypeOf('object');
      const again = codec.encode(msg).finish();
      expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it.each(DEFS)('%s: the request codec rejects malformed bodies (the server answers BAD_MESSAGE)', (_name, d) => {
    const bad = [
      Buffer.from([0x07, 0x01, 0x02]), // field 0, wire type 7
      Buffer.from([0x06]), // field 0, wire type 6
      Buffer.from([0xfa, 0x06, 0x7f]), // field 111, length 127, nothing follows
      Buffer.from([0x02, 0xff, 0x01]), // field 0, length 255, nothing follows
      Buffer.from([0x08]), // field 1 varint, no value
    ];
    for (const b of bad) expect(() => d.Req.decode(b), b.toString('hex')).toThrow();
  });

  it('64-bit fields decode as JS numbers, exactly up to 2^53', () => {
    const big = 2 ** 40 + 7;
    const w = Rpc.writeChunk.Req.decode(Rpc.writeChunk.Req.encode({ entryId: '1-2-3', targetId: 101, offset: big }).finish());
    expect(typeof w.offset).toBe('number');
    expect(w.offset).toBe(big);
    expect(w.entryId).toBe('1-2-3');
    expect(w.targetId).toBe(101);
    const max = Number.MAX_SAFE_INTEGER;
    const e = hivefs.ErrorResp.decode(hivefs.ErrorResp.encode({ code: 3000, message: 'x', mapVersion: max }).finish());
    expect(e.mapVersion).toBe(max);
    expect(typeof e.mapVersion).toBe('number');
    const g = Rpc.getChunkLengths.Resp.decode(Rpc.getChunkLengths.Resp.encode({ lengths: [0, 1, 2 ** 33] }).finish());
    expect(g.lengths).toEqual([0, 1, 2 ** 33]);
    expect(g.lengths.every((x) => typeof x === 'number')).toBe(true);
  });

  it('an unset 64-bit field decodes as the number 0', () => {
    const r = hivefs.ErrorResp.decode(new Uint8Array(0));
    expect(r.mapVersion).toBe(0);
    expect(typeof r.mapVersion).toBe('number');
  });

  it('enums are numbers', () => {
    expect(hivefs.NodeType.STORAGE).toBe(3);
    const n = Rpc.registerNode.Req.decode(Rpc.registerNode.Req.encode({ type: hivefs.NodeType.META, nodeId: 2 }).finish());
    expect(n.type).toBe(hivefs.NodeType.META);
  });

  it('a ClusterMap with nested messages survives a round trip', () => {
    const map = {
      version: 12,
      nodes: [{ type: hivefs.NodeType.STORAGE, nodeId: 1, alias: 'storage01', addrs: [{ host: '127.0.0.1', port: 8003 }], lastSeenMs: Date.now() }],
      targets: [{ targetId: 101, nodeId: 1, nodeType: hivefs.NodeType.STORAGE, reachability: hivefs.Reachability.ONLINE, space: { targetId: 101, totalBytes: 2 ** 42, freeBytes: 2 ** 41 } }],
      groups: [{ nodeType: hivefs.NodeType.STORAGE, groupId: 1, primaryId: 101, secondaryId: 201 }],
      pools: [],
      rootNodeId: 1,
    };
    const got = Rpc.getMap.Resp.decode(Rpc.getMap.Resp.encode({ map }).finish());
    const m = got.map as hivefs.ClusterMap;
    expect(m).toBeInstanceOf(hivefs.ClusterMap);
    expect(m.version).toBe(12);
    expect(m.nodes[0]?.addrs?.[0]?.port).toBe(8003);
    expect(m.targets[0]?.space?.totalBytes).toBe(2 ** 42);
    expect(m.groups[0]?.secondaryId).toBe(201);
    expect(m.rootNodeId).toBe(1);
  });
});
