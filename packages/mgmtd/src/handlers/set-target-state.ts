// setTargetState: compare-and-swap (or forced) consistency change of a storage target or meta node.
import { ErrCode, HiveError, hivefs, type Handler, type Rpc } from '@hivefs/protocol';
import type { MgmtdApp } from '../app-context.js';
import { commit } from '../commit.js';
import { nodeTypeName } from '../ids.js';
import { casConsistency, consistencyName } from '../state/consistency.js';
import { checkConsistency, checkId, checkNodeType } from './validate.js';

const N = hivefs.NodeType;

/**
 * Handler of Rpc.setTargetState. node_type unset means STORAGE. Without force, a group's current
 * primary is never taken out of Good: such a request comes from a former primary that has not
 * yet learnt of the switchover (it must not acknowledge writes its buddy did not get).
 */
export function setTargetState(app: MgmtdApp): Handler<typeof Rpc.setTargetState> {
  const log = app.log.child({ component: 'set-target-state' });
  return (req) => app.serial.run(async () => {
    // 1. Validate; `expected` matters only without force.
    const nodeType = checkNodeType(req.nodeType || N.STORAGE, [N.STORAGE, N.META]);
    const targetId = checkId(req.targetId, nodeType === N.META ? 'meta node id' : 'target_id');
    const state = checkConsistency(req.state, 'state');
    const expected = req.force ? req.expected : checkConsistency(req.expected, 'expected');
    const what = nodeType === N.META ? `meta node ${targetId}` : `storage target ${targetId}`;
    const t = app.registry.target(nodeType, targetId);
    if (!t) throw new HiveError(ErrCode.UNKNOWN_TARGET_ID, `${what} is not registered`);
    // 2. Compare and swap.
    const res = casConsistency(t.consistency, { expected, state, force: req.force });
    if (!res.ok) {
      throw new HiveError(ErrCode.STATE_MISMATCH, `${what} is ${consistencyName(res.current)}, not ${consistencyName(expected)}; state left unchanged`, app.registry.version);
    }
    if (!res.changed) return { state, mapVersion: app.registry.version };
    const g = app.registry.groupOf(nodeType, targetId);
    if (!req.force && g?.primaryId === targetId && state !== hivefs.Consistency.GOOD) {
      throw new HiveError(ErrCode.STATE_MISMATCH, `${what} is the primary of buddy group ${g.groupId} since map version ${g.primarySince}; state left unchanged`, app.registry.version);
    }
    // 3. Persist with a version bump.
    const mapVersion = await commit(app, [{ kind: 'putTarget', target: { ...t, consistency: state } }]);
    log.info({ nodeType: nodeTypeName(nodeType), targetId, force: req.force, mapVersion }, `${what}: ${consistencyName(t.consistency)} -> ${consistencyName(state)}`);
    return { state, mapVersion };
  });
}
