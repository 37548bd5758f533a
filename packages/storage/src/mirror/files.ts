// Where a buddy group's state lives on its primary target: <target>/mirror/group-<id>.json and dirty-<id>.log.
import { join } from 'node:path';
import type { Target } from '../targets.js';

/** Sub-directory of a target holding the buddy groups' state files. */
export const MIRROR_DIR = 'mirror';

/** The state file (mode, resync stats) of group `groupId` kept on target `t`. */
export function groupStatePath(t: Target, groupId: number): string {
  return join(t.dir, MIRROR_DIR, `group-${groupId}.json`);
}

/** The dirty-set file of group `groupId` kept on target `t`. */
export function dirtySetPath(t: Target, groupId: number): string {
  return join(t.dir, MIRROR_DIR, `dirty-${groupId}.log`);
}
