// The primary's view of its secondary during a resync (the daemon wiring implements it over RPC).
import type { hivefs } from '@hivefs/protocol';
import type { JournalPosition } from '../../journal/index.js';

/** The secondary of a meta buddy group, as a resync job talks to it. */
export interface SecondaryLink {
  /** The secondary's applied position of the group's space (journalPosition). */
  position(): Promise<JournalPosition>;
  /** One page of a full resync's snapshot (snapshotPage); the last one's reply carries the installed position. */
  sendPage(req: hivefs.ISnapshotPageReq): Promise<hivefs.ISnapshotPageResp>;
}
