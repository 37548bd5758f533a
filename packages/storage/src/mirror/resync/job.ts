// A resync job of one buddy group on its primary: copy the dirty set (or everything), then the secondary is Good.
import { stat } from 'node:fs/promises';
import type { Logger } from '@hivefs/common';
import { ErrCode, HiveError, Rpc, casTargetState, findGroup, hivefs, type LeaseHolder, type MapView, type RpcClient } from '@hivefs/protocol';
import type { ChunkStore } from '../../chunk-store.js';
import { chunkPath } from '../../chunk-path.js';
import { listChunkFiles } from '../chunk-list.js';
import type { PrimaryGroup, RunningJob } from '../primary-group.js';
import { RESYNC_SLICE_BYTES, copyChunk, copyRegions } from './copy-chunk.js';
import { REGION_BYTES } from '../dirty-regions.js';
import { newStats } from './stats.js';

const S = hivefs.ResyncJobState;
const C = hivefs.Consistency;

/** Chunks per listing page. */
const PAGE = 1000;
/** Extra margin before the dirty set's start for chunks the secondary changed around its demotion. */
const DEMOTION_MARGIN_MS = 5000;

/** What a job works with. */
export interface JobContext {
  group: PrimaryGroup;
  secondaryId: number;
  store: ChunkStore;
  view: MapView;
  log: Logger;
  lease: LeaseHolder;
  /** The primary lease mgmtd grants (for the window of chunks the secondary changed around its demotion). */
  leaseMs: number;
  /** Deadline of each copy request. */
  timeoutMs: number;
}

/** StartResync's choices. */
export interface ResyncOptions {
  /** Compare everything instead of copying the dirty set. */
  full: boolean;
  /** With full: only chunks changed since this wall-clock ms (0: all). */
  sinceMs: number;
}

/** The job was interrupted: the secondary or the primary's role went away. Keeps the dirty set. */
class Interrupted extends Error {}

/** Starts a job; it runs in the background and records its stats in the group's state file. */
export function startResyncJob(c: JobContext, opts: ResyncOptions): RunningJob {
  const aborter = new AbortController();
  const g = c.group;
  const full = opts.full || !g.state.secondaryNeedsResync || !g.dirty;
  const stats = newStats(g.groupId, g.target.id, c.secondaryId, full, full ? opts.sinceMs : 0);
  const job: RunningJob = {
    secondaryId: c.secondaryId,
    stats,
    abort: (why) => aborter.abort(new Interrupted(why)),
    done: Promise.resolve(),
  };
  (job as { done: Promise<void> }).done = run(c, stats, full, opts.sinceMs, aborter.signal);
  return job;
}

async function run(c: JobContext, stats: hivefs.IResyncStats, full: boolean, sinceMs: number, signal: AbortSignal): Promise<void> {
  const g = c.group;
  const log = c.log.child({ groupId: g.groupId, secondaryId: c.secondaryId });
  g.state = { ...g.state, stats };
  await g.persist().catch((e: Error) => log.warn({ err: e.message }, 'writing the resync stats failed'));
  log.info({ full, sinceMs: stats.sinceMs }, `buddy group ${g.groupId}: resync of target ${c.secondaryId} started`);
  const lossesAtStart = g.losses;
  try {
    const client = c.view.targetClient(c.secondaryId);
    const copier = new Copier(c, client, stats, signal, full);
    if (full) await copyAll(copier, c, client, sinceMs, signal);
    else await copyDirty(copier, c, client, signal);
    if ((stats.fileErrors ?? 0) > 0) {
      stats.state = S.RESYNC_COMPLETED_WITH_ERRORS;
      stats.error = `${stats.fileErrors} chunk files could not be copied; target ${c.secondaryId} stays needs-resync`;
    } else {
      await finish(c, copier, lossesAtStart, signal);
      stats.state = S.RESYNC_COMPLETED;
    }
  } catch (e) {
    const why = signal.aborted ? (signal.reason as Error).message : (e as Error).message;
    stats.state = signal.aborted || e instanceof Interrupted || interrupts(e) ? S.RESYNC_INTERRUPTED : S.RESYNC_FAILED;
    stats.error = why;
  }
  stats.endMs = Date.now();
  g.state = { ...g.state, stats: { ...stats } };
  await g.persist().catch((e: Error) => log.warn({ err: e.message }, 'writing the resync stats failed'));
  const line = { state: S[stats.state ?? 0], syncedFiles: stats.syncedFiles, syncedBytes: stats.syncedBytes, removedFiles: stats.removedFiles, fileErrors: stats.fileErrors, error: stats.error || undefined };
  if (stats.state === S.RESYNC_COMPLETED) log.info(line, `buddy group ${g.groupId}: resync of target ${c.secondaryId} completed; it is good again`);
  else log.warn(line, `buddy group ${g.groupId}: resync of target ${c.secondaryId} ended without success`);
}

