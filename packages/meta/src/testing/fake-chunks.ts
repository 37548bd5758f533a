// An in-process ChunkService for unit tests: records calls, serves configurable lengths, blocks and space.
import { ErrCode, HiveError } from '@hivefs/protocol';
import type { ChunkExtents, ChunkRef, ChunkService, TargetSpaceInfo, UnlinkOutcome } from '../store/context.js';

/** A recorded truncate call. */
export interface TruncateCall {
  entryId: string;
  targetId: number;
  length: number;
}

/** Records every storage call; targets in `down` fail with UNREACHABLE. */
export class FakeChunkService implements ChunkService {
  readonly truncates: TruncateCall[] = [];
  readonly unlinks: { entryId: string; targetId: number }[] = [];
  /** Chunk lengths by `${entryId}/${targetId}` (missing = 0). */
  readonly lengths = new Map<string, number>();
  /** 512-byte blocks the chunk files hold, by `${entryId}/${targetId}` (missing = 0). */
  readonly blocks = new Map<string, number>();
  /** When false, chunkLengths answers without blocks (a storage daemon from before they were reported). */
  reportsBlocks = true;
  /** Targets that do not answer. */
  readonly down = new Set<number>();
  spaces: TargetSpaceInfo[] = [];

  private check(targetId: number): void {
    if (this.down.has(targetId)) throw new HiveError(ErrCode.UNREACHABLE, `fake target ${targetId} is down`);
  }

  /** Sets the length; the chunk keeps its blocks up to the new length (growing adds a hole). */
  async truncate(entryId: string, targetId: number, length: number): Promise<number> {
    this.check(targetId);
    this.truncates.push({ entryId, targetId, length });
    const k = `${entryId}/${targetId}`;
    this.lengths.set(k, length);
    const blocks = Math.min(this.blocks.get(k) ?? 0, Math.ceil(length / 512));
    this.blocks.set(k, blocks);
    return blocks;
  }

  /** Requests unlinkMany got (each a list of refs). */
  readonly unlinkRequests: ChunkRef[][] = [];

  async unlinkMany(refs: readonly ChunkRef[]): Promise<UnlinkOutcome[]> {
    this.unlinkRequests.push([...refs]);
    return refs.map(({ entryId, targetId }) => {
      if (this.down.has(targetId)) return { ok: false, error: `fake target ${targetId} is down` };
      this.unlinks.push({ entryId, targetId });
      this.lengths.delete(`${entryId}/${targetId}`);
      this.blocks.delete(`${entryId}/${targetId}`);
      return { ok: true };
    });
  }

  async chunkLengths(entryId: string, targetIds: number[]): Promise<ChunkExtents> {
    for (const t of targetIds) this.check(t);
    return {
      lengths: targetIds.map((t) => this.lengths.get(`${entryId}/${t}`) ?? 0),
      blocks: this.reportsBlocks ? targetIds.map((t) => this.blocks.get(`${entryId}/${t}`) ?? 0) : undefined,
    };
  }

  async targetSpaces(): Promise<TargetSpaceInfo[]> {
    return this.spaces.filter((s) => !this.down.has(s.targetId));
  }

  /**
   * Pretends a client wrote so that target `targetId`'s chunk of `entryId` is `length` bytes and
   * holds `blocks` blocks (default: as many as a file without holes of that length).
   */
  setLength(entryId: string, targetId: number, length: number, blocks = Math.ceil(length / 512)): void {
    this.lengths.set(`${entryId}/${targetId}`, length);
    this.blocks.set(`${entryId}/${targetId}`, blocks);
  }
}
