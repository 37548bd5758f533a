// RpcServer + RpcClient in one process over 127.0.0.1, with a shared secret.
import { createHash, randomBytes } from 'node:crypto';
import { connect, createServer, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hivefs } from '../gen/proto.js';
import { ErrCode, HiveError } from './errors.js';
import { FLAG_ERROR, FLAG_RESPONSE, FrameDecoder, encodeHeader, type Frame } from './framing.js';
import { MsgType, Rpc } from './msg-types.js';
import { authMac } from './rpc/auth.js';
import { RpcClient, type RpcClientInit } from './rpc/client.js';
import { RpcServer } from './rpc/server.js';
import { recordingLog, until, rejection } from './testing/helpers.js';

/** The challenge, then one AUTH_FAILED error frame and nothing else: refused, never executed. */
function expectAuthRefused(frames: Frame[]): void {
  expect(frames.length).toBe(2);
  expect(frames[1]!.flags & FLAG_ERROR).toBeTruthy();
  expect(hivefs.ErrorResp.decode(frames[1]!.body).code).toBe(ErrCode.AUTH_FAILED);
}


const HOST = '127.0.0.1';
const MiB = 1024 * 1024;

/** A promise with its resolve function, for handlers that answer when the test says so. */
function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function sha(b: Uint8Array): string {
  return createHash('sha256').update(b).digest('hex');
}

function pattern(n: number, seed: number): Buffer {
  const b = Buffer.allocUnsafe(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i += 4) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    b.writeUInt32LE(x, Math.min(i, n - 4));
  }
  return b;
}

/** A port nothing listens on (bound and released). */
async function deadPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, HOST, () => r()));
  const a = s.address();
  await new Promise<void>((r) => s.close(() => r()));
  return typeof a === 'object' && a ? a.port : 0;
}

