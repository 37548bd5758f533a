// registerTarget: a storage server announces one of its targets.
import { ErrCode, HiveError, hivefs, type Handler, type Rpc } from '@hivefs/protocol';
import type { MgmtdApp } from '../app-context.js';
import { commit } from '../commit.js';
import { nextFreeId } from '../ids.js';
import { nodeLiveKey, targetLiveKey } from '../state/runtime.js';
import { DEFAULT_POOL_ID, type Change } from '../store/records.js';
import { checkId, checkOptionalId } from './validate.js';

const N = hivefs.NodeType;

/** Handler of Rpc.registerTarget. */
export function registerTarget(app: MgmtdApp): Handler<typeof Rpc.registerTarget> {
  const log = app.log.child({ component: 'register-target' });
  return (req) => app.serial.run(async () => {
    // 1. Validate; the node must be a registered storage node.
    const wanted = checkOptionalId(req.targetId, 'target_id');
    const nodeId = checkId(req.nodeId, 'node_id');
    const r = app.registry;
    if (!r.node(N.STORAGE, nodeId)) throw new HiveError(ErrCode.UNKNOWN_NODE, `storage node ${nodeId} is not registered; register the node before its targets`);
    // 2. A known target must belong to this node; a new one needs sysAllowNewTargets.
    const existing = wanted ? r.target(N.STORAGE, wanted) : undefined;
    if (existing && existing.nodeId !== nodeId) throw new HiveError(ErrCode.ID_CONFLICT, `target ${wanted} belongs to storage node ${existing.nodeId}, not ${nodeId}`);
    if (!existing && !app.config.sysAllowNewTargets) throw new HiveError(ErrCode.REGISTRATION_DISABLED, `new target ${wanted || '(unnumbered)'} of storage node ${nodeId} refused: sysAllowNewTargets is false`);
    const targetId = existing?.targetId ?? (wanted || nextFreeId(r.targets(N.STORAGE).map((t) => t.targetId)));
    if (!targetId) throw new HiveError(ErrCode.ID_CONFLICT, 'every storage target id 1..65535 is in use');
    // 3. New targets join the Default pool in state Good; the report counts as a heartbeat.
    const changes: Change[] = existing ? [] : [{ kind: 'putTarget', target: { nodeType: N.STORAGE, targetId, nodeId, consistency: hivefs.Consistency.GOOD, poolId: DEFAULT_POOL_ID } }];
    const now = app.clock.now();
    app.runtime.heard(nodeLiveKey(N.STORAGE, nodeId), now);
    app.runtime.heard(targetLiveKey(N.STORAGE, targetId), now);
    const mapVersion = await commit(app, changes);
    if (!existing) log.info({ targetId, nodeId, mapVersion }, `registered new storage target ${targetId} on node ${nodeId}`);
    return { targetId, mapVersion };
  });
}
