// --setstate: forcing the consistency state of a storage target or meta node at mgmtd.
import { Rpc, hivefs } from '@hivefs/protocol';
import { opFailed } from '../errors.js';
import type { SetStateCommand } from '../cli/types.js';
import { consistencyName, nodeTypeOf } from './names.js';
import type { Session } from './session.js';

/** What --setstate did. */
export interface SetStateResult {
  nodeType: SetStateCommand['nodeType'];
  id: number;
  /** `Good` or `Bad`: the state after the request. */
  state: string;
  mapVersion: number;
}

/** Sets the state with force (mgmtd does not compare it with the current one). */
export async function setTargetState(s: Session, cmd: SetStateCommand): Promise<SetStateResult> {
  const state = cmd.state === 'good' ? hivefs.Consistency.GOOD : hivefs.Consistency.BAD;
  const what = `${cmd.nodeType === 'meta' ? 'meta node' : 'storage target'} ${cmd.id}`;
  const resp = await s.view.mgmtd.call(Rpc.setTargetState, { nodeType: nodeTypeOf(cmd.nodeType), targetId: cmd.id, state, force: cmd.force }).catch((e: unknown) => {
    throw opFailed(`cannot set the state of ${what}`, e);
  });
  return { nodeType: cmd.nodeType, id: cmd.id, state: consistencyName(resp.state), mapVersion: Number(resp.mapVersion) };
}
