// One authenticated client connection: many requests in flight, matched by request id.
import { connect, type Socket } from 'node:net';
import { hivefs } from '../../gen/proto.js';
import { ErrCode, HiveError } from '../errors.js';
import { FrameReader } from '../frame-reader.js';
import { FLAG_ERROR, FLAG_RESPONSE, encodeHeader, type Frame, type FrameHeader } from '../framing.js';
import { MsgType, type AnyRpcDef } from '../msg-types.js';
import { authMac, newNonce, verifyMac } from './auth.js';
import { corkForTurn } from './coalesce.js';

/** Options of a client connection. */
export interface ConnectionInit {
  host: string;
  port: number;
  secret: Buffer | null;
  maxFrameBytes: number;
  connectTimeoutMs: number;
  /** Called with the map version carried by every reply header. */
  onMapVersion?: (v: number) => void;
}

/** A reply: the decoded response, its raw payload and the server's map version. */
export interface RpcResult<R> {
  resp: R;
  /** A view of the request's `payloadInto` when the payload fit there, else a buffer of its own. */
  payload: Buffer | undefined;
  mapVersion: number;
}

/** Options of one request. */
export interface RequestOptions {
  payload?: Uint8Array;
  /** Receives the reply payload when it fits; written only until the request settles. */
  payloadInto?: Buffer;
  timeoutMs: number;
  signal?: AbortSignal;
  mapVersion?: number;
}

/**
 * Bytes per socket read. Every read of a connection lands in its one buffer of this size, which a
 * 512 KiB read reply passes through in a few reads.
 */
export const READ_BUFFER_BYTES = 256 * 1024;

interface Pending {
  def: AnyRpcDef;
  payloadInto: Buffer | undefined;
  resolve: (r: RpcResult<unknown>) => void;
  reject: (e: Error) => void;
  cleanup: () => void;
}

/** A connected, authenticated socket to one peer. */
export class RpcConnection {
  private readonly pending = new Map<number, Pending>();
  private nextReqId = 1;
  private closedErr: HiveError | undefined;

  private constructor(private readonly socket: Socket, private readonly reader: FrameReader, private readonly init: ConnectionInit) {}

