// What a meta node asks of the other meta nodes in operations that span owners (no sockets here).
import { ownerNodeOf, ROOT_ENTRY_ID, type hivefs } from '@hivefs/protocol';
import type { Cred, Inode } from '../store/types.js';
import type { Fenced } from './peer-ops.js';

/** What the target side of a cross-owner rename did (see {@link MetaPeers.renameIn}). */
export interface RenameInResult {
  /** Entry the name named before ('' when it was free). */
  replacedId: string;
  replacedType: hivefs.EntryType;
  /** The peer dropped the replaced inode itself (it holds it). */
  replacedDone: boolean;
  /** The name already named the moved entry: nothing changed. */
  same: boolean;
}

/** Arguments of {@link MetaPeers.renameIn}. */
export interface RenameInArgs {
  cred: Cred;
  dirId: string;
  name: string;
  entryId: string;
  type: hivefs.EntryType;
  noReplace: boolean;
}

/**
 * The other meta nodes as a store sees them. The daemon implements it with meta-to-meta RPCs
 * (peers.ts), unit tests with stores linked in-process. Every mutating step is applied at most
 * once per (intentId, step) by the peer.
 */
export interface MetaPeers {
  /** Owner of the root directory (from the cluster map; 0 while unknown: taken as this node). */
  rootNodeId(): number;
  /** Owner for a new directory created in a directory owned by `parentOwner`. */
  chooseDirOwner(parentOwner: number): number;
  createDir(node: number, intentId: string, step: string, inode: Inode): Promise<void>;
  removeDir(node: number, intentId: string, step: string, dirId: string): Promise<void>;
  adjustLink(node: number, intentId: string, step: string, entryId: string, delta: number, onlyIfStep: string): Promise<void>;
  setParent(node: number, intentId: string, step: string, dirId: string, parentId: string): Promise<void>;
  renameIn(node: number, intentId: string, step: string, a: RenameInArgs): Promise<RenameInResult>;
  /** Attributes of inodes held by `node`, in order; undefined for missing ones. */
  getAttrs(node: number, entryIds: readonly string[]): Promise<(hivefs.IAttr | undefined)[]>;
  /** Whether coordinator `node` still has the intent pending. */
  intentPending(node: number, intentId: string): Promise<boolean>;
  /** Tells `node` to drop its markers of a finished intent. */
  forget(node: number, intentId: string): Promise<void>;
  /** Settles a step whose last attempt failed: its result if `node` applied it, else it never will be (peer-ops.ts). */
  fenceStep(node: number, intentId: string, step: string): Promise<Fenced>;
}

/** The meta node holding `entryId` (its inode, and for a directory its entries). */
export function ownerOf(peers: MetaPeers | undefined, selfId: number, entryId: string): number {
  if (entryId === ROOT_ENTRY_ID) return peers?.rootNodeId() || selfId;
  return peers ? ownerNodeOf(entryId) || selfId : selfId;
}
