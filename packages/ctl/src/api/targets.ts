// --listtargets: storage targets (or meta nodes as targets) with states, pools and space; --errorcodes.
import { hivefs } from '@hivefs/protocol';
import { ExitCode, type ExitCodeValue } from '../errors.js';
import type { TargetKind } from '../cli/types.js';
import { capacityPoolName, consistencyName, nodeTypeOf, reachabilityName } from './names.js';

/** Space and inode figures of a target as last reported. */
export interface SpaceInfo {
  totalBytes: number;
  freeBytes: number;
  totalInodes: number;
  freeInodes: number;
}

/** One target as --listtargets shows it (and --json prints it). */
export interface TargetRow {
  targetId: number;
  nodeId: number;
  nodeAlias: string;
  nodeType: TargetKind;
  /** `Online`, `Probably-offline`, `Offline`. */
  reachability: string;
  /** `Good`, `Needs-resync`, `Bad`. */
  consistency: string;
  /** A resync job for this target runs (tables show consistency `resyncing`). */
  resyncing: boolean;
  /** `normal`, `low`, `emergency`. */
  capacityPool: string;
  storagePoolId: number;
  /** null until the target's first report. */
  space: SpaceInfo | null;
  /** Reachability of the node serving the target (`Missing` when the map lacks the node). */
  nodeReachability: string;
}

function spaceOf(s: hivefs.ITargetSpace | null | undefined): SpaceInfo | null {
  if (!s) return null;
  return { totalBytes: Number(s.totalBytes ?? 0), freeBytes: Number(s.freeBytes ?? 0), totalInodes: Number(s.totalInodes ?? 0), freeInodes: Number(s.freeInodes ?? 0) };
}

/** Targets of `kind` in the map (storage targets, or meta nodes as targets), sorted by target id. */
export function listTargets(map: hivefs.IClusterMap, kind: TargetKind): TargetRow[] {
  const type = nodeTypeOf(kind);
  const isKind = (t: hivefs.ITargetInfo): boolean => (t.nodeType || hivefs.NodeType.STORAGE) === type;
  return (map.targets ?? [])
    .filter(isKind)
    .map((t) => {
      const node = (map.nodes ?? []).find((n) => n.type === type && n.nodeId === t.nodeId);
      return {
        targetId: t.targetId ?? 0,
        nodeId: t.nodeId ?? 0,
        nodeAlias: node?.alias ?? '',
        nodeType: kind,
        reachability: reachabilityName(t.reachability),
        consistency: consistencyName(t.consistency),
        resyncing: t.resyncing === true,
        capacityPool: capacityPoolName(t.capacityPool),
        storagePoolId: t.storagePoolId ?? 0,
        space: spaceOf(t.space),
        nodeReachability: node ? reachabilityName(node.reachability) : 'Missing',
      };
    })
    .sort((a, b) => a.targetId - b.targetId);
}

/**
 * The --errorcodes verdict, checked in this order: 5 when the node of a listed target is not
 * reachable (Probably-offline or Offline in the map, or missing from it; a node whose
 * reachability mgmtd leaves unset counts as reachable), 6 when a target is not Online, 7 when
 * a target is not Good (a resyncing target is Needs-resync); 0 otherwise.
 */
export function targetErrorCode(rows: readonly TargetRow[]): ExitCodeValue {
  const unreachable = (r: TargetRow): boolean => r.nodeReachability !== 'Online' && r.nodeReachability !== 'Unknown';
  if (rows.some(unreachable)) return ExitCode.NODE_UNREACHABLE;
  if (rows.some((r) => r.reachability !== 'Online')) return ExitCode.TARGET_NOT_ONLINE;
  if (rows.some((r) => r.consistency !== 'Good')) return ExitCode.TARGET_NOT_GOOD;
  return ExitCode.OK;
}
