// hivefs-client's command line: one mount from flags, or every line of the mounts file; client config keys override conf files.
import { resolve } from 'node:path';
import { ConfigError, describeConfig, loadConfig, parseHostPort, type HostPort } from '@hivefs/common';
import { DEFAULT_CLIENT_CONF, clientConfigSchema, mgmtdAddressOf, type ClientConfig } from '../config.js';
import { DEFAULT_MOUNTS_FILE, readMountsConf } from './mounts-conf.js';

/** One file system to mount. */
export interface MountSpec {
  /** Absolute mount point. */
  mountpoint: string;
  /** The client config file read; null when none was (--mgmtd without --cfgFile). */
  cfgFile: string | null;
  config: ClientConfig;
  /** mgmtd to connect to (port shift applied). */
  mgmtd: HostPort;
}

/** What the command line asks for. */
export type ClientArgs = { help: true; usage: string } | { help: false; mounts: MountSpec[] };

/** Flags of hivefs-client itself (everything else must be a client config key or --cfgFile). */
const OWN_FLAGS = ['mount', 'mgmtd', 'authFile', 'mode', 'engine', 'mountsFile'] as const;
type OwnFlag = (typeof OWN_FLAGS)[number];

const USAGE = `usage: hivefs-client --mount=DIR (--cfgFile=FILE | --mgmtd=HOST:PORT [--authFile=PATH]) [--mode=failover|failout] [--engine=native|lowlevel] [--<key>=<value> ...]
       hivefs-client [--mountsFile=PATH] [--mode=failover|failout] [--engine=native|lowlevel] [--<key>=<value> ...]

Mounts HiveFS and serves it in the foreground until SIGTERM/SIGINT, which unmount.
Without --mount, every '<mountpoint> <client-conf>' line of the mounts file (default ${DEFAULT_MOUNTS_FILE}) is mounted.
--mode overrides sysFailureMode, --engine sysFuseEngine; other --<key>=<value> flags override the client config of every mount.
Without --cfgFile and --mgmtd, --mount reads ${DEFAULT_CLIENT_CONF} when it exists.

Client config keys:
`;

/** Parses hivefs-client's arguments (without node and script). Throws ConfigError naming the problem. */
export async function parseClientArgs(argv: string[], mountsFileDefault = DEFAULT_MOUNTS_FILE): Promise<ClientArgs> {
  if (argv.includes('--help') || argv.includes('-h')) return { help: true, usage: USAGE + describeConfig(clientConfigSchema) };
  const { own, rest } = splitOwnFlags(argv);
  const overrides = [...rest];
  if (own.mode !== undefined) overrides.push(`--sysFailureMode=${own.mode}`);
  if (own.engine !== undefined) overrides.push(`--sysFuseEngine=${own.engine}`);
  if (own.authFile !== undefined) overrides.push(`--connAuthFile=${own.authFile}`);
  if (own.mount !== undefined) return { help: false, mounts: [oneMount(own.mount, own.mgmtd, overrides)] };
  for (const f of ['mgmtd', 'authFile'] as const) if (own[f] !== undefined) throw new ConfigError(`--${f} needs --mount (the mounts file names each mount's config)`);
  if (rest.some((a) => a === '--cfgFile' || a.startsWith('--cfgFile='))) throw new ConfigError('--cfgFile needs --mount (the mounts file names each mount\'s config)');
  const entries = await readMountsConf(own.mountsFile ?? mountsFileDefault);
  return { help: false, mounts: entries.map((e) => load(e.mountpoint, [`--cfgFile=${e.cfgFile}`, ...overrides], undefined, undefined)) };
}

function oneMount(dir: string, mgmtd: string | undefined, argv: string[]): MountSpec {
  if (dir === '') throw new ConfigError('--mount needs a directory');
  return load(resolve(dir), argv, mgmtd === undefined ? DEFAULT_CLIENT_CONF : undefined, mgmtd);
}

function load(mountpoint: string, argv: string[], defaultFile: string | undefined, mgmtd: string | undefined): MountSpec {
  const loaded = loadConfig<ClientConfig>({ schema: clientConfigSchema, argv, ...(defaultFile ? { defaultFile } : {}) });
  const extra = loaded.rest[0];
  if (extra !== undefined) {
    const name = extra.replace(/^-+/, '').split('=')[0];
    throw new ConfigError(`unknown option '${extra}': '${name}' is not a flag or client config key of hivefs-client (hivefs-client --help lists them)`);
  }
  const config = loaded.config;
  let addr = mgmtdAddressOf(config);
  if (mgmtd !== undefined) {
    try {
      addr = parseHostPort(mgmtd, addr.port);
    } catch (e) {
      throw new ConfigError(`bad --mgmtd: ${(e as Error).message}`, { key: 'mgmtd' });
    }
  }
  return { mountpoint, cfgFile: loaded.file ?? null, config, mgmtd: addr };
}

/** Takes hivefs-client's own flags (`--name=value` or `--name value`) out of argv. */
function splitOwnFlags(argv: string[]): { own: Partial<Record<OwnFlag, string>>; rest: string[] } {
  const own: Partial<Record<OwnFlag, string>> = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const m = /^--([A-Za-z]+)(?:=(.*))?$/s.exec(arg);
    const name = m?.[1] as OwnFlag | undefined;
    if (!m || !name || !(OWN_FLAGS as readonly string[]).includes(name)) {
      rest.push(arg);
      continue;
    }
    let value = m[2];
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new ConfigError(`missing value for --${name}`, { key: name });
      value = next;
      i++;
    }
    own[name] = value;
  }
  if (own.mode !== undefined && own.mode !== 'failover' && own.mode !== 'failout') {
    throw new ConfigError(`bad value '${own.mode}' for --mode: expected failover or failout`, { key: 'mode' });
  }
  if (own.engine !== undefined && own.engine !== 'native' && own.engine !== 'lowlevel') {
    throw new ConfigError(`bad value '${own.engine}' for --engine: expected native or lowlevel`, { key: 'engine' });
  }
  return { own, rest };
}
