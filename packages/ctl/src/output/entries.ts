// Text output of --getentryinfo, --setpattern and --createdir, as beegfs-ctl prints them.
import { formatSize } from '@hivefs/common';
import type { CreateDirResult, EntryInfo, PatternInfo, SetPatternResult, StripeGroup, StripeTarget } from '../api/entries.js';
import { nodeLabel } from '../api/names.js';
import type { SetPatternCommand } from '../cli/types.js';

/** `Path:` (empty for the root). */
const pathLine = (path: string): string => (path === '/' ? 'Path:' : `Path: ${path}`);

function patternLines(p: PatternInfo, isFile: boolean): string[] {
  const lines = [
    'Stripe pattern details:',
    `+ Type: ${p.type === 'buddymirror' ? 'Buddy Mirror' : 'RAID0'}`,
    `+ Chunksize: ${formatSize(p.chunkSize)}`,
    `+ Number of storage targets: desired: ${p.numTargets}${isFile ? `; actual: ${p.stripeIds.length}` : ''}`,
  ];
  if (!isFile) return lines;
  if (p.shortfall) lines.push(`+ Shortfall: ${p.shortfall}`);
  const at = (t: StripeTarget): string => `${t.targetId} @ ${t.nodeId ? nodeLabel(t.nodeAlias, t.nodeId) : '<unmapped>'}`;
  if (p.type === 'buddymirror') return [...lines, '+ Storage mirror buddy groups:', ...p.groups.map(groupLine(at))];
  return [...lines, '+ Storage targets:', ...p.targets.map((t) => `  + ${at(t)}`)];
}

/** `  + 100 (primary: 101 @ storage01 [ID: 1], secondary: 201 @ storage02 [ID: 2])`, or `<not in the map>`. */
const groupLine = (at: (t: StripeTarget) => string) => (g: StripeGroup): string =>
  `  + ${g.groupId} ${g.primary && g.secondary ? `(primary: ${at(g.primary)}, secondary: ${at(g.secondary)})` : '<not in the map>'}`;

/**
 * `Path:` (empty for the root), `Mount:`, `EntryID:`, `Metadata node:` (for an entry of a meta
 * buddy group BeeGFS's `Metadata buddy group:` and `Current primary metadata node:`) and the
 * pattern details.
 */
export function renderEntryInfo(e: EntryInfo): string {
  const node = nodeLabel(e.metadataNode.alias, e.metadataNode.nodeId);
  const lines = [
    pathLine(e.path),
    `Mount: ${e.mount ?? '-'}`,
    `EntryID: ${e.entryId}`,
    ...(e.metadataGroup ? [`Metadata buddy group: ${e.metadataGroup}`, `Current primary metadata node: ${node}`] : [`Metadata node: ${node}`]),
    ...(e.pattern ? patternLines(e.pattern, e.entryType === 'file') : []),
  ];
  return lines.map((l) => `${l}\n`).join('');
}

/**
 * `New chunksize: <bytes>` and `New number of storage targets: <n>` for the values given; for a
 * directory given under a mount, then a blank line, `Path:` and `Mount:` (seed 000).
 */
export function renderSetPattern(cmd: SetPatternCommand, r?: Pick<SetPatternResult, 'path' | 'mount'>): string {
  const lines: string[] = [];
  if (cmd.chunkSize !== undefined) lines.push(`New chunksize: ${cmd.chunkSize}`);
  if (cmd.numTargets !== undefined) lines.push(`New number of storage targets: ${cmd.numTargets}`);
  if (r?.mount) lines.push('', pathLine(r.path), `Mount: ${r.mount}`);
  return lines.map((l) => `${l}\n`).join('');
}

/** `Created directory: <path>`, and `Mount: <mount point>` when the path was given under a mount. */
export function renderCreateDir(r: CreateDirResult): string {
  return `Created directory: ${r.path}\n${r.mount ? `Mount: ${r.mount}\n` : ''}`;
}
