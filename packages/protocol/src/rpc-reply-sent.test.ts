// RpcServer's ctx.onReplySent: when a handler may reuse the buffer of its reply payload.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hivefs } from '../gen/proto.js';
import { ErrCode, HiveError } from './errors.js';
import { FrameDecoder, HEADER_SIZE, encodeHeader } from './framing.js';
import { MsgType, Rpc } from './msg-types.js';
import { RpcServer, type LoggerLike } from './rpc/server.js';
import { until } from './testing/helpers.js';

const HOST = '127.0.0.1';
const MiB = 1024 * 1024;
/** Far more than loopback socket buffers hold (tcp_rmem max is 32 MiB here), so the write cannot finish while the peer does not read. */
const BIG = 48 * MiB;

const quiet: LoggerLike = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function frame(msgType: number, reqId: number, body: Uint8Array): Buffer {
  return Buffer.concat([encodeHeader({ flags: 0, msgType, reqId, mapVersion: 0, bodyLength: body.length, payloadLength: 0 }), body]);
}

/** A raw client, authenticated (the server has no secret), that counts the bytes it receives after that. */
async function rawClient(port: number): Promise<{ sock: Socket; received: () => number; closed: () => boolean }> {
  const sock = connect({ host: HOST, port });
  sock.on('error', () => undefined);
  let closed = false;
  sock.on('close', () => (closed = true));
  const dec = new FrameDecoder(MiB);
  let authed = false;
  let received = 0;
  sock.on('data', (c: Buffer) => {
    if (authed) return void (received += c.length);
    for (const f of dec.push(c)) {
      if (f.msgType === MsgType.AUTH_CHALLENGE) sock.write(frame(MsgType.AUTH_RESPONSE, 0, hivefs.AuthResponse.encode({ mac: Buffer.alloc(0), nonce: Buffer.alloc(32) }).finish()));
      if (f.msgType === MsgType.AUTH_RESULT) authed = true;
    }
  });
  await until(() => authed, 'authentication');
  return { sock, received: () => received, closed: () => closed };
}

function readRequest(reqId: number, entryId: string): Buffer {
  return frame(Rpc.readChunk.reqType, reqId, Rpc.readChunk.Req.encode({ entryId, targetId: 1, offset: 0, length: 1 }).finish());
}

describe('RpcServer onReplySent', () => {
  let server: RpcServer;
  let port = 0;
  const sent = new Map<string, number>();
  const handled = new Set<string>();
  const sockets: Socket[] = [];
  let release: (() => void) | undefined;

  beforeAll(async () => {
    server = new RpcServer({ service: 'test', secret: null, log: quiet });
    server.handle(Rpc.readChunk, async (req, ctx) => {
      const id = req.entryId;
      ctx.onReplySent = () => sent.set(id, (sent.get(id) ?? 0) + 1);
      handled.add(id);
      if (id.startsWith('fail')) throw new HiveError(ErrCode.CHUNK_IO, 'disk gone');
      if (id.startsWith('late')) await new Promise<void>((r) => (release = r));
      if (id.startsWith('big')) ctx.replyPayload = Buffer.alloc(BIG, 1);
      return { length: ctx.replyPayload?.length ?? 0 };
    });
    ({ port } = await server.listen(0, HOST));
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await server.close();
  });

  async function client(): Promise<Awaited<ReturnType<typeof rawClient>>> {
    const c = await rawClient(port);
    sockets.push(c.sock);
    return c;
  }

  it('comes once, only after the socket has taken the whole reply', async () => {
    const c = await client();
    c.sock.pause(); // read nothing: the reply stays stuck in the server's socket
    c.sock.write(readRequest(1, 'big-1'));
    await until(() => handled.has('big-1'), 'the handler');
    await sleep(300);
    expect(sent.get('big-1')).toBeUndefined();
    c.sock.resume();
    await until(() => sent.get('big-1') === 1, 'onReplySent');
    // by the time the socket has taken all bytes, most have reached the client
    expect(c.received()).toBeGreaterThan(BIG / 4);
    await until(() => c.received() >= HEADER_SIZE + BIG, 'the whole reply');
    await sleep(50);
    expect(sent.get('big-1')).toBe(1);
  });

  it('comes once when the connection goes away before the reply was taken', async () => {
    const c = await client();
    c.sock.pause();
    c.sock.write(readRequest(2, 'big-2'));
    await until(() => handled.has('big-2'), 'the handler');
    await sleep(100);
    expect(sent.get('big-2')).toBeUndefined();
    c.sock.destroy();
    await until(() => sent.get('big-2') === 1, 'onReplySent after the connection closed');
    await sleep(100);
    expect(sent.get('big-2')).toBe(1);
  });

  it('comes once when the handler fails, when there is no payload, and when the connection closed before the handler finished', async () => {
    const c = await client();
    c.sock.write(readRequest(3, 'fail-3'));
    c.sock.write(readRequest(4, 'small-4'));
    await until(() => sent.get('fail-3') === 1 && sent.get('small-4') === 1, 'onReplySent of both');
    c.sock.write(readRequest(5, 'late-5'));
    await until(() => handled.has('late-5'), 'the late handler');
    c.sock.destroy();
    await until(c.closed, 'close');
    await sleep(50);
    release!();
    await until(() => sent.get('late-5') === 1, 'onReplySent of the late handler');
    await sleep(50);
    expect([sent.get('fail-3'), sent.get('small-4'), sent.get('late-5')]).toEqual([1, 1, 1]);
  });
});
