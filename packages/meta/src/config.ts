// Configuration schema of hivefs-meta and the values derived from it (ports, default pattern).
import { ConfigError, commonConfigSchema, type CommonConfig, type ConfigSchema } from '@hivefs/common';
import { DEFAULT_CHUNK_SIZE, DEFAULT_NUM_TARGETS, hivefs, isValidChunkSize } from '@hivefs/protocol';
import type { DirOwnerMode } from './layout/dir-owner.js';
import type { ChooserMode } from './layout/stripe-chooser.js';
import type { Pattern } from './store/types.js';

/** Default config file of the daemon. */
export const DEFAULT_META_CONF = '/etc/hivefs/hivefs-meta.conf';

/** Every key hivefs-meta accepts: the common keys plus the meta ones. */
export const metaConfigSchema: ConfigSchema = {
  ...commonConfigSchema,
  storeMetaDirectory: { type: 'path', default: '', description: 'Directory of the metadata store (format.conf and the LevelDB in db/). Required.' },
  connMetaPort: { type: 'int', default: 8005, min: 0, max: 65535, description: 'TCP port of the metadata daemon (before connPortShift is added; 0 picks a free port).' },
  connListenHost: { type: 'string', default: '0.0.0.0', description: 'Address to listen on (0.0.0.0: all interfaces).' },
  sysNodeAlias: { type: 'string', default: '', description: 'Alias of this node; empty means <hostname>-meta-<nodeId>.' },
  tuneTargetChooser: { type: 'enum', default: 'randomized', values: ['randomized', 'roundrobin'], description: 'How storage targets of new files are chosen.' },
  tuneDefaultChunkSize: { type: 'size', default: DEFAULT_CHUNK_SIZE, min: 64 * 1024, description: 'Chunk size of the root directory pattern (power of two, at least 64k).' },
  tuneDefaultNumTargets: { type: 'int', default: DEFAULT_NUM_TARGETS, min: 1, max: 1024, description: 'Number of storage targets per file in the root directory pattern.' },
  tuneDirOwnerChooser: {
    type: 'enum',
    default: 'random',
    values: ['random', 'parent'],
    description: 'Which meta node owns a new directory: random (any Online meta node of the normal capacity pool, else of the low one, else the parent\'s owner) or parent (always the owner of the parent directory: everything stays on the root\'s owner).',
  },
  tuneMetaMinFreeSpace: {
    type: 'size',
    default: 64 << 20,
    min: 0,
    description: 'Space the file system of the metadata store keeps free: below it this node refuses requests that add entries (create, mkdir, mknod, symlink, link, setxattr) with ENOSPC, while unlink, rmdir, truncate, rename and close go on, so users can make room and LevelDB always has room to compact. 0 turns the reserve off.',
  },
  tuneMetaCacheEntries: { type: 'int', default: 200_000, min: 0, description: 'Inode, directory entry and attribute records kept in memory (least recently used go first); 0 disables the cache.' },
  tuneMetaSyncReads: {
    type: 'bool',
    default: true,
    description: 'Records not in that cache are read from LevelDB on the daemon\'s event loop instead of its thread pool: a name that does not exist (every create asks first) or a record LevelDB holds in memory costs microseconds instead of a hand-off to a pool thread and back. A read that misses the page cache holds the daemon for one disk read, so turn it off for a store on a spinning disk.',
  },
  sysSessionReclaimSecs: {
    type: 'number',
    default: 30,
    min: 1,
    description: 'Seconds a client may be missing from the cluster map (mgmtd drops clients after its sysClientTimeoutSecs without a heartbeat) before this meta node closes the files it left open (a file it was writing gets the size its chunk files imply); unlinked files it held open are then removed with their chunks. Checked every sysSessionReclaimSecs/2 s (0.25 to 5 s); never without a fresh map from mgmtd.',
  },
  sysRequestLedgerSecs: {
    type: 'number',
    default: 86400,
    min: 1,
    description: 'Seconds a stored reply of a client request (exactly once: a resent request gets it instead of running twice) is kept at most. Replies go sooner when the client says it has them (done_below) or is reclaimed (sysSessionReclaimSecs); this span only bounds the replies of clients that vanished unseen. Keep it above the longest time a client may retry a request.',
  },
  tuneMetaJournalKeepSecs: {
    type: 'number',
    default: 600,
    min: 0,
    description: 'Meta buddy mirroring: seconds of journal entries the secondary acknowledged that each member keeps, so that a secondary back from a short absence catches up from the journal instead of a full resync (bounded by tuneMetaJournalKeepSize).',
  },
  tuneMetaJournalKeepSize: { type: 'size', default: 64 << 20, min: 0, description: 'Meta buddy mirroring: most bytes of acknowledged journal entries kept per group (see tuneMetaJournalKeepSecs).' },
  tuneMetaJournalHardCap: {
    type: 'size',
    default: 1 << 30,
    min: 0,
    description: 'Meta buddy mirroring: most bytes of journal a group keeps while its secondary is away; past it the oldest entries go although the secondary never got them, and it then needs a full resync. At least tuneMetaJournalKeepSize.',
  },
};

