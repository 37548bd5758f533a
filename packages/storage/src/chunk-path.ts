// Where a chunk file lives: <target>/chunks/<H1>/<H2>/<entryId>, entry ids checked before any path is built.
import { join } from 'node:path';
import { ErrCode, HiveError, ROOT_ENTRY_ID, isValidEntryId } from '@hivefs/protocol';

/** Throws BAD_ENTRY_ID unless `entryId` is a well-formed file entry id (never `root`). */
export function checkEntryId(entryId: unknown): asserts entryId is string {
  if (typeof entryId === 'string' && entryId !== ROOT_ENTRY_ID && isValidEntryId(entryId)) return;
  const shown = JSON.stringify(String(entryId).slice(0, 64));
  const why = entryId === ROOT_ENTRY_ID ? 'the root directory has no chunk files' : 'expected <counter>-<seconds>-<nodeId> in upper-case hex';
  throw new HiveError(ErrCode.BAD_ENTRY_ID, `entry id ${shown} is not valid: ${why}`);
}

/** FNV-1a (32 bit) of a string. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const hex2 = (n: number): string => (n & 0xff).toString(16).toUpperCase().padStart(2, '0');

/** The two hashed directory levels of an entry id, e.g. `3F/A2` (256 x 256 directories). */
export function chunkSubdir(entryId: string): string {
  const h = fnv1a(entryId);
  return `${hex2(h >>> 8)}/${hex2(h)}`;
}

/** Absolute path of a chunk file below a chunks directory; validates the entry id first. */
export function chunkPath(chunksDir: string, entryId: string): string {
  checkEntryId(entryId);
  return join(chunksDir, chunkSubdir(entryId), entryId);
}
