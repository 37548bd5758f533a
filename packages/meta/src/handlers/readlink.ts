// RPC readlink: the target of a symbolic link.
import type { Rpc } from '@hivefs/protocol';
import { credOf } from '../store/validate.js';
import type { HandlerFactory } from './deps.js';

/** Handles Rpc.readlink. */
export const readlink: HandlerFactory<typeof Rpc.readlink> = (d) => async (req) => {
  credOf(req.cred, 'readlink');
  return { target: await d.store(req.entryId).readlink(req.entryId) };
};
