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

/** One line per node, plus the detail lines when `withDetails`. */
export function renderNodes(rows: readonly NodeRow[], withDetails: boolean): string {
  const lines = rows.flatMap((n) => [nodeLabel(n.alias, n.nodeId), ...(withDetails ? details(n) : [])]);
  return lines.map((l) => `${l}\n`).join('');
}
