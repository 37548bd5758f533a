// Numeric message type ids (never reused) and the request/response pairs of every RPC.
import type { Writer } from 'protobufjs/minimal.js';
import { hivefs } from '../gen/proto.js';

/** What the framing layer needs of a generated message class. */
export interface MessageCodec<I, M> {
  encode(message: I, writer?: Writer): Writer;
  decode(reader: Uint8Array, length?: number): M;
}

/** One RPC: its request and response message types, ids and codecs. */
export interface RpcDef<ReqI, Req, RespI, Resp> {
  readonly name: string;
  readonly reqType: number;
  readonly respType: number;
  readonly Req: MessageCodec<ReqI, Req>;
  readonly Resp: MessageCodec<RespI, Resp>;
}

/** Any RPC definition. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRpcDef = RpcDef<any, any, any, any>;
export type ReqOf<D> = D extends RpcDef<infer I, any, any, any> ? I : never;
export type DecodedReqOf<D> = D extends RpcDef<any, infer R, any, any> ? R : never;
export type RespInitOf<D> = D extends RpcDef<any, any, infer I, any> ? I : never;
export type RespOf<D> = D extends RpcDef<any, any, any, infer R> ? R : never;

function rpc<ReqI, Req, RespI, Resp>(name: string, reqType: number, Req: MessageCodec<ReqI, Req>, Resp: MessageCodec<RespI, Resp>): RpcDef<ReqI, Req, RespI, Resp> {
  return { name, reqType, respType: reqType + 1, Req, Resp };
}

const h = hivefs;

/** Message type ids of the connection-level messages. */
export const MsgType = {
  ERROR: 1,
  AUTH_CHALLENGE: 2,
  AUTH_RESPONSE: 3,
  AUTH_RESULT: 4,
} as const;

/**
 * Every RPC. Request ids are even-numbered within each service's range and the response is
 * request id + 1: rpc 10-99, mgmtd 1000-1999, meta 2000-2999, storage 3000-3999.
 */
