// hivefs-meta's one-shot modes: --dump FILE and --restore FILE over the configured storeMetaDirectory.
import { resolve } from 'node:path';
import type { ChosenMode, DaemonMode } from '@hivefs/common';
import { dumpMetaDir, summaryLine } from './offline-dump.js';
import { restoreMetaDir } from './restore.js';

/** The modes `hivefs-meta --help` lists. */
export const META_MODES: readonly DaemonMode[] = [
  {
    name: 'dump',
    arg: 'FILE',
    description: 'Write the whole store of this (stopped) meta node to FILE in the versioned dump\nformat of docs/meta-dump.md. Refuses while the daemon runs (naming its pid).',
  },
  {
    name: 'restore',
    arg: 'FILE',
    description: 'Load the dump FILE into storeMetaDirectory, which must be empty (or hold only the\nformat.conf of hivefs-setup-meta for the same node). Checks the whole dump first.',
  },
];

/** Runs a mode against `storeMetaDirectory`; resolves with the one-line summary to print. */
export async function runMetaMode(mode: ChosenMode, storeMetaDirectory: string): Promise<string> {
  const file = resolve(mode.value);
  if (mode.name === 'dump') return summaryLine('dumped', await dumpMetaDir(storeMetaDirectory, file), `to ${file}`);
  if (mode.name === 'restore') {
    const r = await restoreMetaDir(storeMetaDirectory, file);
    return `restored ${r.records} records of meta node ${r.nodeId} into ${r.dir} from ${file} (taken ${r.header.createdAt}, ${r.header.source})`;
  }
  throw new Error(`unknown mode --${mode.name}`);
}
