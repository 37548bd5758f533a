// One buddy group as its primary target runs it: mode, persisted state, dirty set, the chunk locks a resync takes, the running job.
import { unlink } from 'node:fs/promises';
import { KeyedLocks } from '@hivefs/common';
import type { hivefs } from '@hivefs/protocol';
import type { Target } from '../targets.js';
import { DirtyRegions } from './dirty-regions.js';
import { DirtySet } from './dirty-set.js';
import { dirtySetPath, groupStatePath } from './files.js';
import { freshState, readGroupState, writeGroupState, type GroupState } from './group-state.js';

/** How the primary treats its secondary now. */
export type GroupMode = 'mirroring' | 'alone' | 'resyncing';

/** What a running resync job offers its group. */
export interface RunningJob {
  readonly secondaryId: number;
  readonly stats: hivefs.IResyncStats;
  /** Ends the job as interrupted (a forward to the secondary failed, the daemon stops, a restart was asked). */
  abort(why: string): void;
  readonly done: Promise<void>;
}

/**
 * The primary's side of one buddy group on one of its targets. Mirrored client operations hold
 * the shared lock of their chunk (`locks`) around the local operation and its forward; a resync
 * holds the exclusive one while it copies that chunk, so no forward overtakes or mixes with a copy.
 */
export class PrimaryGroup {
  readonly locks = new KeyedLocks();
  /** Which ranges of the dirty chunk files changed (memory only; unknown ones are copied whole). */
  readonly regions = new DirtyRegions();
  /** Bumped whenever the secondary is lost; a job that sees it change does not declare the secondary Good. */
  losses = 0;
  /** The loss was reported to mgmtd by this process (the state file may say so from an earlier run). */
  reported = false;
  /** Map version at which mgmtd had the loss (a later map showing the secondary Good is an admin's override). */
  reportedVersion = 0;
  job: RunningJob | undefined;
  /** Monotonic ms before which no automatic job starts (after a failed or interrupted one). */
  retryAfterMs = 0;
  private serial: Promise<unknown> = Promise.resolve();

  private constructor(readonly groupId: number, readonly target: Target, public state: GroupState, public dirty: DirtySet | undefined) {}

  /** Loads the group's state files from the target (fresh ones when there are none). */
  static async load(target: Target, groupId: number, secondaryId: number): Promise<PrimaryGroup> {
    const state = (await readGroupState(groupStatePath(target, groupId))) ?? freshState(groupId, target.id, secondaryId);
    const dirty = state.secondaryNeedsResync ? await DirtySet.load(dirtySetPath(target, groupId)) : undefined;
    return new PrimaryGroup(groupId, target, state, dirty);
  }

  /** The current mode. */
  get mode(): GroupMode {
    if (this.job) return 'resyncing';
    return this.state.secondaryNeedsResync ? 'alone' : 'mirroring';
  }

  /** Runs `fn` after every earlier one (state changes at mgmtd and of the local files happen one at a time, in order). */
  serially<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.serial.then(fn, fn);
    this.serial = run.catch(() => undefined);
    return run;
  }

  /** Writes the state file. */
  persist(): Promise<void> {
    return writeGroupState(groupStatePath(this.target, this.groupId), this.state);
  }

  /**
   * Records durably that `secondaryId` misses changes from now on: a new dirty set, then the
   * state file. No-op when already recorded. `takeover`: it missed changes before this primary
   * noticed (the map already showed it not Good: a demoted former primary).
   */
  async recordLoss(secondaryId: number, takeover = false): Promise<void> {
    if (this.state.secondaryNeedsResync && this.dirty) return;
    this.dirty = await DirtySet.create(dirtySetPath(this.target, this.groupId), Date.now(), takeover);
    this.regions.clear();
    this.state = { ...this.state, secondaryNeedsResync: true, secondaryId };
    await this.persist();
  }

  /** The secondary is in sync again: the state file says so first, then the dirty set goes. */
  async clearLoss(): Promise<void> {
    this.state = { ...this.state, secondaryNeedsResync: false };
    await this.persist();
    await this.dirty?.close();
    this.dirty = undefined;
    await unlink(dirtySetPath(this.target, this.groupId)).catch(() => undefined);
    this.regions.clear();
  }

  /**
   * Adds chunks to the dirty set (durable when it resolves), with the range a write changed
   * (`range`, for a single chunk) or as changed whole (truncate, unlink).
   */
  async markDirty(entryIds: readonly string[], range?: { offset: number; length: number }): Promise<void> {
    if (!this.dirty) await this.recordLoss(this.state.secondaryId);
    for (const id of entryIds) {
      if (range && entryIds.length === 1) this.regions.write(id, range.offset, range.length);
      else this.regions.whole(id);
    }
    await this.dirty!.add(entryIds);
  }

  /** Stops the job and closes the dirty set. */
  async close(): Promise<void> {
    this.job?.abort('the storage daemon is stopping');
    await this.job?.done.catch(() => undefined);
    await this.dirty?.close();
  }
}
