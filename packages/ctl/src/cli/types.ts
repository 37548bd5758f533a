// The parsed form of a hivefs-ctl command line: which mode, its options, and how to reach the cluster.

/** Node types a user can name with --nodetype. */
export type NodeKind = 'meta' | 'storage' | 'client';

/** Node types that have targets. */
export type TargetKind = 'meta' | 'storage';

/** Stripe pattern types, as given to --pattern. */
export type PatternKind = 'raid0' | 'buddymirror';

/** How to reach mgmtd: a client config file, or an explicit address. */
export interface ConnectionOptions {
  /** --cfgFile: client config file (default: see defaultClientConf). */
  cfgFile?: string;
  /** --mgmtd=host:port, overrides sysMgmtdHost/connMgmtdPort. */
  mgmtd?: { host: string; port: number };
  /** --authFile: the shared secret file (with --mgmtd; none means no authentication). */
  authFile?: string;
}

/** `--listnodes`. */
export interface ListNodesCommand {
  mode: 'listnodes';
  nodeType: NodeKind;
  details: boolean;
}

/** `--listtargets`. */
export interface ListTargetsCommand {
  mode: 'listtargets';
  nodeType: TargetKind;
  state: boolean;
  spaceInfo: boolean;
  pools: boolean;
  longNodes: boolean;
  errorCodes: boolean;
  /** --mirrorgroups: one row per buddy group member, with MirrorGroupID and MGMemberType first. */
  mirrorGroups: boolean;
}

/** `--df`. */
export interface DfCommand {
  mode: 'df';
}

/** `--getentryinfo <path>`. */
export interface GetEntryInfoCommand {
  mode: 'getentryinfo';
  path: string;
}

/** `--setpattern <dir>`; unset fields keep the directory's current value. */
export interface SetPatternCommand {
  mode: 'setpattern';
  path: string;
  chunkSize?: number;
  numTargets?: number;
  pattern?: PatternKind;
}

/** `--createdir <path>`. */
export interface CreateDirCommand {
  mode: 'createdir';
  path: string;
  /** Permission bits (07777). */
  permissions: number;
  uid?: number;
  gid?: number;
}

/** `--addmirrorgroup`: one group from --primary/--secondary, or every pair `--automatic` finds. */
export type AddMirrorGroupCommand = {
  mode: 'addmirrorgroup';
  nodeType: TargetKind;
  /** Allow both members on one node. */
  force: boolean;
} & ({ automatic: false; primary: number; secondary: number; groupId: number } | { automatic: true });

/** `--listmirrorgroups`. */
export interface ListMirrorGroupsCommand {
  mode: 'listmirrorgroups';
  nodeType: TargetKind;
}

/** Consistency states --setstate may set. */
export type SettableState = 'good' | 'bad';

/** `--setstate`: force a target's (or meta node's) consistency. */
export interface SetStateCommand {
  mode: 'setstate';
  nodeType: TargetKind;
  /** Storage target id, or meta node id. */
  id: number;
  state: SettableState;
  force: boolean;
}

/** Which buddy group a resync command means: by id, or the group a target belongs to. */
export type GroupSelector = { groupId: number } | { targetId: number };

/** Which meta buddy group a meta resync command means: by id, or the group a meta node is a member of. */
export type MetaGroupSelector = { groupId: number } | { nodeId: number };

/** `--startresync`. */
export interface StartResyncCommand {
  mode: 'startresync';
  nodeType: 'storage';
  group: GroupSelector;
  /** Compare everything instead of copying the dirty set (--timestamp or --timespan given). */
  full: boolean;
  /** With full: only chunks changed since this wall-clock time in ms (0: all). */
  sinceMs: number;
  restart: boolean;
}

/** `--startresync --nodetype=meta`: the journal resync of a meta buddy group's secondary, run by its primary. */
export interface StartMetaResyncCommand {
  mode: 'startresync';
  nodeType: 'meta';
  group: MetaGroupSelector;
  /** Stream a snapshot of the whole space first instead of replaying the journal from the secondary's position. */
  full: boolean;
  restart: boolean;
}

/** `--resyncstats`. */
export interface ResyncStatsCommand {
  mode: 'resyncstats';
  nodeType: 'storage';
  group: GroupSelector;
  /** Print a live progress line until the job is no longer running. */
  watch: boolean;
}

/** `--resyncstats --nodetype=meta`. */
export interface MetaResyncStatsCommand {
  mode: 'resyncstats';
  nodeType: 'meta';
  group: MetaGroupSelector;
  watch: boolean;
}

/** `--mirrormd`: put the root directory on the meta buddy group of its meta node. */
export interface MirrorMdCommand {
  mode: 'mirrormd';
}

/** `--journalstats --nodetype=meta`: the journals of every meta buddy group (or the one of `nodeId`) on both members. */
export interface JournalStatsCommand {
  mode: 'journalstats';
  nodeType: 'meta';
  nodeId?: number;
}

/** Any mode with its options. */
export type CtlCommand =
  | ListNodesCommand
  | ListTargetsCommand
  | DfCommand
  | GetEntryInfoCommand
  | SetPatternCommand
  | CreateDirCommand
  | AddMirrorGroupCommand
  | ListMirrorGroupsCommand
  | SetStateCommand
  | StartResyncCommand
  | StartMetaResyncCommand
  | ResyncStatsCommand
  | MetaResyncStatsCommand
  | MirrorMdCommand
  | JournalStatsCommand;

/** Name of a mode (the flag without `--`). */
export type ModeName = CtlCommand['mode'];

/** Result of parsing a command line. */
export type ParseResult =
  | { kind: 'run'; command: CtlCommand; connection: ConnectionOptions; json: boolean }
  /** Help was asked for: print `text` on stdout, exit 0. */
  | { kind: 'help'; text: string }
  /** Bad command line: print `message` and `usage` on stderr, exit 1. */
  | { kind: 'error'; message: string; usage: string };
