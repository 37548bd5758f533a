// RPC server: authenticates each connection, decodes requests and dispatches them to handlers.
import { createServer, type Server, type Socket } from 'node:net';
import { hivefs } from '../../gen/proto.js';
import { ErrCode, HiveError, codeName, errorCode } from '../errors.js';
import { FrameReader } from '../frame-reader.js';
import { FLAG_ERROR, FLAG_RESPONSE, FrameDecoder, encodeHeader, type Frame, type PayloadPool } from '../framing.js';
import { MsgType, Rpc, type AnyRpcDef, type DecodedReqOf, type RespInitOf } from '../msg-types.js';
import { authMac, newNonce, verifyMac } from './auth.js';
import { corkForTurn } from './coalesce.js';
import { readIntoReusedBuffer } from './reused-read-buffer.js';
import { DEFAULT_MAX_FRAME_BYTES } from './client.js';

/** Frame limit before authentication: the handshake messages are tiny. */
export const PRE_AUTH_MAX_FRAME_BYTES = 4096;

/** The buffer each accepted connection reads into (one read delivers at most this much). */
const SERVER_READ_BUFFER_BYTES = 64 * 1024;

/** The subset of a pino logger the RPC layer uses. */
export interface LoggerLike {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** What a handler sees besides the request. */
export interface HandlerContext {
  /** Raw payload that followed the request body. Valid until the handler's promise settles. */
  payload: Buffer | undefined;
  /**
   * Set by a handler when nothing holds the payload any more and nothing will (no socket still
   * sending it, no write still reading it): once the handler's promise settled, the server may
   * then reuse its memory for a later request's payload.
   */
  payloadReusable?: boolean;
  /** The sender's map version (0 = none). */
  mapVersion: number;
  /** Peer address, for logs. */
  remote: string;
  /** Set by a handler to send bulk data after the response body. */
  replyPayload?: Uint8Array;
  /**
   * Set by a handler to learn when the server is done with `replyPayload` (e.g. to pool it):
   * called once, after the socket has taken the bytes, or as soon as they will not be sent
   * (the handler failed, the connection is gone).
   */
  onReplySent?: () => void;
  /** Aborted when the connection closes. */
  signal: AbortSignal;
}

export type Handler<D extends AnyRpcDef> = (req: DecodedReqOf<D>, ctx: HandlerContext) => Promise<RespInitOf<D>> | RespInitOf<D>;

export interface RpcServerInit {
  service: string;
  secret: Buffer | null;
  log: LoggerLike;
  maxFrameBytes?: number;
  authTimeoutMs?: number;
  /** This server's map version, put into every reply header. */
  mapVersion?: () => number;
  nodeId?: () => number;
  /** Buffers for request payloads of POOLED_PAYLOAD_MIN bytes or more (see FrameReader; FrameDecoder where reads are not into a reused buffer); handlers may hand them back ({@link HandlerContext.payloadReusable}). */
  payloadPool?: PayloadPool;
}

/** A TCP server speaking the HiveFS framing. */
export class RpcServer {
  private readonly handlers = new Map<number, { def: AnyRpcDef; fn: Handler<AnyRpcDef> }>();
  private readonly sockets = new Set<Socket>();
  private server: Server | undefined;
  private stopping = false;

  constructor(private readonly init: RpcServerInit) {
    this.handle(Rpc.ping, () => ({ service: init.service, nodeId: init.nodeId?.() ?? 0, mapVersion: init.mapVersion?.() ?? 0 }));
  }

  /** Registers the handler of one RPC. */
  handle<D extends AnyRpcDef>(def: D, fn: Handler<D>): this {
    this.handlers.set(def.reqType, { def, fn: fn as Handler<AnyRpcDef> });
    return this;
  }

