// `hivefs-meta --restore FILE`: a dump loaded into an empty meta data directory, staged and verified before anything shows.
import { createReadStream } from 'node:fs';
import { access, constants, mkdir, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FORMAT_FILE, checkFormatService, openRawLevel, parseFormat, readFormat, syncDir, syncTree } from '@hivefs/common';
import { DUMP_CHUNK_BYTES } from './encoder.js';
import type { DumpHeader } from './format.js';
import { META_DB_DIR } from './offline-dump.js';
import { DumpReader } from './reader.js';

/** What a finished restore loaded. */
export interface RestoreSummary {
  dir: string;
  nodeId: number;
  records: number;
  header: DumpHeader;
}

/** Entries an empty data directory may hold: a file system's lost+found, and the format.conf hivefs-setup-meta writes. */
const ALLOWED = new Set(['lost+found', FORMAT_FILE]);

/**
 * Checks that `dir` can take a restore: missing (it is created), empty, or holding only a
 * format.conf (from hivefs-setup-meta) for a meta node. Returns that format's node id (0: none).
 */
async function checkTarget(dir: string): Promise<number> {
  await mkdir(dir, { recursive: true });
  const names = await readdir(dir);
  const other = names.filter((n) => !ALLOWED.has(n));
  if (other.length > 0) {
    const shown = other.slice(0, 5).join(', ') + (other.length > 5 ? `, ... (${other.length} entries)` : '');
    throw new Error(`${dir} is not empty (it holds ${shown}): --restore loads a dump only into an empty data directory`);
  }
  const f = await readFormat(dir);
  if (!f) return 0;
  checkFormatService(f, 'meta', dir);
  return f.nodeNumID ?? 0;
}

/** Checks the dump's header against itself and against the node the target is formatted for. */
function checkHeader(h: DumpHeader, file: string, dir: string, targetNode: number): void {
  const f = parseFormat(h.formatConf, `the format.conf in ${file}`);
  checkFormatService(f, 'meta', `the dump ${file}`);
  if ((f.nodeNumID ?? 0) !== h.nodeId) throw new Error(`${file}: its header says meta node ${h.nodeId}, its format.conf says ${f.nodeNumID ?? 0}`);
  if (targetNode !== 0 && targetNode !== h.nodeId) throw new Error(`${dir} is formatted for meta node ${targetNode}, but ${file} is a dump of meta node ${h.nodeId}`);
}

/**
 * Restores the dump `file` into the meta data directory `dir`, which must be empty (see
 * checkTarget). The records go into a fresh LevelDB in `<dir>/.restore-<pid>/`, with the dump's
 * format.conf; only once the whole dump was read and its trailer checked is that fsynced and
 * moved into place (db/ first, format.conf last, so a crash in between leaves a directory the
 * daemon refuses rather than an empty store). On any failure the staging directory is removed
 * and `dir` is left as it was.
 */
export async function restoreMetaDir(dir: string, file: string): Promise<RestoreSummary> {
  await access(file, constants.R_OK).catch((e: Error) => {
    throw new Error(`cannot read the dump ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : e.message}`);
  });
  const targetNode = await checkTarget(dir);
  const stream = createReadStream(file, { highWaterMark: DUMP_CHUNK_BYTES });
  try {
    const reader = new DumpReader(stream);
    const header = await reader.readHeader().catch((e: Error) => {
      throw new Error(`${file}: ${e.message}`);
    });
    checkHeader(header, file, dir, targetNode);
    return await stageAndPublish(dir, file, reader, header);
  } finally {
    stream.destroy();
  }
}

/** Loads the records into `<dir>/.restore-<pid>/`, then moves them into place (see {@link restoreMetaDir}). */
async function stageAndPublish(dir: string, file: string, reader: DumpReader, header: DumpHeader): Promise<RestoreSummary> {
  const stage = join(dir, `.restore-${process.pid}`);
  const movedDb = join(dir, META_DB_DIR);
  let moved = false;
  await mkdir(stage);
  try {
    // 1. Load and verify: the reader throws on any defect, before anything is visible.
    const db = await openRawLevel(join(stage, META_DB_DIR), { create: true });
    let records: number;
    try {
      records = await db.putAll(reader.records());
    } catch (e) {
      throw new Error(`${file}: ${(e as Error).message}`);
    } finally {
      await db.close();
    }
    await writeFile(join(stage, FORMAT_FILE), header.formatConf, { mode: 0o644 });
    await syncTree(stage);
    // 2. Publish: the store first, format.conf last.
    await rename(join(stage, META_DB_DIR), movedDb);
    moved = true;
    await rename(join(stage, FORMAT_FILE), join(dir, FORMAT_FILE));
    await rmdir(stage);
    await syncDir(dir);
    return { dir, nodeId: header.nodeId, records, header };
  } catch (e) {
    await rm(stage, { recursive: true, force: true });
    if (moved) await rm(movedDb, { recursive: true, force: true });
    throw e;
  }
}
