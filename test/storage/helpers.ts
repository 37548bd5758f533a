// Small helpers of the storage process tests: file trees, error codes, free ports, daemon flags.
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pickListenPort } from '@hivefs/common';
import { HiveError } from '@hivefs/protocol';

/** Every path below `dir` (relative), except lock files, sorted. */
export async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.map((e) => relative(dir, join(e.parentPath, e.name))).filter((p) => !p.endsWith('lock.pid')).sort();
}

/** The HiveError code a call fails with; throws if it succeeds or fails otherwise. */
export async function codeOf(p: Promise<unknown>): Promise<number> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  if (!(e instanceof HiveError)) throw new Error(`expected a HiveError, got ${String(e)}`);
  return e.code;
}

/** A loopback port that was free a moment ago (below the ephemeral range, see pickListenPort). */
export function freePort(): Promise<number> {
  return pickListenPort('127.0.0.1');
}

/** Flags of a test storage daemon: free port on loopback, fast heartbeats, the test's secret. */
export function daemonArgs(root: string, mgmtdPort: number, extra: string[] = []): string[] {
  return [
    '--connStoragePort=0', '--connListenHost=127.0.0.1', '--sysMgmtdHost=127.0.0.1',
    `--connMgmtdPort=${mgmtdPort}`, `--connAuthFile=${join(root, 'auth')}`, '--sysHeartbeatIntervalSecs=0.2', '--sysNodeAlias=storage01', ...extra,
  ];
}