  /** Starts listening; port 0 picks a free port. Resolves with the bound address. */
  listen(port: number, host: string): Promise<{ host: string; port: number }> {
    const server = createServer({ noDelay: true }, (s) => this.onConnection(s));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        server.on('error', (e) => this.init.log.error({ err: e }, 'rpc server error'));
        const a = server.address();
        resolve({ host, port: typeof a === 'object' && a ? a.port : port });
      });
    });
  }

  /** Stops accepting, refuses new requests and closes every connection. */
  async close(): Promise<void> {
    this.stopping = true;
    const s = this.server;
    for (const sock of this.sockets) sock.destroy();
    if (s) await new Promise<void>((r) => s.close(() => r()));
  }

  /** Number of open connections. */
  get connectionCount(): number {
    return this.sockets.size;
  }

  private onConnection(sock: Socket): void {
    if (this.stopping) return void sock.destroy();
    this.sockets.add(sock);
    const remote = `${sock.remoteAddress}:${sock.remotePort}`;
    const log = this.init.log;
    const aborter = new AbortController();
    const nonce = newNonce();
    let authed = false;
    let closing = false;
    const authTimer = setTimeout(() => {
      log.warn({ remote }, 'connection did not authenticate in time; closing');
      sock.destroy();
    }, this.init.authTimeoutMs ?? 5000);
    sock.on('error', () => undefined);
    sock.on('close', () => {
      clearTimeout(authTimer);
      this.sockets.delete(sock);
      aborter.abort();
    });
    this.send(sock, MsgType.AUTH_CHALLENGE, 0, false, hivefs.AuthChallenge.encode({ nonce, protocolVersion: 1, service: this.init.service }).finish());
    // Until the peer has authenticated it may only send small frames.
    const frameSource = this.frameSource(sock, PRE_AUTH_MAX_FRAME_BYTES, (decode) => {
      if (closing) return; // what a connection being closed still sends is dropped
      let frames: Frame[];
      try {
        frames = decode();
      } catch (e) {
        const err = e instanceof HiveError ? e : new HiveError(ErrCode.BAD_FRAME, String(e));
        log.warn({ remote, code: codeName(err.code) }, `closing connection: ${err.message}`);
        if (!authed) return void sock.destroy();
        // Answer the offending request if its id is known, then stop reading and close.
        this.sendError(sock, (e as { reqId?: number }).reqId ?? 0, err);
        closing = true;
        sock.end();
        setTimeout(() => sock.destroy(), 2000).unref();
        return;
      }
      for (const f of frames) {
        if (authed) {
          this.dispatch(sock, f, remote, aborter.signal);
          continue;
        }
        if (f.msgType !== MsgType.AUTH_RESPONSE || !this.checkAuth(f, nonce, sock)) {
          log.warn({ remote, msgType: f.msgType }, 'authentication failed; closing connection');
          // Say why before closing, so the peer can tell a wrong secret from a lost connection.
          this.sendError(sock, 0, new HiveError(ErrCode.AUTH_FAILED, `${this.init.service} refused the authentication (wrong connAuthFile secret?)`));
          closing = true;
          sock.end();
          setTimeout(() => sock.destroy(), 1000).unref();
          return;
        }
        authed = true;
        frameSource.maxFrameBytes = this.init.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
        clearTimeout(authTimer);
      }
    });
  }

  /**
   * Feeds what `sock` receives to `onBytes`, which decodes it with the function it is given.
   * Reads land in one reused buffer ({@link readIntoReusedBuffer}) and a FrameReader copies out
   * what it keeps, large payloads into the payload pool; where that is not available, 'data'
   * chunks go through a FrameDecoder. Returns the decoder, whose frame limit can be raised.
   */
  private frameSource(sock: Socket, maxFrameBytes: number, onBytes: (decode: () => Frame[]) => void): { maxFrameBytes: number } {
    const reader = new FrameReader(maxFrameBytes, () => undefined, this.init.payloadPool);
    const onRead = (n: number, buf: Buffer): boolean => {
      onBytes(() => reader.push(buf, 0, n));
      return true;
    };
    if (readIntoReusedBuffer(sock, Buffer.allocUnsafe(SERVER_READ_BUFFER_BYTES), onRead)) return reader;
    const decoder = new FrameDecoder(maxFrameBytes, this.init.payloadPool);
    sock.on('data', (chunk: Buffer) => onBytes(() => decoder.push(chunk)));
    return decoder;
  }

  private checkAuth(f: Frame, nonce: Buffer, sock: Socket): boolean {
    let resp: hivefs.AuthResponse;
    try {
      resp = hivefs.AuthResponse.decode(f.body);
    } catch {
      return false;
    }
    const secret = this.init.secret;
    if (secret && !verifyMac(secret, 'client', nonce, resp.mac)) return false;
    const mac = secret ? authMac(secret, 'server', resp.nonce) : Buffer.alloc(0);
    this.send(sock, MsgType.AUTH_RESULT, 0, false, hivefs.AuthResult.encode({ mac }).finish());
    return true;
  }

  private dispatch(sock: Socket, f: Frame, remote: string, signal: AbortSignal): void {
    if (f.flags & FLAG_RESPONSE) return; // clients never send replies; ignore
    const h = this.handlers.get(f.msgType);
    if (!h) return this.sendError(sock, f.reqId, new HiveError(ErrCode.UNKNOWN_MESSAGE, `unknown message type ${f.msgType}`));
    if (this.stopping) return this.sendError(sock, f.reqId, new HiveError(ErrCode.SHUTTING_DOWN, `${this.init.service} is shutting down`));
    let req: unknown;
    try {
      req = h.def.Req.decode(f.body);
    } catch (e) {
      return this.sendError(sock, f.reqId, new HiveError(ErrCode.BAD_MESSAGE, `undecodable ${h.def.name} request: ${(e as Error).message}`));
    }
    const ctx: HandlerContext = { payload: f.payload, mapVersion: f.mapVersion, remote, signal };
    const settled = f.pooledPayload ? (): void => this.reusePayload(f, ctx) : undefined;
    let result: unknown;
    try {
      result = h.fn(req as never, ctx);
    } catch (e) {
      settled?.();
      replySent(ctx);
      return this.replyFailure(sock, f.reqId, h.def, e);
    }
    Promise.resolve(result).then(
      (resp) => {
        settled?.();
        if (sock.destroyed) return replySent(ctx);
        let body: Uint8Array;
        try {
          body = h.def.Resp.encode(resp).finish();
        } catch (e) {
          replySent(ctx);
          return this.replyFailure(sock, f.reqId, h.def, e);
        }
        this.send(sock, h.def.respType, f.reqId, true, body, ctx.replyPayload, 0, ctx.onReplySent && (() => replySent(ctx)));
      },
      (e: unknown) => {
        settled?.();
        replySent(ctx);
        this.replyFailure(sock, f.reqId, h.def, e);
      },
    );
  }

  /** A pooled payload goes back to the pool when its handler said nothing holds it. */
  private reusePayload(f: Frame, ctx: HandlerContext): void {
    if (ctx.payloadReusable && f.payload) this.init.payloadPool?.give(f.payload);
  }

  private replyFailure(sock: Socket, reqId: number, def: AnyRpcDef, e: unknown): void {
    const err = e instanceof HiveError ? e : new HiveError(errorCode(e), `${def.name} failed: ${(e as Error)?.message ?? String(e)}`);
    if (err.code === ErrCode.INTERNAL) this.init.log.error({ err: e, rpc: def.name }, 'handler failed');
    else if (!(e instanceof HiveError)) this.init.log.warn({ err: (e as Error)?.message, rpc: def.name, code: codeName(err.code) }, 'handler failed');
    this.sendError(sock, reqId, err);
  }

  private sendError(sock: Socket, reqId: number, err: HiveError): void {
    const body = hivefs.ErrorResp.encode({ code: err.code, message: err.message, mapVersion: err.mapVersion }).finish();
    this.send(sock, MsgType.ERROR, reqId, true, body, undefined, FLAG_ERROR);
  }

  /** Writes one frame; `written` runs once the socket is done with the frame's buffers (sent or never to be). */
  private send(sock: Socket, msgType: number, reqId: number, response: boolean, body: Uint8Array, payload?: Uint8Array, extraFlags = 0, written?: () => void): void {
    if (sock.destroyed || !sock.writable) return written?.();
    const flags = (response ? FLAG_RESPONSE : 0) | extraFlags;
    const payloadLength = payload?.length ?? 0;
    const header = encodeHeader({ flags, msgType, reqId, mapVersion: this.init.mapVersion?.() ?? 0, bodyLength: body.length, payloadLength });
    // writes complete in order: the last one's callback (called with an error too, when the
    // socket is destroyed first) means the socket holds none of these buffers any more
    const done = written && ((): void => written());
    corkForTurn(sock);
    sock.write(header, body.length || payloadLength ? undefined : done);
    if (body.length) sock.write(body, payloadLength ? undefined : done);
    if (payload && payloadLength) sock.write(payload, done);
  }
}

/** Tells the handler that the server is done with its reply payload, at most once. */
function replySent(ctx: HandlerContext): void {
  const fn = ctx.onReplySent;
  if (!fn) return;
  ctx.onReplySent = undefined;
  fn();
}
