// Text output of --startresync and --resyncstats: seed 000's stats lines and the --watch progress line.
import type { ResyncStatsInfo } from '../api/resync.js';
import { formatMiB } from './units.js';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number): string => String(n).padStart(2, '0');

/** A wall-clock time in local time as ctime(3) prints it: `Mon May  1 11:09:27 2017`. */
export function formatCtime(ms: number): string {
  const d = new Date(ms);
  const time = `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
  return `${DAYS[d.getDay()]} ${MONTHS[d.getMonth()]} ${String(d.getDate()).padStart(2)} ${time} ${d.getFullYear()}`;
}

/**
 * The --resyncstats lines of seed 000 for a storage group: job state, start and end time (when
 * set), discovered and synced dirs and files, errors; then HiveFS's synced bytes and removed
 * files when not zero, and the job's error when it has one.
 */
export function renderResyncStats(st: ResyncStatsInfo): string {
  const lines = [`Job state: ${st.state}`];
  if (st.startMs) lines.push(`Job start time: ${formatCtime(st.startMs)}`);
  if (st.endMs) lines.push(`Job end time: ${formatCtime(st.endMs)}`);
  lines.push(
    `# of discovered dirs: ${st.discoveredDirs}`,
    `# of discovered files: ${st.discoveredFiles}`,
    `# of synced dirs: ${st.syncedDirs}`,
    `# of synced files: ${st.syncedFiles}`,
    `# of dir sync errors: ${st.dirErrors}`,
    `# of file sync errors: ${st.fileErrors}`,
  );
  if (st.syncedBytes) lines.push(`# of synced bytes: ${st.syncedBytes}`);
  if (st.removedFiles) lines.push(`# of removed files: ${st.removedFiles}`);
  if (st.error) lines.push(`Error: ${st.error}`);
  return lines.map((l) => `${l}\n`).join('');
}

/** What the start of a resync prints: which group, from which primary to which secondary, how much. */
export function renderStartResync(st: ResyncStatsInfo): string {
  const scope = !st.full ? 'the chunks changed while the secondary was out of sync' : st.sinceMs ? `every chunk changed since ${formatCtime(st.sinceMs)}` : 'every chunk';
  return `Resync of buddy group ${st.groupId} (primary target ${st.primaryId} -> secondary target ${st.secondaryId}) started: ${scope}; job state: ${st.state}\n`;
}

/** A sample of a running job for the --watch line. */
export interface WatchSample {
  syncedBytes: number;
  /** performance.now() when it was taken. */
  atMs: number;
}

/** `m:ss` or `h:mm:ss`. */
function formatEta(secs: number): string {
  const s = Math.round(secs);
  const hms = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  return hms[0] ? `${hms[0]}:${two(hms[1]!)}:${two(hms[2]!)}` : `${hms[1]}:${two(hms[2]!)}`;
}

/**
 * The --watch progress line: percentage of the bytes to sync, rate since the previous sample in
 * MiB/s and the time left at that rate (`-` when not known yet), and files synced so far.
 */
export function renderWatchLine(st: ResyncStatsInfo, now: WatchSample, prev?: WatchSample): string {
  const files = `${st.syncedFiles} files`;
  if (!st.bytesToSync) return `Running: discovering, ${formatMiB(st.syncedBytes)} synced, ${files}`;
  const pct = Math.min(100, (100 * st.syncedBytes) / st.bytesToSync).toFixed(1);
  const secs = prev ? (now.atMs - prev.atMs) / 1000 : 0;
  const rate = secs > 0 ? Math.max(0, now.syncedBytes - prev!.syncedBytes) / secs : NaN;
  const left = Math.max(0, st.bytesToSync - st.syncedBytes);
  const eta = rate > 0 ? formatEta(left / rate) : '-';
  const mibs = Number.isNaN(rate) ? '-' : (rate / 1024 ** 2).toFixed(1);
  return `Running: ${pct}% of ${formatMiB(st.bytesToSync)}, ${mibs} MiB/s, ${eta} left, ${files}`;
}
