// RPC getAttr: the attributes of an entry (live size for files open for writing).
import type { Rpc } from '@hivefs/protocol';
import { credOf } from '../store/validate.js';
import type { HandlerFactory } from './deps.js';

/** Handles Rpc.getAttr. */
export const getAttr: HandlerFactory<typeof Rpc.getAttr> = (d) => async (req) => {
  credOf(req.cred, 'getattr');
  return { attr: await d.store(req.entryId).getAttr(req.entryId) };
};
