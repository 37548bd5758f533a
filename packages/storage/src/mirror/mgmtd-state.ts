// Consistency changes of a group's secondary at mgmtd (compare-and-swap, retried until mgmtd answers).
import type { Logger } from '@hivefs/common';
import { ErrCode, HiveError, Rpc, hivefs, untilAnswered, type MapView } from '@hivefs/protocol';

/**
 * What a compare-and-swap did: `swapped` also when it was already `state` (with the map version
 * after it); not swapped when the target was in another state.
 */
export type CasOutcome = { swapped: true; mapVersion: number } | { swapped: false; current: string };

/**
 * Sets storage target `targetId` from `expected` to `state` at mgmtd, retrying while mgmtd does
 * not answer. A refusal because the target is in another state is an outcome, not an error.
 */
export async function casTargetState(view: MapView, targetId: number, expected: hivefs.Consistency, state: hivefs.Consistency, log: Logger, signal?: AbortSignal): Promise<CasOutcome> {
  const what = `set target ${targetId} ${hivefs.Consistency[expected]} -> ${hivefs.Consistency[state]}`;
  try {
    const r = await untilAnswered(what, () => view.mgmtd.call(Rpc.setTargetState, { nodeType: hivefs.NodeType.STORAGE, targetId, expected, state }, signal ? { signal } : {}), log, signal);
    return { swapped: true, mapVersion: Number(r.mapVersion ?? 0) };
  } catch (e) {
    const cause = (e as Error).cause ?? e;
    if (cause instanceof HiveError && cause.code === ErrCode.STATE_MISMATCH) return { swapped: false, current: cause.message };
    throw e;
  }
}
