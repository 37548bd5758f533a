// The ResyncStats of a meta buddy group's resync job: before any job and as one starts.
import { hivefs } from '@hivefs/protocol';

/** Stats of a group whose secondary was never resynced since this node became its primary. */
export function idleResyncStats(groupId: number, primaryId: number, secondaryId: number): hivefs.IResyncStats {
  return {
    groupId, primaryId, secondaryId, state: hivefs.ResyncJobState.RESYNC_NOT_STARTED, startMs: 0, endMs: 0,
    discoveredDirs: 0, discoveredFiles: 0, syncedDirs: 0, syncedFiles: 0, syncedBytes: 0, bytesToSync: 0,
    dirErrors: 0, fileErrors: 0, removedFiles: 0, full: false, sinceMs: 0, error: '',
    journalEntriesReplayed: 0, snapshotRecords: 0, discoveryErrors: 0, sessionsToSync: 0, syncedSessions: 0,
    sessionError: false, modificationErrors: 0, fromSeq: 0, toSeq: 0,
  };
}

/** Stats of a job that starts now (state RUNNING, counters 0). */
export function runningStats(groupId: number, primaryId: number, secondaryId: number, nowMs: number): hivefs.IResyncStats {
  return { ...idleResyncStats(groupId, primaryId, secondaryId), state: hivefs.ResyncJobState.RESYNC_RUNNING, startMs: nowMs };
}