export const Rpc = {
  ping: rpc('ping', 10, h.PingReq, h.PingResp),

  registerNode: rpc('registerNode', 1000, h.RegisterNodeReq, h.RegisterNodeResp),
  registerTarget: rpc('registerTarget', 1002, h.RegisterTargetReq, h.RegisterTargetResp),
  heartbeat: rpc('heartbeat', 1004, h.HeartbeatReq, h.HeartbeatResp),
  getMap: rpc('getMap', 1006, h.GetMapReq, h.GetMapResp),
  setTargetState: rpc('setTargetState', 1008, h.SetTargetStateReq, h.SetTargetStateResp),
  removeNode: rpc('removeNode', 1010, h.RemoveNodeReq, h.RemoveNodeResp),
  removeTarget: rpc('removeTarget', 1012, h.RemoveTargetReq, h.RemoveTargetResp),
  addMirrorGroup: rpc('addMirrorGroup', 1014, h.AddMirrorGroupReq, h.AddMirrorGroupResp),
  mirrorRoot: rpc('mirrorRoot', 1016, h.MirrorRootReq, h.MirrorRootResp),

  lookup: rpc('lookup', 2000, h.LookupReq, h.LookupResp),
  getAttr: rpc('getAttr', 2002, h.GetAttrReq, h.GetAttrResp),
  setAttr: rpc('setAttr', 2004, h.SetAttrReq, h.SetAttrResp),
  mkdir: rpc('mkdir', 2006, h.MkdirReq, h.MkdirResp),
  rmdir: rpc('rmdir', 2008, h.RmdirReq, h.RmdirResp),
  create: rpc('create', 2010, h.CreateReq, h.CreateResp),
  open: rpc('open', 2012, h.OpenReq, h.OpenResp),
  close: rpc('close', 2014, h.CloseReq, h.CloseResp),
  reportWrite: rpc('reportWrite', 2016, h.ReportWriteReq, h.ReportWriteResp),
  unlink: rpc('unlink', 2018, h.UnlinkReq, h.UnlinkResp),
  rename: rpc('rename', 2020, h.RenameReq, h.RenameResp),
  readdir: rpc('readdir', 2022, h.ReaddirReq, h.ReaddirResp),
  symlink: rpc('symlink', 2024, h.SymlinkReq, h.SymlinkResp),
  readlink: rpc('readlink', 2026, h.ReadlinkReq, h.ReadlinkResp),
  link: rpc('link', 2028, h.LinkReq, h.LinkResp),
  setXattr: rpc('setXattr', 2030, h.SetXattrReq, h.SetXattrResp),
  getXattr: rpc('getXattr', 2032, h.GetXattrReq, h.GetXattrResp),
  listXattr: rpc('listXattr', 2034, h.ListXattrReq, h.ListXattrResp),
  removeXattr: rpc('removeXattr', 2036, h.RemoveXattrReq, h.RemoveXattrResp),
  statFs: rpc('statFs', 2038, h.StatFsReq, h.StatFsResp),
  setPattern: rpc('setPattern', 2040, h.SetPatternReq, h.SetPatternResp),
  mknod: rpc('mknod', 2042, h.MknodReq, h.MknodResp),
  closeSessions: rpc('closeSessions', 2044, h.CloseSessionsReq, h.CloseSessionsResp),

  // Meta-to-meta (scale-out), 2100..2149
  peerCreateDir: rpc('peerCreateDir', 2100, h.PeerCreateDirReq, h.PeerCreateDirResp),
  peerRemoveDir: rpc('peerRemoveDir', 2102, h.PeerRemoveDirReq, h.PeerRemoveDirResp),
  peerAdjustLink: rpc('peerAdjustLink', 2104, h.PeerAdjustLinkReq, h.PeerAdjustLinkResp),
  peerSetParent: rpc('peerSetParent', 2106, h.PeerSetParentReq, h.PeerSetParentResp),
  peerRenameIn: rpc('peerRenameIn', 2108, h.PeerRenameInReq, h.PeerRenameInResp),
  peerGetAttrs: rpc('peerGetAttrs', 2110, h.PeerGetAttrsReq, h.PeerGetAttrsResp),
  peerIntentState: rpc('peerIntentState', 2112, h.PeerIntentStateReq, h.PeerIntentStateResp),
  peerForgetIntent: rpc('peerForgetIntent', 2114, h.PeerForgetIntentReq, h.PeerForgetIntentResp),
  peerFenceStep: rpc('peerFenceStep', 2116, h.PeerFenceStepReq, h.PeerFenceStepResp),

  journalPush: rpc('journalPush', 2150, h.JournalPushReq, h.JournalPushResp),
  journalPosition: rpc('journalPosition', 2152, h.JournalPositionReq, h.JournalPositionResp),
  snapshotPage: rpc('snapshotPage', 2154, h.SnapshotPageReq, h.SnapshotPageResp),
  metaJournalStats: rpc('metaJournalStats', 2156, h.MetaJournalStatsReq, h.MetaJournalStatsResp),
  getMetaResyncStats: rpc('getMetaResyncStats', 2158, h.GetMetaResyncStatsReq, h.GetMetaResyncStatsResp),
  startMetaResync: rpc('startMetaResync', 2160, h.StartMetaResyncReq, h.StartMetaResyncResp),
  rootHandOver: rpc('rootHandOver', 2162, h.RootHandOverReq, h.RootHandOverResp),

  writeChunk: rpc('writeChunk', 3000, h.WriteChunkReq, h.WriteChunkResp),
  readChunk: rpc('readChunk', 3002, h.ReadChunkReq, h.ReadChunkResp),
  truncateChunk: rpc('truncateChunk', 3004, h.TruncateChunkReq, h.TruncateChunkResp),
  unlinkChunk: rpc('unlinkChunk', 3006, h.UnlinkChunkReq, h.UnlinkChunkResp),
  fsyncChunk: rpc('fsyncChunk', 3008, h.FsyncChunkReq, h.FsyncChunkResp),
  getChunkLengths: rpc('getChunkLengths', 3010, h.GetChunkLengthsReq, h.GetChunkLengthsResp),
  statTargets: rpc('statTargets', 3012, h.StatTargetsReq, h.StatTargetsResp),
  unlinkChunks: rpc('unlinkChunks', 3014, h.UnlinkChunksReq, h.UnlinkChunksResp),
  resyncChunk: rpc('resyncChunk', 3016, h.ResyncChunkReq, h.ResyncChunkResp),
  listChunks: rpc('listChunks', 3018, h.ListChunksReq, h.ListChunksResp),
  startResync: rpc('startResync', 3020, h.StartResyncReq, h.StartResyncResp),
  getResyncStats: rpc('getResyncStats', 3022, h.GetResyncStatsReq, h.GetResyncStatsResp),
} as const;

/** Request message type id -> RPC definition. */
export const RPC_BY_REQ_TYPE: ReadonlyMap<number, AnyRpcDef> = new Map(Object.values(Rpc).map((d) => [d.reqType, d as AnyRpcDef]));
