// `hivefs-local up --mirror`: buddy groups of targets on different storage daemons and a buddy-mirrored root directory.
import { addMirrorGroupsAutomatic, listMirrorGroups, type AddedGroup, type MirrorGroupRow } from '../api/mirror-groups.js';
import { setPattern } from '../api/entries.js';
import { ungroupedCandidates } from '../api/pairing.js';
import { openSession, type Session } from '../api/session.js';
import type { LocalCluster } from './cluster.js';

/** What creating the groups did. */
export interface MirrorGroupsSetUp {
  /** Groups created now (none when every target was grouped already). */
  added: AddedGroup[];
  /** Every storage buddy group afterwards. */
  groups: MirrorGroupRow[];
}

async function withSession<T>(c: LocalCluster, timeoutMs: number, f: (s: Session) => Promise<T>): Promise<T> {
  const s = await openSession({ ...c.mgmtd, secret: await c.secret(), timeoutMs });
  try {
    return await f(s);
  } finally {
    s.close();
  }
}

/**
 * Pairs the cluster's ungrouped storage targets into buddy groups with members on different
 * storage daemons, as `hivefs-ctl --addmirrorgroup --automatic` does (refused when that is
 * impossible, e.g. with one storage daemon). With every target grouped already it creates none.
 * Call when every target is Online (after `up`).
 */
export function createMirrorGroups(c: LocalCluster, timeoutMs = 10_000): Promise<MirrorGroupsSetUp> {
  return withSession(c, timeoutMs, async (s) => {
    const added = ungroupedCandidates(s.map, 'storage').length ? await addMirrorGroupsAutomatic(s, 'storage', false) : [];
    return { added, groups: listMirrorGroups(added.length ? await s.view.refresh() : s.map, 'storage') };
  });
}

/**
 * Sets the root directory's stripe pattern to buddy mirror over every storage buddy group (as
 * `hivefs-ctl --setpattern / --buddymirror --numtargets=<groups>`).
 */
export function mirrorRootDirectory(c: LocalCluster, timeoutMs = 10_000): Promise<void> {
  return withSession(c, timeoutMs, async (s) => {
    const groups = listMirrorGroups(s.map, 'storage').length;
    await setPattern(s, { mode: 'setpattern', path: '/', pattern: 'buddymirror', ...(groups ? { numTargets: groups } : {}) });
  });
}
