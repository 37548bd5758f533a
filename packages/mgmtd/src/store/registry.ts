// The registry: every persisted mgmtd record in memory, changed only by commits to the store.
import type { KvBatchOp, KvStore } from '@hivefs/common';
import { ErrCode, HiveError, hivefs } from '@hivefs/protocol';
import { delGroupOps, groupProblem, loadGroups, putGroupOps, type GroupLookup } from './buddy-groups.js';
import { clientMarkOp, loadClientMark } from './client-ids.js';
import { headerOp, loadHeader, type MapHeader } from './map-version.js';
import { delNodeOps, loadNodes, putNodeOps } from './nodes.js';
import { loadPools, putPoolOps } from './pools.js';
import { typedId, type Change, type GroupRecord, type NodeRecord, type PoolRecord, type TargetRecord } from './records.js';
import { delTargetOps, loadTargets, putTargetOps } from './targets.js';

const byId = <T>(id: (x: T) => number) => (a: T, b: T): number => id(a) - id(b);

function opsOf(c: Change): KvBatchOp[] {
  switch (c.kind) {
    case 'putNode': return putNodeOps(c.node);
    case 'delNode': return delNodeOps(c.type, c.nodeId);
    case 'putTarget': return putTargetOps(c.target);
    case 'delTarget': return delTargetOps(c.nodeType, c.targetId);
    case 'putGroup': return putGroupOps(c.group);
    case 'delGroup': return delGroupOps(c.nodeType, c.groupId);
    case 'putPool': return putPoolOps(c.pool);
    case 'setRoot':
    case 'setRootGroup': return [];
    case 'setClientMark': return [clientMarkOp(c.mark)];
  }
}

/**
 * Nodes, targets, buddy groups, pools, the map version, the root meta node (and group) and the client id
 * mark. Readers see memory; {@link Registry.commit} writes a batch (changes + bumped version)
 * and only then updates memory. Callers serialise commits (one at a time).
 */
export class Registry implements GroupLookup {
  private readonly nodeMap = new Map<string, NodeRecord>();
  private readonly targetMap = new Map<string, TargetRecord>();
  private readonly groupMap = new Map<string, GroupRecord>();
  private readonly poolMap = new Map<number, PoolRecord>();

  private constructor(private readonly kv: KvStore, private header: MapHeader, private clientMarkValue: number) {}

  /** Loads every record of `kv` into memory. */
  static async load(kv: KvStore): Promise<Registry> {
    const r = new Registry(kv, await loadHeader(kv), await loadClientMark(kv));
    for (const n of await loadNodes(kv)) r.apply({ kind: 'putNode', node: n });
    for (const t of await loadTargets(kv)) r.apply({ kind: 'putTarget', target: t });
    for (const g of await loadGroups(kv)) r.apply({ kind: 'putGroup', group: g });
    for (const p of await loadPools(kv)) r.apply({ kind: 'putPool', pool: p });
    return r;
  }

  /** The current map version. */
  get version(): number { return this.header.version; }

  /** The meta node owning the root directory (0: none yet). */
  get rootNodeId(): number { return this.header.rootNodeId; }

  /** The meta buddy group holding the root directory after --mirrormd (0: unmirrored). */
  get rootGroupId(): number { return this.header.rootGroupId; }

  /** The last client id issued (0: none yet); new clients get ids after it. */
  get clientMark(): number { return this.clientMarkValue; }

  node(type: hivefs.NodeType, nodeId: number): NodeRecord | undefined { return this.nodeMap.get(typedId(type, nodeId)); }

  /** Nodes (of one type, when given) by id. */
  nodes(type?: hivefs.NodeType): NodeRecord[] {
    return [...this.nodeMap.values()].filter((n) => type === undefined || n.type === type).sort(byId((n) => n.type * 65536 + n.nodeId));
  }

  nodeByAlias(type: hivefs.NodeType, alias: string): NodeRecord | undefined {
    return this.nodes(type).find((n) => n.alias === alias);
  }

