// mirrorRoot (hivefs-ctl --mirrormd): puts the root directory on the meta buddy group its owner is primary of.
import { ErrCode, HiveError, hivefs, type Handler, type Rpc } from '@hivefs/protocol';
import type { MgmtdApp } from '../app-context.js';
import { commit } from '../commit.js';
import type { Registry } from '../store/registry.js';

const N = hivefs.NodeType;

/**
 * The meta buddy group the root directory can move into now, or a HiveError saying why not and
 * what to do: no meta node owns the root yet (UNKNOWN_NODE), the root's node is in no meta
 * buddy group (UNKNOWN_GROUP), or it is its group's secondary (NOT_PRIMARY: only the node that
 * holds the root can move it into the group's space).
 */
export function rootGroupFor(r: Registry): number {
  const node = r.rootNodeId;
  if (!node) throw new HiveError(ErrCode.UNKNOWN_NODE, 'no meta node owns the root directory yet: start a meta node (the first one to register takes the root), then run --mirrormd again');
  const g = r.groupOf(N.META, node);
  if (!g) throw new HiveError(ErrCode.UNKNOWN_GROUP, `meta node ${node}, which owns the root directory, is in no meta buddy group: create one first (hivefs-ctl --addmirrorgroup --nodetype=meta --primary=${node} --secondary=<another meta node id>), then run --mirrormd again`);
  if (g.primaryId !== node) {
    throw new HiveError(ErrCode.NOT_PRIMARY, `meta node ${node}, which owns the root directory, is the secondary of meta buddy group ${g.groupId} (primary: meta node ${g.primaryId}); only the node holding the root can move it into the group: make node ${node} the primary (stop meta node ${g.primaryId} until mgmtd switches the group over, and start it again), then run --mirrormd again`);
  }
  return g.groupId;
}

/**
 * Handler of Rpc.mirrorRoot: persists the root's meta buddy group and bumps the map version
 * (meta nodes then move the root into the group's space; clients route it to the group's
 * primary). Idempotent: a mirrored root answers `already` with the current version.
 */
export function mirrorRoot(app: MgmtdApp): Handler<typeof Rpc.mirrorRoot> {
  const log = app.log.child({ component: 'mirror-root' });
  return () => app.serial.run(async () => {
    const r = app.registry;
    if (r.rootGroupId) return { groupId: r.rootGroupId, mapVersion: r.version, already: true };
    const groupId = rootGroupFor(r);
    const mapVersion = await commit(app, [{ kind: 'setRootGroup', groupId }]);
    log.info({ groupId, rootNodeId: r.rootNodeId, mapVersion }, `the root directory is now mirrored by meta buddy group ${groupId} (it was on meta node ${r.rootNodeId})`);
    return { groupId, mapVersion, already: false };
  });
}