describe('RpcServer + RpcClient', () => {
  const secret = randomBytes(32);
  const log = recordingLog();
  let serverMapVersion = 9;
  let server: RpcServer;
  let port = 0;
  const clients: RpcClient[] = [];
  const extraServers: RpcServer[] = [];

  // state the handlers share with the tests
  let lastWriteHash = '';
  let lastWriteLength = -1;
  let seenMapVersions: number[] = [];
  let hold: { fn: (() => void) | undefined } = { fn: undefined };
  let heldCalls = 0;
  let lateResolve: ((v: hivefs.IStatFsResp) => void) | undefined;
  let concurrent: { n: number; want: number; waiters: (() => void)[] } = { n: 0, want: 0, waiters: [] };
  let signalAborted = false;
  let signalHandlerStarted = false;

  function client(extra: Partial<RpcClientInit> = {}): RpcClient {
    const c = new RpcClient({ host: HOST, port, secret, poolSize: 1, timeoutMs: 10_000, ...extra });
    clients.push(c);
    return c;
  }

  beforeAll(async () => {
    server = new RpcServer({ service: 'test', secret, log, mapVersion: () => serverMapVersion, nodeId: () => 7 });
    // echo: the name comes back as the entry id
    server.handle(Rpc.lookup, async (req, ctx) => {
      seenMapVersions.push(ctx.mapVersion);
      if (req.name === 'hive-error') throw new HiveError(ErrCode.NOT_FOUND, `no entry hive-error in ${req.parentId}`);
      if (req.name === 'stale') throw new HiveError(ErrCode.STALE_MAP, 'routed by a stale map', 42);
      if (req.name === 'plain-error') throw new Error('disk on fire');
      if (req.name === 'sync-throw') throw new TypeError('sync bug');
      if (req.name.startsWith('c')) {
        // concurrent: answer once `want` requests are in, in a shuffled order
        const d = deferred<void>();
        concurrent.waiters.push(d.resolve);
        if (concurrent.waiters.length === concurrent.want) {
          const w = concurrent.waiters;
          for (let i = w.length - 1; i > 0; i--) {
            const j = Math.floor(Math.random() * (i + 1));
            [w[i], w[j]] = [w[j]!, w[i]!];
          }
          for (const r of w) r();
        }
        await d.promise;
        concurrent.n++;
      }
      return { attr: { entryId: req.name, size: Number(req.parentId) || 0 } };
    });
    // payload in: record what arrived
    server.handle(Rpc.writeChunk, (req, ctx) => {
      lastWriteHash = ctx.payload ? sha(ctx.payload) : '';
      lastWriteLength = ctx.payload?.length ?? 0;
      if (req.entryId === 'echo' && ctx.payload) ctx.replyPayload = Buffer.from(ctx.payload);
      return { written: ctx.payload?.length ?? 0 };
    });
    // payload out: a deterministic pattern of the asked length
    server.handle(Rpc.readChunk, (req, ctx) => {
      ctx.replyPayload = pattern(req.length, req.offset);
      return { length: req.length };
    });
    // never answers (until the test says so)
    server.handle(Rpc.statFs, (_req, ctx) => {
      heldCalls++;
      const d = deferred<hivefs.IStatFsResp>();
      lateResolve = d.resolve;
      hold.fn?.();
      ctx.signal.addEventListener('abort', () => d.resolve({}));
      return d.promise;
    });
    // reports whether the connection-close signal fired
    server.handle(Rpc.fsyncChunk, (_req, ctx) => {
      signalHandlerStarted = true;
      return new Promise((resolve) => {
        ctx.signal.addEventListener('abort', () => {
          signalAborted = true;
          resolve({});
        });
      });
    });
    ({ port } = await server.listen(0, HOST));
  });

  afterAll(async () => {
    for (const c of clients) c.close();
    for (const s of extraServers) await s.close();
    await server.close();
  });

  it('listen on port 0 returns the bound port', () => {
    expect(port).toBeGreaterThan(0);
  });

  it('built-in ping answers with service, node id and map version', async () => {
    const c = client();
    const r = await c.call(Rpc.ping, {});
    expect(r.service).toBe('test');
    expect(r.nodeId).toBe(7);
    expect(r.mapVersion).toBe(9);
  });

  it('request/response', async () => {
    const c = client();
    const r = await c.call(Rpc.lookup, { parentId: '12', name: 'hello' });
    expect(r.attr?.entryId).toBe('hello');
    expect(r.attr?.size).toBe(12);
  });

  it('payload to the server, 4 MiB', async () => {
    const c = client();
    const data = pattern(4 * MiB, 1);
    const r = await c.call(Rpc.writeChunk, { entryId: '1-2-3', targetId: 1, offset: 0 }, { payload: data });
    expect(r.written).toBe(4 * MiB);
    expect(lastWriteLength).toBe(4 * MiB);
    expect(lastWriteHash).toBe(sha(data));
  });

  it('payload from the server, 4 MiB', async () => {
    const c = client();
    const r = await c.callRaw(Rpc.readChunk, { entryId: '1-2-3', targetId: 1, offset: 77, length: 4 * MiB });
    expect(r.resp.length).toBe(4 * MiB);
    expect(r.payload?.length).toBe(4 * MiB);
    expect(sha(r.payload!)).toBe(sha(pattern(4 * MiB, 77)));
  });

  it('payload both ways in one call, and a call without payload has none', async () => {
    const c = client();
    const data = pattern(MiB + 3, 5);
    const r = await c.callRaw(Rpc.writeChunk, { entryId: 'echo', targetId: 1, offset: 0 }, { payload: data });
    expect(r.resp.written).toBe(MiB + 3);
    expect(Buffer.compare(r.payload!, data)).toBe(0);
    const r2 = await c.callRaw(Rpc.writeChunk, { entryId: 'x', targetId: 1, offset: 0 });
    expect(r2.resp.written).toBe(0);
    expect(r2.payload).toBeUndefined();
    expect(lastWriteLength).toBe(0);
  });

  it('1,000 concurrent requests on one connection, answered in random order, are matched correctly', async () => {
    const c = client({ poolSize: 1 });
    concurrent = { n: 0, want: 1000, waiters: [] };
    const before = server.connectionCount;
    const calls = Array.from({ length: 1000 }, (_, i) => c.call(Rpc.lookup, { parentId: String(i), name: `c${i}` }));
    const res = await Promise.all(calls);
    res.forEach((r, i) => {
      expect(r.attr?.entryId).toBe(`c${i}`);
      expect(r.attr?.size).toBe(i);
    });
    expect(concurrent.n).toBe(1000);
    expect(server.connectionCount).toBe(before + 1); // all on one connection
  });

  it('1,000 concurrent requests over a pool of connections with payloads', async () => {
    const c = client({ poolSize: 3 });
    const calls = Array.from({ length: 1000 }, (_, i) => c.callRaw(Rpc.readChunk, { entryId: '1-1-1', targetId: 1, offset: i + 1, length: 64 + (i % 50) }));
    const res = await Promise.all(calls);
    res.forEach((r, i) => {
      expect(r.resp.length).toBe(64 + (i % 50));
      expect(Buffer.compare(r.payload!, pattern(64 + (i % 50), i + 1))).toBe(0);
    });
  });

  it('a handler HiveError arrives at the client with the same code and message', async () => {
    const c = client();
    const e = await rejection(c.call(Rpc.lookup, { parentId: 'P', name: 'hive-error' }));
    expect(e.code).toBe(ErrCode.NOT_FOUND);
    expect(e.message).toBe('no entry hive-error in P');
    expect(e.retryable).toBe(false);
  });

  it("a HiveError's map version travels to the client", async () => {
    const c = client();
    const e = await rejection(c.call(Rpc.lookup, { parentId: 'P', name: 'stale' }));
    expect(e.code).toBe(ErrCode.STALE_MAP);
    expect(e.mapVersion).toBe(42);
    expect(e.retryable).toBe(true);
  });

  it('any other throw becomes INTERNAL and is logged; the connection stays usable', async () => {
    const c = client({ poolSize: 1 });
    const errorsBefore = log.lines.filter((l) => l.level === 'error').length;
    const e = await rejection(c.call(Rpc.lookup, { parentId: 'P', name: 'plain-error' }));
    expect(e.code).toBe(ErrCode.INTERNAL);
    expect(e.message).toContain('disk on fire');
    const e2 = await rejection(c.call(Rpc.lookup, { parentId: 'P', name: 'sync-throw' }));
    expect(e2.code).toBe(ErrCode.INTERNAL);
    expect(log.lines.filter((l) => l.level === 'error').length).toBe(errorsBefore + 2);
    expect((await c.call(Rpc.lookup, { parentId: '1', name: 'ok' })).attr?.entryId).toBe('ok');
  });

  it('unknown message type -> UNKNOWN_MESSAGE, and the same connection keeps working', async () => {
    const c = client({ poolSize: 1 });
    await c.call(Rpc.ping, {});
    const conns = server.connectionCount;
    const e = await rejection(c.call(Rpc.rename, {})); // not registered on this server
    expect(e.code).toBe(ErrCode.UNKNOWN_MESSAGE);
    const e2 = await rejection(c.call({ ...Rpc.ping, name: 'bogus', reqType: 9998, respType: 9999 }, {}));
    expect(e2.code).toBe(ErrCode.UNKNOWN_MESSAGE);
    expect((await c.call(Rpc.ping, {})).service).toBe('test');
    expect(server.connectionCount).toBe(conns); // no reconnect happened
  });

  it('timeout -> TIMEOUT (retryable); the late answer is ignored and later calls are matched correctly', async () => {
    const c = client({ poolSize: 1 });
    await c.call(Rpc.ping, {});
    const conns = server.connectionCount;
    const t0 = Date.now();
    const e = await rejection(c.call(Rpc.statFs, {}, { timeoutMs: 200 }));
    expect(e.code).toBe(ErrCode.TIMEOUT);
    expect(e.retryable).toBe(true);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(190);
    // now the server answers the timed-out request; a ping behind it on the same connection
    // proves the late reply was read (replies are written in order) and dropped
    expect(lateResolve).toBeDefined();
    lateResolve!({ });
    const r = await c.call(Rpc.lookup, { parentId: '5', name: 'after-timeout' });
    expect(r.attr?.entryId).toBe('after-timeout');
    expect((await c.call(Rpc.ping, {})).service).toBe('test');
    expect(server.connectionCount).toBe(conns);
  });

  it('AbortSignal -> ABORTED, both before sending and while waiting', async () => {
    const c = client({ poolSize: 1 });
    const ac0 = new AbortController();
    ac0.abort();
    expect((await rejection(c.call(Rpc.ping, {}, { signal: ac0.signal }))).code).toBe(ErrCode.ABORTED);

    const ac = new AbortController();
    const arrived = deferred<void>();
    hold = { fn: arrived.resolve };
    const before = heldCalls;
    const p = c.call(Rpc.statFs, {}, { signal: ac.signal, timeoutMs: 30_000 });
    await arrived.promise; // the server has the request
    expect(heldCalls).toBe(before + 1);
    ac.abort();
    const e = await rejection(p);
    expect(e.code).toBe(ErrCode.ABORTED);
    expect(e.retryable).toBe(false);
    hold = { fn: undefined };
    lateResolve?.({});
    expect((await c.call(Rpc.ping, {})).service).toBe('test');
  });

  it('the handler signal fires when the client goes away', async () => {
    const c = new RpcClient({ host: HOST, port, secret, poolSize: 1 });
    signalAborted = false;
    signalHandlerStarted = false;
    const p = c.call(Rpc.fsyncChunk, {}).catch((e: unknown) => e);
    await until(() => signalHandlerStarted, 'fsyncChunk handler to start');
    c.close();
    const e = (await p) as HiveError;
    expect(e).toBeInstanceOf(HiveError);
    expect(e.code).toBe(ErrCode.CONNECTION_LOST);
    await until(() => signalAborted, 'handler signal to abort');
  });

  it('wrong secret -> AUTH_FAILED; the server keeps serving good clients', async () => {
    const good = client();
    await good.call(Rpc.ping, {});
    const bad = client({ secret: randomBytes(32) });
    const e = await rejection(bad.call(Rpc.ping, {}));
    expect(e.code).toBe(ErrCode.AUTH_FAILED);
    expect(e.retryable).toBe(false);
    const none = client({ secret: null });
    expect((await rejection(none.call(Rpc.ping, {}))).code).toBe(ErrCode.AUTH_FAILED);
    // again, on a fresh attempt of the same client
    expect((await rejection(bad.call(Rpc.ping, {}))).code).toBe(ErrCode.AUTH_FAILED);
    expect((await good.call(Rpc.ping, {})).service).toBe('test');
    const good2 = client();
    expect((await good2.call(Rpc.ping, {})).service).toBe('test');
  });

  it('a client with a secret refuses a server that cannot prove it (AUTH_FAILED)', async () => {
    const open = new RpcServer({ service: 'impostor', secret: null, log: recordingLog() });
    extraServers.push(open);
    const a = await open.listen(0, HOST);
    const c = new RpcClient({ host: HOST, port: a.port, secret, poolSize: 1 });
    clients.push(c);
    expect((await rejection(c.call(Rpc.ping, {}))).code).toBe(ErrCode.AUTH_FAILED);
    // without a secret on both sides it works
    const c2 = new RpcClient({ host: HOST, port: a.port, secret: null, poolSize: 1 });
    clients.push(c2);
    expect((await c2.call(Rpc.ping, {})).service).toBe('impostor');
  });

  it('map version is carried in both directions', async () => {
    let clientVersion = 5;
    const seen: number[] = [];
    const c = client({ mapVersion: () => clientVersion, onMapVersion: (v) => seen.push(v) });
    seenMapVersions = [];
    serverMapVersion = 11;
    const r = await c.callRaw(Rpc.lookup, { parentId: '0', name: 'mv' });
    expect(r.mapVersion).toBe(11);
    expect(seenMapVersions).toEqual([5]);
    expect(seen).toEqual([11]);
    clientVersion = 6;
    serverMapVersion = 12;
    await c.call(Rpc.lookup, { parentId: '0', name: 'mv' });
    expect(seenMapVersions).toEqual([5, 6]);
    expect(seen).toEqual([11, 12]);
    // error replies carry it too
    serverMapVersion = 13;
    await rejection(c.call(Rpc.lookup, { parentId: '0', name: 'hive-error' }));
    expect(seen).toEqual([11, 12, 13]);
    // a client without a version sends 0
    const plain = client();
    await plain.call(Rpc.lookup, { parentId: '0', name: 'mv' });
    expect(seenMapVersions.at(-1)).toBe(0);
    serverMapVersion = 9;
  });

  it('a request larger than the client limit fails with FRAME_TOO_LARGE without being sent', async () => {
    const c = client({ maxFrameBytes: MiB });
    lastWriteLength = -1;
    const e = await rejection(c.call(Rpc.writeChunk, { entryId: 'x', targetId: 1, offset: 0 }, { payload: Buffer.alloc(MiB + 1) }));
    expect(e.code).toBe(ErrCode.FRAME_TOO_LARGE);
    expect(e.retryable).toBe(false);
    expect((await c.call(Rpc.ping, {})).service).toBe('test');
    expect(lastWriteLength).toBe(-1);
  });

  it('unreachable peer -> UNREACHABLE (retryable); closed client -> SHUTTING_DOWN', async () => {
    const c = new RpcClient({ host: HOST, port: await deadPort(), secret, poolSize: 1 });
    const e = await rejection(c.call(Rpc.ping, {}));
    expect(e.code).toBe(ErrCode.UNREACHABLE);
    expect(e.retryable).toBe(true);
    c.close();
    expect((await rejection(c.call(Rpc.ping, {}))).code).toBe(ErrCode.SHUTTING_DOWN);
  });
});

