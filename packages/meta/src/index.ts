// Public API of @hivefs/meta: start the daemon in-process, and the store for tests and tools.
export { startMeta, type MetaDeps, type RunningMeta } from './app.js';
export { metaConfigSchema, type MetaConfig } from './config.js';
export { MetaStore } from './store/meta-store.js';
export type { ChunkService, StoreDeps, TargetSpaceInfo } from './store/context.js';
export { StripeChooser } from './layout/stripe-chooser.js';
export { runSetup } from './setup.js';
export * from './journal/index.js';
export { openStoreSnapshot, openOnlineDump, writeOnlineDump, type OnlineDump, type SnapshotNode } from './dump/online.js';
export { DumpEncoder, type DumpRecord } from './dump/encoder.js';
export { DumpReader } from './dump/reader.js';
export { DumpFormatError, type DumpHeader, type DumpTrailer } from './dump/format.js';
export { dumpMetaDir, type DumpSummary } from './dump/offline-dump.js';
export { restoreMetaDir, type RestoreSummary } from './dump/restore.js';
export { checkNamespace, staleMarkers, type StoreImage, type Violation, type ViolationKind } from './check/namespace-check.js';
export { readGroupImages, readStoreImage } from './check/read-store.js';
