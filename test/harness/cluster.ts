// Cluster tests' launcher: a LocalCluster of real daemon processes in a temporary directory.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalCluster } from '@hivefs/ctl';
import { waitFor } from '@hivefs/common/testing';
import { MapView, hivefs } from '@hivefs/protocol';

export interface TestClusterOptions {
  meta?: number;
  storage?: number;
  targetsPerStorage?: number;
  /** Extra config keys per service. */
  extra?: { common?: Record<string, string>; mgmtd?: Record<string, string>; meta?: Record<string, string>; storage?: Record<string, string> };
}

export interface TestCluster {
  cluster: LocalCluster;
  dir: string;
  clientConf: string;
  secret: Buffer;
  mgmtd: { host: string; port: number };
  /** Directory of a storage target (its chunk files are under `chunks/`). */
  targetDir(targetId: number): string;
  /** Stops one daemon (SIGTERM or SIGKILL) and waits for its exit. */
  stop(name: string, signal?: NodeJS.Signals): Promise<void>;
  /** Starts one daemon again with its configuration and waits for its ready line. */
  start(name: string): Promise<void>;
  /** Pauses one daemon (SIGSTOP): its sockets stay open but it answers nothing, heartbeats included. */
  pause(name: string): Promise<void>;
  /** Lets a paused daemon go on (SIGCONT). stop() and destroy() resume paused daemons first. */
  resume(name: string): Promise<void>;
  /** Waits until mgmtd's map shows every storage target of daemon `name` with this reachability. */
  waitTargets(name: string, reachability: hivefs.Reachability, timeoutMs?: number): Promise<void>;
  /** Stops everything and removes the directory. */
  destroy(): Promise<void>;
}

const QUIET = { debug() {}, info() {}, warn() {}, error() {} };

/** Timeouts short enough for tests: heartbeat 0.25 s, Probably-offline after 1 s, Offline after 2 s, primary lease 1 s. */
export const FAST_STATES = { sysHeartbeatIntervalSecs: '0.25', sysTargetProbablyOfflineSecs: '1', sysTargetOfflineTimeoutSecs: '2', sysPrimaryLeaseSecs: '1' };

/** Lays out and starts a cluster; every target is Online when it resolves. */
export async function startCluster(opts: TestClusterOptions = {}): Promise<TestCluster> {
  const dir = await mkdtemp(join(tmpdir(), 'hivefs-test-'));
  const extra = {
    common: { sysHeartbeatIntervalSecs: FAST_STATES.sysHeartbeatIntervalSecs, logLevel: 'info', ...opts.extra?.common },
    mgmtd: {
      sysTargetProbablyOfflineSecs: FAST_STATES.sysTargetProbablyOfflineSecs,
      sysTargetOfflineTimeoutSecs: FAST_STATES.sysTargetOfflineTimeoutSecs,
      sysPrimaryLeaseSecs: FAST_STATES.sysPrimaryLeaseSecs,
      ...opts.extra?.mgmtd,
    },
    meta: { ...opts.extra?.meta },
    storage: { ...opts.extra?.storage },
  };
  const cluster = await LocalCluster.create({ dir, meta: opts.meta ?? 1, storage: opts.storage ?? 2, targetsPerStorage: opts.targetsPerStorage ?? 2, extra });
  const paused = new Map<string, number>();
  const pidOf = async (name: string): Promise<number> => {
    const pid = (await cluster.status()).find((s) => s.name === name)?.pid;
    if (!pid) throw new Error(`${name} is not running`);
    return pid;
  };
  const resume = async (name: string): Promise<void> => {
    const pid = paused.get(name);
    paused.delete(name);
    try {
      if (pid) process.kill(pid, 'SIGCONT');
    } catch {
      /* it is gone */
    }
  };
  const resumeAll = async (): Promise<void> => {
    for (const name of [...paused.keys()]) await resume(name);
  };
  const tc: TestCluster = {
    cluster,
    dir,
    clientConf: cluster.paths.clientConf,
    secret: await cluster.secret(),
    mgmtd: cluster.mgmtd,
    targetDir: (id) => cluster.targetDir(id),
    stop: async (name, signal) => {
      await resume(name);
      await cluster.stop(name, signal);
    },
    start: async (name) => void (await cluster.start(name)),
    pause: async (name) => {
      const pid = await pidOf(name);
      process.kill(pid, 'SIGSTOP');
      paused.set(name, pid);
    },
    resume,
    waitTargets: async (name, reachability, timeoutMs = 15_000) => {
      const ids = cluster.slots.find((sl) => sl.name === name)?.targetIds ?? [];
      const view = new MapView({ mgmtdHost: cluster.mgmtd.host, mgmtdPort: cluster.mgmtd.port, secret: tc.secret, log: QUIET, timeoutMs: 2000 });
      const state = (map: hivefs.ClusterMap, id: number) => map.targets.find((t) => t.targetId === id && t.nodeType === hivefs.NodeType.STORAGE)?.reachability;
      const matches = async (): Promise<boolean> => {
        const map = await view.refresh();
        return ids.every((id) => state(map, id) === reachability);
      };
      try {
        await waitFor(matches, {
          timeoutMs,
          intervalMs: 100,
          what: `${name}'s targets ${ids.join(',')} to be ${hivefs.Reachability[reachability]}`,
        });
      } finally {
        view.close();
      }
    },
    destroy: async () => {
      await resumeAll();
      await cluster.down();
      // HIVEFS_TEST_KEEP=1 keeps the data directories and daemon logs for a look after the run
      if (process.env['HIVEFS_TEST_KEEP']) console.log(`cluster files kept in ${dir}`);
      else await rm(dir, { recursive: true, force: true });
    },
  };
  try {
    await cluster.up(60_000);
  } catch (e) {
    const logs = await Promise.all(cluster.slots.map(async (s) => `${s.name}: ${(await readFile(cluster.paths.out(s.name), 'utf8').catch(() => '')).slice(-500)}`));
    await tc.destroy();
    throw new Error(`${(e as Error).message}\n${logs.join('\n')}`);
  }
  return tc;
}
