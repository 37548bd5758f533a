// --getentryinfo, --setpattern and --createdir: entry information and changes through meta.
import { DEFAULT_CHUNK_SIZE, DEFAULT_NUM_TARGETS, Rpc, groupOfOwner, hivefs, isGroupOwner, metaNodeOfOwner } from '@hivefs/protocol';
import { CtlError, ExitCode, opFailed } from '../errors.js';
import type { CreateDirCommand, PatternKind, SetPatternCommand } from '../cli/types.js';
import { attrOf, metaClient, ownerOf, resolvePath, type ResolvedEntry } from './meta.js';
import { splitParent } from './paths.js';
import type { Session } from './session.js';

/** A meta node by id and alias. */
export interface NodeRef {
  nodeId: number;
  alias: string;
}

/** A stripe target of a file with the storage node serving it (node 0, alias '' when unmapped). */
export interface StripeTarget {
  targetId: number;
  nodeId: number;
  nodeAlias: string;
}

/** A buddy group a mirrored file is striped over, with its current members (null when the map lacks the group). */
export interface StripeGroup {
  groupId: number;
  primary: StripeTarget | null;
  secondary: StripeTarget | null;
}

/** A stripe pattern in plain terms. */
export interface PatternInfo {
  type: PatternKind;
  chunkSize: number;
  /** Desired number of targets (or buddy groups). */
  numTargets: number;
  storagePoolId: number;
  /** Files: the chosen target ids (raid0) or buddy group ids (buddymirror); directories: []. */
  stripeIds: number[];
  /** Files with raid0: the targets with their nodes. */
  targets: StripeTarget[];
  /** Files with buddymirror: the buddy groups with their current primary and secondary. */
  groups: StripeGroup[];
  /** Files: why fewer targets than desired were chosen at creation ('' when the pattern was met). */
  shortfall: string;
}

/** What --getentryinfo shows. */
export interface EntryInfo {
  /** Normalised path from the file system root (`/` for the root). */
  path: string;
  /** Mount point the given path was under; null when it was given from the file system root. */
  mount: string | null;
  entryId: string;
  entryType: 'directory' | 'file' | 'symlink' | 'fifo' | 'socket' | 'chardev' | 'blockdev' | 'unknown';
  /** The meta node holding the entry: for a meta buddy group's entry, the group's current primary. */
  metadataNode: NodeRef;
  /** Set for an entry of a meta buddy group (and the mirrored root): the group's id. */
  metadataGroup?: number;
  pattern: PatternInfo | null;
}

const ENTRY_TYPES: Record<number, EntryInfo['entryType']> = {
  [hivefs.EntryType.DIRECTORY]: 'directory',
  [hivefs.EntryType.REGULAR]: 'file',
  [hivefs.EntryType.SYMLINK]: 'symlink',
  [hivefs.EntryType.FIFO]: 'fifo',
  [hivefs.EntryType.SOCKET]: 'socket',
  [hivefs.EntryType.CHARDEV]: 'chardev',
  [hivefs.EntryType.BLOCKDEV]: 'blockdev',
};

/** The meta node serving owner number `owner` (a group: its current primary as the map has it; node 0 when the map lacks the group). */
function metaNode(s: Session, owner: number): NodeRef {
  let nodeId = 0;
  try {
    nodeId = metaNodeOfOwner(s.map, owner);
  } catch {
    // the group is not in the map: shown as node 0
  }
  const n = s.map.nodes.find((x) => x.type === hivefs.NodeType.META && x.nodeId === nodeId);
  return { nodeId, alias: n?.alias ?? '' };
}

/** A storage target with the node serving it (node 0 when the map lacks it). */
function stripeTarget(s: Session, targetId: number): StripeTarget {
  const t = s.map.targets.find((x) => x.targetId === targetId && (x.nodeType || hivefs.NodeType.STORAGE) === hivefs.NodeType.STORAGE);
  const n = t && s.map.nodes.find((x) => x.type === hivefs.NodeType.STORAGE && x.nodeId === t.nodeId);
  return { targetId, nodeId: t?.nodeId ?? 0, nodeAlias: n?.alias ?? '' };
}

function stripeGroup(s: Session, groupId: number): StripeGroup {
  const g = (s.map.groups ?? []).find((x) => x.groupId === groupId && (x.nodeType || hivefs.NodeType.STORAGE) === hivefs.NodeType.STORAGE);
  return { groupId, primary: g ? stripeTarget(s, g.primaryId ?? 0) : null, secondary: g ? stripeTarget(s, g.secondaryId ?? 0) : null };
}

function patternInfo(s: Session, p: hivefs.IStripePattern): PatternInfo {
  const type: PatternKind = p.type === hivefs.PatternType.BUDDY_MIRROR ? 'buddymirror' : 'raid0';
  const stripeIds = [...(p.ids ?? [])];
  const targets = type === 'raid0' ? stripeIds.map((id) => stripeTarget(s, id)) : [];
  const groups = type === 'buddymirror' ? stripeIds.map((id) => stripeGroup(s, id)) : [];
  return { type, chunkSize: p.chunkSize ?? 0, numTargets: p.numTargets ?? 0, storagePoolId: p.storagePoolId ?? 0, stripeIds, targets, groups, shortfall: p.shortfall ?? '' };
}

