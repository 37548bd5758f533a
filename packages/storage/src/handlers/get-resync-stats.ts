// getResyncStats: the running or last resync job of a buddy group this daemon is primary of.
import type { Rpc } from '@hivefs/protocol';
import type { HandlerFactory } from './context.js';

/** Stats of the running or last job (also after a restart: they are kept in the group's state file). */
export const getResyncStats: HandlerFactory<typeof Rpc.getResyncStats> = (c) => async (req) => ({ stats: await c.mirror.resyncStats(req.groupId) });
