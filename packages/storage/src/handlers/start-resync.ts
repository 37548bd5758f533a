// startResync: starts (or restarts) the resync job of a buddy group this daemon is primary of.
import type { Rpc } from '@hivefs/protocol';
import type { HandlerFactory } from './context.js';

/** Starts a job (dirty set, or everything with `full`); answers with its stats as it starts. */
export const startResync: HandlerFactory<typeof Rpc.startResync> = (c) => async (req) => ({ stats: await c.mirror.startResync(req) });