/** A failure that ends the job as interrupted (secondary unreachable or no longer secondary), not as an error of one chunk. */
const interrupts = (e: unknown): boolean => e instanceof HiveError && (e.retryable || e.code === ErrCode.SHUTTING_DOWN);

/** Copies chunks under their exclusive lock and counts what it did. */
class Copier {
  /** Entry id -> the dirty mark it had when copied. */
  readonly copied = new Map<string, number>();
  private readonly buf = Buffer.allocUnsafe(RESYNC_SLICE_BYTES);

  /** `whole`: copy every chunk file whole, whatever regions are known (a full resync: the secondary may differ anywhere). */
  constructor(private readonly c: JobContext, private readonly client: RpcClient, readonly stats: hivefs.IResyncStats, private readonly signal: AbortSignal, private readonly whole: boolean) {}

  /** Copies (or removes on the secondary) one chunk; a non-retryable failure of that chunk is counted, not thrown. */
  async copy(entryId: string): Promise<void> {
    const g = this.c.group;
    const w = g.locks.exclusive(entryId);
    if (w) await w;
    try {
      if (this.signal.aborted) throw this.signal.reason;
      const mark = g.dirty?.mark(entryId) ?? 0;
      const path = chunkPath(g.target.buddymirDir, entryId);
      const to = { client: this.client, groupId: g.groupId, secondaryId: this.c.secondaryId, timeoutMs: this.c.timeoutMs, signal: this.signal };
      const known = g.regions.take(entryId);
      const regions = this.whole ? 'all' : known;
      try {
        const r = regions === 'all' ? await copyChunk(path, entryId, to, this.buf) : await copyRegions(path, entryId, regions, to, this.buf);
        if (r.removed) this.stats.removedFiles = (this.stats.removedFiles ?? 0) + 1;
        else this.stats.syncedFiles = (this.stats.syncedFiles ?? 0) + 1;
        this.stats.syncedBytes = (this.stats.syncedBytes ?? 0) + r.bytes;
        this.copied.set(entryId, mark);
      } catch (e) {
        g.regions.restore(entryId, regions);
        if (this.signal.aborted || interrupts(e)) throw e;
        this.stats.fileErrors = (this.stats.fileErrors ?? 0) + 1;
        this.copied.set(entryId, Number.MAX_SAFE_INTEGER);
        this.c.log.warn({ entryId, err: (e as Error).message }, 'resync of a chunk file failed');
      }
    } finally {
      g.locks.releaseExclusive(entryId);
    }
  }

  /** Dirty entries changed since their copy (or never copied). */
  pendingDirty(extra: Iterable<string> = []): string[] {
    const d = this.c.group.dirty;
    const out = d ? d.entries().filter((id) => d.mark(id) > (this.copied.get(id) ?? -1)) : [];
    for (const id of extra) if (!this.copied.has(id) && !out.includes(id)) out.push(id);
    return out;
  }
}

/** Copies the dirty set (and, after a takeover, the chunks the secondary changed around its demotion) until nothing is left. */
async function copyDirty(copier: Copier, c: JobContext, client: RpcClient, signal: AbortSignal): Promise<void> {
  const stats = copier.stats;
  const extra = new Set<string>();
  // A demoted primary may hold changes it never acknowledged from just before its demotion.
  if (c.group.dirty?.takeover) {
    const since = Math.max(0, c.group.dirty.startMs - 2 * c.leaseMs - DEMOTION_MARGIN_MS);
    for await (const page of remotePages(c, client, since, signal)) {
      stats.discoveredDirs = (stats.discoveredDirs ?? 0) + page.dirs;
      for (const ch of page.chunks) extra.add(ch.entryId ?? '');
    }
    // Where the demoted primary wrote is not known: those chunk files are copied whole.
    for (const id of extra) c.group.regions.whole(id);
  }
  const seen = new Set<string>();
  for (;;) {
    const pending = copier.pendingDirty(extra);
    if (pending.length === 0) return;
    for (const id of pending) {
      if (seen.has(id)) continue;
      seen.add(id);
      stats.discoveredFiles = (stats.discoveredFiles ?? 0) + 1;
      const length = (await c.store.extent(c.group.target.id, id, true)).length;
      const regions = c.group.regions.peek(id);
      stats.bytesToSync = (stats.bytesToSync ?? 0) + (regions === 'all' ? length : Math.min(length, regions.size * REGION_BYTES));
    }
    for (const id of pending) await copier.copy(id);
  }
}

