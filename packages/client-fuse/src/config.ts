// Loading the client configuration (schema in @hivefs/common: common keys, failure mode, caches, I/O tuning).
import { clientConfigSchema, loadConfig, type ClientConfig, type LoadedConfig } from '@hivefs/common';

export { clientConfigSchema, type ClientConfig };

/** Default client config file. */
export const DEFAULT_CLIENT_CONF = '/etc/hivefs/hivefs-client.conf';

/**
 * Loads the client config: defaults < `--cfgFile` (or `defaultFile` when it exists) < flags.
 * Throws ConfigError naming the key and file on an unknown key or a bad value.
 */
export function loadClientConfig(argv: string[], defaultFile: string = DEFAULT_CLIENT_CONF): LoadedConfig<ClientConfig> {
  return loadConfig<ClientConfig>({ schema: clientConfigSchema, argv, defaultFile });
}

/** Every key at its default. */
export function defaultClientConfig(): ClientConfig {
  return loadConfig<ClientConfig>({ schema: clientConfigSchema, argv: [] }).config;
}

/** The mgmtd address a config names (port shift applied). */
export function mgmtdAddressOf(cfg: ClientConfig): { host: string; port: number } {
  return { host: cfg.sysMgmtdHost, port: cfg.connMgmtdPort + cfg.connPortShift };
}
