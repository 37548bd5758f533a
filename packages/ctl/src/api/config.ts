// Where mgmtd is and which secret to use: from the client config file and/or --mgmtd/--authFile.
import { ConfigError, clientConfigSchema, loadAuthSecret, loadConfig, type ClientConfig } from '@hivefs/common';
import { DEFAULT_CLIENT_CONF } from '../cli/command.js';
import { CtlError, ExitCode } from '../errors.js';
import type { ConnectionOptions } from '../cli/types.js';

/** Everything needed to talk to mgmtd. */
export interface ClusterAddress {
  host: string;
  port: number;
  secret: Buffer | null;
  timeoutMs: number;
  /** The config file that was read, if any. */
  cfgFile?: string;
}

/** The default client config file: $HIVEFS_CLIENT_CONF when set, else /etc/hivefs/hivefs-client.conf. */
export function defaultClientConf(env: NodeJS.ProcessEnv = process.env): string {
  return env['HIVEFS_CLIENT_CONF'] || DEFAULT_CLIENT_CONF;
}

/** The client config keys the ctl uses. */
type ClientKeys = Pick<ClientConfig, 'sysMgmtdHost' | 'connMgmtdPort' | 'connPortShift' | 'connAuthFile' | 'connDisableAuthentication' | 'connRequestTimeoutMs'>;

function readClientConfig(file: string): ClientKeys {
  return loadConfig<ClientKeys>({ schema: clientConfigSchema, argv: [`--cfgFile=${file}`] }).config;
}

/**
 * Resolves the cluster address. With --mgmtd and no --cfgFile no file is read and --authFile
 * (or nothing: no authentication) gives the secret; otherwise the config file (default
 * {@link defaultClientConf}) is read and --mgmtd/--authFile override it.
 * Throws CtlError(INVALID_ARGS) for a missing or bad config file or secret.
 */
export async function resolveClusterAddress(conn: ConnectionOptions, defaultFile = defaultClientConf()): Promise<ClusterAddress> {
  const file = conn.cfgFile ?? (conn.mgmtd ? undefined : defaultFile);
  try {
    const cfg = file ? readClientConfig(file) : undefined;
    const host = conn.mgmtd?.host ?? cfg?.sysMgmtdHost ?? 'localhost';
    const port = conn.mgmtd?.port ?? (cfg ? cfg.connMgmtdPort + cfg.connPortShift : 8008);
    const authFile = conn.authFile ?? cfg?.connAuthFile ?? '';
    const noAuth = conn.authFile === undefined && (cfg ? cfg.connDisableAuthentication : true);
    const secret = await loadAuthSecret({ connAuthFile: authFile, connDisableAuthentication: noAuth }, file);
    return { host, port, secret, timeoutMs: cfg?.connRequestTimeoutMs ?? 10_000, ...(file ? { cfgFile: file } : {}) };
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    const hint = conn.cfgFile === undefined && e.key === 'cfgFile' ? ' (give --cfgFile=PATH or --mgmtd=HOST:PORT)' : '';
    throw new CtlError(ExitCode.INVALID_ARGS, `invalid config: ${e.message}${hint}`);
  }
}
