// Runs a parsed command: connects, calls the API, prints tables or JSON, and returns the exit code.
import { parseArgs } from './cli/parse.js';
import type { CtlCommand } from './cli/types.js';
import { defaultClientConf, resolveClusterAddress } from './api/config.js';
import { diskFree } from './api/df.js';
import { createDir, getEntryInfo, setPattern } from './api/entries.js';
import { addMirrorGroup, addMirrorGroupsAutomatic, listMirrorGroups, listMirrorMembers, type AddedGroup } from './api/mirror-groups.js';
import { getMetaResyncStats, journalStats, mirrorRoot, startMetaResync, type MetaResyncStatsInfo } from './api/meta-mirror.js';
import { listNodes } from './api/nodes.js';
import { getResyncStats, startResync, watchResync, type ResyncStatsInfo } from './api/resync.js';
import { openSession, type Session } from './api/session.js';
import { setTargetState } from './api/target-state.js';
import { listTargets, targetErrorCode } from './api/targets.js';
import { CtlError, ExitCode } from './errors.js';
import { connectionOrOnlyMount } from './mount/only-mount.js';
import { placeCommand } from './mount/placement.js';
import { renderDf } from './output/df.js';
import { renderCreateDir, renderEntryInfo, renderSetPattern } from './output/entries.js';
import { renderJson } from './output/json.js';
import { renderJournalStats, renderMetaResyncStats, renderMetaWatchLine, renderMirrorMd, renderStartMetaResync, type MetaWatchSample } from './output/meta-mirror.js';
import { renderAddedGroup, renderMirrorGroups, renderMirrorMembers, renderSetState } from './output/mirror.js';
import { renderResyncStats, renderStartResync, renderWatchLine, type WatchSample } from './output/resync.js';
import { renderNodes } from './output/nodes.js';
import { renderTargets } from './output/targets.js';

/** Where output goes (process.stdout/stderr in the binary, buffers in tests). */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Default client config file (default {@link defaultClientConf}; tests point it elsewhere). */
  defaultCfgFile?: string;
  /** Mount table to find HiveFS mounts in (default /proc/mounts; tests use fixtures). */
  mountTable?: string;
  /** Directories holding mount registry files (default: $HIVEFS_RUN_DIR and the run directories of the mount's owner and the caller). */
  runDirs?: string[];
  /** Whether `out` is a terminal: --watch then rewrites one line with `\r` instead of printing a line per sample. */
  tty?: boolean;
  /** Milliseconds between --watch samples (default 1000). */
  watchIntervalMs?: number;
}

/** What a mode produced: its text, its JSON data, and its exit code. */
interface Outcome {
  text: string;
  data: unknown;
  code: number;
}

/** How a mode may print while it runs (--watch, groups added before a failure); `json` suppresses it. */
interface Live {
  io: Io;
  json: boolean;
}

/** --addmirrorgroup: one group, or every automatic pair (each printed as it is created). */
async function addGroups(s: Session, c: Extract<CtlCommand, { mode: 'addmirrorgroup' }>, live: Live): Promise<Outcome> {
  if (!c.automatic) {
    const g = await addMirrorGroup(s, c.nodeType, { primary: c.primary, secondary: c.secondary, groupId: c.groupId, force: c.force });
    return { text: renderAddedGroup(g), data: { groups: [g] }, code: ExitCode.OK };
  }
  const print = (g: AddedGroup): void => (live.json ? undefined : live.io.out(renderAddedGroup(g)));
  const groups = await addMirrorGroupsAutomatic(s, c.nodeType, c.force, print);
  return { text: '', data: { groups }, code: ExitCode.OK };
}

/** Prints a --watch line: rewritten in place on a terminal, one per sample otherwise; nothing with --json. */
function watchPrinter(live: Live): { print(line: string): void; end(): void } {
  let shown = false;
  return {
    print(line) {
      if (live.json) return;
      live.io.out(live.io.tty ? `\r${line}\x1b[K` : `${line}\n`);
      shown = true;
    },
    end() {
      if (shown && live.io.tty) live.io.out('\n');
    },
  };
}

/** --resyncstats --nodetype=meta, with --watch a progress line per sample until the job is no longer running. */
async function metaResyncStats(s: Session, c: Extract<CtlCommand, { mode: 'resyncstats'; nodeType: 'meta' }>, live: Live): Promise<Outcome> {
  let st: MetaResyncStatsInfo;
  if (!c.watch) {
    st = await getMetaResyncStats(s, c.group);
  } else {
    let prev: MetaWatchSample | undefined;
    const w = watchPrinter(live);
    st = await watchResync(() => getMetaResyncStats(s, c.group), (sample, atMs) => {
      const now = { replayed: sample.journalEntriesReplayed, atMs };
      w.print(renderMetaWatchLine(sample, now, prev));
      prev = now;
    }, live.io.watchIntervalMs);
    w.end();
  }
  return { text: renderMetaResyncStats(st), data: st, code: ExitCode.OK };
}

