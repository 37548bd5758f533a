// A buddy group's persisted state on its primary: whether the secondary needs a resync, and the last resync job's stats.
import { hivefs } from '@hivefs/protocol';
import { readIfExists, writeDurably } from '@hivefs/common';

/** What group-<id>.json holds. */
export interface GroupState {
  /** The primary recorded that its secondary missed changes (a dirty set exists since then). */
  secondaryNeedsResync: boolean;
  /** The secondary that needs it (the group's secondary when it was recorded). */
  secondaryId: number;
  /** The last (or running) resync job. */
  stats: hivefs.IResyncStats;
}

/** The state of a group that never lost its secondary. */
export function freshState(groupId: number, primaryId: number, secondaryId: number): GroupState {
  return { secondaryNeedsResync: false, secondaryId, stats: { groupId, primaryId, secondaryId, state: hivefs.ResyncJobState.RESYNC_NOT_STARTED } };
}

/** Reads a group's state; undefined when there is no file. A job that was running when the daemon died reads as interrupted. */
export async function readGroupState(path: string): Promise<GroupState | undefined> {
  const text = await readIfExists(path);
  if (text === undefined) return undefined;
  const s = JSON.parse(text) as GroupState;
  if (typeof s.secondaryNeedsResync !== 'boolean' || typeof s.stats !== 'object') throw new Error(`group state ${path} is malformed`);
  if (s.stats.state === hivefs.ResyncJobState.RESYNC_RUNNING) {
    s.stats = { ...s.stats, state: hivefs.ResyncJobState.RESYNC_INTERRUPTED, error: s.stats.error || 'the storage daemon stopped during the job' };
  }
  return s;
}

/** Writes a group's state atomically and durably (temporary file, fsync, rename, directory fsync). */
export function writeGroupState(path: string, s: GroupState): Promise<void> {
  return writeDurably(path, `${JSON.stringify(s)}\n`);
}
