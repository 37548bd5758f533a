// A small pool of authenticated connections to one peer, with deadlines on every request.
import { ErrCode, HiveError } from '../errors.js';
import type { AnyRpcDef, ReqOf, RespOf } from '../msg-types.js';
import { RpcConnection, type RpcResult } from './connection.js';

/** Defaults for every client. */
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_CONNECT_TIMEOUT_MS = 3_000;
export const DEFAULT_POOL_SIZE = 2;
export const DEFAULT_MAX_FRAME_BYTES = 64 * 1024 * 1024;

export interface RpcClientInit {
  host: string;
  port: number;
  /** Shared secret from connAuthFile; null when authentication is disabled. */
  secret: Buffer | null;
  poolSize?: number;
  maxFrameBytes?: number;
  connectTimeoutMs?: number;
  /** Default deadline of a request. */
  timeoutMs?: number;
  /** Sender's map version stamped into every request header. */
  mapVersion?: () => number;
  /** Called with the map version of every reply header. */
  onMapVersion?: (v: number) => void;
}

export interface CallOptions {
  payload?: Uint8Array;
  /**
   * Where a reply payload of at most this buffer's length is received (the result's `payload` is
   * then a view of it); a longer one gets a buffer of its own. Written only until the call
   * settles, also when it fails by timeout or abort, so the buffer is the caller's again then.
   */
  payloadInto?: Buffer;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** RPC client for one peer address. Connections are opened lazily and re-opened after failures. */
export class RpcClient {
  readonly host: string;
  readonly port: number;
  private readonly slots: { conn?: RpcConnection | undefined; pending?: Promise<RpcConnection> | undefined }[];
  private next = 0;
  private closed = false;

  constructor(private readonly init: RpcClientInit) {
    this.host = init.host;
    this.port = init.port;
    this.slots = Array.from({ length: Math.max(1, init.poolSize ?? DEFAULT_POOL_SIZE) }, () => ({}));
  }

  /** Sends a request and returns the decoded response. */
  async call<D extends AnyRpcDef>(def: D, req: ReqOf<D>, opts: CallOptions = {}): Promise<RespOf<D>> {
    return (await this.callRaw(def, req, opts)).resp;
  }

  /** Sends a request and returns response, reply payload and the server's map version. */
  async callRaw<D extends AnyRpcDef>(def: D, req: ReqOf<D>, opts: CallOptions = {}): Promise<RpcResult<RespOf<D>>> {
    const timeoutMs = opts.timeoutMs ?? this.init.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const deadline = Date.now() + timeoutMs;
    const c = this.connection(opts.signal);
    const conn = c instanceof RpcConnection ? c : await withDeadline(c, def.name, timeoutMs, opts.signal);
    return conn.request(def, req, {
      ...(opts.payload ? { payload: opts.payload } : {}),
      ...(opts.payloadInto ? { payloadInto: opts.payloadInto } : {}),
      ...(opts.signal ? { signal: opts.signal } : {}),
      timeoutMs: Math.max(1, deadline - Date.now()),
      mapVersion: this.init.mapVersion?.() ?? 0,
    }) as Promise<RpcResult<RespOf<D>>>;
  }

  /** Closes every connection; later calls fail. */
  close(): void {
    this.closed = true;
    for (const s of this.slots) {
      s.conn?.close();
      s.conn = undefined;
    }
  }

  private connection(signal?: AbortSignal): RpcConnection | Promise<RpcConnection> {
    if (this.closed) return Promise.reject(new HiveError(ErrCode.SHUTTING_DOWN, 'client closed'));
    if (signal?.aborted) return Promise.reject(new HiveError(ErrCode.ABORTED, 'request aborted'));
    const slot = this.slots[this.next]!;
    this.next = (this.next + 1) % this.slots.length;
    if (slot.conn && !slot.conn.closed) return slot.conn;
    if (slot.pending) return slot.pending;
    slot.conn = undefined;
    slot.pending = RpcConnection.open({
      host: this.init.host,
      port: this.init.port,
      secret: this.init.secret,
      maxFrameBytes: this.init.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES,
      connectTimeoutMs: this.init.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
      ...(this.init.onMapVersion ? { onMapVersion: this.init.onMapVersion } : {}),
    }).then(
      (c) => {
        slot.pending = undefined;
        if (this.closed) {
          c.close();
          throw new HiveError(ErrCode.SHUTTING_DOWN, 'client closed');
        }
        slot.conn = c;
        return c;
      },
      (e: unknown) => {
        slot.pending = undefined;
        throw e;
      },
    );
    return slot.pending;
  }
}

/** Waits for a connection no longer than the call's own deadline, and not past an abort. */
function withDeadline(p: Promise<RpcConnection>, name: string, timeoutMs: number, signal?: AbortSignal): Promise<RpcConnection> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new HiveError(ErrCode.TIMEOUT, `${name}: no connection within ${timeoutMs} ms`)), timeoutMs);
    const onAbort = (): void => done(new HiveError(ErrCode.ABORTED, `${name} aborted`));
    signal?.addEventListener('abort', onAbort, { once: true });
    function done(err?: unknown, conn?: RpcConnection): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (conn) resolve(conn);
      else reject(err);
    }
    p.then((c) => done(undefined, c), (e: unknown) => done(e));
  });
}
