// Helpers for mgmtd unit tests (excluded from the build): an in-memory app and handler calls.
import { createLogger, openMemoryStore, type KvStore, type Logger } from '@hivefs/common';
import { ErrCode, HiveError, codeName, hivefs, type AnyRpcDef, type Handler, type HandlerContext, type ReqOf, type RespOf } from '@hivefs/protocol';
import { expect } from 'vitest';
import { createMgmtdApp, type MgmtdApp } from './app-context.js';
import { ManualClock } from './clock.js';
import { defaultMgmtdConfig, type MgmtdConfig } from './config.js';

/** A logger that writes nothing. */
export function silentLog(): Logger {
  return createLogger({ service: 'mgmtd', level: 'silent' });
}

/** Fast timeouts used by most tests: probably-offline 1 s, offline 2 s, primary lease 1 s, clients 5 s. */
export const FAST: Partial<MgmtdConfig> = { storeMgmtdDirectory: '/unused', sysTargetProbablyOfflineSecs: 1, sysTargetOfflineTimeoutSecs: 2, sysPrimaryLeaseSecs: 1, sysClientTimeoutSecs: 5 };

/** An app over a memory store (or `kv`) with a manual clock. */
export async function makeApp(opts: { kv?: KvStore; clock?: ManualClock; config?: Partial<MgmtdConfig> } = {}): Promise<{ app: MgmtdApp; kv: KvStore; clock: ManualClock }> {
  const kv = opts.kv ?? openMemoryStore();
  const clock = opts.clock ?? new ManualClock();
  const app = await createMgmtdApp(defaultMgmtdConfig({ ...FAST, ...opts.config }), { kv, log: silentLog(), clock });
  return { app, kv, clock };
}

const ctx = (): HandlerContext => ({ payload: undefined, mapVersion: 0, remote: 'test', signal: new AbortController().signal });

/** Calls a handler the way the server does: request and response go through encode and decode. */
export async function call<D extends AnyRpcDef>(def: D, handler: Handler<D>, req: ReqOf<D>): Promise<RespOf<D>> {
  const decoded = def.Req.decode(def.Req.encode(req).finish());
  const resp = await handler(decoded as never, ctx());
  return def.Resp.decode(def.Resp.encode(resp).finish()) as RespOf<D>;
}

/** Expects `p` to reject with a HiveError of `code`; returns the error for further checks. */
export async function expectCode(p: Promise<unknown>, code: ErrCode): Promise<HiveError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err, `expected ${codeName(code)}`).toBeInstanceOf(HiveError);
  expect(codeName((err as HiveError).code)).toBe(codeName(code));
  return err as HiveError;
}

/** A storage node registration request. */
export function storageNode(alias: string, nodeId = 0, port = 8003): hivefs.IRegisterNodeReq {
  return { type: hivefs.NodeType.STORAGE, nodeId, alias, addrs: [{ host: '127.0.0.1', port }], hostname: 'host1', version: '0.1.0', pid: 100 };
}

/** A meta node registration request. */
export function metaNode(alias: string, nodeId = 0): hivefs.IRegisterNodeReq {
  return { type: hivefs.NodeType.META, nodeId, alias, addrs: [{ host: '127.0.0.1', port: 8005 }], hostname: 'host1', version: '0.1.0', pid: 200 };
}

/** A space report with plenty of room unless told otherwise. */
export function space(targetId: number, freeBytes = 100 * 1024 ** 3, freeInodes = 50_000_000): hivefs.ITargetSpace {
  return { targetId, totalBytes: 200 * 1024 ** 3, freeBytes, totalInodes: 100_000_000, freeInodes };
}
