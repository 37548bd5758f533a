// The peer side of cross-owner operations: each step applied at most once per (intent, step).
import { ErrCode, fail, hivefs, ownerNodeOf, ROOT_ENTRY_ID } from '@hivefs/protocol';
import { presentAttr } from '../store/attrs.js';
import { Batch } from '../store/batch.js';
import type { StoreContext } from '../store/context.js';
import { deleteInodeInto, dropLinkInto } from '../store/dispose.js';
import { PEER_MARKER_PREFIX, peerMarkerKey, peerMarkerPrefix } from '../store/keys.js';
import { MAX_LINKS } from '../store/namespace-ops.js';
import { findInode, hasEntries, keysUnder } from '../store/reads.js';
import type { Inode } from '../store/types.js';
import { checkId } from '../store/validate.js';
import { failpoint } from './failpoints.js';

/** Longest step name accepted from a peer. */
const MAX_STEP = 64;

/** INVALID_ARGUMENT unless `step` names a step a coordinator may ask for. */
function checkStep(step: string, what: string): void {
  if (!step || step.length > MAX_STEP || !/^[a-z0-9-]+$/.test(step)) fail(ErrCode.INVALID_ARGUMENT, `${what}: bad step name '${step.slice(0, MAX_STEP)}'`);
  if (step === HELD_STEP) fail(ErrCode.INVALID_ARGUMENT, `${what}: '${HELD_STEP}' is not a step`);
}

/** The stored marker of a step (its result, or FENCED), undefined when the step was not met yet. */
async function readMarker(ctx: StoreContext, intentId: string, step: string): Promise<unknown> {
  const raw = await ctx.kv.get(peerMarkerKey(intentId, step));
  return raw ? (JSON.parse(Buffer.from(raw).toString('utf8')) as unknown) : undefined;
}

/**
 * Runs one step of a remote intent under the locks of `lockIds`: when its marker exists the
 * stored result is returned; otherwise `fn` adds its writes to a batch and returns the result,
 * which is stored as the marker in the same batch. `fn` may throw to refuse the step (nothing is
 * recorded then). `after` runs once the batch is committed (e.g. chunk removal).
 */
export async function applyOnce<T>(ctx: StoreContext, intentId: string, step: string, lockIds: string[], fn: (b: Batch) => Promise<{ result: T; after?: () => void; hold?: string[] }>): Promise<T> {
  checkId(intentId, 'peer step');
  checkStep(step, 'peer step');
  // keys held for this very intent (here, by a step before) do not keep its later steps out; the
  // intent's own key (sorted first) orders the step against a fence of it (peerFenceStep)
  return ctx.locks.with([intentLockKey(intentId), ...lockIds], async () => {
    const stored = await readMarker(ctx, intentId, step);
    if (isFenced(stored)) fail(ErrCode.ABORTED, `peer step ${step} of intent ${intentId} was abandoned by its coordinator`);
    if (stored !== undefined) return stored as T;
    const b = new Batch();
    const { result, after, hold } = await fn(b);
    b.put(peerMarkerKey(intentId, step), Buffer.from(JSON.stringify(result ?? null), 'utf8'));
    if (hold?.length) b.put(peerMarkerKey(intentId, HELD_STEP), Buffer.from(JSON.stringify(hold), 'utf8'));
    await b.commit(ctx.kv);
    if (hold?.length) ctx.locks.pin(hold, intentId);
    failpoint(`peer.${step}`);
    after?.();
    return result;
  }, intentId);
}

/**
 * The marker step under which a peer keeps the keys it holds for an intent until the intent is
 * forgotten (a name a rename put here before its source was removed: until the rename is
 * finished, nothing else may use it). Not a step a coordinator can ask for.
 */
export const HELD_STEP = 'held';

/** The lock key of an intent's steps on a peer ('!' sorts before every entry id and name key). */
const intentLockKey = (intentId: string): string => `!${intentId}`;

/** The marker of a step its coordinator abandoned (never a step's result). */
const FENCED = { $fenced: true } as const;

function isFenced(v: unknown): boolean {
  return typeof v === 'object' && v !== null && (v as { $fenced?: unknown }).$fenced === true;
}

