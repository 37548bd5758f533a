// RPC create: creates (or, without O_EXCL, opens) a regular file.
import type { Rpc } from '@hivefs/protocol';
import { credOf } from '../store/validate.js';
import type { HandlerFactory } from './deps.js';

/** Handles Rpc.create. */
export const create: HandlerFactory<typeof Rpc.create> = (d) => async (req) =>
  d.store().create(credOf(req.cred, 'create'), {
    parentId: req.parentId,
    name: req.name,
    mode: req.mode,
    flags: req.flags,
    clientId: req.clientId,
    open: req.open,
  });
