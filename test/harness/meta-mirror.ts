// Meta buddy mirroring tests' helpers: a cluster of two meta daemons paired in buddy group 200
// with the root mirrored (as an admin does it with hivefs-ctl), the group's roles and states, the
// journal and resync stats of its members, and the comparison of the two members' group spaces.
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openLevelStore, type KvStore } from '@hivefs/common';
import { waitFor } from '@hivefs/common/testing';
import { APPLIED_KEY, decodePosition, journalPrefix, spacePrefix } from '@hivefs/meta';
import { MapView, Rpc, RpcClient, groupOwner, hivefs } from '@hivefs/protocol';
import { parseWriterLog, type Namespace, type WriterLog } from '../cluster/meta-writer-log.js';
import { startCluster, type TestCluster, type TestClusterOptions } from './cluster.js';
import { parseStateTable, runCtl } from './ctl.js';
import { cleanupAll, mountHivefs, q, shOk, startSh, tempDir, type Mount, type ShProcess } from './mount.js';

const QUIET = { debug() {}, info() {}, warn() {}, error() {} };
const M = hivefs.NodeType.META;

/** The meta buddy group of these tests. */
export const META_GROUP = 200;
/** Daemon name of meta node `n`. */
export const metaDaemon = (n: number): string => `meta0${n}`;

/** A running cluster with meta nodes 1 and 2 in buddy group 200 and the root in its space. */
export interface MetaMirrorCluster {
  tc: TestCluster;
  view: MapView;
  /** Runs hivefs-ctl with the cluster's client conf; rejects on a non-zero exit. */
  ctl(...args: string[]): Promise<string>;
  /** A fresh map from mgmtd. */
  map(): Promise<hivefs.ClusterMap>;
  /**
   * A new RPC client of the daemon of meta node `n` (its fixed port, also after a restart), with
   * its own timeout (a request held by a paused daemon outlives the view's 5 s); closed by destroy.
   */
  metaClient(n: number, timeoutMs?: number): RpcClient;
  /** The group's members from a fresh map. */
  roles(): Promise<{ primary: number; secondary: number }>;
  /** Meta node `n` as a target of a fresh map. */
  metaTarget(n: number): Promise<hivefs.ITargetInfo>;
  /** Waits until mgmtd's map has `primary` as the group's primary (and `secondary` as its secondary). */
  waitPrimary(primary: number, timeoutMs?: number): Promise<void>;
  /** Waits until `--listtargets --nodetype=meta --state` shows every meta node Online and Good (and none resyncing in the map). */
  waitAllGood(timeoutMs?: number): Promise<void>;
  /** The group's journal on meta node `n` (asked of that node). */
  journalStats(n: number): Promise<hivefs.IMetaJournalStats>;
  /** The last or running resync of the group, asked of its current primary. */
  resyncStats(): Promise<hivefs.IResyncStats>;
  destroy(): Promise<void>;
}

/**
 * Starts mgmtd, meta nodes 1 and 2 and storage (the harness's fast states), then as an admin:
 * `--addmirrorgroup --nodetype=meta --primary=1 --secondary=2 --groupid=200`, `--mirrormd`, and
 * waits until `--listtargets --nodetype=meta --state` shows both Online Good.
 */
