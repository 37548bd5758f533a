// An in-process fake mgmtd (serves a fixed, editable map), fake meta (an in-memory namespace), fake storage (resync stats)
// and the meta mirroring RPCs of two meta nodes (meta02 is not in the map unless a test puts it there) on 127.0.0.1.
import { ErrCode, HiveError, ROOT_ENTRY_ID, Rpc, RpcServer, formatEntryId, hivefs } from '@hivefs/protocol';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const { NodeType: T, Reachability: R, Consistency: C, EntryType: E } = hivefs;

/** A running fake cluster. */
export interface FakeCluster {
  mgmtd: { host: string; port: number };
  map: hivefs.IClusterMap;
  /** Inodes by entry id (root included). */
  inodes: Map<string, hivefs.IAttr>;
  /** Entry ids by `<parent id>/<name>`. */
  dentries: Map<string, string>;
  /** Requests the fake meta received, by RPC name. */
  calls: { name: string; req: unknown }[];
  /** Make lookups answer without attributes (an invalid result). */
  breakLookups: boolean;
  /** Answers of the fake storage's getResyncStats, one per call (the last one repeats). */
  resyncStats: hivefs.IResyncStats[];
  /** Requests the fake storage received, by RPC name. */
  storageCalls: { name: string; req: unknown }[];
  /** Port of fake meta node 2 (for a meta buddy group with meta node 1). */
  meta2Port: number;
  /** Answers of the meta nodes' getMetaResyncStats / startMetaResync, one per call (the last one repeats). */
  metaResyncStats: hivefs.IResyncStats[];
  /** metaJournalStats answer by node id; a node without one answers with an error. */
  journals: Map<number, hivefs.IMetaJournalStats>;
  /** Meta mirroring requests received: node id, RPC name, request. */
  mirrorCalls: { nodeId: number; name: string; req: unknown }[];
  close(): Promise<void>;
}

function dirAttr(entryId: string, parentId: string, mode: number, cred: hivefs.ICredentials, pattern: hivefs.IStripePattern): hivefs.IAttr {
  return { entryId, parentId, type: E.DIRECTORY, mode, uid: cred.uid ?? 0, gid: cred.gid ?? 0, nlink: 2, ownerNodeId: 1, pattern: { ...pattern, ids: [] } };
}

/** Starts mgmtd and meta node 1 with two storage nodes (targets 101, 102, 201, 202) in the map. */
export async function startFakeCluster(secret: Buffer | null): Promise<FakeCluster> {
  const mgmtd = new RpcServer({ service: 'mgmtd', secret, log: quiet });
  const meta = new RpcServer({ service: 'meta', secret, log: quiet, nodeId: () => 1 });
  const meta2 = new RpcServer({ service: 'meta', secret, log: quiet, nodeId: () => 2 });
  const storage = new RpcServer({ service: 'storage', secret, log: quiet, nodeId: () => 1 });
  const metaAddr = await meta.listen(0, '127.0.0.1');
  const meta2Addr = await meta2.listen(0, '127.0.0.1');
  const storageAddr = await storage.listen(0, '127.0.0.1');
  const now = Date.now();
  const node = (type: hivefs.NodeType, nodeId: number, alias: string, port: number): hivefs.INodeInfo =>
    ({ type, nodeId, alias, addrs: [{ host: '127.0.0.1', port }], reachability: R.ONLINE, lastSeenMs: now });
  const target = (targetId: number, nodeId: number, nodeType = T.STORAGE): hivefs.ITargetInfo =>
    ({ targetId, nodeId, nodeType, reachability: R.ONLINE, consistency: C.GOOD, space: { targetId, totalBytes: 10 * 1024 ** 3, freeBytes: 5 * 1024 ** 3, totalInodes: 1_000_000, freeInodes: 900_000 } });
  const fc: FakeCluster = {
    mgmtd: { host: '127.0.0.1', port: 0 },
    map: {
      version: 3,
      rootNodeId: 1,
      nodes: [node(T.META, 1, 'meta01', metaAddr.port), node(T.STORAGE, 1, 'storage01', storageAddr.port), node(T.STORAGE, 2, 'storage02', storageAddr.port)],
      targets: [target(1, 1, T.META), target(101, 1), target(102, 1), target(201, 2), target(202, 2)],
    },
    inodes: new Map(),
    dentries: new Map(),
    calls: [],
    breakLookups: false,
    resyncStats: [],
    storageCalls: [],
    meta2Port: meta2Addr.port,
    metaResyncStats: [],
    journals: new Map(),
    mirrorCalls: [],
    close: async () => {
      await mgmtd.close();
      await meta.close();
      await meta2.close();
      await storage.close();
    },
  };
  mgmtd.handle(Rpc.getMap, () => ({ map: fc.map }));
  mgmtd.handle(Rpc.mirrorRoot, () => {
    const g = fc.map.groups?.find((x) => x.nodeType === T.META && x.primaryId === fc.map.rootNodeId);
    if (fc.map.rootGroupId) return { groupId: fc.map.rootGroupId, mapVersion: fc.map.version, already: true };
    if (!g) throw new HiveError(ErrCode.UNKNOWN_GROUP, `meta node ${fc.map.rootNodeId}, which owns the root directory, is not the primary of a meta buddy group`);
    Object.assign(fc.map, { rootGroupId: g.groupId, version: Number(fc.map.version) + 1 });
    return { groupId: g.groupId, mapVersion: fc.map.version, already: false };
  });
  fc.mgmtd = await mgmtd.listen(0, '127.0.0.1');
  serveMeta(meta, fc);
  serveMetaMirror(meta, 1, fc);
  serveMetaMirror(meta2, 2, fc);
  const stats = (): hivefs.IResyncStats => (fc.resyncStats.length > 1 ? fc.resyncStats.shift()! : fc.resyncStats[0] ?? {});
  storage.handle(Rpc.getResyncStats, (req) => (fc.storageCalls.push({ name: 'getResyncStats', req }), { stats: stats() }));
  storage.handle(Rpc.startResync, (req) => (fc.storageCalls.push({ name: 'startResync', req }), { stats: stats() }));
  return fc;
}

