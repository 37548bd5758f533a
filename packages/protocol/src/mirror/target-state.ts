// Consistency changes of a buddy group member at mgmtd (compare-and-swap, retried until mgmtd
// answers): a storage target, or a meta node seen as a target (shared by storage and meta mirroring).
import { hivefs } from '../../gen/proto.js';
import { ErrCode, HiveError } from '../errors.js';
import { untilAnswered } from '../mgmtd/retry.js';
import { Rpc, type RespOf } from '../msg-types.js';
import type { MapView } from '../rpc/map-view.js';
import type { LoggerLike } from '../rpc/server.js';

/**
 * What a compare-and-swap did: `swapped` also when it was already `state` (with the map version
 * after it); not swapped when the member was in another state.
 */
export type CasOutcome = { swapped: true; mapVersion: number } | { swapped: false; current: string };

/**
 * Sets member `targetId` (a storage target id, or a meta node id with `nodeType` META) from
 * `expected` to `state` at mgmtd, retrying while mgmtd does not answer. A refusal because the
 * member is in another state is an outcome, not an error. `allowed` runs before every attempt:
 * what it throws ends the CAS at once (e.g. a primary's lease ran out while mgmtd was silent).
 */
export async function casTargetState(
  view: MapView, nodeType: hivefs.NodeType, targetId: number, expected: hivefs.Consistency, state: hivefs.Consistency, log: LoggerLike, signal?: AbortSignal, allowed?: () => void,
): Promise<CasOutcome> {
  const member = nodeType === hivefs.NodeType.META ? `meta node ${targetId}` : `target ${targetId}`;
  const what = `set ${member} ${hivefs.Consistency[expected]} -> ${hivefs.Consistency[state]}`;
  let refusal: { err: unknown } | undefined;
  const attempt = (): Promise<RespOf<typeof Rpc.setTargetState>> => {
    try {
      allowed?.();
    } catch (err) {
      refusal = { err };
      // not retried: untilAnswered gives up on a definite answer
      throw new HiveError(ErrCode.INVALID_ARGUMENT, `${what}: not allowed now`);
    }
    return view.mgmtd.call(Rpc.setTargetState, { nodeType, targetId, expected, state }, signal ? { signal } : {});
  };
  try {
    const r = await untilAnswered(what, attempt, log, signal);
    return { swapped: true, mapVersion: Number(r.mapVersion ?? 0) };
  } catch (e) {
    if (refusal) throw refusal.err;
    const cause = (e as Error).cause ?? e;
    if (cause instanceof HiveError && cause.code === ErrCode.STATE_MISMATCH) return { swapped: false, current: cause.message };
    throw e;
  }
}
