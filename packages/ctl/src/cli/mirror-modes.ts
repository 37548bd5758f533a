// The buddy-mirror modes of hivefs-ctl: --addmirrorgroup, --listmirrorgroups, --setstate, --startresync, --resyncstats.
import type { Command } from 'commander';
import { parseDuration, parseIntIn, parseSettableState, parseTargetKind } from './values.js';
import type { ModeSpec } from './modes.js';
import type { CtlCommand, GroupSelector, SettableState, TargetKind } from './types.js';

type Opts = Record<string, unknown>;

const MAX_ID = 0xffffffff;
const id = parseIntIn(1, MAX_ID);

const num = (o: Opts, k: string): number | undefined => o[k] as number | undefined;

/** --nodetype of the resync modes: storage only (meta buddy groups have no resync yet). */
function storageOnly(o: Opts): 'storage' {
  if (o['nodetype'] !== 'storage') throw new Error('only --nodetype=storage is supported (meta buddy groups have no resync yet)');
  return 'storage';
}

/** --mirrorgroupid or --targetid, exactly one. */
function groupSelector(o: Opts): GroupSelector {
  const groupId = num(o, 'mirrorgroupid');
  const targetId = num(o, 'targetid');
  if ((groupId === undefined) === (targetId === undefined)) throw new Error('give exactly one of --mirrorgroupid=ID and --targetid=ID');
  return groupId !== undefined ? { groupId } : { targetId: targetId! };
}

const defineSelector = (c: Command): Command => c
  .requiredOption('--nodetype <type>', 'storage', parseTargetKind)
  .option('--mirrorgroupid <id>', 'the buddy group', id)
  .option('--targetid <id>', 'the buddy group that has this target (primary or secondary)', id);

function addMirrorGroupCommand(o: Opts): CtlCommand {
  const nodeType = o['nodetype'] as TargetKind;
  const force = o['force'] === true;
  const manual = ['primary', 'secondary', 'groupid'].filter((k) => o[k] !== undefined);
  if (o['automatic'] === true) {
    if (manual.length) throw new Error(`--automatic contradicts --${manual[0]}`);
    return { mode: 'addmirrorgroup', nodeType, force, automatic: true };
  }
  const primary = num(o, 'primary');
  const secondary = num(o, 'secondary');
  if (primary === undefined || secondary === undefined) throw new Error('give --primary=ID and --secondary=ID, or --automatic');
  return { mode: 'addmirrorgroup', nodeType, force, automatic: false, primary, secondary, groupId: num(o, 'groupid') ?? 0 };
}

function setStateCommand(o: Opts): CtlCommand {
  const nodeType = o['nodetype'] as TargetKind;
  const [want, other] = nodeType === 'meta' ? ['nodeid', 'targetid'] : ['targetid', 'nodeid'];
  if (o[other!] !== undefined) throw new Error(`--${other} does not apply to --nodetype=${nodeType}; give --${want}=ID`);
  const target = num(o, want!);
  if (target === undefined) throw new Error(`give --${want}=ID`);
  if (o['force'] !== true) throw new Error('setting a consistency state by hand can make a stale copy primary or discard a good one; add --force to do it');
  return { mode: 'setstate', nodeType, id: target, state: o['state'] as SettableState, force: true };
}

function startResyncCommand(o: Opts, nowMs: number): CtlCommand {
  const nodeType = storageOnly(o);
  const group = groupSelector(o);
  const timestamp = num(o, 'timestamp');
  const timespan = num(o, 'timespan');
  if (timestamp !== undefined && timespan !== undefined) throw new Error('--timestamp contradicts --timespan; give one');
  const full = timestamp !== undefined || timespan !== undefined;
  const sinceMs = timestamp !== undefined ? timestamp * 1000 : timespan !== undefined ? Math.max(0, nowMs - timespan) : 0;
  return { mode: 'startresync', nodeType, group, full, sinceMs, restart: o['restart'] === true };
}

/** The buddy-mirror modes, listed after the base modes. */
export const MIRROR_MODES: readonly ModeSpec[] = [
  {
    name: 'addmirrorgroup',
    summary: 'Create a buddy mirror group of two storage targets (or meta nodes), or pair all ungrouped ones.',
    define: (c) => c
      .requiredOption('--nodetype <type>', 'storage or meta', parseTargetKind)
      .option('--primary <id>', 'primary target id (meta: node id)', id)
      .option('--secondary <id>', 'secondary target id (meta: node id)', id)
      .option('--groupid <id>', 'id of the new group (default: mgmtd picks one)', parseIntIn(1, 65535))
      .option('--automatic', 'pair every ungrouped target with one on another node of its storage pool')
      .option('--force', 'allow both members on one node'),
    toCommand: (o) => addMirrorGroupCommand(o),
  },
  {
    name: 'listmirrorgroups',
    summary: 'List buddy mirror groups with their primary and secondary.',
    define: (c) => c.requiredOption('--nodetype <type>', 'storage or meta', parseTargetKind),
    toCommand: (o) => ({ mode: 'listmirrorgroups', nodeType: o['nodetype'] as TargetKind }),
  },
  {
    name: 'setstate',
    summary: 'Set the consistency state of a storage target (or meta node) by hand (needs --force).',
    define: (c) => c
      .requiredOption('--nodetype <type>', 'storage or meta', parseTargetKind)
      .option('--targetid <id>', 'storage target id', id)
      .option('--nodeid <id>', 'meta node id', id)
      .requiredOption('--state <state>', 'good or bad', parseSettableState)
      .option('--force', 'confirm: mgmtd sets the state without checking the current one'),
    toCommand: (o) => setStateCommand(o),
  },
  {
    name: 'startresync',
    summary: 'Start (or restart) the resync of a storage buddy group\'s secondary.',
    define: (c) => defineSelector(c)
      .option('--timestamp <secs>', 'compare all chunks changed since this unix time (0: every chunk)', parseIntIn(0, 2 ** 42))
      .option('--timespan <duration>', 'compare all chunks changed in this last span (e.g. 30m, 1h, 2d)', parseDuration)
      .option('--restart', 'abort a running resync and start again'),
    toCommand: (o) => startResyncCommand(o, Date.now()),
  },
  {
    name: 'resyncstats',
    summary: 'Show the state and figures of a storage buddy group\'s resync job.',
    define: (c) => defineSelector(c).option('--watch', 'show live progress until the job is no longer running'),
    toCommand: (o) => ({ mode: 'resyncstats', nodeType: storageOnly(o), group: groupSelector(o), watch: o['watch'] === true }),
  },
];

