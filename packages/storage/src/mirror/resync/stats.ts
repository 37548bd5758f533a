// The ResyncStats of a job as it starts.
import { hivefs } from '@hivefs/protocol';

/** Stats of a job that starts now (state RUNNING, counters 0). */
export function newStats(groupId: number, primaryId: number, secondaryId: number, full: boolean, sinceMs: number): hivefs.IResyncStats {
  return {
    groupId, primaryId, secondaryId, state: hivefs.ResyncJobState.RESYNC_RUNNING, startMs: Date.now(), endMs: 0,
    discoveredDirs: 0, discoveredFiles: 0, syncedDirs: 0, syncedFiles: 0, syncedBytes: 0, bytesToSync: 0,
    dirErrors: 0, fileErrors: 0, removedFiles: 0, full, sinceMs, error: '',
  };
}
