// The online snapshot API: a consistent dump of a running meta node's store, cut while mutations go on (for the full resync).
import type { KvSnapshot, KvStore } from '@hivefs/common';
import { DumpEncoder } from './encoder.js';
import type { DumpHeaderInit } from './format.js';
import { summaryOf, writeFileDurably, type DumpSummary } from './offline-dump.js';

/** Who the store belongs to: goes into the dump's header. */
export interface SnapshotNode {
  nodeId: number;
  /** The text of the node's format.conf. */
  formatConf: string;
}

/** A dump of a running store, cut when {@link openOnlineDump} resolved and read as `chunks` is iterated. */
export interface OnlineDump {
  readonly header: DumpHeaderInit;
  /** The encoder; its `trailer` and `bytes` describe the dump once `chunks` was read to its end. */
  readonly encoder: DumpEncoder;
  /** The dump's bytes in chunks of about 256 KiB; iterate once. Releases the snapshot at its end. */
  chunks(): AsyncIterable<Buffer>;
  /** Releases the snapshot without reading it (harmless after `chunks` ran to its end). */
  close(): Promise<void>;
}

/**
 * Cuts a consistent snapshot of the store a running daemon serves from (its whole KvStore stack,
 * as app.ts builds it). The cut is made before this resolves: the snapshot holds every write
 * acknowledged before the call, including the records meta keeps in memory only (read-only
 * sessions), and none started after it resolved; mutations go on meanwhile (they wait at most
 * one LevelDB write while the cut is made). Throws when the store cannot cut snapshots.
 */
export async function openStoreSnapshot(kv: KvStore): Promise<KvSnapshot> {
  if (!kv.snapshot) throw new Error('this KV store cannot cut a consistent snapshot');
  return kv.snapshot();
}

/**
 * An online dump of `kv` in the format of docs/meta-dump.md (source 'online'): the snapshot is
 * cut as {@link openStoreSnapshot} does before this resolves, so a caller that notes its own
 * position (a journal sequence number) right after gets a matching pair.
 */
export async function openOnlineDump(kv: KvStore, node: SnapshotNode): Promise<OnlineDump> {
  const snap = await openStoreSnapshot(kv);
  const header: DumpHeaderInit = { nodeType: 'meta', nodeId: node.nodeId, formatConf: node.formatConf, createdAt: new Date().toISOString(), source: 'online' };
  const encoder = new DumpEncoder(header);
  return { header, encoder, chunks: () => encoder.encode(snap.entries()), close: () => snap.close() };
}

/** Writes an online dump of `kv` to `file` durably (FILE.tmp, fsync, rename, directory fsync). */
export async function writeOnlineDump(kv: KvStore, node: SnapshotNode, file: string): Promise<DumpSummary> {
  const dump = await openOnlineDump(kv, node);
  try {
    await writeFileDurably(file, dump.chunks());
  } finally {
    await dump.close();
  }
  return summaryOf(file, node.nodeId, dump.encoder);
}