describe('server limits and restarts', () => {
  const secret = randomBytes(32);
  const servers: RpcServer[] = [];
  const clients: RpcClient[] = [];

  afterAll(async () => {
    for (const c of clients) c.close();
    for (const s of servers) await s.close();
  });

  it('server restart: requests in flight fail with CONNECTION_LOST; the client reconnects on the next call', async () => {
    const log = recordingLog();
    const mk = (): RpcServer => {
      const s = new RpcServer({ service: 'restartable', secret, log, nodeId: () => servers.length });
      s.handle(Rpc.statFs, () => new Promise(() => undefined)); // never answers
      servers.push(s);
      return s;
    };
    const s1 = mk();
    const { port } = await s1.listen(0, HOST);
    const c = new RpcClient({ host: HOST, port, secret, poolSize: 1, timeoutMs: 10_000 });
    clients.push(c);
    expect((await c.call(Rpc.ping, {})).nodeId).toBe(1);
    const inflight = c.call(Rpc.statFs, {}).catch((e: unknown) => e);
    await until(() => s1.connectionCount === 1, 'connection');
    await s1.close();
    const e = (await inflight) as HiveError;
    expect(e).toBeInstanceOf(HiveError);
    expect(e.code).toBe(ErrCode.CONNECTION_LOST);
    expect(e.retryable).toBe(true);

    const s2 = mk();
    await s2.listen(port, HOST);
    const r = await c.call(Rpc.ping, {});
    expect(r.nodeId).toBe(2);
    expect(s2.connectionCount).toBe(1);
  });

  it('server down: a call fails with a retryable error; after the restart the next call succeeds', async () => {
    const s1 = new RpcServer({ service: 'a', secret, log: recordingLog() });
    servers.push(s1);
    const { port } = await s1.listen(0, HOST);
    const c = new RpcClient({ host: HOST, port, secret, poolSize: 2 });
    clients.push(c);
    await Promise.all([c.call(Rpc.ping, {}), c.call(Rpc.ping, {})]);
    await s1.close();
    const e = await rejection(c.call(Rpc.ping, {}));
    expect([ErrCode.UNREACHABLE, ErrCode.CONNECTION_LOST]).toContain(e.code);
    expect(e.retryable).toBe(true);
    const s2 = new RpcServer({ service: 'b', secret, log: recordingLog() });
    servers.push(s2);
    await s2.listen(port, HOST);
    // both pool slots reconnect
    expect((await c.call(Rpc.ping, {})).service).toBe('b');
    expect((await c.call(Rpc.ping, {})).service).toBe('b');
  });

  it('a request beyond the server limit gets FRAME_TOO_LARGE (not a retryable CONNECTION_LOST), and the server keeps serving', async () => {
    const log = recordingLog();
    const s = new RpcServer({ service: 'small', secret, log, maxFrameBytes: MiB });
    let writes = 0;
    s.handle(Rpc.writeChunk, (_req, ctx) => {
      writes++;
      return { written: ctx.payload?.length ?? 0 };
    });
    servers.push(s);
    const { port } = await s.listen(0, HOST);
    // the client's own limit is the default 64 MiB, so it sends the frame
    const c = new RpcClient({ host: HOST, port, secret, poolSize: 1 });
    clients.push(c);
    const e = await rejection(c.call(Rpc.writeChunk, { entryId: 'x', targetId: 1, offset: 0 }, { payload: Buffer.alloc(2 * MiB) }));
    expect(writes).toBe(0);
    expect(log.lines.some((l) => l.level === 'warn')).toBe(true);
    // the server keeps serving
    const c2 = new RpcClient({ host: HOST, port, secret, poolSize: 1 });
    clients.push(c2);
    expect((await c2.call(Rpc.writeChunk, { entryId: 'x', targetId: 1, offset: 0 }, { payload: Buffer.alloc(1000) })).written).toBe(1000);
    // the caller learns the request can never succeed (a retryable CONNECTION_LOST would be retried forever)
    expect(e.code).toBe(ErrCode.FRAME_TOO_LARGE);
    expect(e.retryable).toBe(false);
  });
});

