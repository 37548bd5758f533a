// getMap: the whole cluster map under one version.
import type { Handler, Rpc } from '@hivefs/protocol';
import type { MgmtdApp } from '../app-context.js';
import { buildClusterMap } from '../cluster-map.js';

/** Handler of Rpc.getMap; reads memory only, so it never waits for a commit. */
export function getMap(app: MgmtdApp): Handler<typeof Rpc.getMap> {
  return () => ({ map: buildClusterMap(app) });
}
