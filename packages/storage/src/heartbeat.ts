// What a storage node's heartbeats report: the space figures of every target it serves.
import type { Logger } from '@hivefs/common';
import type { hivefs } from '@hivefs/protocol';
import { targetSpace, type Target } from './targets.js';

/** Space of every target; a target whose statfs fails is logged and left out of this beat. */
export async function targetsSpace(targets: readonly Target[], log: Logger): Promise<hivefs.ITargetSpace[]> {
  const all = await Promise.all(targets.map((t) => targetSpace(t).catch((e: Error) => {
    log.warn({ targetId: t.id, err: e.message }, 'statfs of target failed; left out of the heartbeat');
    return undefined;
  })));
  return all.filter((s): s is hivefs.ITargetSpace => s !== undefined);
}
