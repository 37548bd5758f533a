// How each mutating RPC rebuilds its reply from a stored reply (exactly once): the result as stored, parent attributes read anew.
import type { Rpc, hivefs } from '@hivefs/protocol';
import type { Replay } from '../exactly-once/once.js';
import type { StoredReply } from '../exactly-once/record.js';
import type { MetaStore } from '../store/meta-store.js';
import { parentAttr } from './parent-attr.js';

/** The stored attributes (a record of an Attr-returning operation always has them). */
const attrOf = (r: StoredReply): hivefs.IAttr => r.attr ?? {};

/** An open result's attributes as an open would present them now (live size, writers); the stored ones if the entry is gone. */
async function openAttr(store: MetaStore, r: StoredReply): Promise<hivefs.IAttr> {
  const id = r.attr?.entryId;
  if (!id) return attrOf(r);
  return store.getAttr(id).catch(() => attrOf(r));
}

export const replayMkdir: Replay<typeof Rpc.mkdir> = async (req, r, s) => ({ attr: attrOf(r), parent: await parentAttr(s, req.parentId) });
export const replayRmdir: Replay<typeof Rpc.rmdir> = async (req, _r, s) => ({ parent: await parentAttr(s, req.parentId) });
export const replayCreate: Replay<typeof Rpc.create> = async (req, r, s) =>
  r.created
    ? { attr: attrOf(r), handleId: r.handleId, created: true, parent: await parentAttr(s, req.parentId) }
    : { attr: await openAttr(s, r), handleId: r.handleId, created: false };
export const replayOpen: Replay<typeof Rpc.open> = async (_req, r, s) => ({ attr: await openAttr(s, r), handleId: r.handleId });
export const replayClose: Replay<typeof Rpc.close> = async () => ({});
export const replayReportWrite: Replay<typeof Rpc.reportWrite> = async (_req, r) => ({ attr: attrOf(r) });
export const replayUnlink: Replay<typeof Rpc.unlink> = async (req, _r, s) => ({ parent: await parentAttr(s, req.parentId) });
export const replayRename: Replay<typeof Rpc.rename> = async (req, _r, s) => {
  const [srcParent, dstParent] = await Promise.all([parentAttr(s, req.srcParentId), parentAttr(s, req.dstParentId)]);
  return { srcParent, dstParent };
};
export const replaySymlink: Replay<typeof Rpc.symlink> = async (req, r, s) => ({ attr: attrOf(r), parent: await parentAttr(s, req.parentId) });
export const replayMknod: Replay<typeof Rpc.mknod> = async (req, r, s) => ({ attr: attrOf(r), parent: await parentAttr(s, req.parentId) });
export const replayLink: Replay<typeof Rpc.link> = async (req, r, s) => ({ attr: attrOf(r), parent: await parentAttr(s, req.newParentId) });
export const replaySetAttr: Replay<typeof Rpc.setAttr> = async (_req, r) => ({ attr: attrOf(r) });
export const replaySetXattr: Replay<typeof Rpc.setXattr> = async () => ({});
export const replayRemoveXattr: Replay<typeof Rpc.removeXattr> = async () => ({});
export const replaySetPattern: Replay<typeof Rpc.setPattern> = async (_req, r) => ({ attr: attrOf(r) });
