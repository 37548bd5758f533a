// Builds the commander command of one mode: the connection options every mode has plus the mode's own.
import { Command } from 'commander';
import { parseMgmtdAddress } from './values.js';
import type { ModeSpec } from './modes.js';

/** Default client config file. */
export const DEFAULT_CLIENT_CONF = '/etc/hivefs/hivefs-client.conf';

/** A silent commander command for `mode` that throws instead of printing or exiting. */
export function modeCommand(mode: ModeSpec): Command {
  const cmd = new Command(`hivefs-ctl --${mode.name}`)
    .description(mode.summary)
    .exitOverride()
    .configureOutput({ writeOut: () => undefined, writeErr: () => undefined, outputError: () => undefined })
    .helpOption('-h, --help', 'print the options of this mode');
  mode.define(cmd);
  cmd
    .option('--cfgFile <path>', `client config file (default: $HIVEFS_CLIENT_CONF, else ${DEFAULT_CLIENT_CONF}; when that does not exist, the cluster of the only HiveFS mount)`)
    .option('--mgmtd <host:port>', 'management daemon address, instead of sysMgmtdHost/connMgmtdPort', parseMgmtdAddress)
    .option('--authFile <path>', 'shared secret file (with --mgmtd; default: connAuthFile of the config, else none)')
    .option('--json', 'print machine-readable JSON instead of tables');
  return cmd;
}

/** The usage text of a mode (commander's help). */
export function modeUsage(mode: ModeSpec): string {
  return modeCommand(mode).helpInformation();
}
