// The single path by which the cluster changes: one store batch and one map version bump.
import { hivefs } from '@hivefs/protocol';
import type { MgmtdApp } from './app-context.js';
import { dueSwitchovers, logSwitchovers } from './failover.js';
import { capacityPoolName } from './state/capacity.js';
import { reachabilityName } from './state/reachability.js';
import { isEmptyDelta, type StateDelta } from './state/runtime.js';
import type { Change } from './store/records.js';

/** "storage target 3" for a runtime key such as `t3:3`. */
function describeKey(key: string): string {
  const [type, id] = key.slice(1).split(':').map(Number);
  const kind = hivefs.NodeType[type!]?.toLowerCase() ?? `type ${type}`;
  return `${kind} ${key.startsWith('n') ? 'node' : 'target'} ${id}`;
}

function logDelta(app: MgmtdApp, d: StateDelta, version: number): void {
  for (const [key, r] of d.reach) {
    const before = app.runtime.live.get(key)?.reachability;
    const from = before === undefined ? 'unpublished' : reachabilityName(before);
    app.stateLog.info({ entity: key, mapVersion: version }, `${describeKey(key)}: ${from} -> ${reachabilityName(r)}`);
  }
  for (const [key, p] of d.pools) app.stateLog.debug({ entity: key, mapVersion: version }, `${describeKey(key)}: capacity pool ${capacityPoolName(p)}`);
  for (const id of d.expiredClients) app.stateLog.info({ nodeId: id, mapVersion: version }, `client ${id} timed out; dropped`);
}

/**
 * Applies `changes` together with every due runtime change (reachability, capacity pools,
 * expired clients) and every due buddy group switchover: one store batch with the map version
 * bumped by one, then memory. Does nothing and returns the current version when nothing
 * changes. The caller must hold the serial queue (`app.serial.run`).
 */
export async function commit(app: MgmtdApp, changes: readonly Change[]): Promise<number> {
  const now = app.clock.now();
  const due = app.runtime.collect(now, app.registry, app.limits);
  const switches = dueSwitchovers(app, due, changes, now);
  if (changes.length === 0 && isEmptyDelta(due) && switches.changes.length === 0) return app.registry.version;
  const drops: Change[] = due.expiredClients.map((nodeId) => ({ kind: 'delNode', type: hivefs.NodeType.CLIENT, nodeId }));
  const version = await app.registry.commit([...changes, ...switches.changes, ...drops]);
  const delta = app.runtime.collect(now, app.registry, app.limits);
  delta.expiredClients.push(...due.expiredClients);
  logDelta(app, delta, version);
  logSwitchovers(app, switches, version);
  app.runtime.apply(delta, app.registry);
  return version;
}
