// Registration of this node and its targets with mgmtd (at start and again when mgmtd forgot us).
import { hostname as osHostname } from 'node:os';
import type { Logger } from '@hivefs/common';
import { hivefs, Rpc, untilAnswered, type RpcClient } from '@hivefs/protocol';

/** Version reported to mgmtd. */
export const STORAGE_VERSION = '0.1.0';

/** What registration needs. */
export interface RegistrationInit {
  client: RpcClient;
  log: Logger;
  /** sysNodeAlias; empty means `<hostname>-storage-<nodeId>`. */
  alias: string;
  addrs: hivefs.INodeAddr[];
  hostname?: string;
  signal?: AbortSignal;
}

const callOpts = (init: RegistrationInit): { signal?: AbortSignal } => (init.signal ? { signal: init.signal } : {});

/** Default alias of a storage node. */
export function defaultAlias(host: string, nodeId: number): string {
  return `${host}-storage-${nodeId}`;
}

/**
 * Registers the node (waiting for mgmtd as long as needed) and returns its id. `nodeId` 0 lets
 * mgmtd assign one; a formatted node must get back the id it asked for.
 */
export async function registerNode(init: RegistrationInit, nodeId: number): Promise<number> {
  const host = init.hostname ?? osHostname();
  const call = (id: number, alias: string) => untilAnswered('registerNode', () => init.client.call(Rpc.registerNode, {
    type: hivefs.NodeType.STORAGE, nodeId: id, alias, addrs: init.addrs, hostname: host, version: STORAGE_VERSION, pid: process.pid,
  }, callOpts(init)), init.log, init.signal);
  const first = await call(nodeId, init.alias || (nodeId ? defaultAlias(host, nodeId) : ''));
  if (nodeId && first.nodeId !== nodeId) {
    throw new Error(`mgmtd registered this node as ${first.nodeId}, but its targets are formatted for node ${nodeId}`);
  }
  if (!nodeId && !init.alias) await call(first.nodeId, defaultAlias(host, first.nodeId));
  init.log.info({ nodeId: first.nodeId }, 'registered with mgmtd');
  return first.nodeId;
}

/** Registers one target of `nodeId`; `targetId` 0 lets mgmtd assign one. Returns the target's id. */
export async function registerTarget(init: RegistrationInit, nodeId: number, targetId: number, dir: string): Promise<number> {
  const resp = await untilAnswered(`registerTarget ${targetId || dir}`, () => init.client.call(Rpc.registerTarget, { targetId, nodeId }, callOpts(init)), init.log, init.signal);
  if (targetId && resp.targetId !== targetId) {
    throw new Error(`mgmtd registered ${dir} as target ${resp.targetId}, but it is formatted as target ${targetId}`);
  }
  init.log.info({ targetId: resp.targetId, dir }, 'target registered with mgmtd');
  return resp.targetId;
}