describe('deadlines while connecting', () => {
  const secret = randomBytes(32);
  // a peer that accepts connections but never sends the auth challenge (e.g. a hung daemon)
  const held: Socket[] = [];
  let silent: ReturnType<typeof createServer>;
  let port = 0;
  let accepted = 0;
  const clients: RpcClient[] = [];

  beforeAll(async () => {
    silent = createServer((s) => {
      accepted++;
      held.push(s);
      s.on('error', () => undefined);
    });
    await new Promise<void>((r) => silent.listen(0, HOST, () => r()));
    const a = silent.address();
    port = typeof a === 'object' && a ? a.port : 0;
  });

  afterAll(async () => {
    for (const c of clients) c.close();
    for (const s of held) s.destroy();
    await new Promise<void>((r) => silent.close(() => r()));
  });

  /** Settles with the call's outcome, or 'still pending' if it has not settled by the deadline. */
  async function outcome(p: Promise<unknown>, deadlineMs: number): Promise<unknown> {
    let settled = false;
    let value: unknown;
    p.then(
      (v) => ((settled = true), (value = v)),
      (e: unknown) => ((settled = true), (value = e)),
    );
    await until(() => settled, 'call to settle', deadlineMs).catch(() => undefined);
    return settled ? value : 'still pending';
  }

  it("a call's timeout also bounds connecting and authenticating", async () => {
    const c = new RpcClient({ host: HOST, port, secret, poolSize: 1, connectTimeoutMs: 120_000 });
    clients.push(c);
    const r = await outcome(c.call(Rpc.ping, {}, { timeoutMs: 300 }), 5_000);
    expect(accepted).toBeGreaterThan(0);
    expect(r).toBeInstanceOf(HiveError);
    expect((r as HiveError).code).toBe(ErrCode.TIMEOUT);
  });

  it("a call's AbortSignal also aborts waiting for the connection", async () => {
    const c = new RpcClient({ host: HOST, port, secret, poolSize: 1, connectTimeoutMs: 120_000 });
    clients.push(c);
    const ac = new AbortController();
    const before = accepted;
    const p = c.call(Rpc.ping, {}, { signal: ac.signal, timeoutMs: 120_000 });
    await until(() => accepted > before, 'the connection to be accepted');
    ac.abort();
    const r = await outcome(p, 5_000);
    expect(r).toBeInstanceOf(HiveError);
    expect((r as HiveError).code).toBe(ErrCode.ABORTED);
  });
});

