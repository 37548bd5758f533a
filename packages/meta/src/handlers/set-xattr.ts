// RPC setXattr: sets an extended attribute.
import type { Rpc } from '@hivefs/protocol';
import { credOf } from '../store/validate.js';
import type { HandlerFactory } from './deps.js';

/** Handles Rpc.setXattr. */
export const setXattr: HandlerFactory<typeof Rpc.setXattr> = (d) => async (req) => {
  await d.store(req.entryId).setXattr(credOf(req.cred, 'setxattr'), req.entryId, req.name, req.value, req.flags);
  return {};
};
