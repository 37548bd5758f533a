// Local cluster launcher shared by `hivefs-local` and the cluster tests.
export * from './cluster.js';
// The conf-file helpers moved to @hivefs/common; re-exported so the package's API stays the same.
export { readConfKeys, setConfKeys } from '@hivefs/common';
export * from './layout.js';
export * from './processes.js';
export * from './client.js';
export * from './mirror.js';
