// Heartbeats to mgmtd with the space figures of every target; re-registers when mgmtd forgot us.
import type { Logger } from '@hivefs/common';
import { ErrCode, HiveError, hivefs, Rpc, type RpcClient } from '@hivefs/protocol';
import { backoffMs, pause } from './retry.js';
import { targetSpace, type Target } from './targets.js';

/** What the heartbeat loop needs. */
export interface HeartbeatInit {
  client: RpcClient;
  nodeId: number;
  targets: readonly Target[];
  intervalMs: number;
  timeoutMs: number;
  log: Logger;
  /** Called with the map version of every reply. */
  onMapVersion: (v: number) => void;
  /** Registers node and targets again (mgmtd answered UNKNOWN_NODE). */
  reRegister: (signal: AbortSignal) => Promise<void>;
}

/** A running heartbeat loop. */
export interface Heartbeats {
  stop(): Promise<void>;
}

/** Starts heartbeating every intervalMs; while mgmtd fails, backs off (capped at 2 s) and keeps trying. */
export function startHeartbeats(init: HeartbeatInit): Heartbeats {
  const aborter = new AbortController();
  const loop = runLoop(init, aborter.signal);
  return {
    async stop() {
      aborter.abort();
      await loop;
    },
  };
}

async function runLoop(init: HeartbeatInit, signal: AbortSignal): Promise<void> {
  let failures = 0;
  while (!signal.aborted) {
    const ok = await beat(init, signal, failures);
    failures = ok ? 0 : failures + 1;
    try {
      await pause(backoffMs(init.intervalMs, failures), signal);
    } catch {
      return;
    }
  }
}

async function beat(init: HeartbeatInit, signal: AbortSignal, failures: number): Promise<boolean> {
  try {
    const targets = await spaceOf(init.targets, init.log);
    const resp = await init.client.call(Rpc.heartbeat, { type: hivefs.NodeType.STORAGE, nodeId: init.nodeId, targets }, { timeoutMs: init.timeoutMs, signal });
    init.onMapVersion(resp.mapVersion);
    if (failures > 0) init.log.info({ failures }, 'heartbeat to mgmtd succeeded again');
    return true;
  } catch (e) {
    if (signal.aborted) return true;
    if (e instanceof HiveError && e.code === ErrCode.UNKNOWN_NODE) return reRegister(init, signal);
    if (failures === 0 || failures % 30 === 0) init.log.warn({ err: (e as Error).message, failures: failures + 1 }, 'heartbeat to mgmtd failed; retrying');
    return false;
  }
}

async function reRegister(init: HeartbeatInit, signal: AbortSignal): Promise<boolean> {
  init.log.warn({ nodeId: init.nodeId }, 'mgmtd does not know this node; registering again');
  try {
    await init.reRegister(signal);
    return true;
  } catch (e) {
    if (!signal.aborted) init.log.error({ err: (e as Error).message }, 're-registration with mgmtd failed');
    return false;
  }
}

async function spaceOf(targets: readonly Target[], log: Logger): Promise<hivefs.ITargetSpace[]> {
  const all = await Promise.all(targets.map((t) => targetSpace(t).catch((e: Error) => {
    log.warn({ targetId: t.id, err: e.message }, 'statfs of target failed; left out of the heartbeat');
    return undefined;
  })));
  return all.filter((s): s is hivefs.ITargetSpace => s !== undefined);
}
