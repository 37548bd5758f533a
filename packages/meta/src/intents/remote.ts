// Small helpers of the cross-owner protocols: remote inodes, error kinds, best-effort forgetting.
import { ErrCode, fail, HiveError, hivefs, type LoggerLike } from '@hivefs/protocol';
import { decodeInode } from '../store/codec.js';
import type { StoreContext } from '../store/context.js';
import { S_ISVTX } from '../store/permissions.js';
import type { Cred, Inode } from '../store/types.js';
import { peerForget } from './peer-ops.js';
import { ownerOf, type MetaPeers } from './peers.js';

/** Cross-owner work needs the peers: the store context with them set. */
export type PeerContext = StoreContext & { peers: MetaPeers };

/** Whether `entryId` is held by another meta node (never with one meta node). */
export function isRemote(ctx: StoreContext, entryId: string): boolean {
  return ctx.peers !== undefined && ownerOf(ctx.peers, ctx.nodeId, entryId) !== ctx.nodeId;
}

/** The owner of `entryId`. */
export function ownerIn(ctx: PeerContext, entryId: string): number {
  return ownerOf(ctx.peers, ctx.nodeId, entryId);
}

/** Whether removing an entry of `dir` needs the entry's owner uid (sticky directory, caller neither root nor its owner). */
export function needsEntryOwner(cred: Cred, dir: Inode): boolean {
  return (dir.mode & S_ISVTX) !== 0 && cred.uid !== 0 && cred.uid !== dir.uid;
}

/** An inode held by another node as its attributes show it, or undefined when it is missing. */
export async function findRemoteInode(ctx: PeerContext, entryId: string): Promise<Inode | undefined> {
  const [a] = await ctx.peers.getAttrs(ownerIn(ctx, entryId), [entryId]);
  return a?.entryId ? decodeInode(hivefs.Attr.encode(a).finish()) : undefined;
}

/** An inode held by another node; NOT_FOUND when it is missing. */
export async function mustRemoteInode(ctx: PeerContext, entryId: string, what: string): Promise<Inode> {
  const i = await findRemoteInode(ctx, entryId);
  if (!i) fail(ErrCode.NOT_FOUND, `${what}: no entry with id ${entryId}`);
  return i;
}

/**
 * Whether a failed peer step was refused (the peer answered with a file system error and
 * changed nothing) rather than lost (unreachable, timed out, shutting down: it may or may not
 * have happened, so the intent stays for the recovery runner).
 */
export function refused(e: unknown): boolean {
  return e instanceof HiveError && ((e.code >= 3000 && e.code < 4000) || e.code === ErrCode.INVALID_ARGUMENT || e.code === ErrCode.BAD_ENTRY_ID);
}

/** Tells the peers to drop their markers of a finished intent; failures are left to their sweep. */
export async function forgetQuietly(ctx: PeerContext, nodes: readonly number[], intentId: string, log: LoggerLike = ctx.log): Promise<void> {
  // a peer may have asked this very node for a step of the intent (e.g. the owner of a target
  // parent removing a directory held here): those markers are dropped locally
  await peerForget(ctx, intentId);
  const others = [...new Set(nodes)].filter((n) => n !== ctx.nodeId);
  await Promise.all(others.map((n) => ctx.peers.forget(n, intentId).catch((e: Error) => log.debug({ node: n, intentId, err: e.message }, 'peer did not forget an intent now; its sweep will'))));
}

/** A step that was not applied and now never will be (see {@link stepOrFence}). */
export const ABANDONED = Symbol('abandoned');

/** Whether a peer answered that what the step needs is held by another interrupted operation. */
function heldUp(e: unknown): boolean {
  return e instanceof HiveError && e.code === ErrCode.BUSY;
}

/**
 * Runs a step of a recovery that may roll its intent back. When the peer refuses it, or answers
 * BUSY (what the step needs is pinned or held there for another interrupted operation, whose own
 * recovery may in turn wait for this intent's pins), the step is fenced: its stored result if an
 * earlier attempt was applied after all, else ABANDONED, and no copy of it still on its way will
 * ever be applied. Two interrupted operations waiting for each other's entries so end with one
 * of them rolled back instead of both waiting forever.
 */
export async function stepOrFence<T>(ctx: PeerContext, node: number, intentId: string, step: string, call: () => Promise<T>): Promise<T | typeof ABANDONED> {
  try {
    return await call();
  } catch (e) {
    if (!heldUp(e) && !refused(e)) throw e;
    const f = await ctx.peers.fenceStep(node, intentId, step);
    return f.applied ? (f.result as T) : ABANDONED;
  }
}
