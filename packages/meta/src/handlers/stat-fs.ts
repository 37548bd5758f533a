// RPC statFs: space and inodes summed over the storage targets that answer.
import type { Rpc } from '@hivefs/protocol';
import type { HandlerFactory } from './deps.js';

/** Handles Rpc.statFs. */
export const statFs: HandlerFactory<typeof Rpc.statFs> = (d) => async () => d.stores()[0]!.statFs();
