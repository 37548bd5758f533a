// An in-process ChunkService for unit tests: records calls, serves configurable lengths, blocks and space.
import { ErrCode, HiveError } from '@hivefs/protocol';
import type { ChunkExtents, ChunkHolder, ChunkRef, ChunkService, TargetSpaceInfo, UnlinkOutcome } from '../store/context.js';

/** A recorded truncate call: entry, holder (`targetId` or `groupId`) and length. */
export type TruncateCall = { entryId: string; length: number } & ChunkHolder;

/** The key of a chunk file in the fake's maps: `${entryId}/${targetId}`, `${entryId}/g${groupId}` for a group. */
const keyOf = (entryId: string, h: ChunkHolder): string => (h.groupId !== undefined ? `${entryId}/g${h.groupId}` : `${entryId}/${h.targetId}`);

/** Records every storage call; targets in `down` (groups in `downGroups`) fail with UNREACHABLE. */
export class FakeChunkService implements ChunkService {
  readonly truncates: TruncateCall[] = [];
  readonly unlinks: ChunkRef[] = [];
  /** Chunk lengths by `${entryId}/${targetId}` (`${entryId}/g${groupId}` for a group; missing = 0). */
  readonly lengths = new Map<string, number>();
  /** 512-byte blocks the chunk files hold, by `${entryId}/${targetId}` (missing = 0). */
  readonly blocks = new Map<string, number>();
  /** When false, chunkLengths answers without blocks (a storage daemon from before they were reported). */
  reportsBlocks = true;
  /** Targets that do not answer. */
  readonly down = new Set<number>();
  /** Buddy groups that do not answer. */
  readonly downGroups = new Set<number>();
  spaces: TargetSpaceInfo[] = [];

  /** Why `h` does not answer, or undefined. */
  private downReason(h: ChunkHolder): string | undefined {
    if (h.groupId !== undefined) return this.downGroups.has(h.groupId) ? `fake buddy group ${h.groupId} is down` : undefined;
    return this.down.has(h.targetId) ? `fake target ${h.targetId} is down` : undefined;
  }

  private check(h: ChunkHolder): void {
    const why = this.downReason(h);
    if (why) throw new HiveError(ErrCode.UNREACHABLE, why);
  }

  /** Sets the length; the chunk keeps its blocks up to the new length (growing adds a hole). */
  async truncate(entryId: string, holder: ChunkHolder, length: number): Promise<number> {
    this.check(holder);
    this.truncates.push({ entryId, ...holder, length });
    const k = keyOf(entryId, holder);
    this.lengths.set(k, length);
    const blocks = Math.min(this.blocks.get(k) ?? 0, Math.ceil(length / 512));
    this.blocks.set(k, blocks);
    return blocks;
  }

  /** Requests unlinkMany got (each a list of refs). */
  readonly unlinkRequests: ChunkRef[][] = [];

  async unlinkMany(refs: readonly ChunkRef[]): Promise<UnlinkOutcome[]> {
    this.unlinkRequests.push([...refs]);
    return refs.map((r) => {
      const why = this.downReason(r);
      if (why) return { ok: false, error: why };
      this.unlinks.push({ ...r });
      this.lengths.delete(keyOf(r.entryId, r));
      this.blocks.delete(keyOf(r.entryId, r));
      return { ok: true };
    });
  }

  async chunkLengths(entryId: string, holders: readonly ChunkHolder[]): Promise<ChunkExtents> {
    for (const h of holders) this.check(h);
    return {
      lengths: holders.map((h) => this.lengths.get(keyOf(entryId, h)) ?? 0),
      blocks: this.reportsBlocks ? holders.map((h) => this.blocks.get(keyOf(entryId, h)) ?? 0) : undefined,
    };
  }

  async targetSpaces(): Promise<TargetSpaceInfo[]> {
    return this.spaces.filter((s) => !this.down.has(s.targetId));
  }

  /**
   * Pretends a client wrote so that target `holder`'s chunk of `entryId` is `length` bytes and
   * holds `blocks` blocks (default: as many as a file without holes of that length). A number
   * is a target id.
   */
  setLength(entryId: string, holder: number | ChunkHolder, length: number, blocks = Math.ceil(length / 512)): void {
    const k = keyOf(entryId, typeof holder === 'number' ? { targetId: holder } : holder);
    this.lengths.set(k, length);
    this.blocks.set(k, blocks);
  }
}
