// @hivefs/client-fuse: the client core (VFS) that the FUSE adapter and tests drive.
export { Vfs, type VfsInit } from './vfs.js';
export { VfsError, toVfsError, errnoName, errnoOf } from './errors.js';
export { clientConfigSchema, loadClientConfig, defaultClientConfig, mgmtdAddressOf, DEFAULT_CLIENT_CONF, type ClientConfig } from './config.js';
export type { Cred, Timespec, VfsStat, SetAttrChanges, VfsDirEntry, VfsStatFs } from './types.js';
export { ACCESS, type PatternSpec, type EntryInfo } from './attrs.js';
export { O, XATTR, canRead, canWrite } from './flags.js';
export { S_IFMT, S_IFDIR, S_IFREG, S_IFLNK } from './stat.js';
export { type FailureMode } from './retry.js';
