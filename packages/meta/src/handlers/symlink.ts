// RPC symlink: creates a symbolic link.
import type { Rpc } from '@hivefs/protocol';
import { credOf } from '../store/validate.js';
import type { HandlerFactory } from './deps.js';
import { parentAttr } from './parent-attr.js';

/** Handles Rpc.symlink. */
export const symlink: HandlerFactory<typeof Rpc.symlink> = (d) => async (req) => {
  const attr = await d.store(req.parentId).symlink(credOf(req.cred, 'symlink'), req.parentId, req.name, req.target);
  return { attr, parent: await parentAttr(d.store(req.parentId), req.parentId) };
};
