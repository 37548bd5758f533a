// RPC open: opens an entry by id and starts a session.
import type { Rpc } from '@hivefs/protocol';
import { credOf } from '../store/validate.js';
import type { HandlerFactory } from './deps.js';

/** Handles Rpc.open. */
export const open: HandlerFactory<typeof Rpc.open> = (d) => async (req) => {
  const r = await d.store(req.entryId).open(credOf(req.cred, 'open'), req.entryId, req.flags, req.clientId);
  return { attr: r.attr, handleId: r.handleId };
};
