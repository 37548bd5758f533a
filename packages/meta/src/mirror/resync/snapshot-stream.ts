// The primary's end of a full resync: a snapshot of the group's space streamed to the secondary in pages.
import { randomInt } from 'node:crypto';
import type { hivefs } from '@hivefs/protocol';
import { APPLIED_KEY, decodePosition, type JournalPosition, type MetaSpace } from '../../journal/index.js';
import { abortable } from './abortable.js';
import { count, emptyTally, recordKind, type RecordKind, type Tally } from './census.js';
import type { SecondaryLink } from './link.js';

/** Default most bytes of records in one page (a single larger record goes alone). */
export const PAGE_BYTES = 1 << 20;
/** Bytes a record costs in a page besides its key and value (protobuf framing, roughly). */
const RECORD_OVERHEAD = 16;

/** What {@link streamSnapshot} works with. */
export interface StreamOptions {
  space: MetaSpace;
  link: SecondaryLink;
  /** Live stats: records and their kinds as read, synced counts and bytes as pages are acknowledged. */
  stats: hivefs.IResyncStats;
  signal: AbortSignal;
  pageBytes?: number;
  /** An inode that does not decode (counted in discovery_errors; it is sent all the same). */
  onDiscoveryError(key: string, err: unknown): void;
}

/**
 * Sends a consistent snapshot of the space (see {@link MetaSpace.snapshot}) as one transfer with a
 * new random id: page 0 first, one page in flight, `last` on the final one, whose reply carries
 * the position the secondary installed. Resolves with it; throws when the secondary installed
 * another position than the snapshot carries.
 */
export async function streamSnapshot(o: StreamOptions): Promise<JournalPosition> {
  const s = o.stats;
  const transferId = randomInt(1, 2 ** 47);
  const limit = o.pageBytes ?? PAGE_BYTES;
  let page = 0;
  let records: hivefs.IJournalOp[] = [];
  let bytes = 0;
  let tally = emptyTally();
  let carried: JournalPosition | undefined;
  const send = async (last: boolean): Promise<hivefs.ISnapshotPageResp> => {
    if (o.signal.aborted) throw o.signal.reason;
    const resp = await abortable(o.link.sendPage({ groupId: o.space.groupId, transferId, page, records, last }), o.signal);
    acknowledge(s, tally, bytes);
    page++;
    records = [];
    bytes = 0;
    tally = emptyTally();
    return resp;
  };
  for await (const [key, value] of o.space.snapshot()) {
    const size = Buffer.byteLength(key) + value.length + RECORD_OVERHEAD;
    if (records.length > 0 && bytes + size > limit) await send(false);
    if (key === APPLIED_KEY) carried = decodePosition(value);
    let kind: RecordKind = 'other';
    try {
      kind = recordKind(key, value);
    } catch (e) {
      s.discoveryErrors = Number(s.discoveryErrors ?? 0) + 1;
      o.onDiscoveryError(key, e);
    }
    count(tally, kind);
    discover(s, kind);
    records.push({ key, value });
    bytes += size;
  }
  const resp = await send(true);
  const installed = { seq: Number(resp.seq ?? 0), epoch: Number(resp.epoch ?? 0) };
  const want = carried ?? { seq: 0, epoch: 0 };
  if (installed.seq !== want.seq || installed.epoch !== want.epoch) {
    throw new Error(`the secondary installed position ${installed.seq}/${installed.epoch.toString(16)}, the snapshot carries ${want.seq}/${want.epoch.toString(16)}`);
  }
  return installed;
}

/** Counts a record read from the snapshot. */
function discover(s: hivefs.IResyncStats, kind: RecordKind): void {
  s.snapshotRecords = Number(s.snapshotRecords ?? 0) + 1;
  if (kind === 'dir') s.discoveredDirs = Number(s.discoveredDirs ?? 0) + 1;
  else if (kind === 'file') s.discoveredFiles = Number(s.discoveredFiles ?? 0) + 1;
  else if (kind === 'session') s.sessionsToSync = Number(s.sessionsToSync ?? 0) + 1;
}

/** A page was acknowledged: its records are on the secondary. */
function acknowledge(s: hivefs.IResyncStats, t: Tally, bytes: number): void {
  s.syncedDirs = Number(s.syncedDirs ?? 0) + t.dirs;
  s.syncedFiles = Number(s.syncedFiles ?? 0) + t.files;
  s.syncedSessions = Number(s.syncedSessions ?? 0) + t.sessions;
  s.syncedBytes = Number(s.syncedBytes ?? 0) + bytes;
}
