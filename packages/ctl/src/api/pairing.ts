// --addmirrorgroup --automatic: pairs ungrouped targets (or meta nodes) into buddy groups, members on different nodes.
import { hivefs } from '@hivefs/protocol';
import { CtlError, ExitCode } from '../errors.js';
import type { TargetKind } from '../cli/types.js';
import { nodeTypeOf } from './names.js';

/** A planned buddy group: the first member becomes the primary. */
export interface PlannedPair {
  primary: number;
  secondary: number;
}

/** A member candidate: its id, the node serving it and its storage pool. */
export interface PairCandidate {
  id: number;
  nodeId: number;
  poolId: number;
}

/** Storage targets (or meta nodes as targets) of `kind` that are in no buddy group of that kind. */
export function ungroupedCandidates(map: hivefs.IClusterMap, kind: TargetKind): PairCandidate[] {
  const type = nodeTypeOf(kind);
  const grouped = new Set((map.groups ?? []).filter((g) => (g.nodeType || hivefs.NodeType.STORAGE) === type).flatMap((g) => [g.primaryId, g.secondaryId]));
  return (map.targets ?? [])
    .filter((t) => (t.nodeType || hivefs.NodeType.STORAGE) === type && !grouped.has(t.targetId ?? 0))
    .map((t) => ({ id: t.targetId ?? 0, nodeId: t.nodeId ?? 0, poolId: kind === 'meta' ? 0 : t.storagePoolId ?? 0 }))
    .sort((a, b) => a.id - b.id);
}

const refuse = (why: string): never => {
  throw new CtlError(ExitCode.OP_FAILED, `cannot pair targets automatically: ${why}`);
};

/**
 * Pairs the candidates of one storage pool greedily: take the lowest id of the node with the
 * most unpaired candidates and pair it with the lowest id of the node with the next most (on
 * another node; on the same node only with `force`). Pairing the two largest nodes first leaves
 * no node alone with candidates whenever an all-cross-node pairing exists.
 */
function pairPool(cands: readonly PairCandidate[], force: boolean, what: string): PlannedPair[] {
  if (cands.length % 2) refuse(`an odd number of ungrouped ${what}s (${cands.length}) in storage pool ${cands[0]!.poolId}; one would be left over`);
  const byNode = new Map<number, number[]>();
  for (const c of cands) byNode.set(c.nodeId, [...(byNode.get(c.nodeId) ?? []), c.id]);
  const pairs: PlannedPair[] = [];
  for (;;) {
    const nodes = [...byNode.entries()].filter(([, ids]) => ids.length > 0).sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
    if (nodes.length === 0) return pairs;
    const first = nodes[0]![1];
    const partnerNode = nodes[1]?.[1] ?? (force ? first : undefined);
    if (!partnerNode || (partnerNode === first && first.length < 2)) {
      return refuse(`${what} ${first[0]} has no partner on another ${what === 'target' ? 'storage ' : 'meta '}node (use --force to allow pairs on one node)`);
    }
    const primary = first.shift()!;
    pairs.push({ primary, secondary: partnerNode.shift()! });
  }
}

/**
 * The buddy groups --addmirrorgroup --automatic creates from a map: every ungrouped target
 * (meta: meta node) paired with one on another node of the same storage pool. Throws
 * CtlError(OP_FAILED) with one line saying why when there is nothing to pair or no full pairing.
 */
export function planMirrorPairs(map: hivefs.IClusterMap, kind: TargetKind, force: boolean): PlannedPair[] {
  const what = kind === 'meta' ? 'meta node' : 'target';
  const cands = ungroupedCandidates(map, kind);
  if (cands.length === 0) refuse(`no ungrouped ${what}s`);
  const pools = new Map<number, PairCandidate[]>();
  for (const c of cands) pools.set(c.poolId, [...(pools.get(c.poolId) ?? []), c]);
  return [...pools.keys()].sort((a, b) => a - b).flatMap((p) => pairPool(pools.get(p)!, force, what));
}
