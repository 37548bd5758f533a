// RPC rmdir: removes an empty directory.
import type { Rpc } from '@hivefs/protocol';
import { credOf } from '../store/validate.js';
import type { HandlerFactory } from './deps.js';
import { parentAttr } from './parent-attr.js';

/** Handles Rpc.rmdir. */
export const rmdir: HandlerFactory<typeof Rpc.rmdir> = (d) => async (req) => {
  await d.store(req.parentId).rmdir(credOf(req.cred, 'rmdir'), req.parentId, req.name);
  return { parent: await parentAttr(d.store(req.parentId), req.parentId) };
};
