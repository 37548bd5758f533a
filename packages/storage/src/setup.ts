// hivefs-setup-storage logic: format a target directory and add it to the storage config file.
import { resolve } from 'node:path';
import {
  addConfListItem, checkFormatService, confList, getConfValue, readConfText, readFormat, setConfValues, writeConfText, type FormatInfo,
} from '@hivefs/common';
import { formatTargetDir, isEmptyTargetDir } from './target-format.js';

/** First line of a config file the setup tool creates. */
const CONF_HEADER = '# HiveFS storage daemon configuration (hivefs-storage)\n';

/** What hivefs-setup-storage was asked to do. */
export interface SetupOptions {
  dir: string;
  nodeId: number;
  targetId: number;
  /** Management host, optionally with a port. */
  mgmtdHost: string;
  mgmtdPort?: number;
  confFile: string;
  /** Overwrite a directory formatted differently or holding other files. */
  force: boolean;
}

/** A refusal of the setup tool; the message says which check failed. */
export class SetupError extends Error {
  override readonly name = 'SetupError';
}

/** Formats the target directory and updates the config file; returns the lines to print. */
export async function setupStorage(opts: SetupOptions): Promise<string[]> {
  const dir = resolve(opts.dir);
  const out: string[] = [];
  const existing = await readFormat(dir).catch((e: Error) => {
    if (!opts.force) throw new SetupError(`${e.message}; use -f to overwrite`);
    return undefined;
  });
  const same = existing && checkExisting(dir, existing, opts);
  if (!existing && !opts.force && !(await isEmptyTargetDir(dir))) {
    throw new SetupError(`${dir} is not empty and not a HiveFS storage target; use -f to format it anyway`);
  }
  const text = (await readConfText(opts.confFile)) ?? CONF_HEADER;
  await checkSiblings(dir, confList(getConfValue(text, 'storeStorageDirectory')), opts);
  await formatTargetDir(dir, opts.nodeId, opts.targetId);
  out.push(same ? `${dir} is already storage target ${opts.targetId} of node ${opts.nodeId}` : `formatted ${dir} as storage target ${opts.targetId} of node ${opts.nodeId}`);
  await writeConfText(opts.confFile, updatedConf(text, dir, opts));
  out.push(`updated ${opts.confFile}: storeStorageDirectory includes ${dir}, sysMgmtdHost = ${opts.mgmtdHost}`);
  return out;
}

/** True when the existing format matches; throws (unless forced) when it names other ids or another service. */
function checkExisting(dir: string, f: FormatInfo, opts: SetupOptions): boolean {
  const hint = '; use -f to overwrite';
  if (f.service !== 'storage') {
    if (!opts.force) checkFormatService(f, 'storage', dir, hint);
    return false;
  }
  const clash = f.nodeNumID && f.nodeNumID !== opts.nodeId ? `node id ${f.nodeNumID} (not ${opts.nodeId})`
    : f.targetNumID && f.targetNumID !== opts.targetId ? `target id ${f.targetNumID} (not ${opts.targetId})` : '';
  if (!clash) return f.nodeNumID === opts.nodeId && f.targetNumID === opts.targetId;
  if (!opts.force) throw new SetupError(`${dir} is already formatted with ${clash}${hint}`);
  return false;
}

/** The other directories of the same daemon must belong to the same node and have other target ids. */
async function checkSiblings(dir: string, listed: string[], opts: SetupOptions): Promise<void> {
  for (const other of listed.map((d) => resolve(d)).filter((d) => d !== dir)) {
    const f = await readFormat(other).catch(() => undefined);
    if (!f || opts.force) continue;
    if (f.nodeNumID && f.nodeNumID !== opts.nodeId) {
      throw new SetupError(`${opts.confFile} already serves ${other} of node ${f.nodeNumID}; one storage daemon serves the targets of one node (asked: node ${opts.nodeId})`);
    }
    if (f.targetNumID === opts.targetId) throw new SetupError(`${opts.confFile} already serves ${other} as target ${opts.targetId}`);
  }
}

/** The config text with `dir` in storeStorageDirectory (once) and the management host and port. */
function updatedConf(text: string, dir: string, opts: SetupOptions): string {
  const next = addConfListItem(text, 'storeStorageDirectory', dir, (a, b) => resolve(a) === resolve(b));
  return setConfValues(next, { sysMgmtdHost: opts.mgmtdHost, ...(opts.mgmtdPort !== undefined ? { connMgmtdPort: opts.mgmtdPort } : {}) });
}
