// RPCs meta nodes send each other (2100..2149): the peer steps of cross-owner operations.
// The RPC server cannot tell a meta peer from a client: both authenticate with the shared
// connAuthFile secret and the handshake names no service. So these are served to any
// authenticated connection; every step validates its input and is applied at most once per intent.
import { ErrCode, fail, hivefs, type Rpc } from '@hivefs/protocol';
import { decodeInode } from '../store/codec.js';
import type { Inode } from '../store/types.js';
import { credOf } from '../store/validate.js';
import type { HandlerFactory } from './deps.js';

function inodeOf(bytes: Uint8Array): Inode {
  try {
    return decodeInode(bytes);
  } catch (e) {
    fail(ErrCode.BAD_MESSAGE, `peerCreateDir: undecodable inode: ${(e as Error).message}`);
  }
}

/** Handles Rpc.peerCreateDir. */
export const peerCreateDir: HandlerFactory<typeof Rpc.peerCreateDir> = (d) => async (req) => {
  const dir = inodeOf(req.inode);
  await d.store(dir.entryId).peerCreateDir(req.intentId, req.step, dir);
  return {};
};

/** Handles Rpc.peerRemoveDir. */
export const peerRemoveDir: HandlerFactory<typeof Rpc.peerRemoveDir> = (d) => async (req) => {
  await d.store(req.dirId).peerRemoveDir(req.intentId, req.step, req.dirId);
  return {};
};

/** Handles Rpc.peerAdjustLink. */
export const peerAdjustLink: HandlerFactory<typeof Rpc.peerAdjustLink> = (d) => async (req) => {
  await d.store(req.entryId).peerAdjustLink(req.intentId, req.step, req.entryId, req.delta, req.onlyIfStep);
  return {};
};

/** Handles Rpc.peerSetParent. */
export const peerSetParent: HandlerFactory<typeof Rpc.peerSetParent> = (d) => async (req) => {
  await d.store(req.dirId).peerSetParent(req.intentId, req.step, req.dirId, req.parentId);
  return {};
};

/** Handles Rpc.peerRenameIn. */
export const peerRenameIn: HandlerFactory<typeof Rpc.peerRenameIn> = (d) => async (req) => {
  if (!(req.type in hivefs.EntryType) || req.type === 0) fail(ErrCode.INVALID_ARGUMENT, `peerRenameIn: entry type ${req.type} is unknown`);
  return d.store(req.dirId).peerRenameIn(req.intentId, req.step, { cred: credOf(req.cred, 'peerRenameIn'), dirId: req.dirId, name: req.name, entryId: req.entryId, type: req.type, noReplace: req.noReplace });
};

/** Handles Rpc.peerGetAttrs. */
export const peerGetAttrs: HandlerFactory<typeof Rpc.peerGetAttrs> = (d) => async (req) => ({
  attrs: (await d.store(req.entryIds[0] ?? '').peerGetAttrs(req.entryIds)).map((a) => a ?? {}),
});

/** Handles Rpc.peerIntentState. */
export const peerIntentState: HandlerFactory<typeof Rpc.peerIntentState> = (d) => async (req) => ({
  pending: await d.store(req.intentId).intentPending(req.intentId),
});

/** Handles Rpc.peerForgetIntent. */
export const peerForgetIntent: HandlerFactory<typeof Rpc.peerForgetIntent> = (d) => async (req) => {
  // the markers are kept by whichever store applied a step: each forgets its own
  await Promise.all(d.stores().map((s) => s.peerForget(req.intentId)));
  return {};
};

/** Handles Rpc.peerFenceStep. */
export const peerFenceStep: HandlerFactory<typeof Rpc.peerFenceStep> = (d) => async (req) => {
  // the markers are kept by whichever store applied the step: the one of the entry's owner is
  // not known here, so each store answers and the one that applied it (if any) wins
  const all = await Promise.all(d.stores().map((s) => s.peerFenceStep(req.intentId, req.step)));
  const hit = all.find((f) => f.applied);
  return hit?.applied ? { applied: true, resultJson: JSON.stringify(hit.result) } : { applied: false, resultJson: '' };
};
