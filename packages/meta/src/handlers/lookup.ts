// RPC lookup: the attributes of a name in a directory.
import type { Rpc } from '@hivefs/protocol';
import { credOf } from '../store/validate.js';
import type { HandlerFactory } from './deps.js';

/** Handles Rpc.lookup. */
export const lookup: HandlerFactory<typeof Rpc.lookup> = (d) => async (req) => ({
  attr: await d.store(req.parentId).lookup(credOf(req.cred, 'lookup'), req.parentId, req.name),
});
