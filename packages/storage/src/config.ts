// Configuration schema of hivefs-storage and the derived values (ports) the daemon uses.
import { ConfigError, commonConfigSchema, type CommonConfig, type ConfigSchema } from '@hivefs/common';

/** Every key hivefs-storage accepts: the common keys plus the storage ones. */
export const storageConfigSchema: ConfigSchema = {
  ...commonConfigSchema,
  storeStorageDirectory: {
    type: 'list',
    default: [],
    description: 'Comma-separated list of storage target directories served by this daemon (required).',
  },
  connStoragePort: {
    type: 'int',
    default: 8003,
    min: 0,
    max: 65535,
    description: 'TCP port of the storage daemon (before connPortShift is added; 0 picks a free port).',
  },
  connListenHost: {
    type: 'string',
    default: '0.0.0.0',
    description: 'Address to listen on (0.0.0.0: all interfaces).',
  },
  sysNodeAlias: {
    type: 'string',
    default: '',
    description: 'Alias of this node; empty means <hostname>-storage-<nodeId>.',
  },
  tuneNumOpenChunkFiles: {
    type: 'int',
    default: 8192,
    min: 1,
    max: 1_000_000,
    description: 'Number of chunk file descriptors kept open (LRU cache).',
  },
  tuneCachedReadMaxKiB: {
    type: 'int',
    default: 128,
    min: 0,
    max: 65_536,
    description: 'Reads of at most this many KiB first take what the page cache holds on the daemon\'s event loop (preadv2 with RWF_NOWAIT: a memory copy, no thread-pool round trip); only data not cached is read in the thread pool. 0: every read goes through the thread pool.',
  },
  tuneEarlyWritebackKiB: {
    type: 'int',
    default: 8192,
    min: 0,
    max: 4_194_304,
    description: 'Once this many KiB have been written to a chunk file since the last time, the daemon asks the kernel to start writing them to disk (sync_file_range), so that a later fsync waits only for the rest; durability is unchanged. 0: the kernel writes dirty data back on its own schedule.',
  },
  tuneMirrorForwardTimeoutMs: {
    type: 'int',
    default: 2000,
    min: 100,
    max: 600_000,
    description: 'Buddy mirroring: how long a primary waits for its secondary to confirm a forwarded write, truncate, unlink or fsync before it goes on alone and marks the secondary needs-resync.',
  },
};

/** The typed configuration of hivefs-storage. */
export interface StorageConfig extends CommonConfig {
  storeStorageDirectory: string[];
  connStoragePort: number;
  connListenHost: string;
  sysNodeAlias: string;
  tuneNumOpenChunkFiles: number;
  tuneCachedReadMaxKiB: number;
  tuneEarlyWritebackKiB: number;
  tuneMirrorForwardTimeoutMs: number;
}

/** The port to listen on: connStoragePort + connPortShift, or 0 (free port) when the port key is 0. */
export function listenPort(cfg: StorageConfig): number {
  if (cfg.connStoragePort === 0) return 0;
  return checkPort(cfg.connStoragePort + cfg.connPortShift, 'connStoragePort');
}

/** The management daemon's port: connMgmtdPort + connPortShift. */
export function mgmtdPort(cfg: StorageConfig): number {
  return checkPort(cfg.connMgmtdPort + cfg.connPortShift, 'connMgmtdPort');
}

function checkPort(port: number, key: string): number {
  if (port > 65535) throw new ConfigError(`${key} + connPortShift = ${port} is beyond 65535`, { key });
  return port;
}

/** Throws a ConfigError when a required storage key is missing. */
export function checkStorageConfig(cfg: StorageConfig): void {
  if (cfg.storeStorageDirectory.length === 0) {
    throw new ConfigError('storeStorageDirectory is not set: name at least one storage target directory', { key: 'storeStorageDirectory' });
  }
}
