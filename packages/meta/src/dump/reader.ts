// DumpReader: the bytes of a store dump back to its header and records, checking the end mark, trailer and digests.
import { createHash } from 'node:crypto';
import { ByteQueue } from './byte-queue.js';
import type { DumpRecord } from './encoder.js';
import {
  DUMP_MAGIC,
  DumpFormatError,
  END_MARK,
  MAX_HEADER_LINE,
  MAX_KEY_BYTES,
  MAX_TRAILER_LINE,
  MAX_VALUE_BYTES,
  RECORD_PREFIX_BYTES,
  parseHeader,
  parseTrailer,
  type DumpHeader,
  type DumpTrailer,
} from './format.js';

const MAGIC = Buffer.from(DUMP_MAGIC, 'latin1');

/**
 * Reads one dump from a byte stream. `records()` yields the records as they come and throws a
 * {@link DumpFormatError} at the first problem; only a loop that ran to its end has read a whole,
 * intact dump (the trailer's count and digests matched, nothing followed). A consumer must
 * therefore keep what it builds from the records invisible until then. Keys and values may be
 * views of the source's chunks: copy them to keep them past the source's own buffers.
 */
export class DumpReader {
  private readonly q: ByteQueue;
  private headerSha = '';
  /** The header, once read. */
  header: DumpHeader | undefined;
  /** The trailer, once the records were read to the end and checked. */
  trailer: DumpTrailer | undefined;
  /** Records read so far. */
  count = 0;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.q = new ByteQueue(source);
  }

  /** Reads and checks the magic line and the header line. */
  async readHeader(): Promise<DumpHeader> {
    if (this.header) return this.header;
    const full = await this.q.fill(MAGIC.length);
    const start = this.q.take(Math.min(MAGIC.length, this.q.length));
    if (start.length === 0) throw new DumpFormatError('the dump is empty');
    if (!MAGIC.subarray(0, start.length).equals(start)) throw new DumpFormatError('not a HiveFS store dump (wrong magic line)');
    if (!full) throw new DumpFormatError('truncated dump: it ends inside its magic line');
    const line = await this.q.line(MAX_HEADER_LINE, () => new DumpFormatError(`the dump's header line is longer than ${MAX_HEADER_LINE} bytes`));
    if (!line) throw new DumpFormatError('truncated dump: it ends inside its header line');
    this.headerSha = createHash('sha256').update(line).digest('hex');
    this.header = parseHeader(line.subarray(0, line.length - 1));
    return this.header;
  }

  /** The records in dump order; checks the end mark, the trailer and that nothing follows it. */
  async *records(): AsyncGenerator<DumpRecord> {
    await this.readHeader();
    const hash = createHash('sha256');
    for (;;) {
      if (!(await this.q.fill(4))) throw new DumpFormatError(this.q.length === 0 ? `truncated dump: it ends after ${this.count} records, without its end mark` : `truncated dump: record ${this.count} is cut short`);
      if (this.q.peekU32() === END_MARK) {
        this.q.take(4);
        break;
      }
      if (!(await this.q.fill(RECORD_PREFIX_BYTES))) throw new DumpFormatError(`truncated dump: record ${this.count} is cut short`);
      const prefix = this.q.take(RECORD_PREFIX_BYTES);
      const keyLen = prefix.readUInt32BE(0);
      const valLen = prefix.readUInt32BE(4);
      if (keyLen > MAX_KEY_BYTES) throw new DumpFormatError(`corrupt dump: record ${this.count} claims a key of ${keyLen} bytes (at most ${MAX_KEY_BYTES})`);
      if (valLen > MAX_VALUE_BYTES) throw new DumpFormatError(`corrupt dump: record ${this.count} claims a value of ${valLen} bytes (at most ${MAX_VALUE_BYTES})`);
      if (!(await this.q.fill(keyLen + valLen))) throw new DumpFormatError(`truncated dump: record ${this.count} is cut short`);
      const key = this.q.take(keyLen);
      const value = this.q.take(valLen);
      hash.update(prefix).update(key).update(value);
      this.count++;
      yield [key, value];
    }
    this.trailer = await this.readTrailer(hash.digest('hex'));
  }

  private async readTrailer(recordsSha: string): Promise<DumpTrailer> {
    const line = await this.q.line(MAX_TRAILER_LINE, () => new DumpFormatError(`the dump's trailer line is longer than ${MAX_TRAILER_LINE} bytes`));
    if (!line) throw new DumpFormatError(this.q.length === 0 ? 'the dump has no trailer (it ends right after its end mark)' : 'truncated dump: its trailer line is cut short');
    const t = parseTrailer(line.subarray(0, line.length - 1));
    if (t.count !== this.count) throw new DumpFormatError(`corrupt dump: the trailer counts ${t.count} records, the dump holds ${this.count}`);
    if (t.headerSha256 !== this.headerSha) throw new DumpFormatError('corrupt dump: the header does not match the digest in the trailer');
    if (t.recordsSha256 !== recordsSha) throw new DumpFormatError('corrupt dump: the records do not match the digest in the trailer');
    const extra = await this.q.rest();
    if (extra > 0) throw new DumpFormatError(`the dump has ${extra} bytes of trailing garbage after its trailer`);
    return t;
  }
}
