// RPC getXattr: the value of an extended attribute.
import type { Rpc } from '@hivefs/protocol';
import { credOf } from '../store/validate.js';
import type { HandlerFactory } from './deps.js';

/** Handles Rpc.getXattr. */
export const getXattr: HandlerFactory<typeof Rpc.getXattr> = (d) => async (req) => ({
  value: await d.store(req.entryId).getXattr(credOf(req.cred, 'getxattr'), req.entryId, req.name),
});
