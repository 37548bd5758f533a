// `hivefs-local up --mirror`: buddy groups of targets on different storage daemons and a buddy-mirrored root
// directory; with two meta daemons or more also a meta buddy group holding the root (--mirrormd).
import { hivefs, metaGroupOfNode } from '@hivefs/protocol';
import { mirrorRoot, type MirrorMdResult } from '../api/meta-mirror.js';
import { addMirrorGroup, addMirrorGroupsAutomatic, listMirrorGroups, type AddedGroup, type MirrorGroupRow } from '../api/mirror-groups.js';
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

/** What setting up meta buddy mirroring did. */
export interface MetaMirrorSetUp {
  /** The meta buddy group of the root's node. */
  groupId: number;
  primaryId: number;
  secondaryId: number;
  /** Whether the group was created now. */
  created: boolean;
  root: MirrorMdResult;
}

/**
 * Pairs the meta node owning the root (primary) with the lowest other meta node in no group
 * (secondary) unless it is in a meta buddy group already, then mirrors the root (as
 * `hivefs-ctl --addmirrorgroup --nodetype=meta` and `--mirrormd`), and waits until both members
 * are Online and Good. Needs two meta daemons; call after `up`.
 */
export async function createMetaMirror(c: LocalCluster, timeoutMs = 30_000): Promise<MetaMirrorSetUp> {
  const set = await withSession(c, timeoutMs, async (s) => {
    const root = s.map.rootNodeId;
    if (!root) throw new Error('no meta node owns the root directory yet');
    let g = metaGroupOfNode(s.map, root);
    let created = false;
    if (!g) {
      const grouped = (id: number): boolean => metaGroupOfNode(s.map, id) !== undefined;
      const others = s.map.nodes.map((n) => (n.type === hivefs.NodeType.META ? (n.nodeId ?? 0) : 0)).filter((id) => id && id !== root && !grouped(id));
      const other = others.sort((a, b) => a - b)[0];
      if (other === undefined) throw new Error(`meta buddy mirroring needs a second meta node that is in no group (start with --meta 2)`);
      const added = await addMirrorGroup(s, 'meta', { primary: root, secondary: other, force: false });
      g = { groupId: added.groupId, primaryId: root, secondaryId: other };
      created = true;
    }
    return { groupId: g.groupId ?? 0, primaryId: g.primaryId ?? 0, secondaryId: g.secondaryId ?? 0, created, root: await mirrorRoot(s) };
  });
  await waitMetaGood(c, [set.primaryId, set.secondaryId], timeoutMs);
  return set;
}

/** Polls the map until meta nodes `ids` are Online and Good, for at most `timeoutMs`. */
async function waitMetaGood(c: LocalCluster, ids: number[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  await withSession(c, timeoutMs, async (s) => {
    for (let map = s.map; ; map = await s.view.refresh()) {
      const states = ids.map((id) => map.targets.find((t) => t.nodeType === hivefs.NodeType.META && t.targetId === id));
      const good = (t: hivefs.ITargetInfo | undefined): boolean => t?.reachability === hivefs.Reachability.ONLINE && t.consistency === hivefs.Consistency.GOOD;
      if (states.every(good)) return;
      if (Date.now() > deadline) {
        const say = (t: hivefs.ITargetInfo | undefined, i: number): string => `meta node ${ids[i]}: ${t ? `${hivefs.Reachability[t.reachability ?? 0]}/${hivefs.Consistency[t.consistency ?? 0]}` : 'not in the map'}`;
        throw new Error(`meta buddy group members not Online and Good after ${timeoutMs} ms (${states.map(say).join(', ')})`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  });
}
