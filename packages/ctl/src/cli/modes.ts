// The modes of hivefs-ctl: their flags, options (as commander commands) and conversion to a CtlCommand.
import { Command } from 'commander';
import { parseChunkSize, parseIntIn, parseNodeKind, parseOctalMode, parsePatternKind, parseTargetKind } from './values.js';
import { MIRROR_MODES } from './mirror-modes.js';
import type { CtlCommand, ModeName, NodeKind, PatternKind, TargetKind } from './types.js';

type Opts = Record<string, unknown>;

/** One mode: its flag, a one-line summary, its options, and how to build the command from them. */
export interface ModeSpec {
  name: ModeName;
  summary: string;
  /** Adds the mode's own options and arguments. */
  define(cmd: Command): void;
  /** Turns commander's parsed options and arguments into the command. */
  toCommand(opts: Opts, args: string[]): CtlCommand;
}

const MAX_ID = 0xffffffff;

/** Every mode, in the order the overview lists them. */
export const MODES: readonly ModeSpec[] = [
  {
    name: 'listnodes',
    summary: 'List registered nodes of one type.',
    define: (c) => c
      .requiredOption('--nodetype <type>', 'node type: meta, storage or client', parseNodeKind)
      .option('--details', 'also print addresses, reachability and last heartbeat'),
    toCommand: (o) => ({ mode: 'listnodes', nodeType: o['nodetype'] as NodeKind, details: o['details'] === true }),
  },
  {
    name: 'listtargets',
    summary: 'List storage targets (or meta nodes as targets) with state, pools and space.',
    define: (c) => c
      .option('--nodetype <type>', 'storage or meta', parseTargetKind, 'storage' as TargetKind)
      .option('--state', 'print reachability and consistency of each target')
      .option('--spaceinfo', 'print total/free space and inodes')
      .option('--pools', 'print the capacity pool of each target')
      .option('--longnodes', 'print nodes as <alias> [ID: <id>]')
      .option('--mirrorgroups', 'list buddy group members: MirrorGroupID and MGMemberType before the target columns')
      .option('--errorcodes', 'exit 5 if a node is not reachable, 6 if a target is not Online, 7 if not Good'),
    toCommand: (o) => ({
      mode: 'listtargets',
      nodeType: o['nodetype'] as TargetKind,
      state: o['state'] === true,
      spaceInfo: o['spaceinfo'] === true,
      pools: o['pools'] === true,
      longNodes: o['longnodes'] === true,
      errorCodes: o['errorcodes'] === true,
      mirrorGroups: o['mirrorgroups'] === true,
    }),
  },
  {
    name: 'df',
    summary: 'Free space and inodes of metadata servers and storage targets.',
    define: () => undefined,
    toCommand: () => ({ mode: 'df' }),
  },
  {
    name: 'getentryinfo',
    summary: 'Show entry id, metadata node and stripe pattern of a file or directory.',
    define: (c) => c.argument('<path>', 'path under a HiveFS mount (e.g. /mnt/hivefs/smallfiles), else from the file system root (/smallfiles)'),
    toCommand: (_o, a) => ({ mode: 'getentryinfo', path: a[0]! }),
  },
  {
    name: 'setpattern',
    summary: 'Set the stripe pattern that new files and directories in a directory inherit.',
    define: (c) => c
      .argument('<dir>', 'directory under a HiveFS mount, else a path from the file system root')
      .option('--chunksize <size>', 'chunk size per target, a power of two >= 64k (e.g. 512k, 1m)', parseChunkSize)
      .option('--numtargets <n>', 'number of storage targets (or buddy groups) per file', parseIntIn(1, 65535))
      .option('--pattern <type>', 'raid0 or buddymirror', parsePatternKind)
      .option('--buddymirror', 'same as --pattern=buddymirror'),
    toCommand: (o, a) => setPatternCommand(o, a[0]!),
  },
  {
    name: 'createdir',
    summary: 'Create one directory (its parent must exist).',
    define: (c) => c
      .argument('<path>', 'new directory under a HiveFS mount, else a path from the file system root')
      .option('--mode <octal>', 'permission bits', parseOctalMode, 0o755)
      .option('--uid <uid>', 'owner user id (default: caller)', parseIntIn(0, MAX_ID))
      .option('--gid <gid>', 'owner group id (default: caller)', parseIntIn(0, MAX_ID)),
    toCommand: (o, a) => ({
      mode: 'createdir',
      path: a[0]!,
      permissions: o['mode'] as number,
      ...(o['uid'] !== undefined ? { uid: o['uid'] as number } : {}),
      ...(o['gid'] !== undefined ? { gid: o['gid'] as number } : {}),
    }),
  },
  ...MIRROR_MODES,
];

function setPatternCommand(o: Opts, path: string): CtlCommand {
  const given = o['pattern'] as PatternKind | undefined;
  if (o['buddymirror'] === true && given === 'raid0') throw new Error('--buddymirror contradicts --pattern=raid0');
  const pattern = o['buddymirror'] === true ? 'buddymirror' : given;
  return {
    mode: 'setpattern',
    path,
    ...(o['chunksize'] !== undefined ? { chunkSize: o['chunksize'] as number } : {}),
    ...(o['numtargets'] !== undefined ? { numTargets: o['numtargets'] as number } : {}),
    ...(pattern ? { pattern } : {}),
  };
}

/** The mode with this name, if any. */
export function modeByName(name: string): ModeSpec | undefined {
  return MODES.find((m) => m.name === name);
}
