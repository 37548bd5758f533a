// addMirrorGroup: creates a buddy group of two storage targets (or two meta nodes).
import { ErrCode, HiveError, hivefs, type Handler, type Rpc } from '@hivefs/protocol';
import type { MgmtdApp } from '../app-context.js';
import { commit } from '../commit.js';
import { nextFreeId } from '../ids.js';
import { groupProblem } from '../store/buddy-groups.js';
import type { GroupRecord } from '../store/records.js';
import type { Registry } from '../store/registry.js';
import { checkId, checkNodeType, checkOptionalId } from './validate.js';

const N = hivefs.NodeType;

/** "storage target 101" or "meta node 2". */
function memberName(nodeType: hivefs.NodeType, id: number): string {
  return `${nodeType === N.META ? 'meta node' : 'storage target'} ${id}`;
}

/**
 * Why two storage targets on one storage node make a poor group (undefined for meta groups and
 * for targets on different nodes).
 */
export function sameNodeProblem(r: Registry, g: Pick<GroupRecord, 'nodeType' | 'primaryId' | 'secondaryId'>): string | undefined {
  if (g.nodeType !== N.STORAGE) return undefined;
  const [p, s] = [r.target(N.STORAGE, g.primaryId), r.target(N.STORAGE, g.secondaryId)];
  if (!p || !s || p.nodeId !== s.nodeId) return undefined;
  return `storage targets ${g.primaryId} and ${g.secondaryId} are both on storage node ${p.nodeId}; pairing them protects against a disk failure but not a node failure (use --force to pair them anyway)`;
}

/**
 * Handler of Rpc.addMirrorGroup: group id 0 assigns the highest + 1; both members must exist,
 * differ, be in no other group and in one storage pool; storage targets on one node only with
 * `force`. The new group's primarySince is the version of the commit that creates it.
 */
export function addMirrorGroup(app: MgmtdApp): Handler<typeof Rpc.addMirrorGroup> {
  const log = app.log.child({ component: 'add-mirror-group' });
  return (req) => app.serial.run(async () => {
    // 1. Validate the fields; the members must exist.
    const nodeType = checkNodeType(req.nodeType, [N.STORAGE, N.META]);
    const kind = nodeType === N.META ? 'meta node id' : 'target id';
    const wanted = checkOptionalId(req.groupId, 'buddy group id');
    const primaryId = checkId(req.primaryId, `primary ${kind}`);
    const secondaryId = checkId(req.secondaryId, `secondary ${kind}`);
    const r = app.registry;
    for (const id of [primaryId, secondaryId]) {
      if (!r.target(nodeType, id)) throw new HiveError(nodeType === N.META ? ErrCode.UNKNOWN_NODE : ErrCode.UNKNOWN_TARGET_ID, `${memberName(nodeType, id)} is not registered`);
    }
    // 2. The group id: free when given, else the next one.
    if (wanted && r.group(nodeType, wanted)) {
      const g = r.group(nodeType, wanted)!;
      throw new HiveError(ErrCode.ID_CONFLICT, `buddy group ${wanted} already exists (primary ${g.primaryId}, secondary ${g.secondaryId})`);
    }
    const groupId = wanted || nextFreeId(r.groups().filter((g) => g.nodeType === nodeType).map((g) => g.groupId));
    if (!groupId) throw new HiveError(ErrCode.ID_CONFLICT, 'every buddy group id 1..65535 is in use');
    // 3. The group rules, then the node check that force bypasses.
    const group: GroupRecord = { nodeType, groupId, primaryId, secondaryId, poolId: r.target(nodeType, primaryId)!.poolId, primarySince: r.version + 1 };
    const problem = groupProblem(group, r) ?? (req.force ? undefined : sameNodeProblem(r, group));
    if (problem) throw new HiveError(ErrCode.INVALID_ARGUMENT, problem);
    const mapVersion = await commit(app, [{ kind: 'putGroup', group }]);
    log.info({ groupId, primaryId, secondaryId, mapVersion }, `created buddy group ${groupId}: primary ${memberName(nodeType, primaryId)}, secondary ${secondaryId}`);
    return { groupId, mapVersion };
  });
}
