// removeNode: forgets a node (a meta node with its meta target); refused while it is still in use.
import { ErrCode, HiveError, hivefs, type Handler, type Rpc } from '@hivefs/protocol';
import type { MgmtdApp } from '../app-context.js';
import { commit } from '../commit.js';
import { nodeTypeName } from '../ids.js';
import type { Change } from '../store/records.js';
import type { Registry } from '../store/registry.js';
import { checkId, checkNodeType } from './validate.js';

const N = hivefs.NodeType;

/** Why a node cannot be removed now, or undefined. */
export function removeNodeProblem(r: Registry, type: hivefs.NodeType, nodeId: number): string | undefined {
  if (type === N.STORAGE) {
    const ids = r.targetsOfNode(N.STORAGE, nodeId).map((t) => t.targetId);
    if (ids.length) return `storage node ${nodeId} still has targets ${ids.join(', ')}; remove them first`;
  }
  if (type === N.META) {
    if (r.rootNodeId === nodeId) return `meta node ${nodeId} owns the root directory`;
    const g = r.groupOf(N.META, nodeId);
    if (g && g.groupId === r.rootGroupId) return `meta node ${nodeId} is a member of meta buddy group ${g.groupId}, which holds the mirrored root directory`;
    if (g) return `meta node ${nodeId} is a member of meta buddy group ${g.groupId}`;
  }
  return undefined;
}

/** Handler of Rpc.removeNode. */
export function removeNode(app: MgmtdApp): Handler<typeof Rpc.removeNode> {
  const log = app.log.child({ component: 'remove-node' });
  return (req) => app.serial.run(async () => {
    const type = checkNodeType(req.type, [N.META, N.STORAGE, N.CLIENT]);
    const nodeId = checkId(req.nodeId, 'node_id');
    const node = app.registry.node(type, nodeId);
    if (!node) throw new HiveError(ErrCode.UNKNOWN_NODE, `${nodeTypeName(type)} node ${nodeId} is not registered`);
    const problem = removeNodeProblem(app.registry, type, nodeId);
    if (problem) throw new HiveError(ErrCode.BUSY, `cannot remove: ${problem}`);
    const changes: Change[] = [{ kind: 'delNode', type, nodeId }];
    if (type === N.META && app.registry.target(N.META, nodeId)) changes.push({ kind: 'delTarget', nodeType: N.META, targetId: nodeId });
    const mapVersion = await commit(app, changes);
    log.info({ type: nodeTypeName(type), nodeId, alias: node.alias, mapVersion }, `removed ${nodeTypeName(type)} node ${nodeId} (${node.alias})`);
    return { mapVersion };
  });
}