/** --resyncstats, with --watch a progress line per sample until the job is no longer running. */
async function resyncStats(s: Session, c: Extract<CtlCommand, { mode: 'resyncstats' }>, live: Live): Promise<Outcome> {
  if (c.nodeType === 'meta') return metaResyncStats(s, c, live);
  let st: ResyncStatsInfo;
  if (!c.watch) {
    st = await getResyncStats(s, c.group);
  } else {
    let prev: WatchSample | undefined;
    const w = watchPrinter(live);
    st = await watchResync(() => getResyncStats(s, c.group), (sample, atMs) => {
      const now = { syncedBytes: sample.syncedBytes, atMs };
      w.print(renderWatchLine(sample, now, prev));
      prev = now;
    }, live.io.watchIntervalMs);
    w.end();
  }
  return { text: renderResyncStats(st), data: st, code: ExitCode.OK };
}

/** Runs one mode; `mount` is the mount point a path argument was given under (null: from the file system root). */
async function execute(s: Session, c: CtlCommand, mount: string | null, live: Live): Promise<Outcome> {
  switch (c.mode) {
    case 'listnodes': {
      const nodes = listNodes(s.map, c.nodeType, Date.now());
      const rootGroupId = c.nodeType === 'meta' ? (s.map.rootGroupId ?? 0) : 0;
      return { text: renderNodes(nodes, c.details, rootGroupId), data: { nodeType: c.nodeType, nodes, ...(rootGroupId ? { rootGroupId } : {}) }, code: ExitCode.OK };
    }
    case 'listtargets': {
      if (c.mirrorGroups) {
        const members = listMirrorMembers(s.map, c.nodeType);
        const code = c.errorCodes ? targetErrorCode(members) : ExitCode.OK;
        return { text: renderMirrorMembers(members, c), data: { nodeType: c.nodeType, members }, code };
      }
      const targets = listTargets(s.map, c.nodeType);
      const code = c.errorCodes ? targetErrorCode(targets) : ExitCode.OK;
      return { text: renderTargets(targets, c), data: { nodeType: c.nodeType, targets }, code };
    }
    case 'df': {
      const report = diskFree(s.map);
      return { text: renderDf(report), data: report, code: ExitCode.OK };
    }
    case 'getentryinfo': {
      const info = await getEntryInfo(s, c.path, mount);
      return { text: renderEntryInfo(info), data: info, code: ExitCode.OK };
    }
    case 'setpattern': {
      const result = await setPattern(s, c, mount);
      return { text: renderSetPattern(c, result), data: result, code: ExitCode.OK };
    }
    case 'createdir': {
      const result = await createDir(s, c, mount);
      return { text: renderCreateDir(result), data: result, code: ExitCode.OK };
    }
    case 'addmirrorgroup':
      return addGroups(s, c, live);
    case 'listmirrorgroups': {
      const groups = listMirrorGroups(s.map, c.nodeType);
      return { text: renderMirrorGroups(groups, c.nodeType), data: { nodeType: c.nodeType, groups }, code: ExitCode.OK };
    }
    case 'setstate': {
      const result = await setTargetState(s, c);
      return { text: renderSetState(result), data: result, code: ExitCode.OK };
    }
    case 'startresync': {
      if (c.nodeType === 'meta') {
        const stats = await startMetaResync(s, c);
        return { text: renderStartMetaResync(stats), data: stats, code: ExitCode.OK };
      }
      const stats = await startResync(s, c);
      return { text: renderStartResync(stats), data: stats, code: ExitCode.OK };
    }
    case 'resyncstats':
      return resyncStats(s, c, live);
    case 'mirrormd': {
      const r = await mirrorRoot(s);
      return { text: renderMirrorMd(r), data: r, code: ExitCode.OK };
    }
    case 'journalstats': {
      const rows = await journalStats(s, c.nodeId);
      return { text: renderJournalStats(rows), data: { groups: rows }, code: rows.some((r) => r.error) ? ExitCode.OP_FAILED : ExitCode.OK };
    }
  }
}

/**
 * hivefs-ctl: parses `argv` (without node and script), runs the mode and returns the exit code.
 * Errors are one line on stderr (`hivefs-ctl: what failed: why`); bad arguments add the usage.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    io.out(parsed.text);
    return ExitCode.OK;
  }
  if (parsed.kind === 'error') {
    io.err(`hivefs-ctl: ${parsed.message}\n\n${parsed.usage}`);
    return ExitCode.INVALID_ARGS;
  }
  let session: Session | undefined;
  try {
    const mounts = {
      ...(io.mountTable !== undefined ? { mountTable: io.mountTable } : {}),
      ...(io.runDirs !== undefined ? { runDirs: () => io.runDirs! } : {}),
    };
    const defaultCfgFile = io.defaultCfgFile ?? defaultClientConf();
    const placed = await placeCommand(parsed.command, parsed.connection, mounts);
    const connection = await connectionOrOnlyMount(placed.connection, { ...mounts, defaultCfgFile, note: io.err });
    session = await openSession(await resolveClusterAddress(connection, defaultCfgFile));
    const r = await execute(session, placed.command, placed.mount, { io, json: parsed.json });
    io.out(parsed.json ? renderJson(r.data) : r.text);
    return r.code;
  } catch (e) {
    const err = e instanceof CtlError ? e : new CtlError(ExitCode.OP_FAILED, `--${parsed.command.mode} failed: ${(e as Error)?.message ?? String(e)}`);
    io.err(`hivefs-ctl: ${err.message}\n`);
    return err.exitCode;
  } finally {
    session?.close();
  }
}
