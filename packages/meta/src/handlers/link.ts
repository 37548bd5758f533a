// RPC link: adds a hard link to a file or symlink.
import type { Rpc } from '@hivefs/protocol';
import { credOf } from '../store/validate.js';
import type { HandlerFactory } from './deps.js';
import { parentAttr } from './parent-attr.js';

/** Handles Rpc.link. */
export const link: HandlerFactory<typeof Rpc.link> = (d) => async (req) => {
  const attr = await d.store(req.newParentId).link(credOf(req.cred, 'link'), req.entryId, req.newParentId, req.newName);
  return { attr, parent: await parentAttr(d.store(req.newParentId), req.newParentId) };
};
