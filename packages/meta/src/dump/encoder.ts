// DumpEncoder: [key, value] records to the bytes of a store dump, in chunks of about 256 KiB.
import { createHash, type Hash } from 'node:crypto';
import { DUMP_MAGIC, END_MARK, RECORD_PREFIX_BYTES, headerLine, trailerLine, type DumpHeaderInit, type DumpTrailer } from './format.js';

/** Default size of the chunks {@link DumpEncoder.encode} yields. */
export const DUMP_CHUNK_BYTES = 256 * 1024;

/** One record of a dump: raw key bytes, raw value bytes. */
export type DumpRecord = [Uint8Array, Uint8Array];

/**
 * Encodes one dump. Records are copied into a chunk buffer that is yielded when full (a record
 * larger than a chunk is yielded on its own), so a dump of millions of small records costs a few
 * thousand buffers, not one per record. After `encode` finished, `trailer` and `bytes` describe
 * what was written.
 */
export class DumpEncoder {
  private readonly hash: Hash = createHash('sha256');
  private readonly header: Buffer;
  private count = 0;
  private started = false;
  /** Bytes yielded so far. */
  bytes = 0;
  /** The trailer written; set when `encode` has yielded its last chunk. */
  trailer: DumpTrailer | undefined;

  constructor(init: DumpHeaderInit, private readonly chunkBytes = DUMP_CHUNK_BYTES) {
    this.header = headerLine(init);
  }

  /** The bytes of the whole dump of `records` (which must come in the order they are to be restored). */
  async *encode(records: AsyncIterable<DumpRecord> | Iterable<DumpRecord>): AsyncGenerator<Buffer> {
    if (this.started) throw new Error('a DumpEncoder encodes one dump');
    this.started = true;
    yield this.out(Buffer.concat([Buffer.from(DUMP_MAGIC, 'latin1'), this.header]));
    let buf = Buffer.allocUnsafe(this.chunkBytes);
    let pos = 0;
    const flush = (): Buffer => {
      const full = buf.subarray(0, pos);
      this.hash.update(full);
      buf = Buffer.allocUnsafe(this.chunkBytes);
      pos = 0;
      return this.out(full);
    };
    for await (const [key, value] of records) {
      if (key.length >= END_MARK || value.length >= END_MARK) throw new Error(`record ${this.count} is too large for the dump format`);
      const need = RECORD_PREFIX_BYTES + key.length + value.length;
      if (pos + need > buf.length && pos > 0) yield flush();
      if (need > buf.length) {
        const big = Buffer.allocUnsafe(need);
        writeRecord(big, 0, key, value);
        this.hash.update(big);
        this.count++;
        yield this.out(big);
        continue;
      }
      pos = writeRecord(buf, pos, key, value);
      this.count++;
    }
    if (pos > 0) yield flush();
    this.trailer = { count: this.count, recordsSha256: this.hash.digest('hex'), headerSha256: createHash('sha256').update(this.header).digest('hex') };
    const end = Buffer.alloc(4);
    end.writeUInt32BE(END_MARK, 0);
    yield this.out(Buffer.concat([end, trailerLine(this.trailer)]));
  }

  private out(b: Buffer): Buffer {
    this.bytes += b.length;
    return b;
  }
}

/** Writes one record at `pos`; returns the position after it. */
function writeRecord(buf: Buffer, pos: number, key: Uint8Array, value: Uint8Array): number {
  buf.writeUInt32BE(key.length, pos);
  buf.writeUInt32BE(value.length, pos + 4);
  buf.set(key, pos + RECORD_PREFIX_BYTES);
  buf.set(value, pos + RECORD_PREFIX_BYTES + key.length);
  return pos + RECORD_PREFIX_BYTES + key.length + value.length;
}
