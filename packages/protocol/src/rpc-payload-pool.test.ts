// Large request payloads that span socket reads are joined in pool buffers, and go back to the
// pool only when the handler says nothing holds them any more.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hivefs } from '../gen/proto.js';
import { FrameDecoder, POOLED_PAYLOAD_MIN, encodeHeader, type PayloadPool } from './framing.js';
import { MsgType, Rpc } from './msg-types.js';
import { RpcServer, type LoggerLike } from './rpc/server.js';
import { fill, until } from './testing/helpers.js';

const HOST = '127.0.0.1';
const MiB = 1024 * 1024;
const quiet: LoggerLike = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

/** A pool that records what it handed out and what came back. */
class RecordingPool implements PayloadPool {
  readonly taken: Buffer[] = [];
  readonly given: Buffer[] = [];
  private readonly free: Buffer[] = [];
  take(size: number): Buffer {
    const i = this.free.findIndex((b) => b.length === size);
    const b = i >= 0 ? this.free.splice(i, 1)[0]! : Buffer.allocUnsafeSlow(size);
    this.taken.push(b);
    return b;
  }
  give(buf: Buffer): void {
    this.given.push(buf);
    this.free.push(buf);
  }
}

function frame(msgType: number, reqId: number, body: Uint8Array, payload?: Buffer): Buffer {
  const header = encodeHeader({ flags: 0, msgType, reqId, mapVersion: 0, bodyLength: body.length, payloadLength: payload?.length ?? 0 });
  return Buffer.concat([header, body, ...(payload ? [payload] : [])]);
}

/** Feeds `bytes` to `d` in socket-sized chunks of `size`, each with its own memory. */
function feed(d: FrameDecoder, bytes: Buffer, size: number) {
  const out = [];
  for (let off = 0; off < bytes.length; off += size) out.push(...d.push(Buffer.from(bytes.subarray(off, off + size))));
  return out;
}

describe('FrameDecoder payload pool', () => {
  const body = Rpc.writeChunk.Req.encode({ entryId: 'e', targetId: 1, offset: 0 }).finish();

  it('joins a large payload that spans chunks in a pool buffer, and only the payload', () => {
    const pool = new RecordingPool();
    const payload = fill(300_000, 7);
    const [f] = feed(new FrameDecoder(MiB, pool), frame(Rpc.writeChunk.reqType, 1, body, payload), 65_536);
    expect(f!.pooledPayload).toBe(true);
    expect(pool.taken).toHaveLength(1);
    expect(f!.payload!.buffer).toBe(pool.taken[0]!.buffer);
    expect(Buffer.compare(f!.payload!, payload)).toBe(0);
    expect(f!.body.buffer).not.toBe(pool.taken[0]!.buffer); // decoded bytes fields may outlive the handler
    expect(Buffer.compare(f!.body, Buffer.from(body))).toBe(0);
  });

  it('leaves out payloads inside one chunk (views, no copy) and small ones', () => {
    const pool = new RecordingPool();
    const d = new FrameDecoder(MiB, pool);
    const [whole] = d.push(frame(Rpc.writeChunk.reqType, 1, body, fill(200_000, 1)));
    expect(whole!.pooledPayload).toBeUndefined();
    const [small] = feed(d, frame(Rpc.writeChunk.reqType, 2, body, fill(POOLED_PAYLOAD_MIN - 1, 2)), 4096);
    expect(small!.pooledPayload).toBeUndefined();
    expect(Buffer.compare(small!.payload!, fill(POOLED_PAYLOAD_MIN - 1, 2))).toBe(0);
    expect(pool.taken).toHaveLength(0);
  });
});

describe('RpcServer payloadReusable', () => {
  const pool = new RecordingPool();
  let server: RpcServer;
  let port = 0;
  let sock: Socket;
  const seen = new Map<string, { buffer: ArrayBufferLike; sum: number }>();
  const replies = new Set<number>();

  beforeAll(async () => {
    server = new RpcServer({ service: 'test', secret: null, log: quiet, payloadPool: pool });
    server.handle(Rpc.writeChunk, async (req, ctx) => {
      const p = ctx.payload!;
      seen.set(req.entryId, { buffer: p.buffer, sum: p.reduce((a, b) => (a + b) & 0xffff, 0) });
      await new Promise((r) => setTimeout(r, 5));
      if (req.entryId.startsWith('reuse')) ctx.payloadReusable = true;
      if (req.entryId.startsWith('fail')) {
        ctx.payloadReusable = true;
        throw new Error('disk gone');
      }
      return { written: p.length };
    });
    ({ port } = await server.listen(0, HOST));
    sock = connect({ host: HOST, port });
    const dec = new FrameDecoder(MiB);
    let authed = false;
    sock.on('data', (c: Buffer) => {
      for (const f of dec.push(c)) {
        if (f.msgType === MsgType.AUTH_CHALLENGE) sock.write(frame(MsgType.AUTH_RESPONSE, 0, hivefs.AuthResponse.encode({ mac: Buffer.alloc(0), nonce: Buffer.alloc(32) }).finish()));
        else if (f.msgType === MsgType.AUTH_RESULT) authed = true;
        else replies.add(f.reqId);
      }
    });
    await until(() => authed, 'authentication');
  });
  afterAll(async () => {
    sock.destroy();
    await server.close();
  });

  async function write(reqId: number, entryId: string, payload: Buffer): Promise<void> {
    sock.write(frame(Rpc.writeChunk.reqType, reqId, Rpc.writeChunk.Req.encode({ entryId, targetId: 1, offset: 0 }).finish(), payload));
    await until(() => replies.has(reqId), `reply ${reqId}`);
  }

  it('gives a payload back once its handler settled and said so, whether it succeeded or failed; keeps it otherwise', async () => {
    const big = (seed: number): Buffer => fill(512 * 1024, seed);
    await write(1, 'keep-1', big(1));
    expect(pool.taken).toHaveLength(1); // 512 KiB never arrives in one socket read
    expect(pool.given).toHaveLength(0);
    await write(2, 'reuse-2', big(2));
    expect(pool.given.map((b) => b.buffer)).toEqual([seen.get('reuse-2')!.buffer]);
    await write(3, 'reuse-3', big(3));
    expect(seen.get('reuse-3')!.buffer).toBe(seen.get('reuse-2')!.buffer); // the same memory again
    expect(seen.get('reuse-3')!.sum).toBe(big(3).reduce((a, b) => (a + b) & 0xffff, 0));
    expect(seen.get('keep-1')!.buffer).not.toBe(seen.get('reuse-2')!.buffer);
    await write(4, 'fail-4', big(4));
    expect(pool.given).toHaveLength(3);
  });
});
