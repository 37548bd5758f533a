// The client ids of the cluster map, cached or fetched now, for the session reclaimer.
import { hivefs, type MapView } from '@hivefs/protocol';
import type { ClientDirectory } from './session-reclaimer.js';

/** Ids of the CLIENT nodes of a map. */
export function clientIdsOf(map: hivefs.IClusterMap): Set<number> {
  return new Set((map.nodes ?? []).filter((n) => n.type === hivefs.NodeType.CLIENT && n.nodeId).map((n) => n.nodeId!));
}

/** The clients of `view`: its cached map, or a map fetched from mgmtd now. */
export function mapClients(view: MapView): ClientDirectory {
  return {
    cached: () => (view.map ? clientIdsOf(view.map) : undefined),
    fresh: async () => clientIdsOf(await view.refresh()),
  };
}
