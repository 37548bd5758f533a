// Places a path-taking command: the path from the file system root and the cluster to ask, given mounts.
import type { ConnectionOptions, CtlCommand } from '../cli/types.js';
import { CtlError, ExitCode } from '../errors.js';
import { locatePath, type LocateOptions } from './locate.js';
import { PathLoopError } from './local-path.js';
import { RegistryError, type MountRegistration } from './registry.js';

/** A command ready to run: its path from the file system root, the cluster to ask, and the mount point to print. */
export interface PlacedCommand {
  command: CtlCommand;
  connection: ConnectionOptions;
  /** The mount point the given path lies under (printed as `Mount:`); null otherwise. */
  mount: string | null;
}

/** How to reach the cluster a mount's registration names. */
export function registrationConnection(r: MountRegistration): ConnectionOptions {
  return { mgmtd: { host: r.mgmtdHost, port: r.mgmtdPort }, ...(r.authFile ? { authFile: r.authFile } : {}) };
}

/**
 * For --getentryinfo, --setpattern and --createdir: a path under a HiveFS mount becomes the path
 * relative to the mount point, and the mount's cluster is used unless --cfgFile or --mgmtd name
 * one explicitly. Other commands and paths are returned unchanged.
 * Throws CtlError: INIT_FAILED when the mount's registry is missing or bad, INVALID_ARGS for a link loop.
 */
export async function placeCommand(command: CtlCommand, connection: ConnectionOptions, opts: LocateOptions = {}): Promise<PlacedCommand> {
  if (!('path' in command)) return { command, connection, mount: null };
  let located;
  try {
    located = await locatePath(command.path, opts);
  } catch (e) {
    if (e instanceof PathLoopError) throw new CtlError(ExitCode.INVALID_ARGS, `--${command.mode}: ${e.message}`);
    if (e instanceof RegistryError) throw new CtlError(ExitCode.INIT_FAILED, `bad mount registry file ${e.message}`);
    throw e;
  }
  const { mount, registry } = located;
  if (!mount || !registry) return { command, connection, mount: null };
  const placed = { command: { ...command, path: located.fsPath }, mount: mount.mountpoint };
  if (connection.cfgFile !== undefined || connection.mgmtd !== undefined) return { ...placed, connection };
  if (!registry.found) {
    throw new CtlError(
      ExitCode.INIT_FAILED,
      `${command.path} is under the HiveFS mount ${mount.mountpoint}, but no hivefs-client registers that mount (no ${registry.tried.join(' or ')}); give --cfgFile=PATH or --mgmtd=HOST:PORT`,
    );
  }
  return { ...placed, connection: registrationConnection(registry.registration) };
}
