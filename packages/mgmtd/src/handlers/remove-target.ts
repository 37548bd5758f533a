// removeTarget: forgets a storage target; refused while it is a buddy group member.
import { ErrCode, HiveError, hivefs, type Handler, type Rpc } from '@hivefs/protocol';
import type { MgmtdApp } from '../app-context.js';
import { commit } from '../commit.js';
import { checkId } from './validate.js';

const N = hivefs.NodeType;

/** Handler of Rpc.removeTarget. */
export function removeTarget(app: MgmtdApp): Handler<typeof Rpc.removeTarget> {
  const log = app.log.child({ component: 'remove-target' });
  return (req) => app.serial.run(async () => {
    const targetId = checkId(req.targetId, 'target_id');
    const t = app.registry.target(N.STORAGE, targetId);
    if (!t) throw new HiveError(ErrCode.UNKNOWN_TARGET_ID, `storage target ${targetId} is not registered`);
    const g = app.registry.groupOf(N.STORAGE, targetId);
    if (g) throw new HiveError(ErrCode.BUSY, `cannot remove: storage target ${targetId} is a member of buddy group ${g.groupId}`);
    const mapVersion = await commit(app, [{ kind: 'delTarget', nodeType: N.STORAGE, targetId }]);
    log.info({ targetId, nodeId: t.nodeId, mapVersion }, `removed storage target ${targetId} of node ${t.nodeId}`);
    return { mapVersion };
  });
}
