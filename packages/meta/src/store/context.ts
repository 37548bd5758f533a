// What every store operation works with: the KV store, locks, ids, clock and storage access.
import type { DiskSpace, KvStore } from '@hivefs/common';
import type { LoggerLike } from '@hivefs/protocol';
import type { TaggedOp } from '../exactly-once/ledger.js';
import type { Clock } from './clock.js';
import type { ChunkDisposer } from './disposer.js';
import type { EntryIdAllocator } from './ids.js';
import type { MetaPeers } from '../intents/peers.js';
import type { LockManager } from './locks.js';
import type { Pattern, TargetChoice } from './types.js';

/**
 * Space figures of one storage target: those of the file system it lives on (usedBytes 0 and
 * fsId '' when its storage daemon did not report them; targets sharing an fsId count once).
 */
export interface TargetSpaceInfo extends DiskSpace {
  targetId: number;
}

/** Lengths and 512-byte blocks of a file's chunk files, in the order asked for. */
export interface ChunkExtents {
  lengths: number[];
  /** Undefined when a storage node did not report blocks. */
  blocks: number[] | undefined;
}

/**
 * Where one stripe of a file is kept: a storage target, or for a buddy-mirrored file a storage
 * buddy group (storage is asked through the group's current primary).
 */
export type ChunkHolder = { targetId: number; groupId?: undefined } | { groupId: number; targetId?: undefined };

/** One chunk file: a file's chunk on one target (or buddy group). */
export type ChunkRef = { entryId: string } & ChunkHolder;

/** What became of one chunk file in {@link ChunkService.unlinkMany}. */
export type UnlinkOutcome = { ok: true } | { ok: false; error: string };

/**
 * The storage operations the store needs. The daemon implements it with RPCs to the storage
 * nodes; unit tests pass a fake. The store itself never opens sockets.
 */
export interface ChunkService {
  /** Sets the length of the chunk file of `entryId` on one target (or group); resolves the blocks it holds then. */
  truncate(entryId: string, holder: ChunkHolder, length: number): Promise<number>;
  /**
   * Removes many chunk files (any files, any targets) with as few requests as possible; never
   * rejects: one outcome per ref, in order, says whether that file is gone (or was never there).
   */
  unlinkMany(refs: readonly ChunkRef[]): Promise<UnlinkOutcome[]>;
  /** Chunk file lengths and blocks of `entryId`, in the order of `holders` (0 when missing). */
  chunkLengths(entryId: string, holders: readonly ChunkHolder[]): Promise<ChunkExtents>;
  /** Space of every storage target that answers in time; the others are left out. */
  targetSpaces(): Promise<TargetSpaceInfo[]>;
}

/** Picks the target ids of a new file from its pattern (and says why when fewer); throws NO_TARGETS when none are available. */
export type TargetChooser = (pattern: Pattern) => TargetChoice;

/** Dependencies of a meta store. */
export interface StoreDeps {
  kv: KvStore;
  /** This meta node's id (encoded in new entry ids, owner of new inodes). */
  nodeId: number;
  chunks: ChunkService;
  chooseTargets: TargetChooser;
  log: LoggerLike;
  clock?: Clock;
  /** Wall-clock milliseconds of the reply ledger's records (default Date.now; tests set it). */
  wallClock?: () => number;
  /** The other meta nodes; unset: this node holds every entry (one meta node, unit tests). */
  peers?: MetaPeers;
}

/** Everything a store operation uses. */
export interface StoreContext {
  kv: KvStore;
  nodeId: number;
  chunks: ChunkService;
  chooseTargets: TargetChooser;
  log: LoggerLike;
  clock: Clock;
  locks: LockManager;
  ids: EntryIdAllocator;
  /** Removes chunk files of deleted files in the background. */
  disposer: ChunkDisposer;
  /** The tagged request this operation runs for (exactly once): commitOp records its reply. */
  op?: TaggedOp;
  /** The other meta nodes (unset with one meta node). */
  peers?: MetaPeers;
  /** Asks the intent recovery runner for a pass soon (an intent was left pending). */
  kickRecovery?: () => void;
}