function entryInfoOf(s: Session, e: ResolvedEntry, mount: string | null): EntryInfo {
  const entryType = ENTRY_TYPES[e.attr.type ?? 0] ?? 'unknown';
  // only files (their layout) and directories (the default for new entries) have a stripe pattern
  const striped = entryType === 'file' || entryType === 'directory';
  const owner = ownerOf(s, e.entryId, e.attr);
  return {
    path: e.path,
    mount,
    entryId: e.entryId,
    entryType,
    metadataNode: metaNode(s, owner),
    ...(isGroupOwner(owner) ? { metadataGroup: groupOfOwner(owner) } : {}),
    pattern: striped && e.attr.pattern ? patternInfo(s, e.attr.pattern) : null,
  };
}

/** Resolves `path` (from the file system root; given under `mount`, if not null) and describes the entry. */
export async function getEntryInfo(s: Session, path: string, mount: string | null = null): Promise<EntryInfo> {
  return entryInfoOf(s, await resolvePath(s, path), mount);
}

/** Result of --setpattern: the directory with its new pattern. */
export interface SetPatternResult {
  path: string;
  /** Mount point the path was given under, or null. */
  mount: string | null;
  entryId: string;
  pattern: PatternInfo;
}

/** The new pattern: the command's fields over the directory's current ones. */
export function mergePattern(cur: hivefs.IStripePattern | null | undefined, cmd: SetPatternCommand): hivefs.IStripePattern {
  const type = cmd.pattern ? (cmd.pattern === 'buddymirror' ? hivefs.PatternType.BUDDY_MIRROR : hivefs.PatternType.RAID0) : cur?.type || hivefs.PatternType.RAID0;
  return {
    type,
    chunkSize: cmd.chunkSize ?? (cur?.chunkSize || DEFAULT_CHUNK_SIZE),
    numTargets: cmd.numTargets ?? (cur?.numTargets || DEFAULT_NUM_TARGETS),
    ids: [],
    storagePoolId: cur?.storagePoolId ?? 0,
  };
}

/** Sets a directory's stripe pattern, keeping the fields the command leaves unset; `mount` as for getEntryInfo. */
export async function setPattern(s: Session, cmd: SetPatternCommand, mount: string | null = null): Promise<SetPatternResult> {
  const dir = await resolvePath(s, cmd.path);
  if (dir.attr.type !== hivefs.EntryType.DIRECTORY) throw new CtlError(ExitCode.OP_FAILED, `cannot set the pattern of ${dir.path}: not a directory`);
  const what = `cannot set the pattern of ${dir.path}`;
  const pattern = mergePattern(dir.attr.pattern, cmd);
  const resp = await metaClient(s, ownerOf(s, dir.entryId, dir.attr)).call(Rpc.setPattern, { cred: s.cred, entryId: dir.entryId, pattern }).catch((e: unknown) => {
    throw opFailed(what, e);
  });
  const attr = attrOf(resp, what);
  return { path: dir.path, mount, entryId: dir.entryId, pattern: patternInfo(s, attr.pattern ?? pattern) };
}

/** Result of --createdir. */
export interface CreateDirResult {
  path: string;
  /** Mount point the path was given under, or null. */
  mount: string | null;
  entryId: string;
  metadataNode: NodeRef;
  mode: number;
  uid: number;
  gid: number;
}

async function chown(s: Session, attr: hivefs.IAttr, cmd: CreateDirCommand, path: string): Promise<hivefs.IAttr> {
  if (cmd.uid === undefined && cmd.gid === undefined) return attr;
  const valid = (cmd.uid !== undefined ? 2 : 0) | (cmd.gid !== undefined ? 4 : 0);
  const req = { cred: s.cred, entryId: attr.entryId!, valid, uid: cmd.uid ?? 0, gid: cmd.gid ?? 0 };
  const what = `created ${path} but cannot set its owner`;
  const resp = await metaClient(s, ownerOf(s, attr.entryId!, attr)).call(Rpc.setAttr, req).catch((e: unknown) => {
    throw opFailed(what, e);
  });
  return attrOf(resp, what);
}

/** Creates one directory; its parent must exist. `mount` as for getEntryInfo. */
export async function createDir(s: Session, cmd: CreateDirCommand, mount: string | null = null): Promise<CreateDirResult> {
  const split = splitParent(cmd.path);
  if (!split) throw new CtlError(ExitCode.INVALID_ARGS, '--createdir: the root directory exists already; give a path below it');
  const parent = await resolvePath(s, split.parent);
  const path = `${parent.path === '/' ? '' : parent.path}/${split.name}`;
  const what = `cannot create directory ${path}`;
  const req = { cred: s.cred, parentId: parent.entryId, name: split.name, mode: cmd.permissions };
  const resp = await metaClient(s, ownerOf(s, parent.entryId, parent.attr)).call(Rpc.mkdir, req).catch((e: unknown) => {
    throw opFailed(what, e);
  });
  const attr = await chown(s, attrOf(resp, what), cmd, path);
  const entryId = attr.entryId!;
  return { path, mount, entryId, metadataNode: metaNode(s, ownerOf(s, entryId, attr)), mode: attr.mode ?? cmd.permissions, uid: attr.uid ?? 0, gid: attr.gid ?? 0 };
}
