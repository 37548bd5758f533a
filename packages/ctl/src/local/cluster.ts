// A local HiveFS cluster of real daemon processes on loopback: set-up, start, stop, status.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { loadAuthSecret, pickListenPort, setConfKeys } from '@hivefs/common';
import { MapView, Rpc, hivefs } from '@hivefs/protocol';
import { binPath, clusterPaths, slotsOf, type ClusterPaths, type ClusterSpec, type DaemonSlot } from './layout.js';
import { clientStatus, prepareMountDir, startClient, stopClient, type ClientStatus } from './client.js';
import { fileSize, livePid, startDetached, stopByPidFile, waitForReady } from './processes.js';

const run = promisify(execFile);
const quiet = { debug() {}, info() {}, warn() {}, error() {} };

/** Options of `LocalCluster.create`. */
export interface CreateOptions {
  dir: string;
  meta?: number;
  storage?: number;
  targetsPerStorage?: number;
  host?: string;
  extra?: Partial<ClusterSpec['extra']>;
}

/** Status of one daemon. */
export interface DaemonStatus extends DaemonSlot {
  pid: number | undefined;
}

/** A local cluster rooted at one directory. */
export class LocalCluster {
  readonly paths: ClusterPaths;

  private constructor(readonly spec: ClusterSpec, dir: string) {
    this.paths = clusterPaths(dir);
  }

  /** Opens the cluster in `dir`, laying it out first if it is new. */
  static async create(opts: CreateOptions): Promise<LocalCluster> {
    const paths = clusterPaths(opts.dir);
    try {
      const spec = JSON.parse(await readFile(paths.spec, 'utf8')) as ClusterSpec;
      return new LocalCluster(spec, opts.dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`cannot read ${paths.spec}: ${(e as Error).message}`);
    }
    const host = opts.host ?? '127.0.0.1';
    const meta = opts.meta ?? 1;
    const storage = opts.storage ?? 2;
    const taken = new Set<number>();
    const pick = async (): Promise<number> => {
      const port = await pickListenPort(host, { exclude: taken });
      taken.add(port);
      return port;
    };
    const ports = { mgmtd: await pick(), meta: [] as number[], storage: [] as number[] };
    for (let i = 0; i < meta; i++) ports.meta.push(await pick());
    for (let i = 0; i < storage; i++) ports.storage.push(await pick());
    const extra = { common: {}, mgmtd: {}, meta: {}, storage: {}, ...opts.extra };
    const spec: ClusterSpec = { meta, storage, targetsPerStorage: opts.targetsPerStorage ?? 2, host, ports, extra };
    const c = new LocalCluster(spec, opts.dir);
    await c.layOut();
    return c;
  }

  /** Every daemon of the cluster, mgmtd first. */
  get slots(): DaemonSlot[] {
    return slotsOf(this.spec);
  }

  /** Host and port of mgmtd. */
  get mgmtd(): { host: string; port: number } {
    return { host: this.spec.host, port: this.spec.ports.mgmtd };
  }

  /** Directory of one storage target. */
  targetDir(targetId: number): string {
    const node = Math.floor(targetId / 100);
    return this.paths.target(`storage${String(node).padStart(2, '0')}`, targetId);
  }

  /**
   * Starts every daemon that is not running (mgmtd, then the first meta node, then the rest
   * together), waits until all targets are Online, then starts
   * the client when the cluster has a mount point and waits until the mount serves.
   */
  async up(timeoutMs = 30_000): Promise<void> {
    const [mgmtd, ...rest] = this.slots;
    await this.start(mgmtd!.name, timeoutMs);
    // The first meta node registers alone: a new cluster's root directory is always on meta node 1.
    const firstMeta = rest.find((s) => s.service === 'meta');
    if (firstMeta) await this.start(firstMeta.name, timeoutMs);
    await Promise.all(rest.filter((s) => s !== firstMeta).map((s) => this.start(s.name, timeoutMs)));
    await this.waitOnline(timeoutMs);
    if (this.spec.mount) await startClient(this.paths, this.spec.mount, timeoutMs);
  }

  /** Stops every daemon: the client first (it unmounts; lazy unmount if it does not exit), then the servers, mgmtd last. */
  async down(): Promise<void> {
    await stopClient(this.paths, this.spec.mount);
    const [mgmtd, ...rest] = this.slots;
    await Promise.all(rest.map((s) => stopByPidFile(this.paths.pid(s.name))));
    await stopByPidFile(this.paths.pid(mgmtd!.name));
  }

  /**
   * Sets (a directory, created if missing) or clears (null) where the client mounts the cluster,
   * and remembers it in cluster.json. A client mounted elsewhere is stopped first; `up` starts it.
   */
  async setMount(dir: string | null): Promise<void> {
    const mount = dir === null ? undefined : await prepareMountDir(dir);
    if (mount === this.spec.mount) return;
    await stopClient(this.paths, this.spec.mount);
    if (mount === undefined) delete this.spec.mount;
    else this.spec.mount = mount;
    await writeFile(this.paths.spec, JSON.stringify(this.spec, null, 2) + '\n');
  }

  /** The client's status (pid, whether mounted); undefined when the cluster has no mount point. */
  async clientStatus(): Promise<ClientStatus | undefined> {
    return clientStatus(this.paths, this.spec.mount);
  }

  /** Starts one daemon by name (no-op when it runs) and waits for its ready line. */
  async start(name: string, timeoutMs = 30_000): Promise<Record<string, unknown> | undefined> {
    const p = this.paths;
    if (await livePid(p.pid(name))) return undefined;
    const slot = this.slot(name);
    const from = await fileSize(p.log(name));
    const pid = await startDetached(binPath(`hivefs-${slot.service}`), [`--cfgFile=${p.conf(name)}`], p.out(name), p.pid(name));
    return waitForReady({ pid, logFile: p.log(name), from, outFile: p.out(name), timeoutMs, name });
  }

