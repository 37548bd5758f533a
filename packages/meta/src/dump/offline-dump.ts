// `hivefs-meta --dump FILE`: a stopped meta node's whole store, read from its LevelDB directly, written durably to FILE.
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { FORMAT_FILE, checkFormatService, openRawLevel, parseFormat, syncDir } from '@hivefs/common';
import { DumpEncoder } from './encoder.js';
import type { DumpTrailer } from './format.js';

/** What a finished dump wrote. */
export interface DumpSummary {
  file: string;
  nodeId: number;
  records: number;
  bytes: number;
  recordsSha256: string;
}

/** Subdirectory of a meta data directory holding its LevelDB. */
export const META_DB_DIR = 'db';

/** The format.conf text of a meta data directory and the node id in it; throws when it is not one. */
export async function readMetaFormat(dir: string): Promise<{ text: string; nodeId: number }> {
  const file = join(dir, FORMAT_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${dir} is not a meta data directory (it has no ${FORMAT_FILE})`);
    throw new Error(`cannot read ${file}: ${(e as Error).message}`);
  }
  const f = parseFormat(text, file);
  checkFormatService(f, 'meta', dir);
  return { text, nodeId: f.nodeNumID ?? 0 };
}

/**
 * Writes `chunks` to `file` durably: into FILE.tmp, fsync, rename over FILE, fsync of the
 * directory. On failure FILE.tmp is removed and FILE is left as it was.
 */
export async function writeFileDurably(file: string, chunks: AsyncIterable<Buffer>): Promise<void> {
  const tmp = `${file}.tmp`;
  const fh = await open(tmp, 'w', 0o600);
  try {
    try {
      for await (const c of chunks) await fh.write(c);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
  await syncDir(dirname(file));
}

/** The summary line the command prints. */
export function summaryLine(verb: string, s: DumpSummary, where: string): string {
  return `${verb} ${s.records} records (${s.bytes} bytes) of meta node ${s.nodeId} ${where}; records sha256 ${s.recordsSha256}`;
}

/** Builds the summary of a finished encoder. */
export function summaryOf(file: string, nodeId: number, enc: DumpEncoder): DumpSummary {
  const t = enc.trailer as DumpTrailer;
  return { file, nodeId, records: t.count, bytes: enc.bytes, recordsSha256: t.recordsSha256 };
}

/**
 * Dumps the store of the stopped meta node whose data directory is `dir` to `file`: every key of
 * its LevelDB in order, as raw bytes, with its format.conf in the header. Refuses, naming the
 * pid, while a process (the daemon) holds the database; the dump holds the lock itself while it
 * reads, so the daemon cannot start in the middle.
 */
export async function dumpMetaDir(dir: string, file: string): Promise<DumpSummary> {
  const format = await readMetaFormat(dir);
  const dbDir = join(dir, META_DB_DIR);
  const db = await openRawLevel(dbDir).catch((e: Error & { code?: string; pid?: number }) => {
    if (e.code !== 'ERR_KV_LOCKED') throw e;
    const who = e.pid !== undefined ? `process ${e.pid}` : 'another process';
    throw new Error(`${dir} is in use by ${who} (a running hivefs-meta?): stop the daemon before --dump`);
  });
  try {
    const enc = new DumpEncoder({ nodeType: 'meta', nodeId: format.nodeId, formatConf: format.text, createdAt: new Date().toISOString(), source: 'offline' });
    await writeFileDurably(file, enc.encode(db.entries()));
    return summaryOf(file, format.nodeId, enc);
  } finally {
    await db.close();
  }
}
