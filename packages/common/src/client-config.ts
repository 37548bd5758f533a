// The client configuration schema (hivefs-client.conf), shared by the client and hivefs-ctl.
import { commonConfigSchema, type CommonConfig } from './config-common.js';
import type { ConfigSchema } from './config-schema.js';

/** Every key the client accepts (hivefs-client.conf and --key=value flags). */
export const clientConfigSchema: ConfigSchema = {
  ...commonConfigSchema,
  sysFailureMode: {
    type: 'enum',
    default: 'failover',
    values: ['failover', 'failout'],
    description: 'failover: an operation on a storage target or meta node that does not answer waits and retries (100 ms doubling to 2 s apart) until it answers again; unmounting still never hangs.\nfailout: it fails with EIO instead: at once when the server refuses connections or mgmtd reports it not Online, at the latest after connFailoutTimeoutMs.',
  },
  connFailoutTimeoutMs: {
    type: 'int',
    default: 3000,
    min: 100,
    max: 600_000,
    description: 'In failout mode, how long a request to a storage target or meta node may take before it fails with EIO, in milliseconds (instead of connRequestTimeoutMs).',
  },
  sysInterruptGraceMs: {
    type: 'int',
    default: 500,
    min: 0,
    max: 600_000,
    description: 'How long an operation runs before a signal to the process that made it (the kernel\'s FUSE interrupt) may end it with EINTR, in milliseconds; an operation answered sooner is answered as if no signal came. 0: at once, so a call the servers carried out can fail with EINTR, and the caller\'s retry then sees its effect (EEXIST after a create, ENOENT after an unlink).',
  },
  tuneEntryCacheSecs: {
    type: 'number',
    default: 1,
    min: 0,
    description: 'Seconds a looked-up name is trusted without asking meta again (0: no entry cache).',
  },
  tuneAttrCacheSecs: {
    type: 'number',
    default: 1,
    min: 0,
    description: 'Seconds attributes are trusted without asking meta again (0: no attribute cache).',
  },
  tuneStatAheadEntries: {
    type: 'int',
    default: 256,
    min: 0,
    max: 4096,
    description: 'Entries fetched with their attributes in one request when the names of a directory are looked up one after another (ls -l, find); 0: off.',
  },
  tuneWriteBehindBytes: {
    type: 'size',
    default: 16 * 1024 * 1024,
    min: 0,
    description: 'Most dirty bytes per open file before write() waits for the storage servers (0: write-through).',
  },
  tuneReadAheadSize: {
    type: 'size',
    default: 16 * 1024 * 1024,
    min: 0,
    description: 'Bytes prefetched ahead of a sequential reader, in whole blocks from all targets in parallel (0: off); all readers of a mount together hold at most 4 times this.',
  },
  tuneReadAheadRunChunks: {
    type: 'int',
    default: 2,
    min: 1,
    max: 8,
    description: 'Chunks of one target that read-ahead asks for in one request when it prefetches whole chunks (they follow each other in the target\'s chunk file); fewer, larger requests cost the client and the storage servers less CPU per byte. 1: one chunk per request.',
  },
  tuneOpenReadBytes: {
    type: 'size',
    default: 64 * 1024,
    min: 0,
    max: 1024 * 1024,
    description: 'A read-only open of a file this small (by its cached size) also reads the file from storage, in parallel with the open in meta, so the first read needs no round trip (0: off; needs tuneReadAheadSize).',
  },
  sysFuseEngine: {
    type: 'enum',
    default: 'lowlevel',
    values: ['native', 'lowlevel'],
    description: 'How the mount talks to the kernel. lowlevel (the default): HiveFS\'s own binding on libfuse3\'s low-level API, served on the event loop (1 MiB requests, readdirplus, inode numbers, INTERRUPT, kernel cache invalidation). native: the fallback, fuse-native over libfuse 2.9 (path API, 128 KiB requests). hivefs-client --engine sets it too.',
  },
  tuneFuseWritebackCache: {
    type: 'bool',
    default: false,
    description: 'sysFuseEngine=lowlevel only: the kernel\'s writeback cache. Writes stay in this mount\'s page cache and reach the storage servers in large pieces at fsync, at close, or when the kernel writes dirty pages back; other clients see them only after that. While this mount holds a file\'s inode it trusts its own size and mtime of the file, so growth made by other clients shows here only after the kernel forgot the inode (README: "Writeback cache").',
  },
  sysClientAlias: {
    type: 'string',
    default: '',
    description: 'Alias this client registers with mgmtd; empty means <hostname>-<pid>.',
  },
};

/** Typed values of {@link clientConfigSchema}. */
export interface ClientConfig extends CommonConfig {
  sysFailureMode: 'failover' | 'failout';
  connFailoutTimeoutMs: number;
  sysInterruptGraceMs: number;
  tuneEntryCacheSecs: number;
  tuneAttrCacheSecs: number;
  tuneStatAheadEntries: number;
  tuneWriteBehindBytes: number;
  tuneReadAheadSize: number;
  tuneReadAheadRunChunks: number;
  tuneOpenReadBytes: number;
  sysFuseEngine: 'native' | 'lowlevel';
  tuneFuseWritebackCache: boolean;
  sysClientAlias: string;
}