export async function startMetaMirrorCluster(opts: TestClusterOptions = {}): Promise<MetaMirrorCluster> {
  const tc = await startCluster({ storage: 1, targetsPerStorage: 2, ...opts, meta: 2 });
  const view = new MapView({ mgmtdHost: tc.mgmtd.host, mgmtdPort: tc.mgmtd.port, secret: tc.secret, log: QUIET, timeoutMs: 5000 });
  const ctl = async (...args: string[]): Promise<string> => {
    const r = await runCtl([`--cfgFile=${tc.clientConf}`, ...args]);
    if (r.code !== 0) throw new Error(`hivefs-ctl ${args.join(' ')} exited ${r.code}: ${r.stderr}${r.stdout}`);
    return r.stdout;
  };
  const clients: RpcClient[] = [];
  const group = async (): Promise<hivefs.IBuddyGroup> => {
    const g = (await view.refresh()).groups.find((x) => x.nodeType === M && x.groupId === META_GROUP);
    if (!g) throw new Error(`meta buddy group ${META_GROUP} is not in the map`);
    return g;
  };
  const mc: MetaMirrorCluster = {
    tc,
    view,
    ctl,
    map: () => view.refresh(),
    metaClient: (n, timeoutMs = 10_000) => {
      const slot = tc.cluster.slots.find((x) => x.name === metaDaemon(n));
      if (!slot) throw new Error(`no daemon ${metaDaemon(n)} in the cluster`);
      const c = new RpcClient({ host: '127.0.0.1', port: slot.port, secret: tc.secret, timeoutMs });
      clients.push(c);
      return c;
    },
    roles: async () => {
      const g = await group();
      return { primary: g.primaryId ?? 0, secondary: g.secondaryId ?? 0 };
    },
    metaTarget: async (n) => {
      const t = (await view.refresh()).targets.find((x) => x.nodeType === M && x.targetId === n);
      if (!t) throw new Error(`meta node ${n} is not a target in the map`);
      return t;
    },
    waitPrimary: async (primary, timeoutMs = 20_000) => {
      await waitFor(async () => (await mc.roles()).primary === primary, { timeoutMs, intervalMs: 50, what: `meta node ${primary} to be group ${META_GROUP}'s primary` });
    },
    waitAllGood: async (timeoutMs = 60_000) => {
      await waitFor(
        async () => {
          const rows = parseStateTable(await ctl('--listtargets', '--nodetype=meta', '--state'));
          if (rows.length !== 2 || !rows.every((r) => r.reachability === 'Online' && r.consistency === 'Good')) return false;
          return (await view.refresh()).targets.every((t) => t.nodeType !== M || !t.resyncing);
        },
        { timeoutMs, intervalMs: 200, what: 'both meta nodes Online and Good' },
      );
    },
    journalStats: async (n) => (await view.nodeClient(M, n).call(Rpc.metaJournalStats, { groupId: META_GROUP })).stats ?? {},
    resyncStats: async () => {
      const { primary } = await mc.roles();
      return (await view.nodeClient(M, primary).call(Rpc.getMetaResyncStats, { groupId: META_GROUP })).stats ?? {};
    },
    destroy: async () => {
      for (const c of clients.splice(0)) c.close();
      view.close();
      // HIVEFS_KEEP_LOGS=DIR keeps the daemons' logs of every such cluster (DIR/<cluster dir name>/)
      const keep = process.env['HIVEFS_KEEP_LOGS'];
      if (keep) await cp(join(tc.dir, 'log'), join(keep, basename(tc.dir)), { recursive: true }).catch((e: Error) => console.warn(`keeping the logs: ${e.message}`));
      await tc.destroy();
    },
  };
  try {
    await ctl('--addmirrorgroup', '--nodetype=meta', '--primary=1', '--secondary=2', `--groupid=${META_GROUP}`);
    await ctl('--mirrormd');
    // --mirrormd returns once mgmtd's map names the group; the primary moves the root into the
    // group's space when it sees that map, and until then serves the old root, whose new
    // directories stay unmirrored: wait for the move before anything is created.
    await waitFor(async () => {
      await view.refresh();
      const attr = await view.nodeClient(M, 1).call(Rpc.getAttr, { cred: { uid: 0, gid: 0, gids: [] }, entryId: 'root' }).then((r) => r.attr, () => undefined);
      return attr?.ownerNodeId === groupOwner(META_GROUP);
    }, { timeoutMs: 15_000, intervalMs: 100, what: `the root in group ${META_GROUP}'s space` });
    await mc.waitAllGood();
  } catch (e) {
    await mc.destroy();
    throw e;
  }
  return mc;
}

/** A {@link MetaMirrorCluster} mounted through FUSE in failover mode, with a directory for writer logs. */
export interface MetaMirrorMount {
  mc: MetaMirrorCluster;
  mount: Mount;
  /** A temporary directory (for {@link MetaWriters} logs). */
  logDir: string;
  /** Unmounts every mount of the test process (cleanupAll) and stops the cluster. */
  destroy(): Promise<void>;
}

