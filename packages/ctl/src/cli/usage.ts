// The overview printed for --help or when no mode is given: every mode and the exit codes.
import { MODES } from './modes.js';

/** The list of modes, connection options and exit codes. */
export function overview(): string {
  const width = Math.max(...MODES.map((m) => m.name.length)) + 4;
  return [
    'hivefs-ctl: HiveFS administration in beegfs-ctl style.',
    '',
    'Usage: hivefs-ctl --<mode> [mode options] [--cfgFile=PATH | --mgmtd=HOST:PORT [--authFile=PATH]] [--json]',
    '',
    'Modes:',
    ...MODES.map((m) => `  ${`--${m.name}`.padEnd(width)}${m.summary}`),
    '',
    'Options of every mode:',
    '  --cfgFile=PATH      client config file (default: $HIVEFS_CLIENT_CONF, else /etc/hivefs/hivefs-client.conf;',
    '                      when that does not exist, the cluster of the only HiveFS mount)',
    '  --mgmtd=HOST:PORT   management daemon address (then --authFile=PATH gives the secret)',
    '  --json              machine-readable output',
    '',
    'Exit codes: 0 ok, 1 invalid arguments or config, 2 cannot initialise (mgmtd unreachable),',
    '3 operation failed, 4 invalid result; with --errorcodes: 5 a node is not reachable,',
    '6 a target is not online, 7 a target is not good.',
    '',
    'Run "hivefs-ctl --<mode> --help" for the options of a mode.',
    '',
  ].join('\n');
}
