// Config checks that span several keys, and the values derived from the config.
import { ConfigError } from '@hivefs/common';
import type { MgmtdConfig } from './config.js';
import type { CapacityLimits, StateLimits } from './state/limits.js';

/**
 * Checks that span keys or that the schema cannot express; throws a ConfigError naming the key
 * (and the config file, when there is one).
 */
export function validateMgmtdConfig(cfg: MgmtdConfig, file?: string): void {
  const where = file ? ` (config file ${file})` : '';
  const bad = (key: string, why: string): never => {
    throw new ConfigError(`config key '${key}' ${why}${where}`, { key, ...(file ? { file } : {}) });
  };
  if (!cfg.storeMgmtdDirectory.trim()) bad('storeMgmtdDirectory', 'is not set: mgmtd needs a data directory');
  if (cfg.sysTargetOfflineTimeoutSecs <= cfg.sysTargetProbablyOfflineSecs) {
    bad('sysTargetOfflineTimeoutSecs', `(${cfg.sysTargetOfflineTimeoutSecs}) must be greater than sysTargetProbablyOfflineSecs (${cfg.sysTargetProbablyOfflineSecs})`);
  }
  if (cfg.sysPrimaryLeaseSecs >= cfg.sysTargetOfflineTimeoutSecs) {
    bad('sysPrimaryLeaseSecs', `(${cfg.sysPrimaryLeaseSecs}) must be less than sysTargetOfflineTimeoutSecs (${cfg.sysTargetOfflineTimeoutSecs}): a primary must lose its lease before its buddy may take over`);
  }
  const pairs: [string, string][] = [
    ['tuneStorageSpaceLowLimit', 'tuneStorageSpaceEmergencyLimit'],
    ['tuneStorageInodesLowLimit', 'tuneStorageInodesEmergencyLimit'],
    ['tuneMetaSpaceLowLimit', 'tuneMetaSpaceEmergencyLimit'],
    ['tuneMetaInodesLowLimit', 'tuneMetaInodesEmergencyLimit'],
  ];
  const values = cfg as unknown as Record<string, number>;
  for (const [low, emergency] of pairs) {
    if (values[low]! < values[emergency]!) bad(low, `(${values[low]}) must not be below ${emergency} (${values[emergency]})`);
  }
  if (cfg.connMgmtdPort !== 0 && cfg.connMgmtdPort + cfg.connPortShift > 65535) {
    bad('connPortShift', `moves the port beyond 65535 (connMgmtdPort ${cfg.connMgmtdPort} + ${cfg.connPortShift})`);
  }
}

/** The TCP port to listen on: connMgmtdPort + connPortShift; connMgmtdPort 0 picks a free port. */
export function listenPort(cfg: MgmtdConfig): number {
  return cfg.connMgmtdPort === 0 ? 0 : cfg.connMgmtdPort + cfg.connPortShift;
}

function capacityLimits(c: MgmtdConfig, kind: 'Storage' | 'Meta'): CapacityLimits {
  const v = c as unknown as Record<string, number>;
  return {
    spaceLow: v[`tune${kind}SpaceLowLimit`]!,
    spaceEmergency: v[`tune${kind}SpaceEmergencyLimit`]!,
    inodesLow: v[`tune${kind}InodesLowLimit`]!,
    inodesEmergency: v[`tune${kind}InodesEmergencyLimit`]!,
  };
}

/** Timeouts and capacity thresholds of the state machine, in milliseconds and bytes. */
export function stateLimitsOf(cfg: MgmtdConfig): StateLimits {
  return {
    probablyOfflineMs: cfg.sysTargetProbablyOfflineSecs * 1000,
    offlineMs: cfg.sysTargetOfflineTimeoutSecs * 1000,
    clientTimeoutMs: cfg.sysClientTimeoutSecs * 1000,
    leaseMs: Math.round(cfg.sysPrimaryLeaseSecs * 1000),
    storage: capacityLimits(cfg, 'Storage'),
    meta: capacityLimits(cfg, 'Meta'),
  };
}