/** What {@link peerFenceStep} found: the step's stored result, or that it was not applied (and now never will be). */
export type Fenced = { applied: true; result: unknown } | { applied: false };

/**
 * Settles step `step` of intent `intentId`, whose last attempt failed without an answer or with
 * BUSY: if it was applied here, its stored result; otherwise it is marked abandoned (a copy of
 * it still on its way then fails with ABORTED) and the coordinator may roll the intent back.
 */
export async function peerFenceStep(ctx: StoreContext, intentId: string, step: string): Promise<Fenced> {
  checkId(intentId, 'peerFenceStep');
  checkStep(step, 'peerFenceStep');
  return ctx.locks.with([intentLockKey(intentId)], async (): Promise<Fenced> => {
    const stored = await readMarker(ctx, intentId, step);
    if (stored !== undefined) return isFenced(stored) ? { applied: false } : { applied: true, result: stored };
    await new Batch().put(peerMarkerKey(intentId, step), Buffer.from(JSON.stringify(FENCED), 'utf8')).commit(ctx.kv);
    return { applied: false };
  }, intentId);
}

/** Holds again, after a restart, the keys kept for intents not forgotten yet (see {@link HELD_STEP}). */
export async function holdAgain(ctx: StoreContext): Promise<void> {
  for await (const [k, v] of ctx.kv.keysWithPrefix(PEER_MARKER_PREFIX)) {
    const parts = k.split(':');
    if (parts.length === 3 && parts[2] === HELD_STEP) ctx.locks.pin(JSON.parse(Buffer.from(v).toString('utf8')) as string[], parts[1]!);
  }
}

/** Whether step `step` of intent `intentId` was applied here (a fenced step was not). */
export async function stepApplied(ctx: StoreContext, intentId: string, step: string): Promise<boolean> {
  const stored = await readMarker(ctx, intentId, step);
  return stored !== undefined && !isFenced(stored);
}

/** Creates a directory inode made by a coordinator, unless it exists. */
export async function peerCreateDir(ctx: StoreContext, intentId: string, step: string, dir: Inode): Promise<void> {
  checkId(dir.entryId, 'peerCreateDir');
  if (dir.type !== hivefs.EntryType.DIRECTORY) fail(ErrCode.INVALID_ARGUMENT, `peerCreateDir: ${dir.entryId} is not a directory inode`);
  checkId(dir.parentId, 'peerCreateDir');
  if (ownerNodeOf(dir.entryId) !== ctx.nodeId) fail(ErrCode.INVALID_ARGUMENT, `peerCreateDir: ${dir.entryId} names meta node ${ownerNodeOf(dir.entryId)}, not this one (${ctx.nodeId})`);
  await applyOnce(ctx, intentId, step, [dir.entryId], async (b) => {
    if (!(await findInode(ctx, dir.entryId))) b.putInode({ ...dir, ownerNodeId: ctx.nodeId });
    return { result: true };
  });
}

/** Deletes an empty directory inode (NOT_EMPTY otherwise); a missing one counts as removed. */
export async function peerRemoveDir(ctx: StoreContext, intentId: string, step: string, dirId: string): Promise<void> {
  checkId(dirId, 'peerRemoveDir');
  if (dirId === ROOT_ENTRY_ID) fail(ErrCode.BUSY, 'peerRemoveDir: the root directory cannot be removed');
  await applyOnce(ctx, intentId, step, [dirId], async (b) => {
    const dir = await findInode(ctx, dirId);
    if (!dir) return { result: true };
    if (dir.type !== hivefs.EntryType.DIRECTORY) fail(ErrCode.NOT_DIR, `peerRemoveDir: ${dirId} is not a directory`);
    if (await hasEntries(ctx, dirId)) fail(ErrCode.NOT_EMPTY, `directory ${dirId} is not empty`);
    await deleteInodeInto(ctx, b, dir);
    return { result: true };
  });
}

/**
 * Adds (+1) or drops (-1) one link of a non-directory inode; dropping handles orphans and chunk
 * disposal exactly as a local unlink. With `onlyIfStep`, nothing happens unless that step of the
 * intent was applied here (the undo of a link that may never have been made).
 */