describe('raw sockets against RpcServer', () => {
  const secret = randomBytes(32);
  let server: RpcServer;
  let port = 0;
  let handled = 0;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    server = new RpcServer({ service: 'raw', secret, log: recordingLog(), authTimeoutMs: 10_000 });
    server.handle(Rpc.writeChunk, (_req, ctx) => {
      handled++;
      return { written: ctx.payload?.length ?? 0 };
    });
    ({ port } = await server.listen(0, HOST));
  });

  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await server.close();
  });

  /** A raw connection with its decoded frames and close state. */
  async function raw(): Promise<{ sock: Socket; frames: Frame[]; closed: () => boolean; challenge: hivefs.AuthChallenge }> {
    const sock = connect({ host: HOST, port });
    sockets.push(sock);
    const frames: Frame[] = [];
    const dec = new FrameDecoder(64 * MiB);
    let isClosed = false;
    sock.on('data', (c: Buffer) => frames.push(...dec.push(c)));
    sock.on('error', () => undefined);
    sock.on('close', () => (isClosed = true));
    await until(() => frames.length >= 1 || isClosed, 'challenge');
    expect(frames[0]?.msgType).toBe(MsgType.AUTH_CHALLENGE);
    const challenge = hivefs.AuthChallenge.decode(frames[0]!.body);
    expect(challenge.service).toBe('raw');
    return { sock, frames, closed: () => isClosed, challenge };
  }

  function frame(msgType: number, reqId: number, body: Uint8Array, payload?: Uint8Array): Buffer {
    return Buffer.concat([encodeHeader({ flags: 0, msgType, reqId, mapVersion: 0, bodyLength: body.length, payloadLength: payload?.length ?? 0 }), body, ...(payload ? [payload] : [])]);
  }

  async function authed(): Promise<Awaited<ReturnType<typeof raw>>> {
    const c = await raw();
    const mac = authMac(secret, 'client', c.challenge.nonce);
    c.sock.write(frame(MsgType.AUTH_RESPONSE, 0, hivefs.AuthResponse.encode({ mac, nonce: randomBytes(32) }).finish()));
    await until(() => c.frames.length >= 2 || c.closed(), 'auth result');
    expect(c.frames[1]?.msgType).toBe(MsgType.AUTH_RESULT);
    return c;
  }

  it('a request before authentication is not handled and the connection is closed', async () => {
    const c = await raw();
    const before = handled;
    c.sock.write(frame(Rpc.writeChunk.reqType, 1, Rpc.writeChunk.Req.encode({ entryId: 'x' }).finish(), Buffer.alloc(10)));
    await until(c.closed, 'server to close');
    expect(handled).toBe(before);
    expectAuthRefused(c.frames);
  });

  it('a wrong mac is refused: no AUTH_RESULT, connection closed', async () => {
    const c = await raw();
    const mac = authMac(randomBytes(32), 'client', c.challenge.nonce);
    c.sock.write(frame(MsgType.AUTH_RESPONSE, 0, hivefs.AuthResponse.encode({ mac, nonce: randomBytes(32) }).finish()));
    await until(c.closed, 'server to close');
    expectAuthRefused(c.frames);
  });

  it('a replayed server proof (role confusion) is refused', async () => {
    // mac computed with the server role must not authenticate a client
    const c = await raw();
    const mac = authMac(secret, 'server', c.challenge.nonce);
    c.sock.write(frame(MsgType.AUTH_RESPONSE, 0, hivefs.AuthResponse.encode({ mac, nonce: randomBytes(32) }).finish()));
    await until(c.closed, 'server to close');
    expectAuthRefused(c.frames);
  });

  it('garbage body for a real message type after authentication -> BAD_MESSAGE, connection usable', async () => {
    const c = await authed();
    const before = handled;
    // 0xff... is not a valid protobuf encoding (field 0 / bad wire type)
    c.sock.write(frame(Rpc.writeChunk.reqType, 7, Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x07]), Buffer.alloc(5)));
    await until(() => c.frames.length >= 3 || c.closed(), 'error reply');
    const f = c.frames[2]!;
    expect(f.flags & FLAG_RESPONSE).toBeTruthy();
    expect(f.flags & FLAG_ERROR).toBeTruthy();
    expect(f.reqId).toBe(7);
    expect(hivefs.ErrorResp.decode(f.body).code).toBe(ErrCode.BAD_MESSAGE);
    expect(handled).toBe(before);
    c.sock.write(frame(Rpc.writeChunk.reqType, 8, Rpc.writeChunk.Req.encode({ entryId: 'x' }).finish(), Buffer.alloc(5)));
    await until(() => c.frames.length >= 4 || c.closed(), 'reply');
    expect(c.frames[3]!.msgType).toBe(Rpc.writeChunk.respType);
    expect(c.frames[3]!.reqId).toBe(8);
    expect(Rpc.writeChunk.Resp.decode(c.frames[3]!.body).written).toBe(5);
  });

  it('bad magic after authentication -> BAD_FRAME error reply, then the connection is closed', async () => {
    const c = await authed();
    c.sock.write(Buffer.alloc(24, 0x55));
    await until(c.closed, 'server to close');
    const f = c.frames[2];
    expect(f).toBeDefined();
    expect(hivefs.ErrorResp.decode(f!.body).code).toBe(ErrCode.BAD_FRAME);
  });

  it('the server still serves a proper client after all of that', async () => {
    const c = new RpcClient({ host: HOST, port, secret, poolSize: 1 });
    try {
      expect((await c.call(Rpc.ping, {})).service).toBe('raw');
    } finally {
      c.close();
    }
  });
});
