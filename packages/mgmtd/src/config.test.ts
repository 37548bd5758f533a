// mgmtd config: defaults, sizes, cross-key checks.
import { readFile } from 'node:fs/promises';
import { ConfigError, describeConfig, loadConfig, parseConfigText } from '@hivefs/common';
import { describe, expect, it } from 'vitest';
import { listenPort, stateLimitsOf, validateMgmtdConfig } from './config-checks.js';
import { defaultMgmtdConfig, mgmtdConfigSchema, type MgmtdConfig } from './config.js';

const G = 1024 ** 3;

function thrown(fn: () => void): ConfigError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('mgmtd config', () => {
  it('has the documented defaults', () => {
    const { config } = loadConfig<MgmtdConfig>({ schema: mgmtdConfigSchema, argv: ['--storeMgmtdDirectory=/d'] });
    expect(config).toMatchObject({
      connMgmtdPort: 8008, connListenHost: '0.0.0.0', sysAllowNewServers: true, sysAllowNewTargets: true,
      sysTargetProbablyOfflineSecs: 3, sysTargetOfflineTimeoutSecs: 6, sysPrimaryLeaseSecs: 4, sysClientTimeoutSecs: 60,
      tuneStorageSpaceLowLimit: 10 * G, tuneStorageSpaceEmergencyLimit: G, tuneStorageInodesLowLimit: 10_000_000,
      tuneStorageInodesEmergencyLimit: 1_000_000, tuneMetaSpaceLowLimit: 5 * G, tuneMetaSpaceEmergencyLimit: G,
      tuneMetaInodesLowLimit: 10_000_000, tuneMetaInodesEmergencyLimit: 1_000_000,
    });
    expect(() => validateMgmtdConfig(config)).not.toThrow();
  });

  it('parses sizes and converts the limits for the state machine', () => {
    const cfg = parseConfigText('storeMgmtdDirectory = /d\ntuneStorageSpaceLowLimit = 20G\nsysTargetProbablyOfflineSecs = 1.5\n', mgmtdConfigSchema, 'x.conf') as unknown as MgmtdConfig;
    expect(stateLimitsOf(cfg)).toMatchObject({ probablyOfflineMs: 1500, offlineMs: 6000, leaseMs: 4000, storage: { spaceLow: 20 * G, spaceEmergency: G } });
  });

  it('requires storeMgmtdDirectory and names key and file', () => {
    const err = thrown(() => validateMgmtdConfig(defaultMgmtdConfig(), '/etc/x.conf'));
    expect(err.key).toBe('storeMgmtdDirectory');
    expect(err.message).toContain('/etc/x.conf');
  });

  it('requires the offline timeout to exceed the probably-offline time', () => {
    const err = thrown(() => validateMgmtdConfig(defaultMgmtdConfig({ storeMgmtdDirectory: '/d', sysTargetOfflineTimeoutSecs: 3 })));
    expect(err.key).toBe('sysTargetOfflineTimeoutSecs');
    expect(err.message).toMatch(/must be greater than sysTargetProbablyOfflineSecs/);
  });

  it('requires the primary lease to be shorter than the offline timeout', () => {
    const err = thrown(() => validateMgmtdConfig(defaultMgmtdConfig({ storeMgmtdDirectory: '/d', sysPrimaryLeaseSecs: 6 }), '/etc/x.conf'));
    expect(err.key).toBe('sysPrimaryLeaseSecs');
    expect(err.message).toBe("config key 'sysPrimaryLeaseSecs' (6) must be less than sysTargetOfflineTimeoutSecs (6): a primary must lose its lease before its buddy may take over (config file /etc/x.conf)");
    expect(() => validateMgmtdConfig(defaultMgmtdConfig({ storeMgmtdDirectory: '/d', sysPrimaryLeaseSecs: 5.9 }))).not.toThrow();
  });

  it('refuses a low limit below its emergency limit and a shifted port past 65535', () => {
    expect(thrown(() => validateMgmtdConfig(defaultMgmtdConfig({ storeMgmtdDirectory: '/d', tuneMetaSpaceLowLimit: 1 }))).key).toBe('tuneMetaSpaceLowLimit');
    expect(thrown(() => validateMgmtdConfig(defaultMgmtdConfig({ storeMgmtdDirectory: '/d', connPortShift: 60000 }))).key).toBe('connPortShift');
  });

  it('listens on port + shift, and on a free port for port 0', () => {
    expect(listenPort(defaultMgmtdConfig({ connPortShift: 100 }))).toBe(8108);
    expect(listenPort(defaultMgmtdConfig({ connMgmtdPort: 0, connPortShift: 100 }))).toBe(0);
  });

  it('ships a sample config file that lists every key with its default', async () => {
    const sample = await readFile(new URL('../hivefs-mgmtd.conf.sample', import.meta.url), 'utf8');
    expect(sample).toBe(describeConfig(mgmtdConfigSchema));
  });
});
