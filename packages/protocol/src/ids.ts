// Entry ids (`<counter>-<start-seconds>-<owner>` in upper-case hex, or `root`), owners and id ranges.
//
// The owner of an entry is a meta node or a meta buddy group. In an entry id a node is its id
// in hex (`-1`) and a group is `G` and its id in hex (`-GC8`); inside the code both are one
// "owner number": a node id as is, a group id plus GROUP_OWNER_BASE (see groupOwner).

/** Entry id of the root directory. */
export const ROOT_ENTRY_ID = 'root';

const ENTRY_ID_RE = /^[0-9A-F]{1,16}-[0-9A-F]{1,12}-(?:[0-9A-F]{1,8}|G[0-9A-F]{1,4})$/;

/** Node, target and buddy group ids are 1..65535. */
export const MAX_NUMERIC_ID = 65535;

/** Whether `s` is a well-formed entry id; anything else must never reach a path. */
export function isValidEntryId(s: string): boolean {
  return s === ROOT_ENTRY_ID || (s.length <= 40 && ENTRY_ID_RE.test(s));
}

/** Owner numbers at or above this name a meta buddy group (owner - GROUP_OWNER_BASE); below, a meta node. */
export const GROUP_OWNER_BASE = 0x10000;

/** The owner number of meta buddy group `groupId`. */
export function groupOwner(groupId: number): number {
  return GROUP_OWNER_BASE + groupId;
}

/** Whether owner number `owner` names a meta buddy group. */
export function isGroupOwner(owner: number): boolean {
  return owner >= GROUP_OWNER_BASE;
}

/** The group id of a group owner number (0 when `owner` names a node). */
export function groupOfOwner(owner: number): number {
  return isGroupOwner(owner) ? owner - GROUP_OWNER_BASE : 0;
}

/** How an owner reads in entry ids and admin output: `3` for a node, `G200`-style hex for a group. */
function ownerToken(owner: number): string {
  return isGroupOwner(owner) ? `G${groupOfOwner(owner).toString(16)}` : owner.toString(16);
}

/** Builds an entry id; `owner` is an owner number (node id, or groupOwner(group id)). */
export function formatEntryId(counter: number, startSeconds: number, owner: number): string {
  return `${counter.toString(16)}-${startSeconds.toString(16)}-${ownerToken(owner)}`.toUpperCase();
}

/**
 * The owner number encoded in an entry id: a meta node id, or groupOwner(g) for an entry of
 * meta buddy group g. 0 for `root` (whose owner the map tells, see rootOwnerOf) and for ids
 * without an owner.
 */
export function ownerNodeOf(entryId: string): number {
  if (entryId === ROOT_ENTRY_ID) return 0;
  const i = entryId.lastIndexOf('-');
  if (i < 0) return 0;
  const t = entryId.slice(i + 1);
  if (t.startsWith('G')) {
    const g = parseInt(t.slice(1), 16);
    return g > 0 && g <= MAX_NUMERIC_ID ? groupOwner(g) : 0;
  }
  return parseInt(t, 16) || 0;
}

/** Whether n is a valid node/target/group id. */
export function isValidNumericId(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= MAX_NUMERIC_ID;
}

/** A stable 53-bit inode number for an entry id (FNV-1a 64 folded), 1 for root. */
export function inodeNumberOf(entryId: string): number {
  if (entryId === ROOT_ENTRY_ID) return 1;
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < entryId.length; i++) {
    h ^= BigInt(entryId.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  const n = Number(h & 0x1fffffffffffffn);
  return n < 2 ? n + 2 : n;
}
