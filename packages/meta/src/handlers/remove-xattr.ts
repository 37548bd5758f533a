// RPC removeXattr: removes an extended attribute.
import type { Rpc } from '@hivefs/protocol';
import { credOf } from '../store/validate.js';
import type { HandlerFactory } from './deps.js';

/** Handles Rpc.removeXattr. */
export const removeXattr: HandlerFactory<typeof Rpc.removeXattr> = (d) => async (req) => {
  await d.store(req.entryId).removeXattr(credOf(req.cred, 'removexattr'), req.entryId, req.name);
  return {};
};