/** Copies every chunk of the primary (changed since `sinceMs`) and removes those only the secondary has. */
async function copyAll(copier: Copier, c: JobContext, client: RpcClient, sinceMs: number, signal: AbortSignal): Promise<void> {
  const stats = copier.stats;
  const dir = c.group.target.buddymirDir;
  for (let after = '', more = true; more;) {
    const page = await listChunkFiles(dir, { after, limit: PAGE, changedSinceMs: sinceMs });
    stats.discoveredDirs = (stats.discoveredDirs ?? 0) + page.dirs;
    stats.discoveredFiles = (stats.discoveredFiles ?? 0) + page.chunks.length;
    stats.bytesToSync = (stats.bytesToSync ?? 0) + page.chunks.reduce((n, ch) => n + Number(ch.length ?? 0), 0);
    for (const ch of page.chunks) await copier.copy(ch.entryId ?? '');
    more = page.more;
    after = page.chunks.at(-1)?.entryId ?? '';
    if (page.chunks.length === 0) more = false;
  }
  for await (const page of remotePages(c, client, 0, signal)) {
    stats.discoveredDirs = (stats.discoveredDirs ?? 0) + page.dirs;
    for (const ch of page.chunks) {
      const id = ch.entryId ?? '';
      if (!copier.copied.has(id) && !(await exists(c, id))) await copier.copy(id);
    }
  }
  // Chunks dirtied meanwhile by an earlier loss are covered by the full pass only if copied after it.
  for (const id of copier.pendingDirty()) await copier.copy(id);
}

async function exists(c: JobContext, entryId: string): Promise<boolean> {
  return stat(chunkPath(c.group.target.buddymirDir, entryId)).then(() => true, () => false);
}

/** The secondary's mirrored chunk files changed since `sinceMs`, page by page. */
async function* remotePages(c: JobContext, client: RpcClient, sinceMs: number, signal: AbortSignal): AsyncGenerator<hivefs.ListChunksResp> {
  for (let after = '', more = true; more;) {
    const page = await client.call(Rpc.listChunks, { targetId: c.secondaryId, mirrored: true, after, limit: PAGE, changedSinceMs: sinceMs }, { timeoutMs: c.timeoutMs, signal });
    yield page;
    more = page.more && page.chunks.length > 0;
    after = page.chunks.at(-1)?.entryId ?? '';
  }
}

/**
 * The last step, one at a time with losses of the secondary: nothing pending, still primary with
 * a lease, then NEEDS_RESYNC -> GOOD at mgmtd, then the dirty set is cleared. A loss during the
 * CAS aborts it and waits behind this step, then records the loss at mgmtd again.
 */
async function finish(c: JobContext, copier: Copier, lossesAtStart: number, signal: AbortSignal): Promise<void> {
  const g = c.group;
  await g.serially(async () => {
    if (signal.aborted) throw signal.reason;
    if (g.losses !== lossesAtStart) throw new Interrupted('the secondary was lost during the job');
    if (copier.pendingDirty().length > 0) throw new Interrupted('chunks changed alone during the final pass');
    await c.view.refresh();
    const grp = findGroup(c.view.map, hivefs.NodeType.STORAGE, g.groupId);
    if (grp?.primaryId !== g.target.id || grp.secondaryId !== c.secondaryId) throw new Interrupted(`buddy group ${g.groupId} changed its members (map version ${c.view.version})`);
    if (!c.lease.valid(c.view.version)) throw new Interrupted('the primary lost its lease');
    let cas;
    try {
      cas = await casTargetState(c.view, hivefs.NodeType.STORAGE, c.secondaryId, C.NEEDS_RESYNC, C.GOOD, c.log, signal);
    } catch (e) {
      // Ended without an answer (aborted, e.g. by a loss of the secondary): mgmtd may hold it Good
      // now. Not reported any more, the loss waiting behind this step (or the next forward) sets
      // it Good -> Needs-resync again, instead of taking the Good for an admin's override.
      g.reported = false;
      throw e;
    }
    if (!cas.swapped) throw new HiveError(ErrCode.STATE_MISMATCH, `target ${c.secondaryId} changed state during the resync: ${cas.current}`);
    await g.clearLoss();
    g.reported = false;
  });
}
