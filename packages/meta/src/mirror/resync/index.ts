// Public surface of the meta resync room: the primary's job and the secondary's page receiver.
export { MetaResyncJob, type MetaResyncDeps } from './job.js';
export { SnapshotReceiver, TRANSFER_IDLE_MS, type SnapshotReceiverOptions } from './receiver.js';
export type { SecondaryLink } from './link.js';
export { idleResyncStats } from './stats.js';
export { PAGE_BYTES } from './snapshot-stream.js';