  /** Stops one daemon with a signal (SIGTERM: clean stop; SIGKILL: crash) and waits for its exit. */
  async stop(name: string, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    await stopByPidFile(this.paths.pid(name), signal);
  }

  /** Every daemon with its pid when it runs. */
  async status(): Promise<DaemonStatus[]> {
    return Promise.all(this.slots.map(async (s) => ({ ...s, pid: await livePid(this.paths.pid(s.name)) })));
  }

  /** Waits until every meta node and storage target of the spec is Online. */
  async waitOnline(timeoutMs = 30_000): Promise<hivefs.ClusterMap> {
    const secret = await this.secret();
    const view = new MapView({ mgmtdHost: this.spec.host, mgmtdPort: this.spec.ports.mgmtd, secret, log: quiet, timeoutMs: 2000 });
    const want = this.slots.flatMap((s) => (s.service === 'storage' ? s.targetIds : []));
    const deadline = Date.now() + timeoutMs;
    let last = 'no map yet';
    try {
      for (;;) {
        try {
          const map = await view.refresh();
          const online = (t: hivefs.ITargetInfo): boolean => t.reachability === hivefs.Reachability.ONLINE;
          const storageOk = want.every((id) => map.targets.some((t) => t.targetId === id && t.nodeType !== hivefs.NodeType.META && online(t)));
          const metaOk = map.targets.filter((t) => t.nodeType === hivefs.NodeType.META && online(t)).length >= this.spec.meta;
          if (storageOk && metaOk && (await this.metaCaughtUp(view, map))) return map;
          last = `map version ${map.version}: ${map.targets.map((t) => `${t.targetId}=${hivefs.Reachability[t.reachability ?? 0]}`).join(', ')}`;
        } catch (e) {
          last = (e as Error).message;
        }
        if (Date.now() > deadline) throw new Error(`cluster not online after ${timeoutMs} ms (${last})`);
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      view.close();
    }
  }

  /**
   * Whether every meta node routes by this map version already: new files choose their targets
   * from meta's map, which follows mgmtd's within a heartbeat.
   */
  private async metaCaughtUp(view: MapView, map: hivefs.ClusterMap): Promise<boolean> {
    const metas = map.nodes.filter((n) => n.type === hivefs.NodeType.META);
    const versions = await Promise.all(metas.map(async (n) => (await view.nodeClient(hivefs.NodeType.META, n.nodeId ?? 0).call(Rpc.ping, {})).mapVersion));
    return map.rootNodeId > 0 && versions.every((v) => v >= map.version);
  }

  /** The cluster's shared secret, as the daemons read it. */
  async secret(): Promise<Buffer> {
    return (await loadAuthSecret({ connAuthFile: this.paths.secret, connDisableAuthentication: false }))!;
  }

  private slot(name: string): DaemonSlot {
    const s = this.slots.find((x) => x.name === name);
    if (!s) throw new Error(`no daemon named ${name} in ${this.paths.dir} (have: ${this.slots.map((x) => x.name).join(', ')})`);
    return s;
  }

  /** Creates directories, the secret, the data dirs (with the setup tools) and the conf files. */
  private async layOut(): Promise<void> {
    const p = this.paths;
    for (const d of ['conf', 'data', 'log', 'run']) await mkdir(`${p.dir}/${d}`, { recursive: true });
    await writeFile(p.secret, randomBytes(32).toString('base64') + '\n', { mode: 0o600 });
    const mg = `${this.spec.host}:${this.spec.ports.mgmtd}`;
    for (const s of this.slots) {
      const conf = p.conf(s.name);
      if (s.service === 'mgmtd') await run(process.execPath, [binPath('hivefs-setup-mgmtd'), '-p', p.data(s.name), '-c', conf]);
      if (s.service === 'meta') await run(process.execPath, [binPath('hivefs-setup-meta'), '-p', p.data(s.name), '-s', String(s.nodeId), '-m', mg, '-c', conf]);
      for (const t of s.targetIds) {
        await run(process.execPath, [binPath('hivefs-setup-storage'), '-p', p.target(s.name, t), '-s', String(s.nodeId), '-i', String(t), '-m', mg, '-c', conf]);
      }
      await setConfKeys(conf, this.confKeys(s));
    }
    await writeFile(p.clientConf, [
      '# HiveFS client configuration of the local cluster in this directory',
      `sysMgmtdHost = ${this.spec.host}`,
      `connMgmtdPort = ${this.spec.ports.mgmtd}`,
      `connAuthFile = ${p.secret}`,
      ...Object.entries(this.spec.extra.common).map(([k, v]) => `${k} = ${v}`),
      '',
    ].join('\n'));
    await writeFile(p.spec, JSON.stringify(this.spec, null, 2) + '\n');
  }

  private confKeys(s: DaemonSlot): Record<string, string | number> {
    const portKey = { mgmtd: 'connMgmtdPort', meta: 'connMetaPort', storage: 'connStoragePort' }[s.service];
    return {
      sysMgmtdHost: this.spec.host,
      connMgmtdPort: this.spec.ports.mgmtd,
      [portKey]: s.port,
      ...(s.service !== 'mgmtd' ? { sysNodeAlias: s.name } : {}),
      connListenHost: this.spec.host,
      connAuthFile: this.paths.secret,
      logStdFile: this.paths.log(s.name),
      ...this.spec.extra.common,
      ...this.spec.extra[s.service],
    };
  }
}

/** Whether a directory holds a local cluster. */
export async function isClusterDir(dir: string): Promise<boolean> {
  return access(clusterPaths(dir).spec).then(() => true, () => false);
}