/** The typed configuration of hivefs-meta. */
export interface MetaConfig extends CommonConfig {
  storeMetaDirectory: string;
  connMetaPort: number;
  connListenHost: string;
  sysNodeAlias: string;
  tuneTargetChooser: ChooserMode;
  tuneDefaultChunkSize: number;
  tuneDefaultNumTargets: number;
  tuneMetaCacheEntries: number;
  tuneMetaSyncReads: boolean;
  tuneMetaMinFreeSpace: number;
  tuneDirOwnerChooser: DirOwnerMode;
  sysSessionReclaimSecs: number;
  sysRequestLedgerSecs: number;
  tuneMetaJournalKeepSecs: number;
  tuneMetaJournalKeepSize: number;
  tuneMetaJournalHardCap: number;
}

/** Throws a ConfigError when a required key is missing or a value is unusable. */
export function checkMetaConfig(cfg: MetaConfig): void {
  if (!cfg.storeMetaDirectory) throw new ConfigError('storeMetaDirectory is not set: name the directory of the metadata store', { key: 'storeMetaDirectory' });
  if (!isValidChunkSize(cfg.tuneDefaultChunkSize)) {
    throw new ConfigError(`tuneDefaultChunkSize ${cfg.tuneDefaultChunkSize} is not a power of two between 64k and 1G`, { key: 'tuneDefaultChunkSize' });
  }
  if (cfg.tuneMetaJournalHardCap < cfg.tuneMetaJournalKeepSize) {
    throw new ConfigError(`tuneMetaJournalHardCap ${cfg.tuneMetaJournalHardCap} is below tuneMetaJournalKeepSize ${cfg.tuneMetaJournalKeepSize}`, { key: 'tuneMetaJournalHardCap' });
  }
}

function checkPort(port: number, key: string): number {
  if (port > 65535) throw new ConfigError(`${key} + connPortShift = ${port} is beyond 65535`, { key });
  return port;
}

/** The port to listen on: connMetaPort + connPortShift, or 0 (free port) when the port key is 0. */
export function listenPort(cfg: MetaConfig): number {
  return cfg.connMetaPort === 0 ? 0 : checkPort(cfg.connMetaPort + cfg.connPortShift, 'connMetaPort');
}

/** The management daemon's port: connMgmtdPort + connPortShift. */
export function mgmtdPort(cfg: MetaConfig): number {
  return checkPort(cfg.connMgmtdPort + cfg.connPortShift, 'connMgmtdPort');
}

/** The pattern the root directory is created with. */
export function rootPattern(cfg: MetaConfig): Pattern {
  return { type: hivefs.PatternType.RAID0, chunkSize: cfg.tuneDefaultChunkSize, numTargets: cfg.tuneDefaultNumTargets, ids: [], storagePoolId: 1 };
}
