// Entry ids (`<counter>-<start-seconds>-<meta-node-id>` in upper-case hex, or `root`) and id ranges.

/** Entry id of the root directory. */
export const ROOT_ENTRY_ID = 'root';

const ENTRY_ID_RE = /^[0-9A-F]{1,16}-[0-9A-F]{1,12}-[0-9A-F]{1,8}$/;

/** Node, target and buddy group ids are 1..65535. */
export const MAX_NUMERIC_ID = 65535;

/** Whether `s` is a well-formed entry id; anything else must never reach a path. */
export function isValidEntryId(s: string): boolean {
  return s === ROOT_ENTRY_ID || (s.length <= 40 && ENTRY_ID_RE.test(s));
}

/** Builds an entry id. */
export function formatEntryId(counter: number, startSeconds: number, nodeId: number): string {
  return `${counter.toString(16)}-${startSeconds.toString(16)}-${nodeId.toString(16)}`.toUpperCase();
}

/** The meta node id encoded in an entry id (0 for `root`, whose owner the map tells). */
export function ownerNodeOf(entryId: string): number {
  if (entryId === ROOT_ENTRY_ID) return 0;
  const i = entryId.lastIndexOf('-');
  return i < 0 ? 0 : parseInt(entryId.slice(i + 1), 16) || 0;
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
