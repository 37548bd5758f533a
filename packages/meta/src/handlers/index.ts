// The dispatch table: every meta RPC and the handler that serves it.
import { Rpc, type AnyRpcDef, type Handler, type RpcServer } from '@hivefs/protocol';
import { exactlyOnce as once } from '../exactly-once/once.js';
import { close } from './close.js';
import { closeSessions } from './close-sessions.js';
import { create } from './create.js';
import type { HandlerDeps, HandlerFactory } from './deps.js';
import { getAttr } from './get-attr.js';
import { getXattr } from './get-xattr.js';
import { link } from './link.js';
import { listXattr } from './list-xattr.js';
import { lookup } from './lookup.js';
import { getMetaResyncStats, journalPosition, journalPush, metaJournalStats, rootHandOver, snapshotPage, startMetaResync } from './mirror.js';
import { mkdir } from './mkdir.js';
import { mknod } from './mknod.js';
import { open } from './open.js';
import { peerAdjustLink, peerCreateDir, peerFenceStep, peerForgetIntent, peerGetAttrs, peerIntentState, peerRemoveDir, peerRenameIn, peerSetParent } from './peer-steps.js';
import { readdir } from './readdir.js';
import { readlink } from './readlink.js';
import * as replay from './replays.js';
import { removeXattr } from './remove-xattr.js';
import { rename } from './rename.js';
import { reportWrite } from './report-write.js';
import { rmdir } from './rmdir.js';
import { setAttr } from './set-attr.js';
import { setPattern } from './set-pattern.js';
import { setXattr } from './set-xattr.js';
import { statFs } from './stat-fs.js';
import { symlink } from './symlink.js';
import { unlink } from './unlink.js';

export type { HandlerDeps } from './deps.js';

/** `h` run once the node holds the sender's map when that is newer (see {@link HandlerDeps.catchUp}). */
function current<D extends AnyRpcDef>(d: HandlerDeps, h: Handler<D>): Handler<D> {
  return async (req, ctx) => {
    await d.catchUp(ctx.mapVersion);
    return h(req, ctx);
  };
}

/** A handler of a request that adds an entry: refused with NO_SPACE below the store's free-space reserve. */
function growing<D extends AnyRpcDef>(def: D, factory: HandlerFactory<D>): HandlerFactory<D> {
  return (d) => {
    const h = factory(d);
    return (req, ctx) => {
      d.checkSpace(def.name);
      return h(req, ctx);
    };
  };
}

/**
 * Registers every meta RPC handler on `server`; mutating ones run a tagged request exactly once,
 * with the ledger of the store their route id (parent directory or entry) is served by. Each
 * runs once the node holds the sender's map when that is newer. Those that add entries are
 * refused below the store's free-space reserve (inside exactly-once: a resend gets the first answer).
 */
export function registerHandlers(server: RpcServer, d: HandlerDeps): void {
  const on = <D extends AnyRpcDef>(def: D, h: Handler<D>): void => void server.handle(def, current(d, h));
  on(Rpc.lookup, lookup(d));
  on(Rpc.getAttr, getAttr(d));
  on(Rpc.setAttr, once(d, Rpc.setAttr, setAttr, replay.replaySetAttr, (r) => r.entryId));
  on(Rpc.mkdir, once(d, Rpc.mkdir, growing(Rpc.mkdir, mkdir), replay.replayMkdir, (r) => r.parentId));
  on(Rpc.rmdir, once(d, Rpc.rmdir, rmdir, replay.replayRmdir, (r) => r.parentId));
  on(Rpc.create, once(d, Rpc.create, growing(Rpc.create, create), replay.replayCreate, (r) => r.parentId));
  on(Rpc.open, once(d, Rpc.open, open, replay.replayOpen, (r) => r.entryId));
  on(Rpc.close, once(d, Rpc.close, close, replay.replayClose, (r) => r.entryId));
  on(Rpc.closeSessions, closeSessions(d));
  on(Rpc.reportWrite, once(d, Rpc.reportWrite, reportWrite, replay.replayReportWrite, (r) => r.entryId));
  on(Rpc.unlink, once(d, Rpc.unlink, unlink, replay.replayUnlink, (r) => r.parentId));
  on(Rpc.rename, once(d, Rpc.rename, rename, replay.replayRename, (r) => r.srcParentId));
  on(Rpc.readdir, readdir(d));
  on(Rpc.symlink, once(d, Rpc.symlink, growing(Rpc.symlink, symlink), replay.replaySymlink, (r) => r.parentId));
  on(Rpc.mknod, once(d, Rpc.mknod, growing(Rpc.mknod, mknod), replay.replayMknod, (r) => r.parentId));
  on(Rpc.readlink, readlink(d));
  on(Rpc.link, once(d, Rpc.link, growing(Rpc.link, link), replay.replayLink, (r) => r.newParentId));
  on(Rpc.setXattr, once(d, Rpc.setXattr, growing(Rpc.setXattr, setXattr), replay.replaySetXattr, (r) => r.entryId));
  on(Rpc.getXattr, getXattr(d));
  on(Rpc.listXattr, listXattr(d));
  on(Rpc.removeXattr, once(d, Rpc.removeXattr, removeXattr, replay.replayRemoveXattr, (r) => r.entryId));
  on(Rpc.statFs, statFs(d));
  on(Rpc.setPattern, once(d, Rpc.setPattern, setPattern, replay.replaySetPattern, (r) => r.entryId));
  on(Rpc.peerCreateDir, peerCreateDir(d));
  on(Rpc.peerRemoveDir, peerRemoveDir(d));
  on(Rpc.peerAdjustLink, peerAdjustLink(d));
  on(Rpc.peerSetParent, peerSetParent(d));
  on(Rpc.peerRenameIn, peerRenameIn(d));
  on(Rpc.peerGetAttrs, peerGetAttrs(d));
  on(Rpc.peerIntentState, peerIntentState(d));
  on(Rpc.peerForgetIntent, peerForgetIntent(d));
  on(Rpc.peerFenceStep, peerFenceStep(d));
  on(Rpc.journalPush, journalPush(d));
  on(Rpc.journalPosition, journalPosition(d));
  on(Rpc.snapshotPage, snapshotPage(d));
  on(Rpc.rootHandOver, rootHandOver(d));
  on(Rpc.metaJournalStats, metaJournalStats(d));
  on(Rpc.getMetaResyncStats, getMetaResyncStats(d));
  on(Rpc.startMetaResync, startMetaResync(d));
}