function serveMeta(meta: RpcServer, fc: FakeCluster): void {
  const dentries = fc.dentries;
  let counter = 0;
  fc.inodes.set(ROOT_ENTRY_ID, dirAttr(ROOT_ENTRY_ID, '', 0o755, { uid: 0, gid: 0 }, { type: hivefs.PatternType.RAID0, chunkSize: 524288, numTargets: 4, storagePoolId: 1 }));
  const inode = (id: string): hivefs.IAttr => fc.inodes.get(id) ?? fail(ErrCode.NOT_FOUND, `no entry ${id}`);
  const fail = (code: ErrCode, msg: string): never => {
    throw new HiveError(code, msg);
  };
  const note = (name: string, req: unknown): void => void fc.calls.push({ name, req });
  meta.handle(Rpc.lookup, (req) => {
    note('lookup', req);
    const id = dentries.get(`${req.parentId}/${req.name}`) ?? fail(ErrCode.NOT_FOUND, `no entry '${req.name}' in ${req.parentId}`);
    return fc.breakLookups ? {} : { attr: inode(id) };
  });
  meta.handle(Rpc.getAttr, (req) => (note('getAttr', req), { attr: inode(req.entryId) }));
  meta.handle(Rpc.mkdir, (req) => {
    note('mkdir', req);
    const parent = inode(req.parentId);
    if (parent.type !== E.DIRECTORY) fail(ErrCode.NOT_DIR, `${req.parentId} is not a directory`);
    if (dentries.has(`${req.parentId}/${req.name}`)) fail(ErrCode.EXISTS, `'${req.name}' exists in ${req.parentId}`);
    const id = formatEntryId(++counter, 0x6553f100, 1);
    fc.inodes.set(id, dirAttr(id, req.parentId, req.mode, req.cred ?? {}, parent.pattern ?? {}));
    dentries.set(`${req.parentId}/${req.name}`, id);
    return { attr: inode(id) };
  });
  meta.handle(Rpc.setPattern, (req) => {
    note('setPattern', req);
    const a = inode(req.entryId);
    a.pattern = req.pattern;
    return { attr: a };
  });
  meta.handle(Rpc.setAttr, (req) => {
    note('setAttr', req);
    const a = inode(req.entryId);
    if (req.valid & 2) a.uid = req.uid;
    if (req.valid & 4) a.gid = req.gid;
    return { attr: a };
  });
}

/** The meta mirroring RPCs ctl sends to a meta node: resync stats and start (from fc.metaResyncStats), journal stats (fc.journals). */
function serveMetaMirror(server: RpcServer, nodeId: number, fc: FakeCluster): void {
  const note = (name: string, req: unknown): void => void fc.mirrorCalls.push({ nodeId, name, req });
  const stats = (): hivefs.IResyncStats => (fc.metaResyncStats.length > 1 ? fc.metaResyncStats.shift()! : fc.metaResyncStats[0] ?? {});
  server.handle(Rpc.getMetaResyncStats, (req) => (note('getMetaResyncStats', req), { stats: stats() }));
  server.handle(Rpc.startMetaResync, (req) => (note('startMetaResync', req), { stats: stats() }));
  server.handle(Rpc.metaJournalStats, (req) => {
    note('metaJournalStats', req);
    const j = fc.journals.get(nodeId);
    if (!j) throw new HiveError(ErrCode.UNREACHABLE, `meta node ${nodeId} has no journal of group ${req.groupId}`);
    return { stats: j };
  });
}

/** Adds a regular file with a fixed raid0 layout under a directory. */
export function addFile(fc: FakeCluster, parentId: string, name: string, ids: number[]): string {
  const id = formatEntryId(0xf00 + ids.length, 0x6553f100, 1);
  fc.inodes.set(id, { entryId: id, parentId, type: E.REGULAR, mode: 0o644, ownerNodeId: 1, pattern: { type: hivefs.PatternType.RAID0, chunkSize: 65536, numTargets: 4, ids, storagePoolId: 1 } });
  fc.dentries.set(`${parentId}/${name}`, id);
  return id;
}
