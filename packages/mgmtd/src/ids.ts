// Id policy: assignment of free node/target ids and default node aliases.
import { MAX_NUMERIC_ID, hivefs } from '@hivefs/protocol';

/**
 * The id to assign next: the highest used id + 1, or when that would exceed 65535 the lowest
 * free one; undefined when every id 1..65535 is taken.
 */
export function nextFreeId(used: Iterable<number>): number | undefined {
  const set = new Set(used);
  let max = 0;
  for (const id of set) max = Math.max(max, id);
  if (max < MAX_NUMERIC_ID) return max + 1;
  for (let id = 1; id <= MAX_NUMERIC_ID; id++) if (!set.has(id)) return id;
  return undefined;
}

/** Service name of a node type as used in aliases and messages (`storage`). */
export function nodeTypeName(type: hivefs.NodeType): string {
  switch (type) {
    case hivefs.NodeType.META: return 'meta';
    case hivefs.NodeType.STORAGE: return 'storage';
    case hivefs.NodeType.CLIENT: return 'client';
    case hivefs.NodeType.MGMTD: return 'mgmtd';
    default: return `type-${type}`;
  }
}

/** The alias of a node that registered without one: `<hostname>-<service>-<nodeId>`. */
export function defaultAlias(hostname: string, type: hivefs.NodeType, nodeId: number): string {
  const host = hostname.replace(/[^A-Za-z0-9.-]/g, '') || 'node';
  return `${host}-${nodeTypeName(type)}-${nodeId}`;
}
