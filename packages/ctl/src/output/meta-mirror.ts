// Text output of meta buddy mirroring: --mirrormd, --resyncstats/--startresync --nodetype=meta (seed 000's lines) and --journalstats.
import type { JournalStatsRow, MetaResyncStatsInfo, MirrorMdResult } from '../api/meta-mirror.js';
import { formatCtime } from './resync.js';
import { renderTable, type Column } from './table.js';

/** What --mirrormd did, and what it means for existing and new directories. */
export function renderMirrorMd(r: MirrorMdResult): string {
  if (r.already) return `The metadata root is already mirrored by meta buddy group ${r.groupId}; nothing changed.\n`;
  return [
    `Metadata root mirrored: the root directory is now on meta buddy group ${r.groupId} (map version ${r.mapVersion}).`,
    'From now on the root directory and every directory created below a mirrored directory are mirrored.',
    'Directories that exist already and are not mirrored stay unmirrored, and so do directories created below them.',
    'No remount of clients and no restart of meta nodes is needed.',
    '',
  ].join('\n');
}

/**
 * The --resyncstats lines of seed 000 for a meta group (job state, start and end time when set,
 * discovery, dirs and files, client sessions, modification objects), then `Mode:`, the journal
 * entries replayed with the seqs they span, the snapshot records of a full resync, and the
 * job's error when it has one.
 */
export function renderMetaResyncStats(st: MetaResyncStatsInfo): string {
  const lines = [`Job state: ${st.state}`];
  if (st.startMs) lines.push(`Job start time: ${formatCtime(st.startMs)}`);
  if (st.endMs) lines.push(`Job end time: ${formatCtime(st.endMs)}`);
  lines.push(
    `# of discovered dirs: ${st.discoveredDirs}`,
    `# of discovery errors: ${st.discoveryErrors}`,
    `# of synced dirs: ${st.syncedDirs}`,
    `# of synced files: ${st.syncedFiles}`,
    `# of dir sync errors: ${st.dirErrors}`,
    `# of file sync errors: ${st.fileErrors}`,
    `# of client sessions to sync: ${st.sessionsToSync}`,
    `# of synced client sessions: ${st.syncedSessions}`,
    `session sync error: ${st.sessionError ? 'Yes' : 'No'}`,
    `# of modification objects synced: ${st.journalEntriesReplayed}`,
    `# of modification sync errors: ${st.modificationErrors}`,
    `Mode: ${st.mode}`,
    `# of journal entries replayed: ${st.journalEntriesReplayed}`,
  );
  if (st.toSeq) lines.push(`Journal seqs: ${st.fromSeq} -> ${st.toSeq}`);
  if (st.mode === 'full') lines.push(`# of snapshot records: ${st.snapshotRecords}`);
  if (st.error) lines.push(`Error: ${st.error}`);
  return lines.map((l) => `${l}\n`).join('');
}

/** What the start of a meta resync prints: which group, from which primary to which secondary, how. */
export function renderStartMetaResync(st: MetaResyncStatsInfo): string {
  const how = st.mode === 'full' ? 'a snapshot of the whole metadata space, then the journal' : 'the journal from the secondary\'s position';
  return `Resync of meta buddy group ${st.groupId} (primary meta node ${st.primaryId} -> secondary meta node ${st.secondaryId}) started: ${how}; job state: ${st.state}\n`;
}

/** A sample of a running meta job for the --watch line. */
export interface MetaWatchSample {
  replayed: number;
  /** performance.now() when it was taken. */
  atMs: number;
}

/** The --watch progress line of a meta resync: snapshot records (full), journal entries replayed, their rate since the previous sample. */
export function renderMetaWatchLine(st: MetaResyncStatsInfo, now: MetaWatchSample, prev?: MetaWatchSample): string {
  const secs = prev ? (now.atMs - prev.atMs) / 1000 : 0;
  const rate = secs > 0 ? (Math.max(0, now.replayed - prev!.replayed) / secs).toFixed(0) : '-';
  const snapshot = st.mode === 'full' ? `${st.snapshotRecords} snapshot records, ` : '';
  const seqs = st.toSeq ? ` (seq ${st.fromSeq} -> ${st.toSeq})` : '';
  return `Running (${st.mode}): ${snapshot}${st.journalEntriesReplayed} journal entries replayed${seqs}, ${rate} entries/s, ${st.syncedDirs} dirs, ${st.syncedFiles} files synced`;
}

const dash = (r: JournalStatsRow, v: string): string => (r.error ? '-' : v);

/**
 * The --journalstats table: one row per member of each meta group (primary first) with its
 * applied seq, the seqs and size its journal keeps, on the primary what the secondary
 * acknowledged (and its state), and the last compaction; members that did not answer follow as
 * lines below the table.
 */
export function renderJournalStats(rows: readonly JournalStatsRow[]): string {
  const cols: Column<JournalStatsRow>[] = [
    { header: 'GroupID', width: 7, cell: (r) => String(r.groupId) },
    { header: 'NodeID', width: 6, cell: (r) => String(r.nodeId) },
    { header: 'Role', width: 9, cell: (r) => r.role },
    { header: 'AppliedSeq', width: 10, cell: (r) => dash(r, String(r.appliedSeq)) },
    { header: 'FirstSeq', width: 10, cell: (r) => dash(r, String(r.firstSeq)) },
    { header: 'LastSeq', width: 10, cell: (r) => dash(r, String(r.lastSeq)) },
    { header: 'Entries', width: 8, cell: (r) => dash(r, String(r.entries)) },
    { header: 'Bytes', width: 10, cell: (r) => dash(r, String(r.bytes)) },
    { header: 'SecondaryAcked', width: 20, cell: (r) => dash(r, r.role === 'primary' ? `${r.secondaryAckedSeq}${r.secondaryState ? ` (${r.secondaryState})` : ''}` : '-') },
    { header: 'LastCompaction', width: 24, cell: (r) => dash(r, r.lastCompactionMs ? formatCtime(r.lastCompactionMs) : 'never') },
  ];
  const failed = rows.filter((r) => r.error).map((r) => `Meta node ${r.nodeId} (group ${r.groupId}): ${r.error}\n`);
  return renderTable(cols, rows) + failed.join('');
}
