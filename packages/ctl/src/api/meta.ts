// Talking to meta: which node (or meta buddy group) owns an entry, and resolving a path to an entry by lookups from the root.
import { ROOT_ENTRY_ID, Rpc, describeOwner, hivefs, isGroupOwner, metaNodeOfOwner, ownerNodeOf, rootOwnerOf, type RpcClient } from '@hivefs/protocol';
import { CtlError, ExitCode, opFailed } from '../errors.js';
import { normalizePath, pathNames } from './paths.js';
import type { Session } from './session.js';

/** A path resolved to its entry. */
export interface ResolvedEntry {
  /** Normalised path (`/` for the root). */
  path: string;
  entryId: string;
  /** Attributes from the entry's owner (with the full stripe pattern). */
  attr: hivefs.IAttr;
}

/**
 * The owner number of an entry's inode: a meta buddy group (groupOwner) for a group's entries and
 * the mirrored root, else the meta node holding it (the attr's owner, else the id's, else the root's).
 */
export function ownerOf(s: Session, entryId: string, attr?: hivefs.IAttr): number {
  const fromId = entryId === ROOT_ENTRY_ID ? rootOwnerOf(s.map) : ownerNodeOf(entryId);
  if (isGroupOwner(fromId)) return fromId;
  const id = attr?.ownerNodeId || fromId;
  if (!id) throw new CtlError(ExitCode.OP_FAILED, `no meta node owns ${entryId === ROOT_ENTRY_ID ? 'the root directory' : `entry ${entryId}`} (map version ${s.map.version})`);
  return id;
}

/** RPC client of the meta node serving owner number `owner`: the node itself, or the group's current primary. */
export function metaClient(s: Session, owner: number): RpcClient {
  try {
    return s.view.nodeClient(hivefs.NodeType.META, metaNodeOfOwner(s.map, owner));
  } catch (e) {
    throw opFailed(`cannot reach meta ${describeOwner(owner)}${isGroupOwner(owner) ? '\'s primary' : ''}`, e);
  }
}

/** The attr of a reply, or CtlError(INVALID_RESULT) when it has none. */
export function attrOf(resp: { attr?: hivefs.IAttr | null }, what: string): hivefs.IAttr {
  if (!resp.attr?.entryId) throw new CtlError(ExitCode.INVALID_RESULT, `${what}: the reply carries no attributes`);
  return resp.attr;
}

/** Resolves a path from the root by lookups, then fetches the entry's attributes from its owner. */
export async function resolvePath(s: Session, path: string): Promise<ResolvedEntry> {
  const norm = normalizePath(path);
  let entryId = ROOT_ENTRY_ID;
  let hint: hivefs.IAttr | undefined;
  let at = '/';
  for (const name of pathNames(norm)) {
    const what = `cannot resolve ${norm}: lookup of '${name}' in ${at} failed`;
    const resp = await metaClient(s, ownerOf(s, entryId, hint)).call(Rpc.lookup, { cred: s.cred, parentId: entryId, name }).catch((e: unknown) => {
      throw opFailed(what, e);
    });
    hint = attrOf(resp, what);
    entryId = hint.entryId!;
    at = at === '/' ? `/${name}` : `${at}/${name}`;
  }
  const what = `cannot get the attributes of ${norm}`;
  const resp = await metaClient(s, ownerOf(s, entryId, hint)).call(Rpc.getAttr, { cred: s.cred, entryId }).catch((e: unknown) => {
    throw opFailed(what, e);
  });
  return { path: norm, entryId, attr: attrOf(resp, what) };
}
