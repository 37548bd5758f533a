// Text output of --getentryinfo, --setpattern and --createdir, as beegfs-ctl prints them.
import { formatSize } from '@hivefs/common';
import type { CreateDirResult, EntryInfo, PatternInfo } from '../api/entries.js';
import { nodeLabel } from '../api/names.js';
import type { SetPatternCommand } from '../cli/types.js';

function patternLines(p: PatternInfo, isFile: boolean): string[] {
  const lines = [
    'Stripe pattern details:',
    `+ Type: ${p.type === 'buddymirror' ? 'Buddy Mirror' : 'RAID0'}`,
    `+ Chunksize: ${formatSize(p.chunkSize)}`,
    `+ Number of storage targets: desired: ${p.numTargets}${isFile ? `; actual: ${p.stripeIds.length}` : ''}`,
  ];
  if (!isFile) return lines;
  if (p.type === 'buddymirror') return [...lines, '+ Storage mirror buddy groups:', ...p.stripeIds.map((id) => `  + ${id}`)];
  const where = (t: PatternInfo['targets'][number]): string => (t.nodeId ? nodeLabel(t.nodeAlias, t.nodeId) : '<unmapped>');
  return [...lines, '+ Storage targets:', ...p.targets.map((t) => `  + ${t.targetId} @ ${where(t)}`)];
}

/** `Path:` (empty for the root), `Mount:`, `EntryID:`, `Metadata node:` and the pattern details. */
export function renderEntryInfo(e: EntryInfo): string {
  const lines = [
    e.path === '/' ? 'Path:' : `Path: ${e.path}`,
    `Mount: ${e.mount ?? '-'}`,
    `EntryID: ${e.entryId}`,
    `Metadata node: ${nodeLabel(e.metadataNode.alias, e.metadataNode.nodeId)}`,
    ...(e.pattern ? patternLines(e.pattern, e.entryType === 'file') : []),
  ];
  return lines.map((l) => `${l}\n`).join('');
}

/** `New chunksize: <bytes>` and `New number of storage targets: <n>` for the values given. */
export function renderSetPattern(cmd: SetPatternCommand): string {
  const lines: string[] = [];
  if (cmd.chunkSize !== undefined) lines.push(`New chunksize: ${cmd.chunkSize}`);
  if (cmd.numTargets !== undefined) lines.push(`New number of storage targets: ${cmd.numTargets}`);
  return lines.map((l) => `${l}\n`).join('');
}

/** `Created directory: <path>`. */
export function renderCreateDir(r: CreateDirResult): string {
  return `Created directory: ${r.path}\n`;
}
