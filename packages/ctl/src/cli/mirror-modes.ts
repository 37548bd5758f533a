// The buddy-mirror modes of hivefs-ctl: --addmirrorgroup, --listmirrorgroups, --setstate, --startresync,
// --resyncstats (storage and meta groups), --mirrormd, --journalstats.
import type { Command } from 'commander';
import { parseDuration, parseIntIn, parseSettableState, parseTargetKind } from './values.js';
import type { ModeSpec } from './modes.js';
import type { CtlCommand, GroupSelector, MetaGroupSelector, SettableState, TargetKind } from './types.js';

type Opts = Record<string, unknown>;

const MAX_ID = 0xffffffff;
const id = parseIntIn(1, MAX_ID);

const num = (o: Opts, k: string): number | undefined => o[k] as number | undefined;

/** --mirrorgroupid or --targetid, exactly one (storage groups). */
function groupSelector(o: Opts): GroupSelector {
  if (o['nodeid'] !== undefined) throw new Error('--nodeid does not apply to --nodetype=storage; give --mirrorgroupid=ID or --targetid=ID');
  const groupId = num(o, 'mirrorgroupid');
  const targetId = num(o, 'targetid');
  if ((groupId === undefined) === (targetId === undefined)) throw new Error('give exactly one of --mirrorgroupid=ID and --targetid=ID');
  return groupId !== undefined ? { groupId } : { targetId: targetId! };
}

/** --nodeid or --mirrorgroupid, exactly one (meta groups: --nodeid names a member, as beegfs-ctl does). */
function metaGroupSelector(o: Opts): MetaGroupSelector {
  if (o['targetid'] !== undefined) throw new Error('--targetid does not apply to --nodetype=meta; give --nodeid=ID (a member of the meta buddy group) or --mirrorgroupid=ID');
  const groupId = num(o, 'mirrorgroupid');
  const nodeId = num(o, 'nodeid');
  if ((groupId === undefined) === (nodeId === undefined)) throw new Error('give exactly one of --nodeid=ID and --mirrorgroupid=ID');
  return groupId !== undefined ? { groupId } : { nodeId: nodeId! };
}

const defineSelector = (c: Command): Command => c
  .requiredOption('--nodetype <type>', 'storage or meta (metadata)', parseTargetKind)
  .option('--mirrorgroupid <id>', 'the buddy group', id)
  .option('--targetid <id>', 'storage: the buddy group that has this target (primary or secondary)', id)
  .option('--nodeid <id>', 'meta: the meta buddy group that has this meta node (primary or secondary)', id);

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
  if (o['nodetype'] === 'meta') {
    const given = ['timestamp', 'timespan'].find((k) => o[k] !== undefined);
    if (given) throw new Error(`--${given} does not apply to --nodetype=meta: a meta resync replays the journal from the secondary's position, or copies everything with --full`);
    return { mode: 'startresync', nodeType: 'meta', group: metaGroupSelector(o), full: o['full'] === true, restart: o['restart'] === true };
  }
  if (o['full'] === true) throw new Error('--full applies to --nodetype=meta; for storage, --timestamp=0 compares every chunk');
  const nodeType = 'storage';
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
    summary: 'Start (or restart) the resync of a buddy group\'s secondary (storage target or meta node).',
    define: (c) => defineSelector(c)
      .option('--timestamp <secs>', 'storage: compare all chunks changed since this unix time (0: every chunk)', parseIntIn(0, 2 ** 42))
      .option('--timespan <duration>', 'storage: compare all chunks changed in this last span (e.g. 30m, 1h, 2d)', parseDuration)
      .option('--full', 'meta: copy the whole metadata space instead of replaying the journal')
      .option('--restart', 'abort a running resync and start again'),
    toCommand: (o) => startResyncCommand(o, Date.now()),
  },
  {
    name: 'resyncstats',
    summary: 'Show the state and figures of a buddy group\'s resync job (storage or meta).',
    define: (c) => defineSelector(c).option('--watch', 'show live progress until the job is no longer running'),
    toCommand: (o) => (o['nodetype'] === 'meta'
      ? { mode: 'resyncstats', nodeType: 'meta', group: metaGroupSelector(o), watch: o['watch'] === true }
      : { mode: 'resyncstats', nodeType: 'storage', group: groupSelector(o), watch: o['watch'] === true }),
  },
  {
    name: 'mirrormd',
    summary: 'Mirror the metadata root: put the root directory on the meta buddy group of its meta node.',
    define: () => undefined,
    toCommand: () => ({ mode: 'mirrormd' }),
  },
  {
    name: 'journalstats',
    summary: 'Show the journals of meta buddy groups on both members (seqs, size, acknowledgement, compaction).',
    define: (c) => c
      .requiredOption('--nodetype <type>', 'meta (metadata)', parseTargetKind)
      .option('--nodeid <id>', 'only the meta buddy group that has this meta node', id),
    toCommand: (o) => journalStatsCommand(o),
  },
];

function journalStatsCommand(o: Opts): CtlCommand {
  if (o['nodetype'] !== 'meta') throw new Error('only --nodetype=meta has journals (storage buddy groups keep a dirty set instead)');
  const nodeId = num(o, 'nodeid');
  return { mode: 'journalstats', nodeType: 'meta', ...(nodeId !== undefined ? { nodeId } : {}) };
}

