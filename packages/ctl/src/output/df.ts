// The --df report: a METADATA SERVERS table and a STORAGE TARGETS table, as beegfs-df prints them,
// with each target's reachability (an offline target's figures are its last report).
import type { DfReport } from '../api/df.js';
import { renderTargets } from './targets.js';

const DF_TABLE = { reachability: true, pools: true, spaceInfo: true, hideNodeId: true } as const;

/** Both sections, separated by a blank line. */
export function renderDf(report: DfReport): string {
  return `METADATA SERVERS:\n${renderTargets(report.meta, DF_TABLE)}\nSTORAGE TARGETS:\n${renderTargets(report.storage, DF_TABLE)}`;
}
