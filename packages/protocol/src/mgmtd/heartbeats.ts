// The heartbeat loop of every node (meta, storage, client): space reports to mgmtd every
// interval, backing off while mgmtd fails, registering again when mgmtd forgot the node.
import { performance } from 'node:perf_hooks';
import type { hivefs } from '../../gen/proto.js';
import { ErrCode, HiveError } from '../errors.js';
import { Rpc } from '../msg-types.js';
import type { RpcClient } from '../rpc/client.js';
import type { LoggerLike } from '../rpc/server.js';
import { backoffMs, isAuthFailure, mgmtdTrouble, pause } from './retry.js';

/** What the heartbeat loop needs. */
export interface HeartbeatInit {
  /** The client of mgmtd. */
  client: RpcClient;
  type: hivefs.NodeType;
  /** This node's id (read at every beat: it may be assigned after the loop starts). */
  nodeId: () => number;
  /** The space reports of one beat (never rejects: a target whose statfs fails is left out). */
  space: () => Promise<hivefs.ITargetSpace[]>;
  intervalMs: number;
  /** The node's request timeout (connRequestTimeoutMs); a beat waits at most min(this, max(1 s, 2 intervals)). */
  requestTimeoutMs: number;
  log: LoggerLike;
  /** Called with the map version of every reply. */
  onMapVersion: (v: number) => void;
  /** Registers the node (and its targets) again: mgmtd answered UNKNOWN_NODE. */
  reRegister: (signal: AbortSignal) => Promise<unknown>;
  /** False: the loop's timers do not keep the process alive (a client library). Default true. */
  keepAlive?: boolean;
  /**
   * Called with every reply and the monotonic time (performance.now()) its heartbeat was sent:
   * buddy-mirror primaries renew their lease from it ({@link LeaseHolder.grant}).
   */
  onReply?: (resp: hivefs.HeartbeatResp, sentAtMs: number) => void;
  /** Targets (storage) or meta nodes this node is resyncing now; sent as `resyncing`. */
  resyncing?: () => number[];
}

/** A running heartbeat loop. */
export interface Heartbeats {
  /** Stops the loop and waits for a beat under way. */
  stop(): Promise<void>;
}

/** Failures between two repeats of the failure log line while mgmtd keeps failing. */
const LOG_EVERY_FAILURES = 30;

/**
 * Starts heartbeating at once and then every `intervalMs` (never two at once); while mgmtd
 * fails, backs off (capped at max(interval, 2 s)) and keeps trying. A failure is logged when
 * it starts and every 30 failures after; an authentication failure as such (error level), any
 * other as `mgmtd not answering`; the first beat that works again says so.
 */
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
      await pause(backoffMs(init.intervalMs, failures), signal, init.keepAlive ?? true);
    } catch {
      return;
    }
  }
}

async function beat(init: HeartbeatInit, signal: AbortSignal, failures: number): Promise<boolean> {
  const nodeId = init.nodeId();
  try {
    const targets = await init.space();
    const resyncing = init.resyncing?.() ?? [];
    const sentAtMs = performance.now();
    const resp = await init.client.call(Rpc.heartbeat, { type: init.type, nodeId, targets, resyncing }, { signal, timeoutMs: Math.min(init.requestTimeoutMs, Math.max(1000, 2 * init.intervalMs)) });
    init.onReply?.(resp, sentAtMs);
    init.onMapVersion(Number(resp.mapVersion));
    if (failures > 0) init.log.info({ failures }, 'heartbeats reach mgmtd again');
    return true;
  } catch (e) {
    if (signal.aborted) return true;
    if (e instanceof HiveError && e.code === ErrCode.UNKNOWN_NODE) return reRegister(init, signal, nodeId);
    if (failures % LOG_EVERY_FAILURES === 0) {
      const line = { err: (e as Error).message, failures: failures + 1 };
      const msg = `heartbeat to mgmtd failed: ${mgmtdTrouble(e)}; retrying`;
      if (isAuthFailure(e)) init.log.error(line, msg);
      else init.log.warn(line, msg);
    }
    return false;
  }
}

async function reRegister(init: HeartbeatInit, signal: AbortSignal, nodeId: number): Promise<boolean> {
  init.log.warn({ nodeId }, 'mgmtd does not know this node; registering again');
  try {
    await init.reRegister(signal);
    return true;
  } catch (e) {
    if (!signal.aborted) init.log.error({ err: (e as Error).message }, 're-registration with mgmtd failed');
    return false;
  }
}
