// RPC setAttr: mode, owner, size and times of an entry.
import type { Rpc } from '@hivefs/protocol';
import { credOf } from '../store/validate.js';
import type { HandlerFactory } from './deps.js';

/** Handles Rpc.setAttr. */
export const setAttr: HandlerFactory<typeof Rpc.setAttr> = (d) => async (req) => ({
  attr: await d.store(req.entryId).setAttr(credOf(req.cred, 'setattr'), {
    entryId: req.entryId,
    valid: req.valid,
    mode: req.mode,
    uid: req.uid,
    gid: req.gid,
    size: Number(req.size),
    atime: req.atime,
    mtime: req.mtime,
    handleId: Number(req.handleId),
  }),
});