export async function peerAdjustLink(ctx: StoreContext, intentId: string, step: string, entryId: string, delta: number, onlyIfStep: string): Promise<void> {
  checkId(entryId, 'peerAdjustLink');
  if (delta !== 1 && delta !== -1) fail(ErrCode.INVALID_ARGUMENT, `peerAdjustLink: delta ${delta} must be +1 or -1`);
  await applyOnce(ctx, intentId, step, [entryId], async (b) => {
    if (onlyIfStep && !(await stepApplied(ctx, intentId, onlyIfStep))) return { result: false };
    const i = await findInode(ctx, entryId);
    if (i?.type === hivefs.EntryType.DIRECTORY) fail(ErrCode.NOT_PERMITTED, `peerAdjustLink: ${entryId} is a directory`);
    const now = ctx.clock.now();
    if (delta > 0) {
      if (!i || i.nlink === 0) fail(ErrCode.NOT_FOUND, `link: ${entryId} has been unlinked`);
      if (i.nlink >= MAX_LINKS) fail(ErrCode.TOO_MANY_LINKS, `link: ${entryId} already has ${i.nlink} links`);
      b.putInode({ ...i, nlink: i.nlink + 1, ctime: now });
      return { result: true };
    }
    if (!i) return { result: true };
    const gone = await dropLinkInto(ctx, b, i, now);
    return { result: true, ...(gone ? { after: () => ctx.disposer.enqueue(gone) } : {}) };
  });
}

/** Sets a directory's parent id (it moved); a missing directory is left alone. */
export async function peerSetParent(ctx: StoreContext, intentId: string, step: string, dirId: string, parentId: string): Promise<void> {
  checkId(dirId, 'peerSetParent');
  checkId(parentId, 'peerSetParent');
  await applyOnce(ctx, intentId, step, [dirId], async (b) => {
    const dir = await findInode(ctx, dirId);
    if (dir && dir.type !== hivefs.EntryType.DIRECTORY) fail(ErrCode.NOT_DIR, `peerSetParent: ${dirId} is not a directory`);
    if (dir) b.putInode({ ...dir, parentId, ctime: ctx.clock.now() });
    return { result: true };
  });
}

/** Most ids one peerGetAttrs may ask for. */
export const MAX_ATTR_IDS = 4096;

/** Attributes of the inodes this node holds, in order; undefined for missing ones. */
export async function peerGetAttrs(ctx: StoreContext, ids: readonly string[]): Promise<(hivefs.IAttr | undefined)[]> {
  if (ids.length > MAX_ATTR_IDS) fail(ErrCode.INVALID_ARGUMENT, `peerGetAttrs: ${ids.length} ids, at most ${MAX_ATTR_IDS}`);
  for (const id of ids) checkId(id, 'peerGetAttrs');
  return Promise.all(ids.map(async (id) => {
    const i = await findInode(ctx, id);
    return i ? presentAttr(ctx, i) : undefined;
  }));
}

/** Drops every marker of a finished remote intent, and lets go of what was held for it. */
export async function peerForget(ctx: StoreContext, intentId: string): Promise<void> {
  checkId(intentId, 'peerForgetIntent');
  const b = new Batch();
  const keys = await keysUnder(ctx, peerMarkerPrefix(intentId));
  for (const k of keys) b.del(k);
  if (b.ops.length > 0) await b.commit(ctx.kv);
  if (keys.includes(peerMarkerKey(intentId, HELD_STEP))) ctx.locks.unpin(intentId);
}

/** Intent ids of every marker kept here. */
export async function markedIntents(ctx: StoreContext): Promise<string[]> {
  const ids = new Set<string>();
  for await (const [k] of ctx.kv.keysWithPrefix(PEER_MARKER_PREFIX)) {
    // markers are P:<intent>:<step>; a meta buddy group's space also holds P:applied (its journal position)
    const parts = k.split(':');
    if (parts.length === 3) ids.add(parts[1]!);
  }
  return [...ids].filter(Boolean);
}
