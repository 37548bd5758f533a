// A connection to the cluster for one command: the map from mgmtd and the caller's credentials.
import { MapView, hivefs } from '@hivefs/protocol';
import { CtlError, ExitCode, describeFailure } from '../errors.js';
import type { ClusterAddress } from './config.js';

/** What every API function works with. */
export interface Session {
  view: MapView;
  map: hivefs.ClusterMap;
  /** Credentials for meta requests: the caller's (uid 0 when run as root). */
  cred: hivefs.ICredentials;
  close(): void;
}

const silent = { debug() {}, info() {}, warn() {}, error() {} };

/** The caller's uid, gid and groups. */
export function callerCredentials(): hivefs.ICredentials {
  return { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0, gids: process.getgroups?.() ?? [] };
}

/**
 * Connects to mgmtd and fetches the map. Throws CtlError(INIT_FAILED) when mgmtd cannot be
 * reached or refuses us, within the request timeout.
 */
export async function openSession(addr: ClusterAddress): Promise<Session> {
  const view = new MapView({ mgmtdHost: addr.host, mgmtdPort: addr.port, secret: addr.secret, log: silent, timeoutMs: addr.timeoutMs });
  try {
    const map = await view.refresh();
    if (!map) throw new CtlError(ExitCode.INVALID_RESULT, `mgmtd ${addr.host}:${addr.port} sent no cluster map`);
    return { view, map, cred: callerCredentials(), close: () => view.close() };
  } catch (e) {
    view.close();
    if (e instanceof CtlError) throw e;
    throw new CtlError(ExitCode.INIT_FAILED, describeFailure(`cannot get the cluster map from mgmtd ${addr.host}:${addr.port}`, e));
  }
}
