// Errors of the journal room that callers (the daemon wiring) tell apart by their `code`.

/**
 * What a replicator's `send` rejects with when the secondary answered GAP: it holds entries only
 * through `applied`, so the primary resends from there (the journal has them).
 */
export class JournalGapError extends Error {
  override readonly name = 'JournalGapError';
  readonly code = 'JOURNAL_GAP';
  constructor(readonly applied: number, message?: string) {
    super(message ?? `secondary is missing journal entries after ${applied}`);
  }
}

/** Why a secondary at some position cannot catch up from the journal (it needs a full resync). */
export type ResyncRefusal = 'trimmed' | 'diverged' | 'ahead';

/**
 * The journal cannot bring a secondary from its position up to date: the entries after it were
 * trimmed, or its copy holds entries this primary never wrote (`diverged`: a former primary's
 * unacknowledged tail, or `ahead`: beyond this journal's end). The caller does a full resync.
 */
export class JournalResyncError extends Error {
  override readonly name = 'JournalResyncError';
  readonly code = 'JOURNAL_NEEDS_FULL_RESYNC';
  constructor(readonly reason: ResyncRefusal, message: string) {
    super(message);
  }
}
