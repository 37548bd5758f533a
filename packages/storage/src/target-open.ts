// Start-up of the target directories: read or create format.conf, check node ids, take the locks.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { writeFormat, type Logger } from '@hivefs/common';
import { acquireTargetLock, type TargetLock } from './target-lock.js';
import { BUDDYMIR_DIR, CHUNKS_DIR, formatTargetDir, isEmptyTargetDir, readTargetFormat, type TargetFormat } from './target-format.js';

/** A locked target directory whose ids may still be unassigned (0). */
export interface OpenedTarget {
  readonly dir: string;
  format: TargetFormat;
  readonly lock: TargetLock;
}

/** Label of a target in messages: `target 101 (DIR)` or `target directory DIR` when unformatted. */
export function targetLabel(dir: string, targetId: number): string {
  return targetId ? `target ${targetId} (${dir})` : `target directory ${dir}`;
}

/**
 * Opens the target directories of one daemon: checks that all formatted ones share one
 * nodeNumID and have distinct target ids, takes every lock and formats empty directories on
 * the fly (ids left 0 for mgmtd to assign). On any failure the locks taken are released.
 */
export async function openTargetDirs(dirs: readonly string[], log: Logger): Promise<{ targets: OpenedTarget[]; nodeId: number }> {
  const abs = dirs.map((d) => resolve(d));
  const dup = abs.find((d, i) => abs.indexOf(d) !== i);
  if (dup) throw new Error(`storeStorageDirectory names ${dup} twice`);
  const formats = await Promise.all(abs.map(async (d) => {
    await mkdir(d, { recursive: true });
    return readTargetFormat(d);
  }));
  const nodeId = commonNodeId(abs, formats);
  checkDistinctTargets(abs, formats);
  const opened: OpenedTarget[] = [];
  try {
    for (const [i, dir] of abs.entries()) {
      const lock = await acquireTargetLock(dir, targetLabel(dir, formats[i]?.targetNumID ?? 0), log);
      opened.push({ dir, lock, format: formats[i] ?? { service: 'storage', formatVersion: 1, nodeNumID: 0, targetNumID: 0 } });
      await prepareDir(opened[opened.length - 1]!, formats[i] !== undefined, nodeId, log);
    }
  } catch (e) {
    await Promise.all(opened.map((t) => t.lock.release()));
    throw e;
  }
  return { targets: opened, nodeId };
}

function commonNodeId(dirs: string[], formats: (TargetFormat | undefined)[]): number {
  const seen = dirs.map((d, i) => ({ d, id: formats[i]?.nodeNumID ?? 0 })).filter((x) => x.id);
  const first = seen[0];
  const other = seen.find((x) => x.id !== first?.id);
  if (first && other) {
    throw new Error(`target directories ${first.d} (nodeNumID ${first.id}) and ${other.d} (nodeNumID ${other.id}) belong to different nodes; one daemon serves the targets of one node`);
  }
  return first?.id ?? 0;
}

function checkDistinctTargets(dirs: string[], formats: (TargetFormat | undefined)[]): void {
  const byId = new Map<number, string>();
  for (const [i, f] of formats.entries()) {
    if (!f?.targetNumID) continue;
    const prev = byId.get(f.targetNumID);
    if (prev) throw new Error(`target directories ${prev} and ${dirs[i]} are both formatted as target ${f.targetNumID}`);
    byId.set(f.targetNumID, dirs[i]!);
  }
}

async function prepareDir(t: OpenedTarget, formatted: boolean, nodeId: number, log: Logger): Promise<void> {
  if (formatted) {
    await mkdir(resolve(t.dir, CHUNKS_DIR), { recursive: true });
    await mkdir(resolve(t.dir, BUDDYMIR_DIR), { recursive: true });
    return;
  }
  if (!(await isEmptyTargetDir(t.dir))) {
    throw new Error(`${t.dir} is not formatted (no format.conf) and not empty; run hivefs-setup-storage on it or empty it`);
  }
  t.format = await formatTargetDir(t.dir, nodeId, 0);
  log.info({ dir: t.dir }, 'formatted empty target directory; mgmtd will assign its id');
}

/** Stores assigned ids in format.conf where they changed. */
export async function persistIds(t: OpenedTarget, nodeId: number, targetId: number): Promise<void> {
  if (t.format.nodeNumID === nodeId && t.format.targetNumID === targetId) return;
  t.format = { ...t.format, nodeNumID: nodeId, targetNumID: targetId };
  await writeFormat(t.dir, t.format);
}
