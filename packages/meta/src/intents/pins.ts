// What an interrupted cross-owner operation keeps from other operations until its recovery.
import { hivefs } from '@hivefs/protocol';
import { nameKey } from '../store/locks.js';
import type { Intent } from './log.js';
import type { PeerContext } from './remote.js';

/**
 * The lock keys a pending intent pins, or none. Recovery rolls these intents forward and must
 * find their entries where the operation left them:
 * - a rename before its move ('prepared'): its source entry and source name;
 * - a rename after its move ('moved') of a directory to another parent: the directory, whose
 *   parent id may still have to be set on the node holding it (a later move would be undone);
 * - an rmdir whose peer step was lost: the directory and its name. Moved elsewhere meanwhile, its
 *   new name would dangle once recovery removed the directory.
 * mkdir, link and unlink intents leave no name behind that another operation could change.
 */
export function pinnedKeys(i: Intent): string[] {
  switch (i.kind) {
    case 'rename':
      if (i.phase === 'prepared') return [i.srcId, nameKey(i.srcParentId, i.srcName)];
      return i.srcType === hivefs.EntryType.DIRECTORY && i.srcParentId !== i.dstParentId ? [i.srcId] : [];
    case 'rmdir':
      return [i.dirId, nameKey(i.parentId, i.name)];
    default:
      return [];
  }
}

/** Pins what a pending intent keeps (see {@link pinnedKeys}) until recoverIntent unpins it. */
export function pinIntent(ctx: Pick<PeerContext, 'locks'>, i: Intent): void {
  const keys = pinnedKeys(i);
  if (keys.length > 0) ctx.locks.pin(keys, i.id);
}
