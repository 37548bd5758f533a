// RPC listXattr: the names of an entry's extended attributes.
import type { Rpc } from '@hivefs/protocol';
import { credOf } from '../store/validate.js';
import type { HandlerFactory } from './deps.js';

/** Handles Rpc.listXattr. */
export const listXattr: HandlerFactory<typeof Rpc.listXattr> = (d) => async (req) => ({
  names: await d.store(req.entryId).listXattr(credOf(req.cred, 'listxattr'), req.entryId),
});
