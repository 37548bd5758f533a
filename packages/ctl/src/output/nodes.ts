// The --listnodes output: `<alias> [ID: <id>]` per node, with --details indented detail lines.
import type { NodeRow } from '../api/nodes.js';
import { nodeLabel } from '../api/names.js';

/** Seconds with one decimal (`0.3 s ago`), or `never`. */
export function formatAge(ms: number | null): string {
  return ms === null ? 'never' : `${(ms / 1000).toFixed(1)} s ago`;
}

function details(n: NodeRow): string[] {
  const addrs = n.addresses.map((a) => `${a.host}:${a.port}`).join(', ') || '-';
  return [`   Addresses: ${addrs}`, `   Reachability: ${n.reachability}`, `   Last heartbeat: ${formatAge(n.lastHeartbeatAgeMs)}`];
}

/**
 * One line per node, plus the detail lines when `withDetails`. Meta nodes end with a `Root:`
 * line naming the node that owns the root directory (none yet: `Root: none`), or once the root
 * is mirrored (`rootGroupId`), its meta buddy group and the group's current primary.
 */
export function renderNodes(rows: readonly NodeRow[], withDetails: boolean, rootGroupId = 0): string {
  const lines = rows.flatMap((n) => [nodeLabel(n.alias, n.nodeId), ...(withDetails ? details(n) : [])]);
  if (rows.length > 0 && rows[0]!.nodeType === 'meta') {
    const root = rows.find((n) => n.ownsRoot);
    const node = root ? nodeLabel(root.alias, root.nodeId) : 'none';
    lines.push(rootGroupId ? `Root: meta buddy group ${rootGroupId} (current primary: ${node})` : `Root: ${node}`);
  }
  return lines.map((l) => `${l}\n`).join('');
}
