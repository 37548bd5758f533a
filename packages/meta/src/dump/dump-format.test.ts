// The dump format: encoder and reader round trips over any chunking, and every kind of bad input rejected.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DUMP_CHUNK_BYTES, DumpEncoder, type DumpRecord } from './encoder.js';
import { DumpFormatError, type DumpHeaderInit } from './format.js';
import { DumpReader } from './reader.js';

const INIT: DumpHeaderInit = { nodeType: 'meta', nodeId: 3, formatConf: 'fsType=hivefs\nformatVersion=1\nservice=meta\nnodeNumID=3\n', createdAt: '2026-12-05T06:00:00.000Z', source: 'offline' };

function rec(k: string | Buffer, v: string | Buffer): DumpRecord {
  return [typeof k === 'string' ? Buffer.from(k) : k, typeof v === 'string' ? Buffer.from(v) : v];
}

async function encode(records: DumpRecord[], chunkBytes?: number): Promise<{ chunks: Buffer[]; enc: DumpEncoder }> {
  const enc = new DumpEncoder(INIT, chunkBytes);
  const chunks: Buffer[] = [];
  for await (const c of enc.encode(records)) chunks.push(c);
  return { chunks, enc };
}

/** The bytes as a stream of pieces of the given sizes (cycled). */
async function* pieces(bytes: Buffer, sizes: number[]): AsyncGenerator<Buffer> {
  let i = 0;
  for (let off = 0; off < bytes.length; i++) {
    const n = sizes[i % sizes.length]!;
    yield bytes.subarray(off, off + n);
    off += n;
  }
}

async function readAll(source: AsyncIterable<Uint8Array>): Promise<{ records: DumpRecord[]; reader: DumpReader }> {
  const reader = new DumpReader(source);
  const records: DumpRecord[] = [];
  for await (const [k, v] of reader.records()) records.push([Buffer.from(k), Buffer.from(v)]);
  return { records, reader };
}

const SAMPLE: DumpRecord[] = [rec('', 'empty key'), rec('D:root:a', ''), rec(Buffer.from([0xff, 0, 1]), randomBytes(300)), rec('I:x', randomBytes(70_000))];

describe('dump format', () => {
  it('round-trips records, header and trailer', async () => {
    const { chunks, enc } = await encode(SAMPLE);
    const bytes = Buffer.concat(chunks);
    expect(bytes.subarray(0, 18).toString('latin1')).toBe('HIVEFS-STORE-DUMP\n');
    expect(enc.bytes).toBe(bytes.length);
    const { records, reader } = await readAll(pieces(bytes, [bytes.length]));
    expect(records).toEqual(SAMPLE);
    expect(reader.header).toEqual({ version: 1, ...INIT });
    expect(reader.trailer).toEqual(enc.trailer);
    expect(reader.trailer!.count).toBe(4);
  });

  it('reads records that span chunk boundaries, whatever the chunking', async () => {
    const { chunks } = await encode(SAMPLE);
    const bytes = Buffer.concat(chunks);
    for (const sizes of [[1], [3, 5, 7], [4096], [17, 70_001], [bytes.length - 1, 1]]) {
      expect((await readAll(pieces(bytes, sizes))).records).toEqual(SAMPLE);
    }
  });

  it('yields chunks of about 256 KiB for many small records, and a record larger than a chunk whole', async () => {
    const many: DumpRecord[] = [];
    for (let i = 0; i < 20_000; i++) many.push(rec(`D:dir:${String(i).padStart(8, '0')}`, randomBytes(90)));
    const { chunks } = await encode(many);
    const body = chunks.slice(1, -1);
    expect(body.length).toBeLessThan(12);
    for (const c of body.slice(0, -1)) expect(c.length).toBeGreaterThan(DUMP_CHUNK_BYTES - 200);
    expect((await readAll(pieces(Buffer.concat(chunks), [65536]))).records).toEqual(many);

    const big = rec('big', randomBytes(600_000));
    const { chunks: bigChunks } = await encode([rec('a', 'b'), big, rec('c', 'd')], 1024);
    expect(bigChunks.some((c) => c.length === 8 + 3 + 600_000)).toBe(true);
    expect((await readAll(pieces(Buffer.concat(bigChunks), [999]))).records).toEqual([rec('a', 'b'), big, rec('c', 'd')]);
  });

  it('round-trips an empty store', async () => {
    const { chunks } = await encode([]);
    const { records, reader } = await readAll(pieces(Buffer.concat(chunks), [5]));
    expect(records).toEqual([]);
    expect(reader.trailer!.count).toBe(0);
  });
});

