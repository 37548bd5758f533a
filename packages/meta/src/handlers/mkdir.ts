// RPC mkdir: creates a directory.
import type { Rpc } from '@hivefs/protocol';
import { credOf } from '../store/validate.js';
import type { HandlerFactory } from './deps.js';
import { parentAttr } from './parent-attr.js';

/** Handles Rpc.mkdir. */
export const mkdir: HandlerFactory<typeof Rpc.mkdir> = (d) => async (req) => {
  const attr = await d.store(req.parentId).mkdir(credOf(req.cred, 'mkdir'), req.parentId, req.name, req.mode);
  return { attr, parent: await parentAttr(d.store(req.parentId), req.parentId) };
};
