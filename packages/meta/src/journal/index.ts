// Public surface of the metadata journal room (meta buddy mirroring's replication core).
export { MetaSpace, type CompactionRecord, type MetaSpaceOptions, type PrimaryHooks, type SpaceStats } from './space.js';
export { replaceSpace } from './snapshot.js';
export { JournaledKv, type CatchUpResult, type JournaledKvOptions, type PrimaryStats, type Replicator, type SecondaryState, type Shipping } from './journaled-kv.js';
export { JournalFollower, type ApplyResult, type JournalFollowerOptions } from './follower.js';
export { JournalLog, type JournalRead } from './journal-log.js';
export { DEFAULT_COMPACTION, planTrim, checkPolicy, type CompactionPolicy, type RecordInfo, type TrimPlan } from './compaction.js';
export { decodeEntry, encodeEntry, entryFromMessage, entryToMessage, journalOps, type JournalEntry, type JournalOp } from './entry.js';
export { JournalGapError, JournalResyncError, type ResyncRefusal } from './errors.js';
export { decodePosition, encodePosition, newEpoch, ORIGIN, type JournalPosition } from './position.js';
export { APPLIED_KEY, journalBaseKey, journalKey, journalPrefix, spacePrefix } from './keys.js';
