// The primary side's contract: its replicator, options, states and figures.
import type { KvStore, PrefixedKv } from '@hivefs/common';
import type { LoggerLike } from '@hivefs/protocol';
import type { JournalEntry } from './entry.js';
import type { JournalLog } from './journal-log.js';
import type { JournalPosition } from './position.js';

/** Sends entries to the secondary. */
export interface Replicator {
  /**
   * Delivers `entry` and resolves once the secondary applied it (or had it already). Rejects with
   * {@link JournalGapError} when the secondary answered GAP (the primary then resends from its
   * applied seq), with anything else when the secondary is unreachable or failed.
   */
  send(entry: JournalEntry): Promise<void>;
}

/** What the primary believes of its secondary, as far as answering callers goes. */
export type SecondaryState =
  /** May be `Good` at mgmtd (may be promoted): a caller is answered only after the secondary's ack. */
  | 'good'
  /** Lost; `onSecondaryLost` is running: callers wait for it. */
  | 'reporting'
  /** Recorded as needing a resync: callers are answered after the local write. */
  | 'marked';

/** How entries reach the secondary: each batch sends its own, a catch-up sends from the journal, or none is sent. */
export type Shipping = 'live' | 'catch-up' | 'none';

/** Dependencies and start state of a {@link JournaledKv}. */
export interface JournaledKvOptions {
  /** The node's whole store (the space, journal records and base live in it). */
  kv: KvStore;
  /** The group's space: a view of `kv`. */
  space: PrefixedKv;
  /** The group's journal in `kv`. */
  log: JournalLog;
  /** The last entry written before (new entries continue after it): its seq and epoch. */
  last: JournalPosition;
  /** This primary run's epoch (stamped on every entry). */
  epoch: number;
  replicator: Replicator;
  /**
   * Called once when the secondary is lost (a send failed): the wiring records it as needing a
   * resync (the CAS Good -> Needs-resync at mgmtd) and resolves; callers waiting for acks are
   * answered then. If it rejects, those callers get its error and the next batch calls it again.
   */
  onSecondaryLost(err: unknown): Promise<void>;
  /** The lease/role check: throws when this node may not act as primary (checked before a seq is assigned and before answering). */
  guard(): void;
  /** Whether mgmtd may hold the secondary as `Good` ('good') or it is known to need a resync ('needs-resync'). */
  secondary: 'good' | 'needs-resync';
  now?: () => number;
  logger: LoggerLike;
  /** Most entries a catch-up has in flight to the secondary at once (default 32). */
  window?: number;
  /** GAP answers one repair accepts before it gives the secondary up (default 8). */
  maxGapRetries?: number;
}

/** Figures of the primary side. */
export interface PrimaryStats {
  epoch: number;
  /** Last seq assigned. */
  lastSeq: number;
  /** Every seq up to this one is stored locally. */
  writtenThrough: number;
  /** Every seq up to this one is acknowledged by the secondary. */
  secondaryAcked: number;
  secondary: SecondaryState;
  shipping: Shipping;
  /** Times the secondary was lost since this primary started. */
  losses: number;
  /** Callers waiting for an acknowledgement. */
  waiting: number;
}

/** Result of {@link JournaledKv.attachSecondary}. */
export interface CatchUpResult {
  /** Entries sent from the journal. */
  replayed: number;
  /** The secondary holds every entry up to this seq; from here on it is sent each entry live. */
  through: number;
}
