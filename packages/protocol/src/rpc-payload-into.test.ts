// RpcClient receiving reply payloads into caller buffers (CallOptions.payloadInto), against a raw
// server that controls exactly how the reply bytes arrive.
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hivefs } from '../gen/proto.js';
import { ErrCode } from './errors.js';
import { FLAG_ERROR, FLAG_RESPONSE, FrameDecoder, encodeHeader } from './framing.js';
import { MsgType, Rpc } from './msg-types.js';
import { RpcClient } from './rpc/client.js';
import { rejection } from './testing/helpers.js';

const HOST = '127.0.0.1';

interface Request {
  reqId: number;
  msgType: number;
  length: number;
  sock: Socket;
}

/** A server that authenticates anyone (clients without a secret check nothing) and queues requests for the test to answer. */
class RawServer {
  readonly requests: Request[] = [];
  private waiters: (() => void)[] = [];
  private constructor(readonly server: Server, readonly port: number) {}

  static async start(): Promise<RawServer> {
    let self: RawServer | undefined;
    const server = createServer({ noDelay: true }, (sock) => {
      sock.on('error', () => undefined);
      const dec = new FrameDecoder(1 << 20);
      sock.write(frame(MsgType.AUTH_CHALLENGE, 0, hivefs.AuthChallenge.encode({ nonce: Buffer.alloc(32), protocolVersion: 1, service: 'raw' }).finish(), undefined, 0));
      sock.on('data', (c: Buffer) => {
        for (const f of dec.push(c)) {
          if (f.msgType === MsgType.AUTH_RESPONSE) sock.write(frame(MsgType.AUTH_RESULT, 0, hivefs.AuthResult.encode({ mac: Buffer.alloc(0) }).finish(), undefined, 0));
          else self!.arrived({ reqId: f.reqId, msgType: f.msgType, length: f.msgType === Rpc.readChunk.reqType ? Rpc.readChunk.Req.decode(f.body).length : 0, sock });
        }
      });
    });
    await new Promise<void>((r) => server.listen(0, HOST, () => r()));
    const a = server.address();
    self = new RawServer(server, typeof a === 'object' && a ? a.port : 0);
    return self;
  }

  /** Resolves once `n` requests have arrived in all. */
  async requestsArrived(n: number): Promise<Request[]> {
    while (this.requests.length < n) await new Promise<void>((r) => this.waiters.push(r));
    return this.requests.slice(0, n);
  }

  reset(): void {
    this.requests.length = 0;
  }

  close(): Promise<void> {
    return new Promise((r) => this.server.close(() => r()));
  }

  private arrived(r: Request): void {
    this.requests.push(r);
    const w = this.waiters;
    this.waiters = [];
    for (const wake of w) wake();
  }
}

function frame(msgType: number, reqId: number, body: Uint8Array, payload?: Uint8Array, flags = FLAG_RESPONSE): Buffer {
  const header = encodeHeader({ flags, msgType, reqId, mapVersion: 0, bodyLength: body.length, payloadLength: payload?.length ?? 0 });
  return Buffer.concat([header, body, ...(payload ? [payload] : [])]);
}

/** The bytes of a readChunk reply carrying `payload`. */
function readReply(reqId: number, payload: Buffer): Buffer {
  return frame(Rpc.readChunk.respType, reqId, Rpc.readChunk.Resp.encode({ length: payload.length }).finish(), payload);
}

function fill(n: number, seed: number): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = (i * 131 + seed * 17 + (i >> 8)) & 0xff;
  return b;
}

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

/** Writes `bytes` in pieces of 1..maxPiece bytes, yielding to the event loop after each so they arrive as separate reads. */
async function trickle(sock: Socket, bytes: Buffer, maxPiece: number, seed = 1): Promise<void> {
  for (let off = 0; off < bytes.length; ) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    const n = Math.min(1 + (seed % maxPiece), bytes.length - off);
    sock.write(bytes.subarray(off, off + n));
    off += n;
    await tick();
  }
}

