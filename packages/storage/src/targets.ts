// The targets a daemon serves (id -> directory), lookup by wire id, and their space figures.
import { join } from 'node:path';
import { diskSpace, type DiskSpace } from '@hivefs/common';
import { ErrCode, HiveError, isValidNumericId, type hivefs } from '@hivefs/protocol';
import { BUDDYMIR_DIR, CHUNKS_DIR } from './target-format.js';

/** One storage target served by this daemon. */
export interface Target {
  readonly id: number;
  readonly dir: string;
  /** `<dir>/chunks`: unmirrored chunk files. */
  readonly chunksDir: string;
  /** `<dir>/buddymir`: chunk files of buddy-mirrored files. */
  readonly buddymirDir: string;
}

/** Builds the Target record of a directory. */
export function makeTarget(id: number, dir: string): Target {
  return { id, dir, chunksDir: join(dir, CHUNKS_DIR), buddymirDir: join(dir, BUDDYMIR_DIR) };
}

/** The directory holding a target's chunk files: buddymir/ for mirrored files, chunks/ otherwise. */
export function chunksDirOf(t: Target, mirrored: boolean | undefined): string {
  return mirrored ? t.buddymirDir : t.chunksDir;
}

/** The targets of one daemon, by id. */
export class TargetSet {
  private readonly byId: ReadonlyMap<number, Target>;

  constructor(targets: readonly Target[]) {
    this.byId = new Map(targets.map((t) => [t.id, t]));
  }

  /** The target with this id; throws UNKNOWN_TARGET for a malformed id or one not served here. */
  get(id: number): Target {
    const t = this.byId.get(id);
    if (t) return t;
    if (!isValidNumericId(id)) throw new HiveError(ErrCode.UNKNOWN_TARGET, `target id ${String(id)} is not valid (1..65535)`);
    throw new HiveError(ErrCode.UNKNOWN_TARGET, `target ${id} is not served by this storage daemon (targets: ${this.ids().join(', ')})`);
  }

  /** Ids of all targets, ascending. */
  ids(): number[] {
    return [...this.byId.keys()].sort((a, b) => a - b);
  }

  /** All targets, by ascending id. */
  all(): Target[] {
    return this.ids().map((id) => this.byId.get(id)!);
  }
}

/**
 * Total/free/used bytes and inodes of the file system holding a target (free = available to
 * non-root), and that file system's id: targets sharing one are counted once in sums.
 */
export async function targetSpace(t: Target): Promise<hivefs.ITargetSpace> {
  let s: DiskSpace;
  try {
    s = await diskSpace(t.dir);
  } catch (e) {
    throw new HiveError(ErrCode.CHUNK_IO, `statfs of target ${t.id} (${t.dir}) failed: ${(e as Error).message}`);
  }
  return { targetId: t.id, ...s };
}
