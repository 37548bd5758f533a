// The words hivefs-ctl shows for enum values (BeeGFS's terms) and the node type enums of --nodetype.
import { hivefs } from '@hivefs/protocol';
import type { NodeKind } from '../cli/types.js';

/** `Online`, `Probably-offline`, `Offline` (or `Unknown`). */
export function reachabilityName(r: hivefs.Reachability | null | undefined): string {
  switch (r) {
    case hivefs.Reachability.ONLINE: return 'Online';
    case hivefs.Reachability.PROBABLY_OFFLINE: return 'Probably-offline';
    case hivefs.Reachability.OFFLINE: return 'Offline';
    default: return 'Unknown';
  }
}

/** `Good`, `Needs-resync`, `Bad` (or `Unknown`). */
export function consistencyName(c: hivefs.Consistency | null | undefined): string {
  switch (c) {
    case hivefs.Consistency.GOOD: return 'Good';
    case hivefs.Consistency.NEEDS_RESYNC: return 'Needs-resync';
    case hivefs.Consistency.BAD: return 'Bad';
    default: return 'Unknown';
  }
}

/** `normal`, `low`, `emergency`. */
export function capacityPoolName(p: hivefs.CapacityPool | null | undefined): string {
  switch (p ?? hivefs.CapacityPool.NORMAL) {
    case hivefs.CapacityPool.NORMAL: return 'normal';
    case hivefs.CapacityPool.LOW: return 'low';
    case hivefs.CapacityPool.EMERGENCY: return 'emergency';
    default: return 'unknown';
  }
}

/** The wire node type of a --nodetype value. */
export function nodeTypeOf(kind: NodeKind): hivefs.NodeType {
  return { meta: hivefs.NodeType.META, storage: hivefs.NodeType.STORAGE, client: hivefs.NodeType.CLIENT }[kind];
}

/** `<alias> [ID: <id>]`, BeeGFS's typed node id. */
export function nodeLabel(alias: string | null | undefined, nodeId: number): string {
  return `${alias || `node${nodeId}`} [ID: ${nodeId}]`;
}