/** {@link startMetaMirrorCluster} with `opts`, then a failover mount of it and a log directory. */
export async function startMetaMirrorMount(opts: TestClusterOptions = {}): Promise<MetaMirrorMount> {
  const logDir = await tempDir('hivefs-meta-writers-');
  const mc = await startMetaMirrorCluster(opts);
  const destroy = async (): Promise<void> => {
    await cleanupAll();
    await mc.destroy();
  };
  try {
    const mount = await mountHivefs({ clientConf: mc.tc.clientConf, mode: 'failover' });
    return { mc, mount, logDir, destroy };
  } catch (e) {
    await destroy();
    throw e;
  }
}

/** A stopped meta node's group space: every `G:<gid>:` key (without the prefix) and value, and its applied seq. */
export interface SpaceImage {
  records: Map<string, Buffer>;
  appliedSeq: number;
  /** How many journal records (`J:<gid>:`) the node keeps. */
  journalRecords: number;
}

/**
 * Opens the LevelDB of a stopped meta node. A SIGKILLed daemon counts as stopped once its main
 * thread is a zombie, while its other threads may still hold the store's lock for a moment.
 */
export async function openStopped(dataDir: string): Promise<KvStore> {
  let kv: KvStore | undefined;
  await waitFor(async () => (kv = await openLevelStore(join(dataDir, 'db'))) !== undefined, { timeoutMs: 10_000, intervalMs: 50, what: `the store in ${dataDir} to be free` });
  return kv!;
}

/** Reads the group space of the stopped meta node whose data directory is `dataDir`. */
export async function readSpaceImage(dataDir: string, groupId = META_GROUP): Promise<SpaceImage> {
  const kv = await openStopped(dataDir);
  try {
    const records = new Map<string, Buffer>();
    const prefix = spacePrefix(groupId);
    for await (const [k, v] of kv.keysWithPrefix(prefix)) records.set(k.slice(prefix.length), Buffer.from(v));
    let journalRecords = 0;
    for await (const _ of kv.keysWithPrefix(journalPrefix(groupId))) journalRecords++;
    return { records, appliedSeq: decodePosition(records.get(APPLIED_KEY)).seq, journalRecords };
  } finally {
    await kv.close();
  }
}

/** How two group spaces differ: keys only in one, and keys whose values differ; all empty when identical. */
export function diffSpaces(a: Map<string, Buffer>, b: Map<string, Buffer>): { onlyA: string[]; onlyB: string[]; differ: string[] } {
  const onlyA = [...a.keys()].filter((k) => !b.has(k)).sort();
  const onlyB = [...b.keys()].filter((k) => !a.has(k)).sort();
  const differ = [...a].filter(([k, v]) => b.has(k) && !b.get(k)!.equals(v)).map(([k]) => k).sort();
  return { onlyA, onlyB, differ };
}

/** Key counts by their first letter (I, D, S, R...): what a space holds, for the test's log. */
export function keyKinds(records: Map<string, Buffer>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of records.keys()) out[k.split(':')[0]!] = (out[k.split(':')[0]!] ?? 0) + 1;
  return out;
}

/** The journal records of the group that a stopped meta node keeps, in seq order. */
export async function readJournal(dataDir: string, groupId = META_GROUP): Promise<hivefs.JournalEntry[]> {
  const kv = await openStopped(dataDir);
  try {
    const out: hivefs.JournalEntry[] = [];
    for await (const [, v] of kv.keysWithPrefix(journalPrefix(groupId))) out.push(hivefs.JournalEntry.decode(v));
    return out;
  } finally {
    await kv.close();
  }
}

/** What a journal entry does, as the sorted kinds of its key operations: `+D +I +R` (puts) or `-S` (deletes). */
export function entryShape(e: hivefs.IJournalEntry): string {
  return [...new Set((e.ops ?? []).map((o) => `${o.del ? '-' : '+'}${(o.key ?? '').split(':')[0]}`))].sort().join(' ');
}

const WRITER = fileURLToPath(new URL('../cluster/fixtures/meta-writer.mjs', import.meta.url));

/** Writer processes of test/cluster/fixtures/meta-writer.mjs, each in its own directory of a mount. */
export class MetaWriters {
  readonly procs: ShProcess[] = [];
  readonly dirs: string[] = [];
  readonly logs: string[] = [];
  private pauseFile = '';

