// Config keys shared by every HiveFS service (management host, ports, auth, timeouts, logging).

import type { ConfigSchema } from './config-schema.js';

/**
 * Keys every service accepts. Services spread this into their own schema:
 * `const schema = { ...commonConfigSchema, storeMetaDirectory: {...} }`.
 */
export const commonConfigSchema: ConfigSchema = {
  sysMgmtdHost: {
    type: 'string',
    default: 'localhost',
    description: 'Hostname or IP address of the management daemon (hivefs-mgmtd).',
  },
  connMgmtdPort: {
    type: 'int',
    default: 8008,
    min: 0,
    max: 65535,
    description: 'TCP port of the management daemon (before connPortShift is added).',
  },
  connPortShift: {
    type: 'int',
    default: 0,
    min: 0,
    max: 65535,
    description: 'Added to every port, so that several instances can run on one host.',
  },
  connAuthFile: {
    type: 'path',
    default: '',
    description: 'File holding the shared secret that authenticates connections (at least 16 bytes).',
  },
  connDisableAuthentication: {
    type: 'bool',
    default: false,
    description: 'Run without a shared secret. Only for trusted, isolated networks.',
  },
  connRequestTimeoutMs: {
    type: 'int',
    default: 10000,
    min: 100,
    description: 'Default timeout of an outbound request, in milliseconds.',
  },
  connMaxFrameBytes: {
    type: 'size',
    default: 64 * 1024 * 1024,
    min: 1,
    description: 'Largest message frame accepted on a connection (size, e.g. 64M).',
  },
  sysHeartbeatIntervalSecs: {
    type: 'number',
    default: 1,
    min: 0.05,
    description: 'Seconds between heartbeats sent to the management daemon.',
  },
  logLevel: {
    type: 'enum',
    default: 'info',
    values: ['debug', 'info', 'warn', 'error'],
    description: 'Lowest level written to the log.',
  },
  logStdFile: {
    type: 'path',
    default: '',
    description: 'Log file (e.g. /var/log/hivefs-meta.log); empty means stdout.',
  },
};

/** Typed values of {@link commonConfigSchema}; each service's config interface extends it. */
export interface CommonConfig {
  sysMgmtdHost: string;
  connMgmtdPort: number;
  connPortShift: number;
  connAuthFile: string;
  connDisableAuthentication: boolean;
  connRequestTimeoutMs: number;
  connMaxFrameBytes: number;
  sysHeartbeatIntervalSecs: number;
  logLevel: string;
  logStdFile: string;
}
