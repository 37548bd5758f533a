// The key schema of the meta store and its key builders (the only place keys are made).
import { key, prefix } from '@hivefs/common';

/*
 * All keys of the meta store (one LevelDB per meta node), built with key()/prefix() from
 * @hivefs/common: ':'-joined parts, ':' and '%' inside a part percent-escaped.
 *
 *   I:<entryId>               inode: hivefs.Attr (open_writers and blocks always 0; ino and
 *                             owner_node_id set; directories carry parent_id and the default
 *                             pattern, files their fixed pattern with the chosen target ids and
 *                             chunk_blocks: the 512-byte blocks of each chunk file by stripe
 *                             index, as storage last reported them; empty in files stored before
 *                             blocks were tracked, whose blocks are estimated from the size)
 *   D:<dirId>:<name>          dentry: hivefs.DirEntry {name, entry_id, type}, never attr.
 *                             Readdir walks this prefix, so entries come in key order: by the
 *                             UTF-8 bytes of the (escaped) name.
 *   L:<entryId>               symlink target, UTF-8 bytes
 *   X:<entryId>:<name>        extended attribute value, raw bytes
 *   S:<entryId>:<handleHex>   open session (hivefs has no message for it: JSON {handleId,
 *                             clientId, flags, write}); handleHex = 12 hex digits. The session
 *                             reclaimer scans all of S: to find sessions of clients that are gone.
 *                             Read-only sessions live in memory only (prefix-index.ts) until the
 *                             file is orphaned or meta shuts down cleanly.
 *   O:<entryId>               orphan: an inode with nlink 0 kept while sessions are open
 *                             (empty value); removed with the inode at the last close
 *   Z:<entryId>               disposal: the deleted inode (hivefs.Attr) of a file whose chunk
 *                             files are still to be removed; written in the batch that deletes
 *                             the inode, removed once every target confirmed, resumed at start
 *   R:<clientId>:<reqHex>     reply ledger (exactly once): hivefs.LedgerRecord, the stored reply
 *                             of tagged request <reqHex> (16 hex digits) of client <clientId>
 *                             (a number part: 8 hex digits); written in the batch of the
 *                             mutation it answers (commit.ts), dropped by the client's
 *                             done_below, when the client is reclaimed, and after
 *                             sysRequestLedgerSecs (exactly-once/ledger.ts).
 *                             Held in memory too (prefix-index.ts, with values), so a lookup
 *                             reads nothing; the reply of a request that wrote nothing else
 *                             to disk (read-only open, its close) is volatile like its session.
 *   N:<intentId>              intent of an operation spanning meta nodes, on its coordinator
 *                             (JSON, intents/log.ts); written in the operation's first batch,
 *                             deleted in its last; pending ones are completed by the recovery
 *                             runner (intents/recovery.ts). Intent ids are entry ids of the
 *                             coordinator, so they name it.
 *   P:<intentId>:<step>       peer marker: step `step` of a remote intent was applied here
 *                             (JSON result), written in the batch of that step; dropped when
 *                             the coordinator says the intent is no longer pending
 *   C:start                   counter: start-seconds of the last run, decimal text. Entry ids
 *                             are <counter>-<startSecs>-<nodeId> with startSecs strictly
 *                             increasing per run, so ids never repeat across restarts.
 *   C:rootgroup               the node's own space only: the meta buddy group (decimal text)
 *                             its root directory moved into (--mirrormd); no root is created
 *                             in the own space again, even before the map is known
 *
 * Entry ids hold only [0-9A-F-] or are 'root', so they never need escaping.
 *
 * A meta buddy group's namespace lives under G:<groupId>: (the keys above, in a PrefixedKv), its
 * journal under J:<groupId>: and K:<groupId>: see journal/keys.ts.
 */

/** Inode of an entry. */
export const inodeKey = (entryId: string): string => key('I', entryId);
/** Dentry `name` in directory `dirId`. */
export const dentryKey = (dirId: string, name: string): string => key('D', dirId, name);
/** Prefix of every dentry of `dirId`. */
export const dentryPrefix = (dirId: string): string => prefix('D', dirId);
/** Symlink target of an entry. */
export const linkKey = (entryId: string): string => key('L', entryId);
/** Extended attribute `name` of an entry. */
export const xattrKey = (entryId: string, name: string): string => key('X', entryId, name);
/** Prefix of every xattr of an entry. */
export const xattrPrefix = (entryId: string): string => prefix('X', entryId);
/** Prefix of every xattr. */
export const XATTR_PREFIX = prefix('X');
/** Session `handleId` on an entry. */
export const sessionKey = (entryId: string, handleId: number): string => key('S', entryId, handleId.toString(16).toUpperCase().padStart(12, '0'));
/** Prefix of every session of an entry. */
export const sessionPrefix = (entryId: string): string => prefix('S', entryId);
/** Prefix of every session of every entry. */
export const SESSION_PREFIX = prefix('S');
/** Orphan marker of an entry. */
export const orphanKey = (entryId: string): string => key('O', entryId);
/** Prefix of every orphan marker. */
export const ORPHAN_PREFIX = prefix('O');
/** Start-seconds counter of entry ids. */
export const START_KEY = key('C', 'start');
/** Marker of the own space: the root moved into this meta buddy group (mirror/root-move.ts). */
export const ROOT_GROUP_KEY = key('C', 'rootgroup');
/** Pending removal of a deleted file's chunk files. */
export const disposalKey = (entryId: string): string => key('Z', entryId);
/** Prefix of every pending disposal. */
export const DISPOSAL_PREFIX = prefix('Z');
/** Stored reply of request `requestId` of client `clientId` (reply ledger). */
export const replyKey = (clientId: number, requestId: number): string => key('R', clientId, requestId.toString(16).toUpperCase().padStart(16, '0'));
/** Prefix of every stored reply of a client. */
export const replyPrefix = (clientId: number): string => prefix('R', clientId);
/** Prefix of every stored reply. */
export const REPLY_PREFIX = prefix('R');
/** Intent record of an operation spanning meta nodes. */
export const intentKey = (intentId: string): string => key('N', intentId);
/** Prefix of every intent record. */
export const INTENT_PREFIX = prefix('N');
/** Marker of an applied step of a remote intent. */
export const peerMarkerKey = (intentId: string, step: string): string => key('P', intentId, step);
/** Prefix of the markers of one remote intent. */
export const peerMarkerPrefix = (intentId: string): string => prefix('P', intentId);
/** Prefix of every peer marker. */
export const PEER_MARKER_PREFIX = prefix('P');