describe('RpcClient with payloadInto', () => {
  let raw: RawServer;
  const clients: RpcClient[] = [];

  function client(): RpcClient {
    const c = new RpcClient({ host: HOST, port: raw.port, secret: null, poolSize: 1, timeoutMs: 10_000 });
    clients.push(c);
    return c;
  }

  const read = (c: RpcClient, length: number, opts: { payloadInto?: Buffer; timeoutMs?: number; signal?: AbortSignal } = {}) =>
    c.callRaw(Rpc.readChunk, { entryId: 'e', targetId: 1, offset: 0, length }, opts);

  beforeAll(async () => {
    raw = await RawServer.start();
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.close();
    raw.reset();
  });
  afterAll(async () => {
    await raw.close();
  });

  it('a payload split across many tiny socket reads lands intact in payloadInto; the result is a view of it', async () => {
    const c = client();
    const into = Buffer.alloc(70_000, 0x33);
    const payload = fill(65_536, 1);
    const p = read(c, 65_536, { payloadInto: into });
    const [r] = await raw.requestsArrived(1);
    await trickle(r!.sock, readReply(r!.reqId, payload), 300);
    const res = await p;
    expect(res.resp.length).toBe(65_536);
    expect(res.payload!.buffer === into.buffer, 'same memory').toBe(true);
    expect(res.payload!.byteOffset).toBe(into.byteOffset);
    expect(res.payload!.length).toBe(65_536);
    expect(Buffer.compare(res.payload!, payload)).toBe(0);
    expect(into.subarray(65_536).every((x) => x === 0x33)).toBe(true);
  });

  for (const how of ['timeout', 'abort'] as const) {
    it(`${how} mid-payload: the late bytes never reach the caller's buffer, not even a detached one; the connection goes on`, async () => {
      const c = client();
      const payload = fill(200_000, 2);
      const ac = new AbortController();
      const into = Buffer.alloc(200_000);
      const p = read(c, 200_000, { payloadInto: into, ...(how === 'timeout' ? { timeoutMs: 300 } : { signal: ac.signal }) });
      const [r] = await raw.requestsArrived(1);
      const bytes = readReply(r!.reqId, payload);
      const half = bytes.length - 100_000;
      await trickle(r!.sock, bytes.subarray(0, half), 20_000);
      await new Promise((res) => setTimeout(res, 50)); // the first half has been received
      expect(into.subarray(0, 1000).equals(payload.subarray(0, 1000))).toBe(true);
      if (how === 'abort') ac.abort();
      expect((await rejection(p)).code).toBe(how === 'timeout' ? ErrCode.TIMEOUT : ErrCode.ABORTED);
      // the caller reuses its buffer at once: a sentinel, then a second request whose buffer is detached afterwards
      into.fill(0xa5);
      const into2 = Buffer.alloc(200_000);
      const ac2 = new AbortController();
      const p2 = read(c, 200_000, { payloadInto: into2, signal: ac2.signal });
      const [, r2] = await raw.requestsArrived(2);
      const bytes2 = readReply(r2!.reqId, payload);
      await trickle(r2!.sock, Buffer.concat([bytes.subarray(half), bytes2.subarray(0, 5000)]), 30_000);
      await new Promise((res) => setTimeout(res, 50));
      ac2.abort();
      expect((await rejection(p2)).code).toBe(ErrCode.ABORTED);
      structuredClone(into2.buffer, { transfer: [into2.buffer as ArrayBuffer] }); // as fuse-native detaches a read buffer
      expect(into2.length).toBe(0);
      await trickle(r2!.sock, bytes2.subarray(5000), 50_000);
      // a third request on the same connection proves the late bytes were read and skipped
      const into3 = Buffer.alloc(1000);
      const p3 = read(c, 1000, { payloadInto: into3 });
      const [, , r3] = await raw.requestsArrived(3);
      r3!.sock.write(readReply(r3!.reqId, fill(1000, 3)));
      const res3 = await p3;
      expect(res3.payload!.buffer === into3.buffer, 'same memory').toBe(true);
      expect(res3.payload!.equals(fill(1000, 3))).toBe(true);
      expect(into.every((x) => x === 0xa5)).toBe(true);
    });
  }

  it('a reply larger than payloadInto gets a buffer of its own and leaves payloadInto untouched', async () => {
    const c = client();
    const into = Buffer.alloc(100, 0x77);
    const p = read(c, 100, { payloadInto: into });
    const [r] = await raw.requestsArrived(1);
    await trickle(r!.sock, readReply(r!.reqId, fill(5000, 4)), 700);
    const res = await p;
    expect(res.payload!.length).toBe(5000);
    expect(res.payload!.buffer !== into.buffer, 'other memory').toBe(true);
    expect(res.payload!.equals(fill(5000, 4))).toBe(true);
    expect(into.every((x) => x === 0x77)).toBe(true);
  });

  it('interleaved replies to several requests, in another order and split anywhere, each land in their own buffer', async () => {
    const c = client();
    const sizes = [50_000, 1, 0, 70_000, 3000];
    const intos = sizes.map((n, i) => (i === 4 ? undefined : Buffer.alloc(n + 10, 0xcc)));
    const ps = sizes.map((n, i) => read(c, n, intos[i] ? { payloadInto: intos[i] } : {}));
    const reqs = await raw.requestsArrived(sizes.length);
    const order = [3, 0, 4, 2, 1];
    const bytes = Buffer.concat(order.map((i) => readReply(reqs[i]!.reqId, fill(sizes[i]!, 10 + i))));
    await trickle(reqs[0]!.sock, bytes, 9000, 5);
    const res = await Promise.all(ps);
    res.forEach((r, i) => {
      const n = sizes[i]!;
      if (n === 0) return expect(r.payload).toBeUndefined();
      expect(r.payload!.equals(fill(n, 10 + i))).toBe(true);
      if (intos[i]) {
        expect(r.payload!.buffer === intos[i]!.buffer, 'same memory').toBe(true);
        expect(intos[i]!.subarray(n).every((x) => x === 0xcc)).toBe(true);
      } else expect(r.payload!.length).toBe(n);
    });
  });

  it('an error reply leaves payloadInto untouched', async () => {
    const c = client();
    const into = Buffer.alloc(64, 0x42);
    const p = read(c, 64, { payloadInto: into });
    const [r] = await raw.requestsArrived(1);
    const body = hivefs.ErrorResp.encode({ code: ErrCode.CHUNK_IO, message: 'disk gone' }).finish();
    r!.sock.write(frame(MsgType.ERROR, r!.reqId, body, fill(64, 1), FLAG_RESPONSE | FLAG_ERROR));
    expect((await rejection(p)).code).toBe(ErrCode.CHUNK_IO);
    expect(into.every((x) => x === 0x42)).toBe(true);
  });
});
