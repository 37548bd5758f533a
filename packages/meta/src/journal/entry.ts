// The journal entry: one committed batch of a space as raw KV ops, and its protobuf codec.
import type { KvBatchOp } from '@hivefs/common';
import { ErrCode, HiveError, hivefs } from '@hivefs/protocol';

/** One KV op of an entry (keys relative to the space); never volatile. */
export type JournalOp = { type: 'put'; key: string; value: Uint8Array } | { type: 'del'; key: string };

/** One committed batch of a group's space. */
export interface JournalEntry {
  /** 1, 2, 3... without gaps, assigned by the primary in submission order. */
  seq: number;
  /** Primary's wall clock at commit (ms since the epoch); compaction keeps a span by it. */
  atMs: number;
  /** The primary run that wrote the entry (see position.ts). */
  epoch: number;
  /** The epoch of entry `seq - 1` (0 for seq 1): a secondary applies the entry only on top of that one. */
  prevEpoch: number;
  ops: JournalOp[];
}

/** The ops of a store batch as journal ops: volatile puts become plain (durable) puts. */
export function journalOps(ops: readonly KvBatchOp[]): JournalOp[] {
  return ops.map((op) => (op.type === 'put' ? { type: 'put', key: op.key, value: op.value! } : { type: 'del', key: op.key }));
}

/** The protobuf message of an entry (for an RPC that carries it). */
export function entryToMessage(e: JournalEntry): hivefs.IJournalEntry {
  return {
    seq: e.seq,
    atMs: e.atMs,
    epoch: e.epoch,
    prevEpoch: e.prevEpoch,
    ops: e.ops.map((op) => (op.type === 'put' ? { key: op.key, value: op.value } : { key: op.key, del: true })),
  };
}

const bad = (why: string): never => {
  throw new HiveError(ErrCode.BAD_MESSAGE, `bad journal entry: ${why}`);
};

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

/**
 * An entry from its protobuf message (as decoded from the network or the store), checked:
 * throws HiveError BAD_MESSAGE for a seq below 1, bad numbers or an op without a key.
 */
export function entryFromMessage(m: hivefs.IJournalEntry): JournalEntry {
  const { seq, atMs, epoch, prevEpoch } = m;
  if (!isCount(seq) || seq < 1) bad(`seq must be a positive integer, got ${String(seq)}`);
  if (!isCount(atMs ?? 0) || !isCount(epoch ?? 0) || !isCount(prevEpoch ?? 0)) bad(`seq ${seq}: at_ms and the epochs must be non-negative integers`);
  const ops: JournalOp[] = (m.ops ?? []).map((op, i) => {
    if (typeof op.key !== 'string') bad(`seq ${seq}: op ${i} has no key`);
    if (op.del) return { type: 'del', key: op.key! };
    return { type: 'put', key: op.key!, value: op.value ?? new Uint8Array(0) };
  });
  return { seq: seq!, atMs: atMs ?? 0, epoch: epoch ?? 0, prevEpoch: prevEpoch ?? 0, ops };
}

/** The stored (and wire) bytes of an entry. */
export function encodeEntry(e: JournalEntry): Uint8Array {
  return hivefs.JournalEntry.encode(entryToMessage(e)).finish();
}

/** An entry from its bytes; throws HiveError BAD_MESSAGE when they are not a valid entry. */
export function decodeEntry(bytes: Uint8Array): JournalEntry {
  let m: hivefs.JournalEntry;
  try {
    m = hivefs.JournalEntry.decode(bytes);
  } catch (e) {
    return bad((e as Error).message);
  }
  return entryFromMessage(m);
}
