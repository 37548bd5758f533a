// Buddy-mirror tests' helpers: a cluster whose targets are paired in groups across the two storage
// daemons, a mounted buddy-mirrored directory, group and state queries, resync stats, and the
// on-disk comparison of each group's two copies.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { waitFor } from '@hivefs/common/testing';
import { MapView, Rpc, hivefs } from '@hivefs/protocol';
import { expect } from 'vitest';
import { startCluster, type TestCluster, type TestClusterOptions } from './cluster.js';
import { runCtl } from './ctl.js';
import { q, shOk } from './mount.js';

const QUIET = { debug() {}, info() {}, warn() {}, error() {} };
const S = hivefs.NodeType.STORAGE;

/** A running mirrored cluster: groups g[i] pair storage01's i-th target (primary) with storage02's. */
export interface MirrorCluster {
  tc: TestCluster;
  view: MapView;
  /** Group ids in creation order. */
  groups: number[];
  /** Current group record from a fresh map. */
  group(groupId: number): Promise<hivefs.IBuddyGroup>;
  /** Current target record from a fresh map. */
  target(targetId: number): Promise<hivefs.ITargetInfo>;
  /** The daemon (storage01/storage02) that serves a target. */
  daemonOf(targetId: number): string;
  /** Waits until a target has this consistency (and, for GOOD, is Online and not resyncing). */
  waitConsistency(targetId: number, c: hivefs.Consistency, timeoutMs?: number): Promise<void>;
  /** The resync stats the group's current primary keeps. */
  resyncStats(groupId: number): Promise<hivefs.IResyncStats>;
  /** sha256 of every chunk file under a target's buddymir/, by path relative to it. */
  mirroredChunks(targetId: number): Promise<Map<string, string>>;
  /** Expects both members of every group to hold byte-identical buddymir/ chunk files; returns how many files each holds. */
  expectCopiesIdentical(): Promise<number[]>;
  destroy(): Promise<void>;
}

/**
 * Starts 1 meta + 2 storage daemons x `targetsPerStorage` targets with the harness's fast states, pairs storage01's targets with storage02's via `hivefs-ctl --addmirrorgroup`,
 * and leaves every group Good.
 */
export async function startMirrorCluster(opts: TestClusterOptions = {}): Promise<MirrorCluster> {
  const tc = await startCluster({ storage: 2, targetsPerStorage: 2, ...opts });
  const view = new MapView({ mgmtdHost: tc.mgmtd.host, mgmtdPort: tc.mgmtd.port, secret: tc.secret, log: QUIET, timeoutMs: 2000 });
  const slot = (name: string): number[] => tc.cluster.slots.find((s) => s.name === name)?.targetIds ?? [];
  const [a, b] = [slot('storage01'), slot('storage02')];
  const groups: number[] = [];
  try {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const groupId = 100 + i;
      const r = await runCtl([`--cfgFile=${tc.clientConf}`, '--addmirrorgroup', '--nodetype=storage', `--primary=${a[i]}`, `--secondary=${b[i]}`, `--groupid=${groupId}`]);
      if (r.code !== 0) throw new Error(`--addmirrorgroup failed (${r.code}): ${r.stderr}`);
      groups.push(groupId);
    }
  } catch (e) {
    view.close();
    await tc.destroy();
    throw e;
  }
  const fresh = async (): Promise<hivefs.ClusterMap> => view.refresh();
  const mc: MirrorCluster = {
    tc,
    view,
    groups,
    group: async (id) => {
      const g = (await fresh()).groups.find((x) => x.groupId === id && x.nodeType === S);
      if (!g) throw new Error(`buddy group ${id} is not in the map`);
      return g;
    },
    target: async (id) => {
      const t = (await fresh()).targets.find((x) => x.targetId === id && x.nodeType === S);
      if (!t) throw new Error(`target ${id} is not in the map`);
      return t;
    },
    daemonOf: (id) => tc.cluster.slots.find((s) => s.targetIds.includes(id))?.name ?? `no daemon serves target ${id}`,
    waitConsistency: async (id, c, timeoutMs = 60_000) => {
      await waitFor(async () => {
        const t = await mc.target(id).catch(() => undefined);
        if (!t || t.consistency !== c) return false;
        return c !== hivefs.Consistency.GOOD || (t.reachability === hivefs.Reachability.ONLINE && !t.resyncing);
      }, { timeoutMs, intervalMs: 100, what: `target ${id} to be ${hivefs.Consistency[c]}` });
    },
    resyncStats: async (groupId) => {
      const g = await mc.group(groupId);
      const r = await view.targetClient(g.primaryId ?? 0).call(Rpc.getResyncStats, { groupId });
      return r.stats ?? {};
    },
    mirroredChunks: async (id) => {
      const root = join(tc.targetDir(id), 'buddymir');
      const out = new Map<string, string>();
      for (const f of await filesUnder(root)) out.set(relative(root, f), await fileSha256(f));
      return out;
    },
    expectCopiesIdentical: async () => {
      const counts: number[] = [];
      for (const id of groups) {
        const g = await mc.group(id);
        const [p, s] = await Promise.all([mc.mirroredChunks(g.primaryId ?? 0), mc.mirroredChunks(g.secondaryId ?? 0)]);
        expect([...s.keys()].sort(), `chunk files of group ${id}'s secondary ${g.secondaryId} vs primary ${g.primaryId}`).toEqual([...p.keys()].sort());
        for (const [path, sum] of p) expect(s.get(path), `${path} in group ${id}`).toBe(sum);
        counts.push(p.size);
      }
      return counts;
    },
    destroy: async () => {
      view.close();
      await tc.destroy();
    },
  };
  return mc;
}

/** Makes directory `m` under a mount, buddy-mirrored over `numTargets` groups; resolves its path. */
export async function makeMirroredDir(clientConf: string, mountDir: string, numTargets = 2): Promise<string> {
  const dir = join(mountDir, 'm');
  await shOk(`mkdir ${q(dir)}`); // by a separate process, as the mount's users do
  await setBuddyMirror(clientConf, dir, numTargets);
  return dir;
}

/** Sets `dir` (under a mount) to the buddy mirror pattern over `numTargets` groups. */
export async function setBuddyMirror(clientConf: string, dir: string, numTargets = 2): Promise<void> {
  const r = await runCtl([`--cfgFile=${clientConf}`, '--setpattern', dir, '--buddymirror', `--numtargets=${numTargets}`]);
  if (r.code !== 0) throw new Error(`--setpattern --buddymirror failed (${r.code}): ${r.stderr}`);
}

async function filesUnder(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const out: string[] = [];
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(p)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

function fileSha256(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(path).on('data', (d) => h.update(d)).on('error', reject).on('end', () => resolve(h.digest('hex')));
  });
}
