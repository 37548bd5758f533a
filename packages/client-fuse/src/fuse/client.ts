// hivefs-client's mounts: one VFS and one FUSE mount per file system, started together, registered, stopped without hanging.
import { readlink, realpath } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { loadAuthSecret, type Logger } from '@hivefs/common';
import { Vfs } from '../vfs.js';
import type { MountSpec } from './cli.js';
import { loadFuseNative } from './binding.js';
import { LowLevelMount } from '../lowlevel/mount.js';
import { FuseMount } from './mount.js';
import type { GoneHow } from './mount-gone.js';
import { mountOptions } from './mount-options.js';
import { removeRegistration, runDir, writeRegistration } from './registry.js';
import { clearStaleMount } from './stale.js';
import type { UnmountOutcome } from './unmount.js';

/** A mount served by either engine. */
export interface EngineMount {
  readonly mountpoint: string;
  unmount(): Promise<UnmountOutcome>;
  /** The engine's counters, logged at unmount (the low-level engine: requests, largest write, inodes held). */
  stats?(): object;
  /** Resolves when the mount ended without {@link unmount}: unmounted (umount) or aborted from outside. */
  readonly gone?: Promise<GoneHow>;
}

/** How long open handles may take to flush when a mount goes away with files still open. */
const RELEASE_DEADLINE_MS = 5000;

/** A file system being served. */
export interface ServedMount {
  spec: MountSpec;
  mountpoint: string;
  vfs: Vfs;
  /** Which engine serves it (sysFuseEngine, --engine). */
  engine: 'native' | 'lowlevel';
  fuse: EngineMount;
  registryFile: string;
}

/** The mounts of one hivefs-client process. */
export class HiveFsClient {
  private stopping: Promise<void> | undefined;
  private readonly stops = new Map<ServedMount, Promise<void>>();
  private live: number;
  private anyAborted = false;
  private onEnded!: (code: number) => void;
  /**
   * Resolves once every mount ended from outside and was cleaned up (as at a stop): 0 when all
   * were unmounted (an admin's umount), 1 when a FUSE connection was aborted, so that a service
   * manager restarting failed services mounts it again. Never resolves once {@link stop} ran.
   */
  readonly ended = new Promise<number>((resolve) => (this.onEnded = resolve));

  private constructor(readonly mounts: ServedMount[], private readonly log: Logger) {
    this.live = mounts.length;
    for (const m of mounts) void m.fuse.gone?.then((how) => this.goneFromOutside(m, how));
  }

  /** A mount ended without us: clean it up as a stop would (an aborted one is detached); the last one ends the client. */
  private async goneFromOutside(m: ServedMount, how: GoneHow): Promise<void> {
    if (this.stopping) return;
    if (how === 'aborted') this.anyAborted = true;
    await this.stopMount(m);
    if (this.stopping || --this.live > 0) return;
    const code = this.anyAborted ? 1 : 0;
    this.log.info({ code }, 'no mount left to serve');
    this.onEnded(code);
  }

  private stopMount(m: ServedMount): Promise<void> {
    let stopped = this.stops.get(m);
    if (!stopped) this.stops.set(m, (stopped = stopOne(m, this.log)));
    return stopped;
  }

  /**
   * Connects and mounts every spec (in parallel), logging `mounted` for each and `ready` when all
   * serve. If any fails, the others are unmounted again and the first error is thrown.
   */
  static async start(specs: MountSpec[], log: Logger): Promise<HiveFsClient> {
    const results = await Promise.allSettled(specs.map((s, i) => startOne(specs.length > 1 ? withOwnAlias(s, i) : s, log)));
    const served = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    const client = new HiveFsClient(served, log);
    if (failed) {
      await client.stop();
      throw failed.reason;
    }
    log.info({ mounts: served.map((m) => m.mountpoint) }, 'ready');
    process.on('SIGUSR2', () => client.logStats());
    return client;
  }

  /** Logs the engine counters of every mount (`engine stats`; hivefs-client does it on SIGUSR2). */
  logStats(): void {
    for (const m of this.mounts) if (m.fuse.stats) this.log.info({ mountpoint: m.mountpoint, engine: m.engine, stats: m.fuse.stats() }, 'engine stats');
  }

  /** Unmounts everything (in parallel), releases open handles within a deadline, closes the VFSs. Never hangs; idempotent. */
  stop(): Promise<void> {
    this.stopping ??= Promise.all(this.mounts.map((m) => this.stopMount(m))).then(() => undefined);
    return this.stopping;
  }
}

/** A spec whose client registers under its own alias (`<host>-<pid>-<n>`), so that mounts of one cluster get distinct client ids. */
function withOwnAlias(spec: MountSpec, index: number): MountSpec {
  if (spec.config.sysClientAlias) return spec;
  const suffix = `-${process.pid}-${index + 1}`;
  return { ...spec, config: { ...spec.config, sysClientAlias: `${hostname().slice(0, 64 - suffix.length)}${suffix}` } };
}

