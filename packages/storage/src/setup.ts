// hivefs-setup-storage logic: format a target directory and add it to the storage config file.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { confList, getConfKey, setConfKey } from './conf-update.js';
import { formatTargetDir, isEmptyDir, readFormat, type TargetFormat } from './target-format.js';

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
  if (!existing && !opts.force && !(await isEmptyDir(dir))) {
    throw new SetupError(`${dir} is not empty and not a HiveFS storage target; use -f to format it anyway`);
  }
  const text = await readConf(opts.confFile);
  await checkSiblings(dir, confList(getConfKey(text, 'storeStorageDirectory')), opts);
  await formatTargetDir(dir, opts.nodeId, opts.targetId);
  out.push(same ? `${dir} is already storage target ${opts.targetId} of node ${opts.nodeId}` : `formatted ${dir} as storage target ${opts.targetId} of node ${opts.nodeId}`);
  await writeConf(opts.confFile, updatedConf(text, dir, opts));
  out.push(`updated ${opts.confFile}: storeStorageDirectory includes ${dir}, sysMgmtdHost = ${opts.mgmtdHost}`);
  return out;
}

/** True when the existing format matches; throws (unless forced) when it names other ids or another service. */
function checkExisting(dir: string, f: TargetFormat, opts: SetupOptions): boolean {
  const clash = f.service !== 'storage' ? `service '${f.service}' (not storage)`
    : f.nodeNumID && f.nodeNumID !== opts.nodeId ? `node id ${f.nodeNumID} (not ${opts.nodeId})`
      : f.targetNumID && f.targetNumID !== opts.targetId ? `target id ${f.targetNumID} (not ${opts.targetId})` : '';
  if (!clash) return f.nodeNumID === opts.nodeId && f.targetNumID === opts.targetId;
  if (!opts.force) throw new SetupError(`${dir} is already formatted with ${clash}; use -f to overwrite`);
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

function updatedConf(text: string, dir: string, opts: SetupOptions): string {
  const dirs = confList(getConfKey(text, 'storeStorageDirectory'));
  if (!dirs.some((d) => resolve(d) === dir)) dirs.push(dir);
  let next = setConfKey(text, 'storeStorageDirectory', dirs.join(','));
  next = setConfKey(next, 'sysMgmtdHost', opts.mgmtdHost);
  if (opts.mgmtdPort !== undefined) next = setConfKey(next, 'connMgmtdPort', String(opts.mgmtdPort));
  return next;
}

async function readConf(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return '# HiveFS storage daemon configuration (hivefs-storage)\n';
    throw new SetupError(`cannot read ${file}: ${(e as Error).message}`);
  }
}

async function writeConf(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, text, { mode: 0o644 });
  await rename(tmp, file);
}
