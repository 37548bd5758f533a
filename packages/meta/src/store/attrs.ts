// Turns stored inodes into wire attributes, with the live size of files open for writing.
import { fileSizeFromChunkLengths, hivefs } from '@hivefs/protocol';
import type { StoreContext } from './context.js';
import { sessionsOf } from './reads.js';
import type { Inode } from './types.js';

/** The wire form of an inode. */
export function toAttr(i: Inode, openWriters = 0, size = i.size): hivefs.IAttr {
  return { ...i, size, openWriters, pattern: { ...i.pattern, ids: [...i.pattern.ids] } };
}

/**
 * The attributes of an inode as a stat should see them. A regular file with open writers
 * reports the size its chunk files imply (asked from storage; the stored size if storage does
 * not answer), never less than the stored size, and the number of writers.
 */
export async function presentAttr(ctx: StoreContext, i: Inode): Promise<hivefs.IAttr> {
  if (i.type !== hivefs.EntryType.REGULAR) return toAttr(i);
  const writers = (await sessionsOf(ctx, i.entryId)).filter((s) => s.write).length;
  if (writers === 0 || i.pattern.ids.length === 0) return toAttr(i, writers);
  try {
    const lengths = await ctx.chunks.chunkLengths(i.entryId, i.pattern.ids);
    const live = fileSizeFromChunkLengths(lengths, i.pattern.chunkSize);
    return toAttr(i, writers, Math.max(i.size, live));
  } catch (e) {
    ctx.log.warn({ entryId: i.entryId, err: (e as Error).message }, 'chunk lengths unavailable; reporting the stored size');
    return toAttr(i, writers);
  }
}