async function startOne(spec: MountSpec, parentLog: Logger): Promise<ServedMount> {
  const mountpoint = await canonical(spec.mountpoint);
  const log = parentLog.child({ mountpoint });
  const dir = runDir();
  await clearStaleMount(mountpoint, dir, log);
  const vfs = await Vfs.connect({
    mgmtdHost: spec.mgmtd.host, mgmtdPort: spec.mgmtd.port, secret: await loadAuthSecret(spec.config, spec.cfgFile ?? undefined), log, config: spec.config,
  });
  const engine = spec.config.sysFuseEngine;
  if (spec.config.tuneFuseWritebackCache && engine !== 'lowlevel') log.warn({ engine }, 'tuneFuseWritebackCache needs sysFuseEngine=lowlevel; ignored');
  const allowOther = process.geteuid?.() === 0;
  let fuse: EngineMount;
  try {
    if (engine === 'lowlevel') {
      fuse = await LowLevelMount.mount({
        mountpoint, vfs, log, allowOther, entryTimeoutSecs: spec.config.tuneEntryCacheSecs, attrTimeoutSecs: spec.config.tuneAttrCacheSecs,
        writebackCache: spec.config.tuneFuseWritebackCache, interruptGraceMs: spec.config.sysInterruptGraceMs,
      });
    } else {
      const options = mountOptions({
        attrTimeoutSecs: spec.config.tuneAttrCacheSecs, entryTimeoutSecs: spec.config.tuneEntryCacheSecs, allowOther,
        intrSignal: loadFuseNative().HIVEFS_INTR_SIGNAL,
      });
      fuse = await FuseMount.mount({ mountpoint, vfs, log, options, interruptGraceMs: spec.config.sysInterruptGraceMs });
    }
  } catch (e) {
    await vfs.close();
    throw e;
  }
  const registryFile = await writeRegistration(dir, {
    mountpoint, cfgFile: spec.cfgFile, mgmtdHost: spec.mgmtd.host, mgmtdPort: spec.mgmtd.port,
    authFile: spec.config.connDisableAuthentication || !spec.config.connAuthFile ? null : resolve(spec.config.connAuthFile), pid: process.pid,
  }).catch((e: unknown) => {
    log.warn({ err: (e as Error).message, dir }, 'could not write the mount registry (hivefs-ctl will not map paths under this mount)');
    return '';
  });
  log.info({ clientId: vfs.getClientId(), mgmtd: `${spec.mgmtd.host}:${spec.mgmtd.port}`, mode: spec.config.sysFailureMode, engine }, 'mounted');
  return { spec, mountpoint, vfs, engine, fuse, registryFile };
}

async function stopOne(m: ServedMount, log: Logger): Promise<void> {
  const outcome = await m.fuse.unmount();
  // also sends the closes of handles released just before that are still on their way to meta
  const open = m.vfs.openHandles().length;
  const errors = await withDeadline(m.vfs.releaseAll(), RELEASE_DEADLINE_MS);
  if (errors === undefined || errors.length > 0) {
    log.warn({ mountpoint: m.mountpoint, open, errors: errors?.map((e) => e.message) ?? 'deadline passed' }, 'open files could not all be flushed (or their meta sessions ended) at unmount');
  }
  await m.vfs.close();
  if (m.registryFile) await removeRegistration(m.registryFile).catch(() => undefined);
  log.info({ mountpoint: m.mountpoint, outcome, engine: m.engine, gatheredCloses: m.vfs.gatheredCloses, ...(m.fuse.stats ? { stats: m.fuse.stats() } : {}) }, 'unmounted');
}

/** `p`'s value, or undefined when it has not settled within `ms`. */
function withDeadline<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    p.then(
      (v) => (clearTimeout(timer), resolve(v)),
      () => (clearTimeout(timer), resolve(undefined)),
    );
  });
}

/**
 * The mount point as the mount table will show it: the real path of its parent (which is not
 * inside the mount) plus its name, a symlink there followed, so a stale mount is never touched.
 */
async function canonical(mountpoint: string): Promise<string> {
  let p = mountpoint;
  // Follow a symlink in the last component too (the kernel mounts on its target); readlink never
  // enters a mount, so a stale mount is still not touched. 40 hops as the kernel's own limit.
  for (let hops = 0; hops < 40; hops++) {
    p = join(await realpath(dirname(p)).catch(() => dirname(p)), basename(p));
    const target = await readlink(p).catch(() => undefined);
    if (target === undefined) return p;
    p = resolve(dirname(p), target);
  }
  throw new Error(`${mountpoint}: too many levels of symbolic links`);
}
