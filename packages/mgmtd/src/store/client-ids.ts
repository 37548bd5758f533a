// The client id high-water mark in the store: the last client id issued, so ids are never reused.
import type { KvBatchOp, KvStore } from '@hivefs/common';
import { MAX_NUMERIC_ID } from '@hivefs/protocol';
import { CLIENT_MARK_KEY } from './keys.js';
import { CorruptRecordError } from './scan.js';

/** Reads the mark; a store without one (new, or written before marks existed) starts at 0. */
export async function loadClientMark(kv: KvStore): Promise<number> {
  const bytes = await kv.get(CLIENT_MARK_KEY);
  if (!bytes) return 0;
  const text = Buffer.from(bytes).toString('utf8');
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > MAX_NUMERIC_ID) throw new CorruptRecordError(`mgmtd store record '${CLIENT_MARK_KEY}' is corrupt: '${text}' is not a client id`);
  return n;
}

/** The store operation that writes the mark. */
export function clientMarkOp(mark: number): KvBatchOp {
  return { type: 'put', key: CLIENT_MARK_KEY, value: Buffer.from(String(mark), 'utf8') };
}

/**
 * The client id to issue after `mark`: `mark + 1`, skipping ids in `used`. Ids are 16 bits, so
 * after 65535 the numbering starts over at 1; an id comes back only after every other one was
 * issued since. Undefined when every id 1..65535 is in use.
 */
export function nextClientId(mark: number, used: ReadonlySet<number>): number | undefined {
  for (let k = 1; k <= MAX_NUMERIC_ID; k++) {
    const id = ((mark + k - 1) % MAX_NUMERIC_ID) + 1;
    if (!used.has(id)) return id;
  }
  return undefined;
}
