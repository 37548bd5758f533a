// The store dump format (docs/meta-dump.md): magic line, JSON header line, length-prefixed records, end mark, JSON trailer line.

/** First line of every dump. */
export const DUMP_MAGIC = 'HIVEFS-STORE-DUMP\n';
/** The format version this code writes and reads. */
export const DUMP_VERSION = 1;
/** The key length that marks the end of the records (no key is that long). */
export const END_MARK = 0xffffffff;
/** Bytes of a record's length prefix: u32BE key length, u32BE value length. */
export const RECORD_PREFIX_BYTES = 8;
/** Longest header line a reader accepts (format.conf is a few lines). */
export const MAX_HEADER_LINE = 1 << 20;
/** Longest trailer line a reader accepts. */
export const MAX_TRAILER_LINE = 4096;
/** Longest key a reader accepts: a length beyond it can only be corruption. */
export const MAX_KEY_BYTES = 1 << 20;
/** Longest value a reader accepts. */
export const MAX_VALUE_BYTES = 256 << 20;

/** Where a dump was taken: a stopped node's data directory, or a running node's snapshot. */
export type DumpSource = 'offline' | 'online';

/** What the writer of a dump says about it (the header line, without the version). */
export interface DumpHeaderInit {
  nodeType: 'meta';
  /** The node whose store this is (from its format.conf; 0 when none was assigned yet). */
  nodeId: number;
  /** The text of the node's format.conf, restored with the store. */
  formatConf: string;
  /** ISO 8601 time the dump was started. */
  createdAt: string;
  source: DumpSource;
}

/** The header line of a dump. */
export interface DumpHeader extends DumpHeaderInit {
  version: number;
}

/** The trailer line of a dump. */
export interface DumpTrailer {
  /** Number of records. */
  count: number;
  /** sha256 (hex) of every record's bytes (length prefixes, keys, values), end mark excluded. */
  recordsSha256: string;
  /** sha256 (hex) of the header line's bytes, its newline included. */
  headerSha256: string;
}

/** A dump that cannot be read: not a dump, another version, truncated, or corrupt. */
export class DumpFormatError extends Error {
  override readonly name = 'DumpFormatError';
}

/** The header line's bytes (JSON, then a newline) for `init`. */
export function headerLine(init: DumpHeaderInit): Buffer {
  const h: DumpHeader = { version: DUMP_VERSION, ...init };
  return Buffer.from(JSON.stringify(h) + '\n', 'utf8');
}

/** The trailer line's bytes. */
export function trailerLine(t: DumpTrailer): Buffer {
  return Buffer.from(JSON.stringify(t) + '\n', 'utf8');
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseJsonLine(line: Buffer, what: string): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(line.toString('utf8'));
  } catch {
    throw new DumpFormatError(`the dump's ${what} line is not JSON`);
  }
  if (!isObject(v)) throw new DumpFormatError(`the dump's ${what} line is not a JSON object`);
  return v;
}

/** Parses and checks a header line (without its newline). */
export function parseHeader(line: Buffer): DumpHeader {
  const h = parseJsonLine(line, 'header');
  if (h.version !== DUMP_VERSION) throw new DumpFormatError(`unsupported dump format version ${JSON.stringify(h.version)} (this HiveFS reads version ${DUMP_VERSION})`);
  if (h.nodeType !== 'meta') throw new DumpFormatError(`the dump is of a ${JSON.stringify(h.nodeType)} node, not of a meta node`);
  if (!Number.isInteger(h.nodeId) || (h.nodeId as number) < 0 || (h.nodeId as number) > 65535) throw new DumpFormatError(`the dump header's nodeId ${JSON.stringify(h.nodeId)} is not a node id`);
  if (typeof h.formatConf !== 'string') throw new DumpFormatError("the dump header has no formatConf text");
  if (typeof h.createdAt !== 'string') throw new DumpFormatError('the dump header has no createdAt time');
  if (h.source !== 'offline' && h.source !== 'online') throw new DumpFormatError(`the dump header's source ${JSON.stringify(h.source)} is neither offline nor online`);
  return h as unknown as DumpHeader;
}

const HEX64 = /^[0-9a-f]{64}$/;

/** Parses and checks a trailer line (without its newline). */
export function parseTrailer(line: Buffer): DumpTrailer {
  const t = parseJsonLine(line, 'trailer');
  if (!Number.isSafeInteger(t.count) || (t.count as number) < 0) throw new DumpFormatError('the dump trailer has no record count');
  if (typeof t.recordsSha256 !== 'string' || !HEX64.test(t.recordsSha256)) throw new DumpFormatError('the dump trailer has no records digest');
  if (typeof t.headerSha256 !== 'string' || !HEX64.test(t.headerSha256)) throw new DumpFormatError('the dump trailer has no header digest');
  return t as unknown as DumpTrailer;
}