  target(nodeType: hivefs.NodeType, targetId: number): TargetRecord | undefined { return this.targetMap.get(typedId(nodeType, targetId)); }

  /** Targets (of one node type, when given) by id. */
  targets(nodeType?: hivefs.NodeType): TargetRecord[] {
    return [...this.targetMap.values()].filter((t) => nodeType === undefined || t.nodeType === nodeType).sort(byId((t) => t.nodeType * 65536 + t.targetId));
  }

  /** The targets a node serves (a meta node: its own meta target). */
  targetsOfNode(type: hivefs.NodeType, nodeId: number): TargetRecord[] {
    return this.targets(type).filter((t) => t.nodeId === nodeId);
  }

  group(nodeType: hivefs.NodeType, groupId: number): GroupRecord | undefined { return this.groupMap.get(typedId(nodeType, groupId)); }

  groups(): GroupRecord[] { return [...this.groupMap.values()].sort(byId((g) => g.nodeType * 65536 + g.groupId)); }

  /** The group a target (or meta node) is a member of. */
  groupOf(nodeType: hivefs.NodeType, memberId: number): GroupRecord | undefined {
    return this.groups().find((g) => g.nodeType === nodeType && (g.primaryId === memberId || g.secondaryId === memberId));
  }

  pool(poolId: number): PoolRecord | undefined { return this.poolMap.get(poolId); }

  pools(): PoolRecord[] { return [...this.poolMap.values()].sort(byId((p) => p.poolId)); }

  /** Writes `changes` and the version + 1 in one batch, then applies them. Returns the new version. */
  async commit(changes: readonly Change[]): Promise<number> {
    for (const c of changes) this.check(c);
    const root = changes.reduce((r, c) => (c.kind === 'setRoot' ? c.nodeId : r), this.header.rootNodeId);
    const rootGroupId = changes.reduce((g, c) => (c.kind === 'setRootGroup' ? c.groupId : g), this.header.rootGroupId);
    const next: MapHeader = { version: this.header.version + 1, rootNodeId: root, rootGroupId };
    await this.kv.batch([...changes.flatMap(opsOf), headerOp(next)]);
    for (const c of changes) this.apply(c);
    this.header = next;
    return next.version;
  }

  private check(c: Change): void {
    if (c.kind === 'putGroup') {
      const problem = groupProblem(c.group, this);
      if (problem) throw new HiveError(ErrCode.INVALID_ARGUMENT, problem);
    }
    if (c.kind === 'delGroup' && c.nodeType === hivefs.NodeType.META && c.groupId === this.header.rootGroupId) {
      throw new HiveError(ErrCode.BUSY, `meta buddy group ${c.groupId} holds the mirrored root directory; it cannot be removed`);
    }
    if (c.kind === 'delTarget') {
      const g = this.groupOf(c.nodeType, c.targetId);
      if (g) throw new HiveError(ErrCode.BUSY, `target ${c.targetId} is a member of buddy group ${g.groupId}; remove the group first`);
    }
  }

  private apply(c: Change): void {
    switch (c.kind) {
      case 'putNode': this.nodeMap.set(typedId(c.node.type, c.node.nodeId), c.node); break;
      case 'delNode': this.nodeMap.delete(typedId(c.type, c.nodeId)); break;
      case 'putTarget': this.targetMap.set(typedId(c.target.nodeType, c.target.targetId), c.target); break;
      case 'delTarget': this.targetMap.delete(typedId(c.nodeType, c.targetId)); break;
      case 'putGroup': this.groupMap.set(typedId(c.group.nodeType, c.group.groupId), c.group); break;
      case 'delGroup': this.groupMap.delete(typedId(c.nodeType, c.groupId)); break;
      case 'putPool': this.poolMap.set(c.pool.poolId, c.pool); break;
      case 'setRoot':
      case 'setRootGroup': break;
      case 'setClientMark': this.clientMarkValue = c.mark; break;
    }
  }
}
