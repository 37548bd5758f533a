// Loads every record of one kind from the store, with a clear error for a corrupt one.
import type { KvStore } from '@hivefs/common';

/** Thrown when a stored record cannot be decoded; mgmtd refuses to start on it. */
export class CorruptRecordError extends Error {
  override readonly name = 'CorruptRecordError';
}

/** Decodes every value under `prefix`; `decode` gets the key for its error messages. */
export async function loadRecords<T>(kv: KvStore, prefix: string, decode: (bytes: Uint8Array, key: string) => T): Promise<T[]> {
  const out: T[] = [];
  for await (const [k, v] of kv.keysWithPrefix(prefix)) {
    try {
      out.push(decode(v, k));
    } catch (err) {
      throw new CorruptRecordError(`mgmtd store record '${k}' is corrupt: ${(err as Error).message}`, { cause: err });
    }
  }
  return out;
}
