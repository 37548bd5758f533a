// Lists the chunk files of a chunks/ or buddymir/ directory in entry id order, a page at a time (ListChunks, full resyncs).
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isValidEntryId, type hivefs } from '@hivefs/protocol';

/** One page of {@link listChunkFiles}. */
export interface ChunkPage {
  chunks: hivefs.IChunkFileInfo[];
  /** More entries follow the last one. */
  more: boolean;
  /** Directories read for this page. */
  dirs: number;
}

/** Options of {@link listChunkFiles}. */
export interface ListOptions {
  /** Only entry ids after this one. */
  after?: string;
  limit: number;
  /** Only files modified at or after this wall-clock ms (0: all). */
  changedSinceMs?: number;
}

/**
 * The chunk files below `dir` (its two hashed levels) with ids after `after`, in id order, at
 * most `limit`, with length and mtime. Reads every sub-directory for each page (cost grows with
 * the number of chunk files); a file removed while listing is left out.
 */
export async function listChunkFiles(dir: string, opts: ListOptions): Promise<ChunkPage> {
  const after = opts.after ?? '';
  const since = opts.changedSinceMs ?? 0;
  let dirs = 0;
  const found: { id: string; path: string }[] = [];
  for (const l1 of await names(dir)) {
    dirs++;
    for (const l2 of await names(join(dir, l1))) {
      dirs++;
      const sub = join(dir, l1, l2);
      for (const id of await names(sub)) if (id > after && isValidEntryId(id)) found.push({ id, path: join(sub, id) });
    }
  }
  found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const chunks: hivefs.IChunkFileInfo[] = [];
  let i = 0;
  for (; i < found.length && chunks.length < opts.limit; i++) {
    const st = await stat(found[i]!.path).catch(() => undefined);
    if (!st?.isFile() || st.mtimeMs < since) continue;
    chunks.push({ entryId: found[i]!.id, length: st.size, mtimeMs: Math.floor(st.mtimeMs) });
  }
  return { chunks, more: i < found.length, dirs };
}

/** Entry names of a directory (none when it is missing). */
async function names(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return [];
    throw e;
  }
}
