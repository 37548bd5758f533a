// Which id a registering client gets: client ids are issued after the stored mark, never reused.
import { ErrCode, HiveError, hivefs } from '@hivefs/protocol';
import { nextClientId } from '../store/client-ids.js';
import type { NodeRecord } from '../store/records.js';
import type { Registry } from '../store/registry.js';

/** The outcome of {@link resolveClient}. */
export interface ResolvedClient {
  nodeId: number;
  /** The client's record when it is registered already. */
  existing?: NodeRecord;
  /** The new client id mark to store with the registration (undefined: unchanged). */
  mark?: number;
  /** Set when the asked-for id belongs to another client, so a new one was issued. */
  takenBy?: NodeRecord;
}

/**
 * The id of a registering client. A client that asks for an id (its old one, e.g. after an
 * mgmtd restart) keeps it unless another client (with another alias) holds it; an asked-for id
 * above the mark raises the mark. Without an id, a registered alias gets its id back. Anything
 * else gets a new id after the mark (ids of dropped clients are never issued again, also not
 * after a restart: the mark is stored). Throws ID_CONFLICT when every id is in use.
 */
export function resolveClient(r: Registry, wanted: number, alias: string): ResolvedClient {
  let takenBy: NodeRecord | undefined;
  if (wanted !== 0) {
    const existing = r.node(hivefs.NodeType.CLIENT, wanted);
    if (!existing) return { nodeId: wanted, ...(wanted > r.clientMark ? { mark: wanted } : {}) };
    if (!alias || existing.alias === alias) return { nodeId: wanted, existing };
    takenBy = existing;
  } else {
    const byAlias = alias ? r.nodeByAlias(hivefs.NodeType.CLIENT, alias) : undefined;
    if (byAlias) return { nodeId: byAlias.nodeId, existing: byAlias };
  }
  const nodeId = nextClientId(r.clientMark, new Set(r.nodes(hivefs.NodeType.CLIENT).map((n) => n.nodeId)));
  if (nodeId === undefined) throw new HiveError(ErrCode.ID_CONFLICT, 'every client node id 1..65535 is in use');
  return { nodeId, mark: nodeId, ...(takenBy ? { takenBy } : {}) };
}
