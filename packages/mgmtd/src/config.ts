// The mgmtd config schema (common keys plus mgmtd's own) and the checks that span several keys.
import { commonConfigSchema, type CommonConfig, type ConfigSchema } from '@hivefs/common';

/** Default config file of hivefs-mgmtd. */
export const DEFAULT_CONF_FILE = '/etc/hivefs/hivefs-mgmtd.conf';

const GIB = 1024 ** 3;

/** Every key hivefs-mgmtd accepts. */
export const mgmtdConfigSchema: ConfigSchema = {
  ...commonConfigSchema,
  storeMgmtdDirectory: { type: 'path', default: '', description: 'Data directory of the management daemon (holds format.conf and the LevelDB store). Required.' },
  connListenHost: { type: 'string', default: '0.0.0.0', description: 'Address to listen on (0.0.0.0: every interface).' },
  sysNodeAlias: { type: 'string', default: '', description: 'Name of this daemon in logs (unused by mgmtd otherwise).' },
  sysAllowNewServers: { type: 'bool', default: true, description: 'Accept meta and storage servers that were never registered before.' },
  sysAllowNewTargets: { type: 'bool', default: true, description: 'Accept storage targets that were never registered before.' },
  sysTargetProbablyOfflineSecs: { type: 'number', default: 3, min: 0.05, description: 'Seconds without a heartbeat after which a node or target is Probably-offline.' },
  sysTargetOfflineTimeoutSecs: { type: 'number', default: 6, min: 0.1, description: 'Seconds without a heartbeat after which a node or target is Offline (must exceed sysTargetProbablyOfflineSecs).' },
  sysPrimaryLeaseSecs: { type: 'number', default: 4, min: 0.1, description: 'Seconds a buddy group primary may act as primary after it sent a heartbeat that mgmtd answered; mgmtd promotes its secondary only once that lease surely ran out (must be less than sysTargetOfflineTimeoutSecs).' },
  sysClientTimeoutSecs: { type: 'number', default: 60, min: 0.1, description: 'Clients not heard from for this many seconds are dropped.' },
  tuneStorageSpaceLowLimit: { type: 'size', default: 10 * GIB, min: 0, description: 'A storage target with less free space is in the low capacity pool.' },
  tuneStorageSpaceEmergencyLimit: { type: 'size', default: GIB, min: 0, description: 'A storage target with less free space is in the emergency capacity pool.' },
  tuneStorageInodesLowLimit: { type: 'int', default: 10_000_000, min: 0, description: 'A storage target with fewer free inodes is in the low capacity pool.' },
  tuneStorageInodesEmergencyLimit: { type: 'int', default: 1_000_000, min: 0, description: 'A storage target with fewer free inodes is in the emergency capacity pool.' },
  tuneMetaSpaceLowLimit: { type: 'size', default: 5 * GIB, min: 0, description: 'A meta node with less free space is in the low capacity pool.' },
  tuneMetaSpaceEmergencyLimit: { type: 'size', default: GIB, min: 0, description: 'A meta node with less free space is in the emergency capacity pool.' },
  tuneMetaInodesLowLimit: { type: 'int', default: 10_000_000, min: 0, description: 'A meta node with fewer free inodes is in the low capacity pool.' },
  tuneMetaInodesEmergencyLimit: { type: 'int', default: 1_000_000, min: 0, description: 'A meta node with fewer free inodes is in the emergency capacity pool.' },
};

/** The typed result of loading {@link mgmtdConfigSchema}. */
export interface MgmtdConfig extends CommonConfig {
  storeMgmtdDirectory: string;
  connListenHost: string;
  sysNodeAlias: string;
  sysAllowNewServers: boolean;
  sysAllowNewTargets: boolean;
  sysTargetProbablyOfflineSecs: number;
  sysTargetOfflineTimeoutSecs: number;
  sysPrimaryLeaseSecs: number;
  sysClientTimeoutSecs: number;
  tuneStorageSpaceLowLimit: number;
  tuneStorageSpaceEmergencyLimit: number;
  tuneStorageInodesLowLimit: number;
  tuneStorageInodesEmergencyLimit: number;
  tuneMetaSpaceLowLimit: number;
  tuneMetaSpaceEmergencyLimit: number;
  tuneMetaInodesLowLimit: number;
  tuneMetaInodesEmergencyLimit: number;
}

/** Every key at its default (storeMgmtdDirectory still empty); handy for tests. */
export function defaultMgmtdConfig(overrides: Partial<MgmtdConfig> = {}): MgmtdConfig {
  const out: Record<string, unknown> = {};
  for (const [k, spec] of Object.entries(mgmtdConfigSchema)) out[k] = spec.default;
  return { ...(out as unknown as MgmtdConfig), ...overrides };
}