  /** Connects and authenticates; rejects with UNREACHABLE, TIMEOUT or AUTH_FAILED. */
  static open(init: ConnectionInit): Promise<RpcConnection> {
    return new Promise((resolve, reject) => {
      const where = `${init.host}:${init.port}`;
      let conn: RpcConnection | undefined;
      // handshake frames carry no payload; after it, the connection picks the destination
      const reader = new FrameReader(init.maxFrameBytes, (h) => (conn ? conn.payloadDestination(h) : null));
      let onFrames = (frames: Frame[]): void => onHandshake(frames);
      const socket = connect({
        host: init.host,
        port: init.port,
        noDelay: true,
        onread: {
          buffer: Buffer.allocUnsafe(READ_BUFFER_BYTES),
          callback: (n: number, buf: Uint8Array): boolean => {
            let frames: Frame[];
            try {
              frames = reader.push(buf as Buffer, 0, n);
            } catch (e) {
              const err = e instanceof HiveError ? e : new HiveError(ErrCode.BAD_FRAME, `bad data from ${where}: ${(e as Error).message}`);
              if (conn) conn.abandon(err);
              else finish(err);
              return false;
            }
            onFrames(frames);
            return true;
          },
        },
      });
      let clientNonce: Buffer | undefined;
      let settled = false;
      const finish = (err?: Error, c?: RpcConnection): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (err) {
          socket.destroy();
          reject(err);
        } else resolve(c!);
      };
      const timer = setTimeout(() => finish(new HiveError(ErrCode.TIMEOUT, `connect to ${where} timed out`)), init.connectTimeoutMs);
      socket.on('error', (e) => finish(new HiveError(ErrCode.UNREACHABLE, `cannot reach ${where}: ${e.message}`)));
      socket.on('close', () => finish(new HiveError(ErrCode.CONNECTION_LOST, `${where} closed the connection during authentication`)));
      const onHandshake = (frames: Frame[]): void => {
        if (settled) return;
        for (const f of frames) {
          try {
            if (f.flags & FLAG_ERROR) {
              const e = hivefs.ErrorResp.decode(f.body);
              return finish(new HiveError(e.code, `${where}: ${e.message}`));
            }
            if (f.msgType === MsgType.AUTH_CHALLENGE && !clientNonce) {
              const ch = hivefs.AuthChallenge.decode(f.body);
              clientNonce = newNonce();
              const mac = init.secret ? authMac(init.secret, 'client', ch.nonce) : Buffer.alloc(0);
              const body = hivefs.AuthResponse.encode({ mac, nonce: clientNonce }).finish();
              socket.write(Buffer.concat([encodeHeader({ flags: 0, msgType: MsgType.AUTH_RESPONSE, reqId: 0, mapVersion: 0, bodyLength: body.length, payloadLength: 0 }), body]));
            } else if (f.msgType === MsgType.AUTH_RESULT && clientNonce) {
              const res = hivefs.AuthResult.decode(f.body);
              if (init.secret && !verifyMac(init.secret, 'server', clientNonce, res.mac)) {
                return finish(new HiveError(ErrCode.AUTH_FAILED, `${where} failed to prove the shared secret`));
              }
              const c = new RpcConnection(socket, reader, init);
              socket.removeAllListeners('error');
              socket.removeAllListeners('close');
              c.attach();
              conn = c;
              onFrames = (fs) => {
                for (const g of fs) c.onFrame(g);
              };
              return finish(undefined, c);
            } else {
              return finish(new HiveError(ErrCode.BAD_FRAME, `unexpected message ${f.msgType} from ${where} during authentication`));
            }
          } catch (e) {
            return finish(new HiveError(ErrCode.BAD_MESSAGE, `bad authentication message from ${where}: ${(e as Error).message}`));
          }
        }
      };
    });
  }

  /** True once the socket failed or was closed. */
  get closed(): boolean {
    return this.closedErr !== undefined;
  }

  /** Requests in flight on this connection. */
  get inFlight(): number {
    return this.pending.size;
  }

  /**
   * Sends one request. The payload is handed to the socket without a copy: the caller must not
   * change it until the promise settles. A reply payload that fits `payloadInto` is copied there
   * as it arrives; once the promise settles (also by timeout or abort) nothing writes to it any more.
   */
  request(def: AnyRpcDef, req: unknown, opts: RequestOptions): Promise<RpcResult<unknown>> {
    if (this.closedErr) return Promise.reject(this.closedErr);
    const reqId = this.nextReqId;
    this.nextReqId = this.nextReqId >= 0xffffffff ? 1 : this.nextReqId + 1;
    const body = def.Req.encode(req).finish();
    const payloadLength = opts.payload?.length ?? 0;
    if (body.length + payloadLength > this.init.maxFrameBytes) {
      return Promise.reject(new HiveError(ErrCode.FRAME_TOO_LARGE, `${def.name} request of ${body.length + payloadLength} bytes exceeds connMaxFrameBytes`));
    }
    return new Promise((resolve, reject) => {
      const giveUp = (err: HiveError): void => {
        this.forget(reqId);
        cleanup();
        reject(err);
      };
      const onAbort = (): void => giveUp(new HiveError(ErrCode.ABORTED, `${def.name} aborted`));
      const timer = setTimeout(() => {
        giveUp(new HiveError(ErrCode.TIMEOUT, `${def.name} to ${this.init.host}:${this.init.port} timed out after ${opts.timeoutMs} ms`));
      }, opts.timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        opts.signal?.removeEventListener('abort', onAbort);
      };
      if (opts.signal) {
        if (opts.signal.aborted) return onAbort();
        opts.signal.addEventListener('abort', onAbort, { once: true });
      }
      this.pending.set(reqId, { def, payloadInto: opts.payloadInto, resolve, reject, cleanup });
      const header = encodeHeader({ flags: 0, msgType: def.reqType, reqId, mapVersion: opts.mapVersion ?? 0, bodyLength: body.length, payloadLength });
      const s = this.socket;
      corkForTurn(s);
      s.write(header);
      if (body.length) s.write(body);
      if (opts.payload && payloadLength) s.write(opts.payload);
    });
  }

  /** Closes the connection; requests in flight fail with CONNECTION_LOST. */
  close(): void {
    this.abandon(new HiveError(ErrCode.CONNECTION_LOST, 'connection closed'));
  }

  /** Fails every request in flight with `err` and closes the socket. */
  private abandon(err: HiveError): void {
    this.fail(err);
    this.socket.destroy();
  }

  /**
   * Where the payload of an arriving frame goes: the waiting request's `payloadInto` when the
   * payload fits, a buffer of exactly its size otherwise, nowhere when nobody waits for it.
   */
  private payloadDestination(h: FrameHeader): Buffer | null {
    if (!(h.flags & FLAG_RESPONSE)) return null;
    const p = this.pending.get(h.reqId);
    if (!p) return null;
    const into = p.payloadInto;
    if (into && !(h.flags & FLAG_ERROR) && h.payloadLength <= into.length) return into;
    return Buffer.allocUnsafe(h.payloadLength);
  }

  private onFrame(f: Frame): void {
    if (!(f.flags & FLAG_RESPONSE)) return; // servers do not send requests on client connections
    const p = this.pending.get(f.reqId);
    if (!p) return; // timed out or aborted meanwhile
    this.pending.delete(f.reqId);
    p.cleanup();
    if (f.mapVersion) this.init.onMapVersion?.(f.mapVersion);
    try {
      if (f.flags & FLAG_ERROR) {
        const e = hivefs.ErrorResp.decode(f.body);
        p.reject(new HiveError(e.code, e.message || undefined, e.mapVersion));
      } else if (f.msgType !== p.def.respType) {
        p.reject(new HiveError(ErrCode.BAD_MESSAGE, `${p.def.name}: reply of type ${f.msgType}, expected ${p.def.respType}`));
      } else {
        p.resolve({ resp: p.def.Resp.decode(f.body), payload: f.payload, mapVersion: f.mapVersion });
      }
    } catch (e) {
      p.reject(new HiveError(ErrCode.BAD_MESSAGE, `${p.def.name}: undecodable reply: ${(e as Error).message}`));
    }
  }

  private attach(): void {
    const where = `${this.init.host}:${this.init.port}`;
    this.socket.on('error', (e) => this.fail(new HiveError(ErrCode.CONNECTION_LOST, `connection to ${where} failed: ${e.message}`)));
    this.socket.on('close', () => this.fail(new HiveError(ErrCode.CONNECTION_LOST, `connection to ${where} closed`)));
  }

  /**
   * Forgets a request its caller gave up on. A payload of it being received stops going to the
   * caller's buffer: after the rejection the caller may pool that buffer or hand it to FUSE, which
   * detaches it.
   */
  private forget(reqId: number): void {
    this.pending.delete(reqId);
    this.reader.discardPayload(reqId);
  }

  private fail(err: HiveError): void {
    if (!this.closedErr) this.closedErr = err;
    this.reader.discardPayload();
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) {
      p.cleanup();
      p.reject(err);
    }
  }
}
