// The records mgmtd keeps in memory and in its store, and the changes a commit applies.
import type { hivefs } from '@hivefs/protocol';

/** An address a node listens on. */
export interface Addr {
  host: string;
  port: number;
}

/** A registered node (servers are persisted, clients live in memory only). */
export interface NodeRecord {
  type: hivefs.NodeType;
  nodeId: number;
  alias: string;
  addrs: Addr[];
  hostname: string;
  version: string;
  pid: number;
  registeredMs: number;
}

/** A storage target, or a meta node seen as a target (targetId = nodeId, poolId 0). */
export interface TargetRecord {
  nodeType: hivefs.NodeType;
  targetId: number;
  nodeId: number;
  consistency: hivefs.Consistency;
  poolId: number;
}

/** A buddy mirror group of two storage targets or two meta nodes. */
export interface GroupRecord {
  nodeType: hivefs.NodeType;
  groupId: number;
  primaryId: number;
  secondaryId: number;
  poolId: number;
  /** Map version at which the current primary became primary (creation or last switchover). */
  primarySince: number;
}

/** A storage pool; its members are the targets and groups naming its id. */
export interface PoolRecord {
  poolId: number;
  alias: string;
}

/**
 * One change of a commit. Client node changes touch memory only; the client id mark (the last
 * client id issued) is stored.
 */
export type Change =
  | { kind: 'putNode'; node: NodeRecord }
  | { kind: 'delNode'; type: hivefs.NodeType; nodeId: number }
  | { kind: 'putTarget'; target: TargetRecord }
  | { kind: 'delTarget'; nodeType: hivefs.NodeType; targetId: number }
  | { kind: 'putGroup'; group: GroupRecord }
  | { kind: 'delGroup'; nodeType: hivefs.NodeType; groupId: number }
  | { kind: 'putPool'; pool: PoolRecord }
  | { kind: 'setRoot'; nodeId: number }
  /** --mirrormd: the root directory now lives in meta buddy group `groupId`'s space. */
  | { kind: 'setRootGroup'; groupId: number }
  | { kind: 'setClientMark'; mark: number };

/** The id of the storage pool every new storage target joins. */
export const DEFAULT_POOL_ID = 1;

/** The default pool as it exists from the start. */
export const DEFAULT_POOL: PoolRecord = { poolId: DEFAULT_POOL_ID, alias: 'Default' };

/** A map key for records identified by (type, id). */
export function typedId(type: number, id: number): string {
  return `${type}:${id}`;
}
