// Without --cfgFile, --mgmtd and the default client conf: the cluster of the only HiveFS mount.
import { existsSync } from 'node:fs';
import type { ConnectionOptions } from '../cli/types.js';
import { CtlError, ExitCode } from '../errors.js';
import { hivefsMounts, readMountTable, PROC_MOUNTS } from './mount-table.js';
import { registrationConnection } from './placement.js';
import { candidateRunDirs, lookupRegistration, RegistryError } from './registry.js';
import type { LocateOptions } from './locate.js';

/** Options of {@link connectionOrOnlyMount}. */
export interface OnlyMountOptions extends Pick<LocateOptions, 'mountTable' | 'runDirs'> {
  /** The default client conf (what a command without --cfgFile and --mgmtd reads when it exists). */
  defaultCfgFile: string;
  /** Receives the one line saying which mount's cluster is used. */
  note: (line: string) => void;
}

/**
 * The connection of a command. One that names its cluster (--cfgFile or --mgmtd, also from a
 * path's mount) or finds the default client conf is returned as it is. Otherwise, with exactly
 * one HiveFS mount on the host, that mount's cluster (through its registry, as for paths under
 * it), noted on stderr; with none, unchanged (reading the default conf then says it is missing).
 * Throws CtlError: INVALID_ARGS listing the mounts when there are several, INIT_FAILED when the
 * only mount has no or a bad registry.
 */
export async function connectionOrOnlyMount(connection: ConnectionOptions, opts: OnlyMountOptions): Promise<ConnectionOptions> {
  if (connection.cfgFile !== undefined || connection.mgmtd !== undefined || existsSync(opts.defaultCfgFile)) return connection;
  const mounts = hivefsMounts(await readMountTable(opts.mountTable ?? PROC_MOUNTS));
  const hint = 'give --cfgFile=PATH or --mgmtd=HOST:PORT';
  if (mounts.length === 0) return connection;
  if (mounts.length > 1) {
    throw new CtlError(ExitCode.INVALID_ARGS, `no ${opts.defaultCfgFile}, and ${mounts.length} HiveFS mounts could name the cluster (${mounts.map((m) => m.mountpoint).join(', ')}); ${hint}, or a path under one of them`);
  }
  const mount = mounts[0]!;
  let registry;
  try {
    registry = await lookupRegistration(mount, opts.runDirs?.(mount) ?? candidateRunDirs(mount, process.getuid?.() ?? 0));
  } catch (e) {
    if (e instanceof RegistryError) throw new CtlError(ExitCode.INIT_FAILED, `bad mount registry file ${e.message}`);
    throw e;
  }
  if (!registry.found) {
    throw new CtlError(ExitCode.INIT_FAILED, `no ${opts.defaultCfgFile}, and no hivefs-client registers the only HiveFS mount ${mount.mountpoint} (no ${registry.tried.join(' or ')}); ${hint}`);
  }
  const r = registry.registration;
  opts.note(`hivefs-ctl: no ${opts.defaultCfgFile}; using the cluster of the HiveFS mount ${mount.mountpoint} (mgmtd ${r.mgmtdHost}:${r.mgmtdPort})\n`);
  return registrationConnection(r);
}