  /**
   * Makes `<mountDir>/<name>-<i>` for i < count (by a separate process), checks with
   * `hivefs-ctl --getentryinfo` that each is in group 200's space, and starts a writer in each,
   * logging to `logDir`.
   */
  static async start(clientConf: string, mountDir: string, logDir: string, name: string, count: number): Promise<MetaWriters> {
    const w = new MetaWriters();
    for (let i = 0; i < count; i++) {
      w.dirs.push(join(mountDir, `${name}-${i}`));
      w.logs.push(join(logDir, `${name}-${i}.log`));
    }
    w.pauseFile = join(logDir, `${name}.pause`);
    await shOk(`mkdir ${w.dirs.map(q).join(' ')}`);
    const owner = `-G${META_GROUP.toString(16).toUpperCase()}`;
    for (const dir of w.dirs) {
      const r = await runCtl([`--cfgFile=${clientConf}`, '--getentryinfo', dir]);
      if (!r.stdout.includes(`Metadata buddy group: ${META_GROUP}`) || !new RegExp(`^EntryID: \\S+${owner}$`, 'm').test(r.stdout)) throw new Error(`${dir} is not in meta buddy group ${META_GROUP}'s space:\n${r.stdout}${r.stderr}`);
    }
    w.dirs.forEach((dir, i) => {
      const cmd = `exec ${q(process.execPath)} ${q(WRITER)} --dir=${q(dir)} --log=${q(w.logs[i]!)} --pause=${q(w.pauseFile)} --seed=${i + 1} --tag=${name}${i}`;
      w.procs.push(startSh(cmd, { timeoutMs: 600_000 }));
    });
    return w;
  }

  /** Each writer's log as it is now. */
  async read(): Promise<WriterLog[]> {
    return Promise.all(this.logs.map(async (f) => parseWriterLog(await readFile(f, 'utf8').catch(() => ''))));
  }

  /** Successful operations logged so far, per writer. */
  async counts(): Promise<number[]> {
    return (await this.read()).map((l) => l.ops.length);
  }

  /** Waits until every writer logged at least `min[i]` operations; fails at once when one logged an error or exited. */
  async waitOps(min: number[] | number, timeoutMs = 60_000): Promise<number[]> {
    let last: number[] = [];
    await waitFor(
      async () => {
        const logs = await this.read();
        const bad = logs.findIndex((l, i) => l.error !== undefined || this.procs[i]!.child.exitCode !== null);
        if (bad >= 0) throw new Error(`writer ${bad} ended: ${logs[bad]!.error ?? 'no error logged'}; ${this.procs[bad]!.stderr()}`);
        last = logs.map((l) => l.ops.length);
        return last.every((n, i) => n >= (typeof min === 'number' ? min : min[i]!));
      },
      { timeoutMs, intervalMs: 100, what: `writers to log ${JSON.stringify(min)} operations (have ${JSON.stringify(last)})` },
    );
    return last;
  }

  /** Asks every writer to pause and waits until each logged that it has (no operation of theirs in progress then); resolves with their counts. */
  async pause(timeoutMs = 60_000): Promise<number[]> {
    await writeFile(this.pauseFile, '');
    let logs: WriterLog[] = [];
    await waitFor(async () => (logs = await this.read()).every((l) => l.paused), { timeoutMs, intervalMs: 50, what: 'every writer to pause' });
    return logs.map((l) => l.ops.length);
  }

  /** Lets paused writers go on. */
  async resume(): Promise<void> {
    await rm(this.pauseFile, { force: true });
  }

  /** SIGTERMs every writer and resolves with their exit codes and stderr once they are gone. */
  async stop(): Promise<{ code: number; stderr: string }[]> {
    for (const p of this.procs) p.kill('SIGTERM');
    return Promise.all(this.procs.map(async (p) => {
      const r = await p.result;
      return { code: r.code, stderr: r.stderr };
    }));
  }

  /** Kills whatever still runs (for finally blocks). */
  kill(): void {
    for (const p of this.procs) p.kill('SIGKILL');
  }

  /** A walk of writer `i`'s directory through the mount, by a separate process. */
  async walk(i: number): Promise<Namespace> {
    return JSON.parse(await shOk(`${q(process.execPath)} ${q(WRITER)} --walk=${q(this.dirs[i]!)}`)) as Namespace;
  }
}
