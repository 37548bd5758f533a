// The dispatch table: every meta RPC and the handler that serves it.
import { Rpc, type RpcServer } from '@hivefs/protocol';
import { exactlyOnce as once } from '../exactly-once/once.js';
import { close } from './close.js';
import { create } from './create.js';
import type { HandlerDeps } from './deps.js';
import { getAttr } from './get-attr.js';
import { getXattr } from './get-xattr.js';
import { link } from './link.js';
import { listXattr } from './list-xattr.js';
import { lookup } from './lookup.js';
import { getMetaResyncStats, journalPosition, journalPush, metaJournalStats, snapshotPage, startMetaResync } from './mirror.js';
import { mkdir } from './mkdir.js';
import { mknod } from './mknod.js';
import { open } from './open.js';
import { peerAdjustLink, peerCreateDir, peerForgetIntent, peerGetAttrs, peerIntentState, peerRemoveDir, peerRenameIn, peerSetParent } from './peer-steps.js';
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

/**
 * Registers every meta RPC handler on `server`; mutating ones run a tagged request exactly once,
 * with the ledger of the store their route id (parent directory or entry) is served by.
 */
export function registerHandlers(server: RpcServer, d: HandlerDeps): void {
  server
    .handle(Rpc.lookup, lookup(d))
    .handle(Rpc.getAttr, getAttr(d))
    .handle(Rpc.setAttr, once(d, Rpc.setAttr, setAttr, replay.replaySetAttr, (r) => r.entryId))
    .handle(Rpc.mkdir, once(d, Rpc.mkdir, mkdir, replay.replayMkdir, (r) => r.parentId))
    .handle(Rpc.rmdir, once(d, Rpc.rmdir, rmdir, replay.replayRmdir, (r) => r.parentId))
    .handle(Rpc.create, once(d, Rpc.create, create, replay.replayCreate, (r) => r.parentId))
    .handle(Rpc.open, once(d, Rpc.open, open, replay.replayOpen, (r) => r.entryId))
    .handle(Rpc.close, once(d, Rpc.close, close, replay.replayClose, (r) => r.entryId))
    .handle(Rpc.reportWrite, once(d, Rpc.reportWrite, reportWrite, replay.replayReportWrite, (r) => r.entryId))
    .handle(Rpc.unlink, once(d, Rpc.unlink, unlink, replay.replayUnlink, (r) => r.parentId))
    .handle(Rpc.rename, once(d, Rpc.rename, rename, replay.replayRename, (r) => r.srcParentId))
    .handle(Rpc.readdir, readdir(d))
    .handle(Rpc.symlink, once(d, Rpc.symlink, symlink, replay.replaySymlink, (r) => r.parentId))
    .handle(Rpc.mknod, once(d, Rpc.mknod, mknod, replay.replayMknod, (r) => r.parentId))
    .handle(Rpc.readlink, readlink(d))
    .handle(Rpc.link, once(d, Rpc.link, link, replay.replayLink, (r) => r.newParentId))
    .handle(Rpc.setXattr, once(d, Rpc.setXattr, setXattr, replay.replaySetXattr, (r) => r.entryId))
    .handle(Rpc.getXattr, getXattr(d))
    .handle(Rpc.listXattr, listXattr(d))
    .handle(Rpc.removeXattr, once(d, Rpc.removeXattr, removeXattr, replay.replayRemoveXattr, (r) => r.entryId))
    .handle(Rpc.statFs, statFs(d))
    .handle(Rpc.setPattern, once(d, Rpc.setPattern, setPattern, replay.replaySetPattern, (r) => r.entryId))
    .handle(Rpc.peerCreateDir, peerCreateDir(d))
    .handle(Rpc.peerRemoveDir, peerRemoveDir(d))
    .handle(Rpc.peerAdjustLink, peerAdjustLink(d))
    .handle(Rpc.peerSetParent, peerSetParent(d))
    .handle(Rpc.peerRenameIn, peerRenameIn(d))
    .handle(Rpc.peerGetAttrs, peerGetAttrs(d))
    .handle(Rpc.peerIntentState, peerIntentState(d))
    .handle(Rpc.peerForgetIntent, peerForgetIntent(d))
    .handle(Rpc.journalPush, journalPush(d))
    .handle(Rpc.journalPosition, journalPosition(d))
    .handle(Rpc.snapshotPage, snapshotPage(d))
    .handle(Rpc.metaJournalStats, metaJournalStats(d))
    .handle(Rpc.getMetaResyncStats, getMetaResyncStats(d))
    .handle(Rpc.startMetaResync, startMetaResync(d));
}
