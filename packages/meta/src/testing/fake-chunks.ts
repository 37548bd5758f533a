// An in-process ChunkService for unit tests: records calls, serves configurable lengths and space.
import { ErrCode, HiveError } from '@hivefs/protocol';
import type { ChunkRef, ChunkService, TargetSpaceInfo, UnlinkOutcome } from '../store/context.js';

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
  /** Targets that do not answer. */
  readonly down = new Set<number>();
  spaces: TargetSpaceInfo[] = [];

  private check(targetId: number): void {
    if (this.down.has(targetId)) throw new HiveError(ErrCode.UNREACHABLE, `fake target ${targetId} is down`);
  }

  async truncate(entryId: string, targetId: number, length: number): Promise<void> {
    this.check(targetId);
    this.truncates.push({ entryId, targetId, length });
    this.lengths.set(`${entryId}/${targetId}`, length);
  }

  /** Requests unlinkMany got (each a list of refs). */
  readonly unlinkRequests: ChunkRef[][] = [];

  async unlinkMany(refs: readonly ChunkRef[]): Promise<UnlinkOutcome[]> {
    this.unlinkRequests.push([...refs]);
    return refs.map(({ entryId, targetId }) => {
      if (this.down.has(targetId)) return { ok: false, error: `fake target ${targetId} is down` };
      this.unlinks.push({ entryId, targetId });
      this.lengths.delete(`${entryId}/${targetId}`);
      return { ok: true };
    });
  }

  async chunkLengths(entryId: string, targetIds: number[]): Promise<number[]> {
    for (const t of targetIds) this.check(t);
    return targetIds.map((t) => this.lengths.get(`${entryId}/${t}`) ?? 0);
  }

  async targetSpaces(): Promise<TargetSpaceInfo[]> {
    return this.spaces.filter((s) => !this.down.has(s.targetId));
  }

  /** Pretends a client wrote so that target `targetId`'s chunk of `entryId` is `length` bytes. */
  setLength(entryId: string, targetId: number, length: number): void {
    this.lengths.set(`${entryId}/${targetId}`, length);
  }
}
