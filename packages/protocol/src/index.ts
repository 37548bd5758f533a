// @hivefs/protocol: the wire contract shared by every HiveFS service and client.
export { hivefs } from '../gen/proto.js';
export * from './errors.js';
export * from './framing.js';
export * from './ids.js';
export * from './msg-types.js';
export * from './stripe.js';
export * from './rpc/auth.js';
export * from './rpc/client.js';
export * from './rpc/connection.js';
export * from './rpc/map-view.js';
export * from './rpc/server.js';
export * from './mgmtd/retry.js';
export * from './mgmtd/heartbeats.js';
export * from './mirror/lease.js';
export * from './mirror/role.js';
export * from './mirror/groups.js';
export * from './mirror/meta-owners.js';
export * from './mirror/target-state.js';
