// Local cluster launcher shared by `hivefs-local` and the cluster tests.
export * from './cluster.js';
export * from './conf-file.js';
export * from './layout.js';
export * from './processes.js';
