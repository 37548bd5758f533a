// Command-line parsing: exactly one mode flag picks the mode; the other arguments are parsed as its options.
import { CommanderError } from 'commander';
import { MODES, type ModeSpec } from './modes.js';
import { modeCommand, modeUsage } from './command.js';
import { overview } from './usage.js';
import type { ConnectionOptions, ParseResult } from './types.js';

interface Detected {
  modes: ModeSpec[];
  /** The arguments without the mode flag; `--mode=value` leaves `value` as an argument. */
  rest: string[];
}

/** Finds the mode flags among the arguments (before a lone `--`). */
export function detectModes(argv: readonly string[]): Detected {
  const modes: ModeSpec[] = [];
  const rest: string[] = [];
  let ended = false;
  for (const arg of argv) {
    if (arg === '--') ended = true;
    const eq = arg.indexOf('=');
    const name = ended || !arg.startsWith('--') ? undefined : arg.slice(2, eq < 0 ? undefined : eq);
    const mode = name === undefined ? undefined : MODES.find((m) => m.name === name);
    if (!mode) {
      rest.push(arg);
      continue;
    }
    if (!modes.includes(mode)) modes.push(mode);
    if (eq >= 0) rest.push(arg.slice(eq + 1));
  }
  return { modes, rest };
}

const isHelp = (a: string): boolean => a === '--help' || a === '-h';

/**
 * Parses a hivefs-ctl command line (without node and script). Never prints or exits: the
 * result says what to run, what help to show, or what is wrong together with the usage to show.
 */
export function parseArgs(argv: readonly string[]): ParseResult {
  const { modes, rest } = detectModes(argv);
  if (modes.length === 0) {
    if (argv.some(isHelp)) return { kind: 'help', text: overview() };
    const unknown = argv.find((a) => a.startsWith('-'));
    const message = unknown ? `unknown mode or option '${unknown}'; give one mode flag` : 'no mode given; give one mode flag';
    return { kind: 'error', message, usage: overview() };
  }
  if (modes.length > 1) {
    return { kind: 'error', message: `only one mode may be given, got ${modes.map((m) => `--${m.name}`).join(' and ')}`, usage: overview() };
  }
  return parseMode(modes[0]!, rest);
}

function parseMode(mode: ModeSpec, rest: string[]): ParseResult {
  const cmd = modeCommand(mode);
  try {
    cmd.parse(rest, { from: 'user' });
    const o = cmd.opts<Record<string, unknown>>();
    const connection: ConnectionOptions = {
      ...(o['cfgFile'] !== undefined ? { cfgFile: o['cfgFile'] as string } : {}),
      ...(o['mgmtd'] !== undefined ? { mgmtd: o['mgmtd'] as ConnectionOptions['mgmtd'] & object } : {}),
      ...(o['authFile'] !== undefined ? { authFile: o['authFile'] as string } : {}),
    };
    return { kind: 'run', command: mode.toCommand(o, cmd.args), connection, json: o['json'] === true };
  } catch (e) {
    if (e instanceof CommanderError && e.code === 'commander.helpDisplayed') return { kind: 'help', text: modeUsage(mode) };
    const message = (e as Error).message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ');
    return { kind: 'error', message: `--${mode.name}: ${message}`, usage: modeUsage(mode) };
  }
}
