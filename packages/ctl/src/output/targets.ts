// The --listtargets table (and the --df tables, which are target tables without the node column).
import type { TargetRow } from '../api/targets.js';
import { nodeLabel } from '../api/names.js';
import { renderTable, type Column } from './table.js';
import { formatInodes, formatPercent, formatSpace } from './units.js';

/** Which optional columns a target table has. */
export interface TargetTableOptions {
  /** Reachability and Consistency columns. */
  state?: boolean;
  /** Only the Reachability column (--df); implied by `state`. */
  reachability?: boolean;
  pools?: boolean;
  spaceInfo?: boolean;
  /** NodeID as `<alias> [ID: <id>]`. */
  longNodes?: boolean;
  /** No NodeID column (--df). */
  hideNodeId?: boolean;
}

type Col = Column<TargetRow>;

const space = (r: TargetRow, f: (s: NonNullable<TargetRow['space']>) => string): string => (r.space ? f(r.space) : '-');

const SPACE_COLUMNS: Col[] = [
  { header: 'Total', width: 12, cell: (r) => space(r, (s) => formatSpace(s.totalBytes)) },
  { header: 'Free', width: 12, cell: (r) => space(r, (s) => formatSpace(s.freeBytes)) },
  { header: '%', width: 4, cell: (r) => space(r, (s) => formatPercent(s.freeBytes, s.totalBytes)) },
  { header: 'ITotal', width: 11, cell: (r) => space(r, (s) => formatInodes(s.totalInodes)) },
  { header: 'IFree', width: 11, cell: (r) => space(r, (s) => formatInodes(s.freeInodes)) },
  { header: '%', width: 4, cell: (r) => space(r, (s) => formatPercent(s.freeInodes, s.totalInodes)) },
];

/** The consistency word of the table: `resyncing` while a resync job runs. */
export function consistencyCell(r: TargetRow): string {
  return r.resyncing ? 'resyncing' : r.consistency;
}

/** The columns of a target table, in beegfs-ctl's order. */
export function targetColumns(o: TargetTableOptions): Col[] {
  const cols: Col[] = [{ header: 'TargetID', width: 8, cell: (r) => String(r.targetId) }];
  if (o.state || o.reachability) cols.push({ header: 'Reachability', width: 16, cell: (r) => r.reachability });
  if (o.state) cols.push({ header: 'Consistency', width: 12, cell: consistencyCell });
  if (o.pools) cols.push({ header: 'Cap. Pool', width: 11, cell: (r) => r.capacityPool });
  if (o.spaceInfo) cols.push(...SPACE_COLUMNS);
  if (!o.hideNodeId) {
    cols.push(o.longNodes
      ? { header: 'NodeID', width: 8, cell: (r) => `  ${nodeLabel(r.nodeAlias, r.nodeId)}` }
      : { header: 'NodeID', width: 8, cell: (r) => String(r.nodeId) });
  }
  return cols;
}

/** The --listtargets table. */
export function renderTargets(rows: readonly TargetRow[], o: TargetTableOptions): string {
  return renderTable(targetColumns(o), rows);
}
