// Public API of @hivefs/storage: start a storage daemon in-process, its config, store and setup.
export { startStorage, type StorageDeps, type StorageService } from './app.js';
export { storageConfigSchema, type StorageConfig } from './config.js';
export { ChunkStore, MAX_CHUNK_FILE_BYTES, type ChunkRef, type ChunkStoreInit, type ChunkUnlinkResult } from './chunk-store.js';
export { TargetSet, makeTarget, targetSpace, type Target } from './targets.js';
export { formatTargetDir, readTargetFormat, type TargetFormat } from './target-format.js';
export { setupStorage, type SetupOptions } from './setup.js';
export { chunkPath } from './chunk-path.js';
export { Mirror, type MirrorInit, type PrimaryOp } from './mirror/mirror.js';
export { DirtySet } from './mirror/dirty-set.js';
export { dirtySetPath, groupStatePath, MIRROR_DIR } from './mirror/files.js';
