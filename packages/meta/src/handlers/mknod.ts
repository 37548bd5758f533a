// RPC mknod: creates a special file (FIFO, socket, character or block device).
import type { Rpc } from '@hivefs/protocol';
import { credOf } from '../store/validate.js';
import type { HandlerFactory } from './deps.js';
import { parentAttr } from './parent-attr.js';

/** Handles Rpc.mknod. */
export const mknod: HandlerFactory<typeof Rpc.mknod> = (d) => async (req) => {
  const attr = await d.store(req.parentId).mknod(credOf(req.cred, 'mknod'), { parentId: req.parentId, name: req.name, type: req.type, mode: req.mode, rdev: req.rdev });
  return { attr, parent: await parentAttr(d.store(req.parentId), req.parentId) };
};
