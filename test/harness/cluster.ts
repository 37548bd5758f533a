// Cluster tests' launcher: a LocalCluster of real daemon processes in a temporary directory.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalCluster } from '@hivefs/ctl';

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
  /** Stops everything and removes the directory. */
  destroy(): Promise<void>;
}

/** Timeouts short enough for tests: heartbeat 0.25 s, Probably-offline after 1 s, Offline after 2 s. */
export const FAST_STATES = { sysHeartbeatIntervalSecs: '0.25', sysTargetProbablyOfflineSecs: '1', sysTargetOfflineTimeoutSecs: '2' };

/** Lays out and starts a cluster; every target is Online when it resolves. */
export async function startCluster(opts: TestClusterOptions = {}): Promise<TestCluster> {
  const dir = await mkdtemp(join(tmpdir(), 'hivefs-test-'));
  const extra = {
    common: { sysHeartbeatIntervalSecs: FAST_STATES.sysHeartbeatIntervalSecs, logLevel: 'info', ...opts.extra?.common },
    mgmtd: {
      sysTargetProbablyOfflineSecs: FAST_STATES.sysTargetProbablyOfflineSecs,
      sysTargetOfflineTimeoutSecs: FAST_STATES.sysTargetOfflineTimeoutSecs,
      ...opts.extra?.mgmtd,
    },
    meta: { ...opts.extra?.meta },
    storage: { ...opts.extra?.storage },
  };
  const cluster = await LocalCluster.create({ dir, meta: opts.meta ?? 1, storage: opts.storage ?? 2, targetsPerStorage: opts.targetsPerStorage ?? 2, extra });
  const tc: TestCluster = {
    cluster,
    dir,
    clientConf: cluster.paths.clientConf,
    secret: await cluster.secret(),
    mgmtd: cluster.mgmtd,
    targetDir: (id) => cluster.targetDir(id),
    stop: (name, signal) => cluster.stop(name, signal),
    start: async (name) => void (await cluster.start(name)),
    destroy: async () => {
      await cluster.down();
      await rm(dir, { recursive: true, force: true });
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
