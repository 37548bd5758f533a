// RPC setPattern: the default stripe pattern of a directory.
import type { Rpc } from '@hivefs/protocol';
import { credOf } from '../store/validate.js';
import type { HandlerFactory } from './deps.js';

/** Handles Rpc.setPattern. */
export const setPattern: HandlerFactory<typeof Rpc.setPattern> = (d) => async (req) => ({
  attr: await d.store(req.entryId).setPattern(credOf(req.cred, 'setpattern'), req.entryId, req.pattern),
});
