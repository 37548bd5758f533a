// RPC unlink: removes the name of a file or symlink.
import type { Rpc } from '@hivefs/protocol';
import { credOf } from '../store/validate.js';
import type { HandlerFactory } from './deps.js';
import { parentAttr } from './parent-attr.js';

/** Handles Rpc.unlink. */
export const unlink: HandlerFactory<typeof Rpc.unlink> = (d) => async (req) => {
  await d.store(req.parentId).unlink(credOf(req.cred, 'unlink'), req.parentId, req.name);
  return { parent: await parentAttr(d.store(req.parentId), req.parentId) };
};
