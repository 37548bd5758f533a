// What meta mirroring needs of the meta resync (packages/meta/src/mirror/resync/): the contract
// the daemon wiring is written against; app.ts passes the real classes in.
import type { hivefs, LoggerLike } from '@hivefs/protocol';
import type { JournalPosition, MetaSpace } from '../journal/index.js';

/** The primary's wire to its secondary during a resync. */
export interface SecondaryLink {
  position(): Promise<JournalPosition>;
  sendPage(req: hivefs.ISnapshotPageReq): Promise<hivefs.ISnapshotPageResp>;
}

/** What one resync job of a group gets. */
export interface MetaResyncDeps {
  groupId: number;
  primaryId: number;
  secondaryId: number;
  /** The group's space, role primary. */
  space: MetaSpace;
  link: SecondaryLink;
  /** CAS of the secondary Needs-resync -> Good at mgmtd; false when it was refused. */
  markGood(): Promise<boolean>;
  log: LoggerLike;
  now?: () => number;
}

/** One resync job: `run` never rejects; its stats carry the outcome. */
export interface MetaResyncJobLike {
  run(o: { full: boolean; signal: AbortSignal }): Promise<hivefs.IResyncStats>;
  stats(): hivefs.IResyncStats;
}

/** The secondary's side of a full resync. */
export interface SnapshotReceiverLike {
  page(req: hivefs.ISnapshotPageReq): Promise<hivefs.ISnapshotPageResp>;
}

/** The resync implementation as the daemon passes it in. */
export interface ResyncKit {
  newJob(d: MetaResyncDeps): MetaResyncJobLike;
  newReceiver(o: { space: (groupId: number) => MetaSpace | undefined; log: LoggerLike }): SnapshotReceiverLike;
  idleStats(groupId: number, primaryId: number, secondaryId: number): hivefs.IResyncStats;
}
