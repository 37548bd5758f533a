// Paths under HiveFS mounts: the mount table, the client's mount registry, and locating a path.
export * from './mount-table.js';
export * from './registry.js';
export * from './local-path.js';
export * from './locate.js';
export * from './placement.js';
export * from './only-mount.js';
