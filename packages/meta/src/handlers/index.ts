// The dispatch table: every meta RPC and the handler that serves it.
import { Rpc, type RpcServer } from '@hivefs/protocol';
import { close } from './close.js';
import { create } from './create.js';
import type { HandlerDeps } from './deps.js';
import { getAttr } from './get-attr.js';
import { getXattr } from './get-xattr.js';
import { link } from './link.js';
import { listXattr } from './list-xattr.js';
import { lookup } from './lookup.js';
import { mkdir } from './mkdir.js';
import { mknod } from './mknod.js';
import { open } from './open.js';
import { peerAdjustLink, peerCreateDir, peerForgetIntent, peerGetAttrs, peerIntentState, peerRemoveDir, peerRenameIn, peerSetParent } from './peer-steps.js';
import { readdir } from './readdir.js';
import { readlink } from './readlink.js';
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

/** Registers every meta RPC handler on `server`. */
export function registerHandlers(server: RpcServer, d: HandlerDeps): void {
  server
    .handle(Rpc.lookup, lookup(d))
    .handle(Rpc.getAttr, getAttr(d))
    .handle(Rpc.setAttr, setAttr(d))
    .handle(Rpc.mkdir, mkdir(d))
    .handle(Rpc.rmdir, rmdir(d))
    .handle(Rpc.create, create(d))
    .handle(Rpc.open, open(d))
    .handle(Rpc.close, close(d))
    .handle(Rpc.reportWrite, reportWrite(d))
    .handle(Rpc.unlink, unlink(d))
    .handle(Rpc.rename, rename(d))
    .handle(Rpc.readdir, readdir(d))
    .handle(Rpc.symlink, symlink(d))
    .handle(Rpc.mknod, mknod(d))
    .handle(Rpc.readlink, readlink(d))
    .handle(Rpc.link, link(d))
    .handle(Rpc.setXattr, setXattr(d))
    .handle(Rpc.getXattr, getXattr(d))
    .handle(Rpc.listXattr, listXattr(d))
    .handle(Rpc.removeXattr, removeXattr(d))
    .handle(Rpc.statFs, statFs(d))
    .handle(Rpc.setPattern, setPattern(d))
    .handle(Rpc.peerCreateDir, peerCreateDir(d))
    .handle(Rpc.peerRemoveDir, peerRemoveDir(d))
    .handle(Rpc.peerAdjustLink, peerAdjustLink(d))
    .handle(Rpc.peerSetParent, peerSetParent(d))
    .handle(Rpc.peerRenameIn, peerRenameIn(d))
    .handle(Rpc.peerGetAttrs, peerGetAttrs(d))
    .handle(Rpc.peerIntentState, peerIntentState(d))
    .handle(Rpc.peerForgetIntent, peerForgetIntent(d));
}
