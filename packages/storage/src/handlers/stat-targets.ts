// statTargets: total/free bytes and inodes of this daemon's targets.
import { ErrCode, HiveError, type Rpc } from '@hivefs/protocol';
import { targetSpace } from '../targets.js';
import type { HandlerFactory } from './context.js';

/** Space figures of the named targets, or of all targets when none are named. */
export const statTargets: HandlerFactory<typeof Rpc.statTargets> = (c) => async (req) => {
  if (req.targetIds.length > 1024) {
    throw new HiveError(ErrCode.INVALID_ARGUMENT, `statTargets names ${req.targetIds.length} targets; at most 1024 allowed`);
  }
  const targets = req.targetIds.length ? req.targetIds.map((id) => c.targets.get(id)) : c.targets.all();
  return { targets: await Promise.all(targets.map(targetSpace)) };
};
