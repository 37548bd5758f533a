// The chunk blocks a close or reportWrite request carries, as plain numbers.
import type { hivefs } from '@hivefs/protocol';
import type { ChunkBlocks } from '../store/blocks.js';

/** Decoded ChunkBlocks entries (64-bit counts as numbers; the store checks them). */
export function chunkBlocksOf(list: readonly hivefs.IChunkBlocks[] | null | undefined): ChunkBlocks[] {
  return (list ?? []).map((c) => ({ index: c.index ?? 0, blocks: Number(c.blocks ?? 0) }));
}
