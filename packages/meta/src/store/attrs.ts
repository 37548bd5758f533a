// Turns stored inodes into wire attributes, with the live size and blocks of files open for writing.
import { fileSizeFromChunkLengths, hivefs } from '@hivefs/protocol';
import { blocksOf, sumBlocks } from './blocks.js';
import { holdersOf } from './chunks.js';
import type { StoreContext } from './context.js';
import { sessionsOf } from './reads.js';
import type { Inode } from './types.js';

/** Size and blocks of a file as its chunk files show them now. */
export interface LiveExtent {
  size: number;
  /** Undefined when storage did not report blocks. */
  blocks?: number;
}

/** The wire form of an inode: `blocks` computed (chunk blocks are meta's own), live figures where given. */
export function toAttr(i: Inode, openWriters = 0, live?: LiveExtent): hivefs.IAttr {
  const { chunkBlocks, ...rest } = i;
  return { ...rest, size: live?.size ?? i.size, blocks: live?.blocks ?? blocksOf(i), openWriters, pattern: { ...i.pattern, ids: [...i.pattern.ids] } };
}

/**
 * The attributes of an inode as a stat should see them. A regular file with open writers
 * reports the size its chunk files imply (asked from storage; the stored size if storage does
 * not answer), never less than the stored size, the blocks they hold (from the same reply), and
 * the number of writers.
 */
export async function presentAttr(ctx: StoreContext, i: Inode): Promise<hivefs.IAttr> {
  if (i.type !== hivefs.EntryType.REGULAR) return toAttr(i);
  const writers = (await sessionsOf(ctx, i.entryId)).filter((s) => s.write).length;
  if (writers === 0 || i.pattern.ids.length === 0) return toAttr(i, writers);
  const live = await liveExtent(ctx, i, 'reporting the stored size');
  return toAttr(i, writers, live && { size: Math.max(i.size, live.size), ...(live.blocks !== undefined ? { blocks: live.blocks } : {}) });
}

/**
 * The size and blocks the chunk files of regular file `i` imply now (asked from storage);
 * undefined, logged with `fallback` (what the caller does instead), when storage does not answer.
 */
export async function liveExtent(ctx: StoreContext, i: Inode, fallback: string): Promise<LiveExtent | undefined> {
  try {
    const chunks = await ctx.chunks.chunkLengths(i.entryId, holdersOf(i.pattern));
    const size = fileSizeFromChunkLengths(chunks.lengths, i.pattern.chunkSize);
    return { size, ...(chunks.blocks ? { blocks: sumBlocks(chunks.blocks) } : {}) };
  } catch (e) {
    ctx.log.warn({ entryId: i.entryId, err: (e as Error).message }, `chunk lengths unavailable; ${fallback}`);
    return undefined;
  }
}