describe('dump format: bad input', () => {
  const sample = async (): Promise<Buffer> => Buffer.concat((await encode(SAMPLE)).chunks);
  const rejects = async (bytes: Buffer, message: RegExp): Promise<void> => {
    const err = await readAll(pieces(bytes, [1000])).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(DumpFormatError);
    expect((err as Error).message).toMatch(message);
  };
  /** Replaces the header line (and fixes nothing else). */
  const withHeader = (bytes: Buffer, header: Record<string, unknown>): Buffer => {
    const nl = bytes.indexOf(0x0a, 18);
    return Buffer.concat([bytes.subarray(0, 18), Buffer.from(JSON.stringify(header)), bytes.subarray(nl)]);
  };

  it('rejects an empty file and a wrong magic line', async () => {
    await rejects(Buffer.alloc(0), /the dump is empty/);
    await rejects(Buffer.from('SQLite format 3\0 and so on, a long enough file'), /not a HiveFS store dump \(wrong magic line\)/);
    await rejects(Buffer.from('HIVEFS-STO'), /ends inside its magic line/);
  });

  it('rejects an unknown version and a header that is not for meta', async () => {
    const bytes = await sample();
    await rejects(withHeader(bytes, { ...INIT, version: 2 }), /unsupported dump format version 2 \(this HiveFS reads version 1\)/);
    await rejects(withHeader(bytes, { ...INIT, version: 1, nodeType: 'storage' }), /not of a meta node/);
    await rejects(Buffer.concat([bytes.subarray(0, 18), Buffer.from('{not json\n')]), /header line is not JSON/);
  });

  it('rejects a dump cut at any point', async () => {
    const bytes = await sample();
    const trailerStart = bytes.lastIndexOf(Buffer.from([0xff, 0xff, 0xff, 0xff]));
    for (let cut = 1; cut < bytes.length; cut += cut < 200 || cut > trailerStart - 20 ? 1 : 997) {
      const err = await readAll(pieces(bytes.subarray(0, cut), [777])).then(() => undefined, (e: unknown) => e);
      expect(err, `cut at ${cut} of ${bytes.length}`).toBeInstanceOf(DumpFormatError);
      expect((err as Error).message).toMatch(/truncated dump|no trailer|ends inside|trailer line is not JSON/);
    }
    await rejects(bytes.subarray(0, trailerStart), /ends after 4 records, without its end mark/);
    await rejects(bytes.subarray(0, trailerStart + 4), /has no trailer/);
    await rejects(bytes.subarray(0, 18 + bytes.indexOf(0x0a, 18) - 18 + 1 + 5), /record 0 is cut short/);
  });

  it('rejects a wrong or missing trailer', async () => {
    const bytes = await sample();
    const end = bytes.lastIndexOf(Buffer.from([0xff, 0xff, 0xff, 0xff])) + 4;
    const trailer = JSON.parse(bytes.subarray(end).toString()) as Record<string, unknown>;
    const withTrailer = (t: unknown): Buffer => Buffer.concat([bytes.subarray(0, end), Buffer.from(JSON.stringify(t) + '\n')]);
    await rejects(withTrailer({ ...trailer, count: 5 }), /trailer counts 5 records, the dump holds 4/);
    await rejects(withTrailer({ ...trailer, recordsSha256: '0'.repeat(64) }), /records do not match the digest/);
    await rejects(withTrailer({ count: 4 }), /no records digest/);
    await rejects(Buffer.concat([bytes.subarray(0, end), Buffer.from('garbage\n')]), /trailer line is not JSON/);
  });

  it('rejects a changed record byte, a changed header and trailing garbage', async () => {
    const bytes = await sample();
    const flipped = Buffer.from(bytes);
    const at = flipped.indexOf(Buffer.from('D:root:a'));
    flipped[at + 2] = 'X'.charCodeAt(0);
    await rejects(flipped, /records do not match the digest/);
    await rejects(withHeader(bytes, { version: 1, ...INIT, createdAt: '2026-12-05T06:00:00.001Z' }), /header does not match the digest/);
    await rejects(Buffer.concat([bytes, Buffer.from('x')]), /1 bytes of trailing garbage/);
    const big = Buffer.from(bytes);
    big.writeUInt32BE(0x7fffffff, bytes.indexOf(0x0a, 18) + 1);
    await rejects(big, /record 0 claims a key of 2147483647 bytes/);
  });
});
