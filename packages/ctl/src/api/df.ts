// --df: free space and inodes of every metadata server and storage target, from the cluster map.
import type { hivefs } from '@hivefs/protocol';
import { listTargets, type TargetRow } from './targets.js';

/** Both sections of --df. */
export interface DfReport {
  meta: TargetRow[];
  storage: TargetRow[];
}

/** The rows of --df: meta nodes (as targets) and storage targets, each sorted by id. */
export function diskFree(map: hivefs.IClusterMap): DfReport {
  return { meta: listTargets(map, 'meta'), storage: listTargets(map, 'storage') };
}
