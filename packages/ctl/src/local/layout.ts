// Where a local cluster keeps its files: DIR/{conf,data,log,run}, the client conf and cluster.json.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What a local cluster consists of, persisted as DIR/cluster.json. */
export interface ClusterSpec {
  meta: number;
  storage: number;
  targetsPerStorage: number;
  host: string;
  ports: { mgmtd: number; meta: number[]; storage: number[] };
  /** Extra config keys per service, e.g. fast timeouts in tests. */
  extra: { common: Record<string, string>; mgmtd: Record<string, string>; meta: Record<string, string>; storage: Record<string, string> };
  /** Where the cluster's hivefs-client mounts it (absolute); absent: no client. */
  mount?: string;
}

export type Service = 'mgmtd' | 'meta' | 'storage';

/** One daemon of the cluster. */
export interface DaemonSlot {
  name: string;
  service: Service;
  /** 1-based node id (mgmtd: 0). */
  nodeId: number;
  port: number;
  targetIds: number[];
}

/** The repository root, where bin/ lives (dist/local -> ../../../..). */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** Path of a HiveFS executable in bin/. */
export function binPath(name: string): string {
  return join(REPO_ROOT, 'bin', name);
}

/** Storage target ids as in BeeGFS examples: node 1 -> 101, 102; node 2 -> 201, 202. */
export function targetIdsOf(storageNode: number, perStorage: number): number[] {
  return Array.from({ length: perStorage }, (_, j) => storageNode * 100 + j + 1);
}

/** Daemon names and ids of a spec, mgmtd first. */
export function slotsOf(spec: ClusterSpec): DaemonSlot[] {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const slots: DaemonSlot[] = [{ name: 'mgmtd', service: 'mgmtd', nodeId: 0, port: spec.ports.mgmtd, targetIds: [] }];
  for (let i = 1; i <= spec.meta; i++) slots.push({ name: `meta${pad(i)}`, service: 'meta', nodeId: i, port: spec.ports.meta[i - 1]!, targetIds: [] });
  for (let i = 1; i <= spec.storage; i++) {
    slots.push({ name: `storage${pad(i)}`, service: 'storage', nodeId: i, port: spec.ports.storage[i - 1]!, targetIds: targetIdsOf(i, spec.targetsPerStorage) });
  }
  return slots;
}

/** Paths of everything under the cluster directory. */
export function clusterPaths(dir: string) {
  return {
    dir,
    spec: join(dir, 'cluster.json'),
    secret: join(dir, 'conf', 'auth.secret'),
    clientConf: join(dir, 'hivefs-client.conf'),
    conf: (name: string) => join(dir, 'conf', `hivefs-${name}.conf`),
    data: (name: string) => join(dir, 'data', name),
    target: (name: string, targetId: number) => join(dir, 'data', name, `target${targetId}`),
    log: (name: string) => join(dir, 'log', `${name}.log`),
    out: (name: string) => join(dir, 'log', `${name}.out`),
    pid: (name: string) => join(dir, 'run', `${name}.pid`),
  };
}

export type ClusterPaths = ReturnType<typeof clusterPaths>;
