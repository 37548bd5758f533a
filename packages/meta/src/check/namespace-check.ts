// The namespace checker: invariants over the raw stores of several stopped meta nodes.
import { decodeKey } from '@hivefs/common';
import { hivefs, ownerNodeOf, ROOT_ENTRY_ID } from '@hivefs/protocol';
import { decodeDentry, decodeInode } from '../store/codec.js';
import type { Dentry, Inode } from '../store/types.js';

/** The raw content of one meta node's store. */
export interface StoreImage {
  nodeId: number;
  entries: ReadonlyArray<readonly [string, Uint8Array]>;
}

/** What kind of rule an entry breaks. */
export type ViolationKind = 'dangling-dentry' | 'unnamed-inode' | 'dir-parent' | 'dir-nlink' | 'file-nlink' | 'pending-intent' | 'unreadable';

/** One broken rule. */
export interface Violation {
  kind: ViolationKind;
  node: number;
  detail: string;
}

interface Parsed {
  inodes: Map<string, Inode>;
  dentries: Array<Dentry & { dirId: string }>;
  orphans: Set<string>;
  intents: string[];
  markers: Set<string>;
}

function parse(img: StoreImage, out: Violation[]): Parsed {
  const p: Parsed = { inodes: new Map(), dentries: [], orphans: new Set(), intents: [], markers: new Set() };
  for (const [k, v] of img.entries) {
    const parts = decodeKey(k);
    try {
      if (parts[0] === 'I') p.inodes.set(parts[1]!, decodeInode(v));
      else if (parts[0] === 'D') p.dentries.push({ ...decodeDentry(v), dirId: parts[1]! });
      else if (parts[0] === 'O') p.orphans.add(parts[1]!);
      else if (parts[0] === 'N') p.intents.push(parts[1]!);
      else if (parts[0] === 'P' && parts.length === 3) p.markers.add(parts[1]!); // not a group space's P:applied
    } catch (e) {
      out.push({ kind: 'unreadable', node: img.nodeId, detail: `${k}: ${(e as Error).message}` });
    }
  }
  return p;
}

/**
 * Every violation of the namespace invariants over the stores of all owners (one image per meta
 * node, and per meta buddy group: readGroupImages) where the root is owned by `rootNodeId` (an
 * owner number: rootOwnerOf(map)): a dentry naming an inode its owner lacks; an inode (not the root, not
 * an orphan kept open) no dentry names; a directory whose parent_id has no dentry naming it (or
 * that more than one names); a directory nlink other than 2 + its subdirectories; a file nlink
 * other than its names; a pending intent. (Peer markers of finished intents are garbage, not
 * violations: see {@link staleMarkers}.)
 */
export function checkNamespace(images: readonly StoreImage[], rootNodeId: number): Violation[] {
  const out: Violation[] = [];
  const nodes = new Map(images.map((img) => [img.nodeId, parse(img, out)]));
  const owner = (id: string): number => (id === ROOT_ENTRY_ID ? rootNodeId : ownerNodeOf(id));
  const inodeOf = (id: string): Inode | undefined => nodes.get(owner(id))?.inodes.get(id);
  const names = new Map<string, Array<Dentry & { dirId: string }>>();
  const subdirs = new Map<string, number>();
  const pending = new Set<string>();
  for (const [node, p] of nodes) {
    for (const id of p.intents) {
      pending.add(id);
      out.push({ kind: 'pending-intent', node, detail: `intent ${id} is pending` });
    }
  }
  for (const [node, p] of nodes) {
    for (const d of p.dentries) {
      names.set(d.entryId, [...(names.get(d.entryId) ?? []), d]);
      if (d.type === hivefs.EntryType.DIRECTORY) subdirs.set(d.dirId, (subdirs.get(d.dirId) ?? 0) + 1);
      if (!inodeOf(d.entryId)) out.push({ kind: 'dangling-dentry', node, detail: `${d.dirId}/${d.name} names ${d.entryId}, missing on node ${owner(d.entryId)}` });
    }
  }
  for (const [node, p] of nodes) {
    for (const [id, i] of p.inodes) {
      if (id === ROOT_ENTRY_ID) {
        if (node === rootNodeId) checkDirNlink(out, node, i, subdirs);
        continue;
      }
      if (owner(id) !== node) continue;
      const named = names.get(id) ?? [];
      if (named.length === 0 && !p.orphans.has(id)) out.push({ kind: 'unnamed-inode', node, detail: `inode ${id} (type ${i.type}, nlink ${i.nlink}) has no dentry` });
      if (i.type === hivefs.EntryType.DIRECTORY) {
        if (named.length > 1 || (named.length === 1 && named[0]!.dirId !== i.parentId)) out.push({ kind: 'dir-parent', node, detail: `directory ${id} has parent_id ${i.parentId} but is named by ${named.map((d) => `${d.dirId}/${d.name}`).join(', ')}` });
        checkDirNlink(out, node, i, subdirs);
      } else if (named.length > 0 && i.nlink !== named.length) {
        out.push({ kind: 'file-nlink', node, detail: `inode ${id} has nlink ${i.nlink} but ${named.length} names` });
      }
    }
  }
  return out;
}

function checkDirNlink(out: Violation[], node: number, i: Inode, subdirs: Map<string, number>): void {
  const want = 2 + (subdirs.get(i.entryId) ?? 0);
  if (i.nlink !== want) out.push({ kind: 'dir-nlink', node, detail: `directory ${i.entryId} has nlink ${i.nlink}, expected ${want}` });
}

/** Peer markers (node, intent id) of intents no coordinator has pending: garbage a recovery pass drops. */
export function staleMarkers(images: readonly StoreImage[]): Array<{ node: number; intentId: string }> {
  const parsed = images.map((img) => ({ node: img.nodeId, p: parse(img, []) }));
  const pending = new Set(parsed.flatMap(({ p }) => p.intents));
  return parsed.flatMap(({ node, p }) => [...p.markers].filter((id) => !pending.has(id)).map((intentId) => ({ node, intentId })));
}
