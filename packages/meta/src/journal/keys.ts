// Keys of the metadata journal room: a group's space, its journal records and its positions.
import { key, prefix } from '@hivefs/common';

/*
 * Keys a meta buddy group uses in a node's store (next to the node's own keys, store/keys.ts):
 *
 *   G:<groupId>:<key>           the group's namespace space: the meta store's keys (I:, D:, S:...)
 *                               under this prefix, read and written through a PrefixedKv
 *   G:<groupId>:P:applied       inside the space: the position {seq, epoch} of the last journal
 *                               entry applied to it, written in the same batch as that entry's
 *                               ops (so a snapshot of the space carries its own position)
 *   J:<groupId>:<seq>           journal record: hivefs.JournalEntry, seq as 16 hex digits
 *                               (upper case) so records sort by seq; kept by both members
 *   K:<groupId>                 journal base: the position of the last trimmed record (absent
 *                               until the first trim), so a trimmed journal still knows where
 *                               it ends and which epoch wrote its last trimmed entry
 *
 * groupId is 8 hex digits (key codec). Positions are "<seq 16 hex>:<epoch 16 hex>" in ASCII.
 */

/** Prefix of the space of meta buddy group `groupId`. */
export const spacePrefix = (groupId: number): string => prefix('G', groupId);
/** Key (inside the space) of the applied position. */
export const APPLIED_KEY = key('P', 'applied');
/** Prefix of every journal record of `groupId`. */
export const journalPrefix = (groupId: number): string => prefix('J', groupId);
/** Journal record `seq` of `groupId`. */
export const journalKey = (groupId: number, seq: number): string => journalPrefix(groupId) + hex16(seq);
/** Journal base (last trimmed position) of `groupId`. */
export const journalBaseKey = (groupId: number): string => key('K', groupId);

/** `n` (a safe non-negative integer) as 16 upper-case hex digits. */
export function hex16(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`journal numbers are safe non-negative integers, got ${n}`);
  return n.toString(16).toUpperCase().padStart(16, '0');
}
