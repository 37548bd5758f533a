// RPC rename: moves or renames an entry, possibly replacing another.
import type { Rpc } from '@hivefs/protocol';
import { credOf } from '../store/validate.js';
import type { HandlerFactory } from './deps.js';
import { parentAttr } from './parent-attr.js';

/** Handles Rpc.rename. */
export const rename: HandlerFactory<typeof Rpc.rename> = (d) => async (req) => {
  await d.store(req.srcParentId).rename(credOf(req.cred, 'rename'), {
    srcParentId: req.srcParentId,
    srcName: req.srcName,
    dstParentId: req.dstParentId,
    dstName: req.dstName,
    noReplace: req.noReplace,
  });
  const [srcParent, dstParent] = await Promise.all([parentAttr(d.store(req.srcParentId), req.srcParentId), parentAttr(d.store(req.srcParentId), req.dstParentId)]);
  return { srcParent, dstParent };
};
