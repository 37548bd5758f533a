// registerNode: meta and storage servers (persisted) and clients (memory only) announce themselves.
import { ErrCode, HiveError, hivefs, type Handler, type Rpc } from '@hivefs/protocol';
import type { MgmtdApp } from '../app-context.js';
import { commit } from '../commit.js';
import { defaultAlias, nextFreeId, nodeTypeName } from '../ids.js';
import { nodeLiveKey } from '../state/runtime.js';
import type { Change, NodeRecord } from '../store/records.js';
import type { Registry } from '../store/registry.js';
import { resolveClient, type ResolvedClient } from './resolve-client.js';
import { checkAddrs, checkAlias, checkNodeType, checkOptionalId, checkText } from './validate.js';

const N = hivefs.NodeType;

/**
 * Which server node a registration names: the given id (its alias must match), else the node
 * with the given alias, else a new id (highest + 1 among that type). Throws ID_CONFLICT.
 * Clients are resolved by {@link resolveClient}.
 */
export function resolveNode(r: Registry, type: hivefs.NodeType, wanted: number, alias: string): { nodeId: number; existing?: NodeRecord } {
  const name = nodeTypeName(type);
  if (wanted !== 0) {
    const existing = r.node(type, wanted);
    if (existing && alias && existing.alias !== alias) throw new HiveError(ErrCode.ID_CONFLICT, `${name} node id ${wanted} is registered with alias '${existing.alias}', not '${alias}'`);
    const other = !existing && alias ? r.nodeByAlias(type, alias) : undefined;
    if (other) throw new HiveError(ErrCode.ID_CONFLICT, `alias '${alias}' is already used by ${name} node ${other.nodeId}, not ${wanted}`);
    return existing ? { nodeId: wanted, existing } : { nodeId: wanted };
  }
  const byAlias = alias ? r.nodeByAlias(type, alias) : undefined;
  if (byAlias) return { nodeId: byAlias.nodeId, existing: byAlias };
  const nodeId = nextFreeId(r.nodes(type).map((n) => n.nodeId));
  if (nodeId === undefined) throw new HiveError(ErrCode.ID_CONFLICT, `every ${name} node id 1..65535 is in use`);
  return { nodeId };
}

/** Whether two node records are equal field by field. */
function sameNode(a: NodeRecord, b: NodeRecord): boolean {
  const addrs = (n: NodeRecord): string => n.addrs.map((x) => `${x.host}:${x.port}`).join(',');
  return a.alias === b.alias && a.hostname === b.hostname && a.version === b.version && a.pid === b.pid && a.registeredMs === b.registeredMs && addrs(a) === addrs(b);
}

/**
 * The changes that register `node`: the node itself, a meta node's target, the first root, a
 * client's new id mark.
 */
function registrationChanges(r: Registry, node: NodeRecord, existing: NodeRecord | undefined, mark: number | undefined): Change[] {
  const changes: Change[] = [];
  if (!existing || !sameNode(existing, node)) changes.push({ kind: 'putNode', node });
  if (mark !== undefined) changes.push({ kind: 'setClientMark', mark });
  if (node.type === N.META && !r.target(N.META, node.nodeId)) {
    changes.push({ kind: 'putTarget', target: { nodeType: N.META, targetId: node.nodeId, nodeId: node.nodeId, consistency: hivefs.Consistency.GOOD, poolId: 0 } });
  }
  if (node.type === N.META && r.rootNodeId === 0) changes.push({ kind: 'setRoot', nodeId: node.nodeId });
  return changes;
}

/** Handler of Rpc.registerNode. */
export function registerNode(app: MgmtdApp): Handler<typeof Rpc.registerNode> {
  const log = app.log.child({ component: 'register-node' });
  return (req) => app.serial.run(async () => {
    // 1. Validate every field.
    const type = checkNodeType(req.type, [N.META, N.STORAGE, N.CLIENT]);
    const alias = checkAlias(req.alias);
    const addrs = checkAddrs(req.addrs, type !== N.CLIENT);
    const hostname = checkText(req.hostname, 'hostname', 255);
    const version = checkText(req.version, 'version', 64);
    // 2. Find the node or pick its id (clients: never a reused one); new servers only when allowed.
    const wanted = checkOptionalId(req.nodeId, 'node_id');
    const { nodeId, existing, mark, takenBy }: ResolvedClient = type === N.CLIENT ? resolveClient(app.registry, wanted, alias) : resolveNode(app.registry, type, wanted, alias);
    if (takenBy) log.warn({ wanted, alias, holder: takenBy.alias, nodeId }, `client ${alias} asked for id ${wanted}, which client ${takenBy.alias} holds; issued ${nodeId}`);
    if (!existing && type !== N.CLIENT && !app.config.sysAllowNewServers) {
      throw new HiveError(ErrCode.REGISTRATION_DISABLED, `new ${nodeTypeName(type)} node ${alias || nodeId} refused: sysAllowNewServers is false`);
    }
    // 3. Commit the record (and a meta node's target / root) together with its liveness.
    const now = app.clock.now();
    const node: NodeRecord = { type, nodeId, alias: alias || existing?.alias || defaultAlias(hostname, type, nodeId), addrs, hostname, version, pid: req.pid, registeredMs: existing?.registeredMs ?? Math.floor(now) };
    app.runtime.heard(nodeLiveKey(type, nodeId), now);
    const mapVersion = await commit(app, registrationChanges(app.registry, node, existing, mark));
    const returning = type === N.CLIENT && wanted === nodeId;
    if (!existing) log.info({ type: nodeTypeName(type), nodeId, alias: node.alias, addrs, mapVersion }, `registered ${returning ? 'returning' : 'new'} ${nodeTypeName(type)} node ${nodeId} (${node.alias})`);
    return { nodeId, mapVersion };
  });
}
