// The one table of mgmtd RPC handlers.
import { Rpc, type RpcServer } from '@hivefs/protocol';
import type { MgmtdApp } from '../app-context.js';
import { addMirrorGroup } from './add-mirror-group.js';
import { getMap } from './get-map.js';
import { heartbeat } from './heartbeat.js';
import { mirrorRoot } from './mirror-root.js';
import { registerNode } from './register-node.js';
import { registerTarget } from './register-target.js';
import { removeNode } from './remove-node.js';
import { removeTarget } from './remove-target.js';
import { setTargetState } from './set-target-state.js';

/** Registers every mgmtd RPC handler on `server`. */
export function registerHandlers(server: RpcServer, app: MgmtdApp): RpcServer {
  return server
    .handle(Rpc.registerNode, registerNode(app))
    .handle(Rpc.registerTarget, registerTarget(app))
    .handle(Rpc.heartbeat, heartbeat(app))
    .handle(Rpc.getMap, getMap(app))
    .handle(Rpc.setTargetState, setTargetState(app))
    .handle(Rpc.removeNode, removeNode(app))
    .handle(Rpc.removeTarget, removeTarget(app))
    .handle(Rpc.addMirrorGroup, addMirrorGroup(app))
    .handle(Rpc.mirrorRoot, mirrorRoot(app));
}
