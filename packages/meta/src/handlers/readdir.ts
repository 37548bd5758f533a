// RPC readdir: one page of a directory's entries.
import type { Rpc } from '@hivefs/protocol';
import { credOf } from '../store/validate.js';
import type { HandlerFactory } from './deps.js';

/** Handles Rpc.readdir. */
export const readdir: HandlerFactory<typeof Rpc.readdir> = (d) => async (req) =>
  d.store(req.dirId).readdir(credOf(req.cred, 'readdir'), req.dirId, { after: req.after, limit: req.limit, withAttrs: req.withAttrs });
