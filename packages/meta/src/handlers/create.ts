// RPC create: creates (or, without O_EXCL, opens) a regular file.
import type { Rpc } from '@hivefs/protocol';
import { credOf } from '../store/validate.js';
import type { HandlerFactory } from './deps.js';
import { parentAttr } from './parent-attr.js';

/** Handles Rpc.create; the parent's attributes come back only when the file was created. */
export const create: HandlerFactory<typeof Rpc.create> = (d) => async (req) => {
  const r = await d.store(req.parentId).create(credOf(req.cred, 'create'), {
    parentId: req.parentId,
    name: req.name,
    mode: req.mode,
    flags: req.flags,
    clientId: req.clientId,
    open: req.open,
  });
  return r.created ? { ...r, parent: await parentAttr(d.store(req.parentId), req.parentId) } : r;
};
