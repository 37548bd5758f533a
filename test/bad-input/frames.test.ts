// Bad input on the wire against REAL daemons (mgmtd, meta, storage as child processes): every
// malformed, oversized, unauthenticated or undecodable frame is refused (closed connection or
// error reply), and afterwards the daemon still answers an authenticated ping with the same pid.
import { randomBytes } from 'node:crypto';
import { access, readFile } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAuthSecret } from '@hivefs/common';
import { waitFor } from '@hivefs/common/testing';
import {
  ErrCode,
  FLAG_ERROR,
  FLAG_RESPONSE,
  FrameDecoder,
  HiveError,
  MsgType,
  Rpc,
  RpcClient,
  authMac,
  encodeHeader,
  hivefs,
  verifyMac,
  type AnyRpcDef,
  type Frame,
} from '@hivefs/protocol';
import { startCluster, type TestCluster } from '../harness/cluster.js';

/** The challenge, then one AUTH_FAILED error frame and nothing else: refused, never executed. */
function expectAuthRefused(frames: Frame[]): void {
  expect(frames.length).toBe(2);
  expect(frames[1]!.flags & FLAG_ERROR).toBeTruthy();
  expect(hivefs.ErrorResp.decode(frames[1]!.body).code).toBe(ErrCode.AUTH_FAILED);
}


const REPO = fileURLToPath(new URL('../../', import.meta.url));
const HOST = '127.0.0.1';
/** connMaxFrameBytes of the test cluster (set explicitly so that "just beyond" is known). */
const MAX_FRAME = 8 * 1024 * 1024;
const DAEMONS = ['mgmtd', 'meta01', 'storage01'] as const;
type DaemonName = (typeof DAEMONS)[number];

/** Message types each service serves (plus ping). */
const SERVED: Record<DaemonName, AnyRpcDef[]> = {
  mgmtd: [Rpc.registerNode, Rpc.registerTarget, Rpc.heartbeat, Rpc.getMap, Rpc.setTargetState, Rpc.removeNode, Rpc.removeTarget, Rpc.addMirrorGroup, Rpc.mirrorRoot],
  meta01: [
    Rpc.lookup, Rpc.getAttr, Rpc.setAttr, Rpc.mkdir, Rpc.rmdir, Rpc.create, Rpc.open, Rpc.close, Rpc.reportWrite, Rpc.unlink, Rpc.rename,
    Rpc.readdir, Rpc.symlink, Rpc.readlink, Rpc.link, Rpc.setXattr, Rpc.getXattr, Rpc.listXattr, Rpc.removeXattr, Rpc.statFs, Rpc.setPattern,
    Rpc.mknod, Rpc.closeSessions, Rpc.peerCreateDir, Rpc.peerRemoveDir, Rpc.peerAdjustLink, Rpc.peerSetParent, Rpc.peerRenameIn, Rpc.peerGetAttrs,
    Rpc.peerIntentState, Rpc.peerForgetIntent, Rpc.peerFenceStep,
    Rpc.journalPush, Rpc.journalPosition, Rpc.snapshotPage, Rpc.metaJournalStats, Rpc.getMetaResyncStats, Rpc.startMetaResync,
    Rpc.rootHandOver,
  ],
  storage01: [
    Rpc.writeChunk, Rpc.readChunk, Rpc.truncateChunk, Rpc.unlinkChunk, Rpc.unlinkChunks, Rpc.fsyncChunk, Rpc.getChunkLengths, Rpc.statTargets,
    Rpc.resyncChunk, Rpc.listChunks, Rpc.startResync, Rpc.getResyncStats,
  ],
};

/**
 * Bodies the generated decoders reject for every request type (checked against all RPCs):
 * invalid wire types and length-delimited fields of unknown numbers running past the end.
 * (A known field running past the end is not enough: protobufjs' Node reader clamps strings.)
 */
function undecodable(): Buffer[] {
  return [
    Buffer.concat([Buffer.from([0x07]), randomBytes(61)]), // field 0, wire type 7, then random bytes
    Buffer.from([0x06, 0x01, 0x02, 0x03]), // field 0, wire type 6
    Buffer.from([0xfa, 0x06, 0x7f]), // field 111, length 127, nothing follows
    Buffer.from([0x02, 0xff, 0x01]), // field 0, length 255, nothing follows
  ];
}

function frame(msgType: number, reqId: number, body: Uint8Array, payload?: Uint8Array, mapVersion = 0): Buffer {
  const header = encodeHeader({ flags: 0, msgType, reqId, mapVersion, bodyLength: body.length, payloadLength: payload?.length ?? 0 });
  return Buffer.concat([header, body, ...(payload ? [payload] : [])]);
}

/** A raw TCP connection that records the frames it receives and whether it closed. */
class RawConn {
  readonly frames: Frame[] = [];
  closed = false;
  decodeError: Error | undefined;
  private readonly decoder = new FrameDecoder(64 * 1024 * 1024);

  private constructor(readonly sock: Socket) {
    sock.on('data', (c: Buffer) => {
      try {
        this.frames.push(...this.decoder.push(c));
      } catch (e) {
        this.decodeError = e as Error;
      }
    });
    sock.on('error', () => undefined); // EPIPE/ECONNRESET when the daemon hangs up on us
    sock.on('close', () => (this.closed = true));
  }

  static async open(port: number, all: Socket[]): Promise<RawConn> {
    const sock = connect({ host: HOST, port });
    all.push(sock);
    const c = new RawConn(sock);
    await new Promise<void>((resolve, reject) => {
      sock.once('connect', () => resolve());
      sock.once('error', reject);
    });
    return c;
  }

  /** Writes, ignoring failures (the peer may already have closed). */
  write(b: Buffer): void {
    if (!this.sock.destroyed) this.sock.write(b, () => undefined);
  }

  async frameCount(n: number, what: string): Promise<void> {
    await waitFor(() => this.frames.length >= n || this.closed, { timeoutMs: 10_000, what });
    expect(this.frames.length, `${what} (connection closed before it came)`).toBeGreaterThanOrEqual(n);
  }

  async closedByPeer(what: string): Promise<void> {
    await waitFor(() => this.closed, { timeoutMs: 10_000, what });
  }

  /** The challenge frame every connection starts with. */
  async challenge(): Promise<hivefs.AuthChallenge> {
    await this.frameCount(1, 'auth challenge');
    const f = this.frames[0]!;
    expect(f.msgType).toBe(MsgType.AUTH_CHALLENGE);
    return hivefs.AuthChallenge.decode(f.body);
  }

  /** Completes the handshake with `secret` and checks the daemon's proof. */
  async authenticate(secret: Buffer): Promise<void> {
    const ch = await this.challenge();
    const nonce = randomBytes(32);
    this.write(frame(MsgType.AUTH_RESPONSE, 0, hivefs.AuthResponse.encode({ mac: authMac(secret, 'client', ch.nonce), nonce }).finish()));
    await this.frameCount(2, 'auth result');
    const r = this.frames[1]!;
    expect(r.msgType).toBe(MsgType.AUTH_RESULT);
    expect(verifyMac(secret, 'server', nonce, hivefs.AuthResult.decode(r.body).mac)).toBe(true);
  }

  /** Sends a request and waits for the reply frame with its request id. */
  async request(msgType: number, reqId: number, body: Uint8Array, payload?: Uint8Array): Promise<Frame> {
    this.write(frame(msgType, reqId, body, payload));
    let found: Frame | undefined;
    await waitFor(() => (found = this.frames.find((f) => f.reqId === reqId && f.flags & FLAG_RESPONSE)) !== undefined || this.closed, {
      timeoutMs: 10_000,
      what: `reply to request ${reqId} (type ${msgType})`,
    });
    if (!found) throw new Error(`connection closed without a reply to request ${reqId} (type ${msgType})`);
    return found;
  }
}

function errorOf(f: Frame): hivefs.ErrorResp {
  expect(f.flags & FLAG_ERROR, `frame type ${f.msgType} is an error reply`).toBeTruthy();
  expect(f.msgType).toBe(MsgType.ERROR);
  return hivefs.ErrorResp.decode(f.body);
}

describe('the list of served RPCs', () => {
  it('names every RPC but ping (built into every server), so that a new one is fed bad input too', () => {
    const listed = new Set(Object.values(SERVED).flat());
    const missing = Object.values(Rpc).filter((d) => d !== Rpc.ping && !listed.has(d)).map((d) => d.name);
    expect(missing).toEqual([]);
  });
});

describe('bad input against real daemons', () => {
  let tc: TestCluster;
  let secret: Buffer;
  const sockets: Socket[] = [];
  const clients: RpcClient[] = [];
  const pids = new Map<string, number>();

  beforeAll(async () => {
    // the daemons are built by other packages; wait (bounded) for their entry points
    const needed = ['packages/mgmtd/dist/main.js', 'packages/meta/dist/main.js', 'packages/storage/dist/main.js', 'packages/ctl/dist/index.js'];
    await waitFor(async () => (await Promise.all(needed.map((p) => access(REPO + p).then(() => true, () => false)))).every(Boolean), {
      timeoutMs: 60_000,
      intervalMs: 500,
      what: `daemon builds (${needed.join(', ')})`,
    });
    tc = await startCluster({ meta: 1, storage: 1, targetsPerStorage: 1, extra: { common: { connMaxFrameBytes: String(MAX_FRAME) } } });
    // the secret as the daemons load it (trailing newline trimmed); the harness must agree
    secret = (await loadAuthSecret({ connAuthFile: tc.cluster.paths.secret, connDisableAuthentication: false }))!;
    expect(tc.secret.equals(secret)).toBe(true);
    for (const s of await tc.cluster.status()) {
      expect(s.pid, `${s.name} runs`).toBeDefined();
      pids.set(s.name, s.pid!);
    }
  });

  afterAll(async () => {
    for (const s of sockets) s.destroy();
    for (const c of clients) c.close();
    await tc?.destroy();
  });

  function slot(name: DaemonName): { port: number; service: string } {
    const s = tc.cluster.slots.find((x) => x.name === name);
    if (!s) throw new Error(`no daemon ${name} in the test cluster`);
    return s;
  }

  /** Whether a pid is a live process (not a zombie). */
  async function alive(pid: number): Promise<boolean> {
    try {
      process.kill(pid, 0);
    } catch {
      return false;
    }
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== '' && state !== 'Z';
  }

  /** The daemon answers an authenticated ping on a fresh client and is the same, live process. */
  async function healthy(name: DaemonName): Promise<void> {
    const s = slot(name);
    const c = new RpcClient({ host: HOST, port: s.port, secret, poolSize: 1, timeoutMs: 5000 });
    clients.push(c);
    try {
      const r = await c.call(Rpc.ping, {});
      expect(r.service).toBe(s.service);
    } finally {
      c.close();
    }
    const now = (await tc.cluster.status()).find((x) => x.name === name)?.pid;
    expect(now, `${name} still has its pid`).toBe(pids.get(name));
    expect(await alive(pids.get(name)!), `${name} (pid ${pids.get(name)}) is alive`).toBe(true);
  }

  const open = (name: DaemonName): Promise<RawConn> => RawConn.open(slot(name).port, sockets);

  describe.each(DAEMONS)('%s', (name) => {
    it('is healthy to begin with, and proves the shared secret', async () => {
      await healthy(name);
      const c = await open(name);
      const ch = await c.challenge();
      expect(ch.service).toBe(slot(name).service);
      expect(ch.nonce.length).toBeGreaterThanOrEqual(16);
      await c.authenticate(secret);
      c.sock.destroy();
    });

    it('random bytes: connection closed, daemon fine', async () => {
      const c = await open(name);
      const junk = randomBytes(4096);
      junk[0] = 0x00; // never the frame magic
      c.write(junk);
      await c.closedByPeer('daemon to close after random bytes');
      expect(c.frames.every((f) => f.msgType === MsgType.AUTH_CHALLENGE)).toBe(true);
      await healthy(name);
    });

    it('random bytes after authentication: error reply or close, daemon fine', async () => {
      const c = await open(name);
      await c.authenticate(secret);
      const junk = randomBytes(1000);
      junk[0] = 0x00;
      c.write(junk);
      await c.closedByPeer('daemon to close after random bytes');
      for (const f of c.frames.slice(2)) expect(errorOf(f).code).toBe(ErrCode.BAD_FRAME);
      await healthy(name);
    });

    it('a truncated frame, then close: daemon fine', async () => {
      const c = await open(name);
      await c.challenge();
      const f = frame(MsgType.AUTH_RESPONSE, 0, randomBytes(100), randomBytes(50));
      c.write(f.subarray(0, 60)); // header and part of the body
      c.sock.end();
      await c.closedByPeer('connection to close');
      await healthy(name);
      // and the same after authenticating: half a request, then close
      const d = await open(name);
      await d.authenticate(secret);
      const req = frame(Rpc.ping.reqType, 1, Buffer.alloc(0), randomBytes(1000));
      d.write(req.subarray(0, 500));
      d.sock.end();
      await d.closedByPeer('connection to close');
      const e = await open(name);
      await e.authenticate(secret);
      e.write(req.subarray(0, 10)); // half a header
      e.sock.end();
      await e.closedByPeer('connection to close');
      await healthy(name);
    });

    it('an oversized frame header (beyond connMaxFrameBytes): refused, daemon fine', async () => {
      // before authentication: just beyond the limit, and the largest lengths the header can carry
      for (const [bodyLength, payloadLength] of [[16, MAX_FRAME - 15], [0xffffffff, 0xffffffff]] as const) {
        const c = await open(name);
        await c.challenge();
        c.write(encodeHeader({ flags: 0, msgType: MsgType.AUTH_RESPONSE, reqId: 0, mapVersion: 0, bodyLength, payloadLength }));
        await c.closedByPeer(`daemon to close after a header of ${bodyLength}+${payloadLength} bytes`);
        expect(c.frames.length).toBe(1); // the challenge only
      }
      // after authentication: an error reply (FRAME_TOO_LARGE) and/or a close, never the data buffered
      const d = await open(name);
      await d.authenticate(secret);
      d.write(encodeHeader({ flags: 0, msgType: SERVED[name][0]!.reqType, reqId: 77, mapVersion: 0, bodyLength: 10, payloadLength: MAX_FRAME }));
      await d.closedByPeer('daemon to close after an oversized request header');
      for (const f of d.frames.slice(2)) expect(errorOf(f).code).toBe(ErrCode.FRAME_TOO_LARGE);
      await healthy(name);
    });

    it('a valid-looking request before authentication: refused and not executed, daemon fine', async () => {
      const c = await open(name);
      await c.challenge();
      c.write(frame(Rpc.ping.reqType, 1, Rpc.ping.Req.encode({}).finish()));
      await c.closedByPeer('daemon to close on an unauthenticated request');
      expectAuthRefused(c.frames);
      // a real request of the service, with a plausible body
      const d = await open(name);
      await d.challenge();
      const def = SERVED[name].find((x) => x === Rpc.getMap || x === Rpc.statFs || x === Rpc.statTargets)!;
      d.write(frame(def.reqType, 2, def.Req.encode({}).finish()));
      await d.closedByPeer('daemon to close on an unauthenticated request');
      expectAuthRefused(d.frames);
      await healthy(name);
    });

    it('a wrong-secret handshake: refused, daemon fine', async () => {
      const c = await open(name);
      const ch = await c.challenge();
      c.write(frame(MsgType.AUTH_RESPONSE, 0, hivefs.AuthResponse.encode({ mac: authMac(randomBytes(32), 'client', ch.nonce), nonce: randomBytes(32) }).finish()));
      await c.closedByPeer('daemon to close on a wrong mac');
      expectAuthRefused(c.frames);
      // an empty mac, a garbage AuthResponse body, and the server-role proof are refused too
      for (const body of [
        hivefs.AuthResponse.encode({ mac: Buffer.alloc(0), nonce: randomBytes(32) }).finish(),
        undecodable()[0]!,
      ]) {
        const d = await open(name);
        await d.challenge();
        d.write(frame(MsgType.AUTH_RESPONSE, 0, body));
        await d.closedByPeer('daemon to close on a bad auth response');
        expectAuthRefused(d.frames);
      }
      const e = await open(name);
      const ch2 = await e.challenge();
      e.write(frame(MsgType.AUTH_RESPONSE, 0, hivefs.AuthResponse.encode({ mac: authMac(secret, 'server', ch2.nonce), nonce: randomBytes(32) }).finish()));
      await e.closedByPeer('daemon to close on a role-confused mac');
      expectAuthRefused(e.frames);
      // the real client with the wrong secret
      const bad = new RpcClient({ host: HOST, port: slot(name).port, secret: randomBytes(32), poolSize: 1, timeoutMs: 5000 });
      clients.push(bad);
      const err = await bad.call(Rpc.ping, {}).then(() => undefined, (x: unknown) => x);
      expect(err).toBeInstanceOf(HiveError);
      expect((err as HiveError).code).toBe(ErrCode.AUTH_FAILED);
      bad.close();
      await healthy(name);
    });

    it('after authentication, undecodable bodies for real message types get error replies; the connection stays usable', async () => {
      const c = await open(name);
      await c.authenticate(secret);
      let reqId = 100;
      for (const def of SERVED[name]) {
        for (const body of undecodable()) {
          const id = reqId++;
          const r = await c.request(def.reqType, id, body, def === Rpc.writeChunk ? randomBytes(4096) : undefined);
          const e = errorOf(r);
          expect(e.code, `${def.name} with an undecodable body`).toBe(ErrCode.BAD_MESSAGE);
        }
      }
      // a message type of another service, and one nobody knows
      const foreign = name === 'storage01' ? Rpc.getMap : Rpc.writeChunk;
      expect(errorOf(await c.request(foreign.reqType, reqId++, Buffer.alloc(0))).code).toBe(ErrCode.UNKNOWN_MESSAGE);
      expect(errorOf(await c.request(0xfffe, reqId++, randomBytes(10))).code).toBe(ErrCode.UNKNOWN_MESSAGE);
      // connection-level message types sent as requests
      for (const t of [MsgType.ERROR, MsgType.AUTH_CHALLENGE, MsgType.AUTH_RESPONSE, MsgType.AUTH_RESULT]) {
        expect(errorOf(await c.request(t, reqId++, randomBytes(8))).code).toBe(ErrCode.UNKNOWN_MESSAGE);
      }
      // the same connection still answers
      const pong = await c.request(Rpc.ping.reqType, reqId++, Rpc.ping.Req.encode({}).finish());
      expect(pong.msgType).toBe(Rpc.ping.respType);
      expect(Rpc.ping.Resp.decode(pong.body).service).toBe(slot(name).service);
      expect(c.closed).toBe(false);
      await healthy(name);
    });
  });

  describe('storage: hostile but decodable chunk requests', () => {
    it('a writeChunk body of random bytes, with payload -> error reply', async () => {
      const c = await open('storage01');
      await c.authenticate(secret);
      let reqId = 1;
      const show = (def: AnyRpcDef, body: Buffer, r: Frame): string => {
        let decoded = 'undecodable';
        try {
          decoded = JSON.stringify(def.Req.decode(body));
        } catch {
          /* keep 'undecodable' */
        }
        const reply = r.flags & FLAG_ERROR ? JSON.stringify(hivefs.ErrorResp.decode(r.body)) : `type ${r.msgType}`;
        return `${def.name} body ${body.toString('hex')} (${decoded}) -> ${reply}`;
      };
      for (let i = 0; i < 20; i++) {
        const body = randomBytes(1 + ((i * 7) % 64));
        const r = await c.request(Rpc.writeChunk.reqType, reqId++, body, randomBytes(1024));
        expect(r.flags & FLAG_ERROR, show(Rpc.writeChunk, body, r)).toBeTruthy();
      }
      for (const def of [Rpc.readChunk, Rpc.truncateChunk, Rpc.unlinkChunk, Rpc.unlinkChunks, Rpc.fsyncChunk, Rpc.getChunkLengths]) {
        for (let i = 0; i < 5; i++) {
          const body = randomBytes(32);
          const r = await c.request(def.reqType, reqId++, body);
          if (def === Rpc.getChunkLengths && !(r.flags & FLAG_ERROR)) {
            // asking for no targets touches no chunk file; an empty answer is fine then
            expect(Rpc.getChunkLengths.Req.decode(body).targetIds, show(def, body, r)).toEqual([]);
            expect(Rpc.getChunkLengths.Resp.decode(r.body).lengths, show(def, body, r)).toEqual([]);
            continue;
          }
          if (def === Rpc.unlinkChunks && !(r.flags & FLAG_ERROR)) {
            // a body that decodes to no chunks at all removes nothing; an empty answer is fine then
            expect(Rpc.unlinkChunks.Req.decode(body).chunks, show(def, body, r)).toEqual([]);
            expect(Rpc.unlinkChunks.Resp.decode(r.body).results, show(def, body, r)).toEqual([]);
            continue;
          }
          expect(r.flags & FLAG_ERROR, show(def, body, r)).toBeTruthy();
        }
      }
      const pong = await c.request(Rpc.ping.reqType, reqId++, Buffer.alloc(0));
      expect(pong.msgType).toBe(Rpc.ping.respType);
      await healthy('storage01');
    });

    it('entry ids that would escape the target directory are refused', async () => {
      const c = await open('storage01');
      await c.authenticate(secret);
      const target = slotTargets()[0]!;
      let reqId = 1;
      for (const entryId of ['../../../../tmp/hivefs-escape', '..', '/etc/passwd', 'a/b', '', 'root/../x', '1-2-3\0']) {
        const w = await c.request(Rpc.writeChunk.reqType, reqId++, Rpc.writeChunk.Req.encode({ entryId, targetId: target, offset: 0 }).finish(), Buffer.from('x'));
        expect(errorOf(w).code, `writeChunk ${JSON.stringify(entryId)}`).toBe(ErrCode.BAD_ENTRY_ID);
        const r = await c.request(Rpc.readChunk.reqType, reqId++, Rpc.readChunk.Req.encode({ entryId, targetId: target, offset: 0, length: 10 }).finish());
        expect(errorOf(r).code, `readChunk ${JSON.stringify(entryId)}`).toBe(ErrCode.BAD_ENTRY_ID);
        const u = await c.request(Rpc.unlinkChunk.reqType, reqId++, Rpc.unlinkChunk.Req.encode({ entryId, targetId: target }).finish());
        expect(errorOf(u).code, `unlinkChunk ${JSON.stringify(entryId)}`).toBe(ErrCode.BAD_ENTRY_ID);
        const t = await c.request(Rpc.truncateChunk.reqType, reqId++, Rpc.truncateChunk.Req.encode({ entryId, targetId: target, length: 0 }).finish());
        expect(errorOf(t).code, `truncateChunk ${JSON.stringify(entryId)}`).toBe(ErrCode.BAD_ENTRY_ID);
        const g = await c.request(Rpc.getChunkLengths.reqType, reqId++, Rpc.getChunkLengths.Req.encode({ entryId, targetIds: [target] }).finish());
        expect(errorOf(g).code, `getChunkLengths ${JSON.stringify(entryId)}`).toBe(ErrCode.BAD_ENTRY_ID);
      }
      await expect(access('/tmp/hivefs-escape')).rejects.toThrow();
      // a well-formed id on a target this daemon does not serve
      const w = await c.request(Rpc.writeChunk.reqType, reqId++, Rpc.writeChunk.Req.encode({ entryId: '1-2-3', targetId: 65000, offset: 0 }).finish(), Buffer.from('x'));
      expect(errorOf(w).code).toBe(ErrCode.UNKNOWN_TARGET);
      await healthy('storage01');
    });

    function slotTargets(): number[] {
      return tc.cluster.slots.find((s) => s.name === 'storage01')!.targetIds;
    }
  });

  describe('meta: hostile request tags (exactly once)', () => {
    it('tags with impossible ids are refused, a request id reused for another RPC too; the daemon stays fine', async () => {
      const c = await open('meta01');
      await c.authenticate(secret);
      let reqId = 1;
      const cred = { uid: 0, gid: 0, gids: [] };
      const mkdir = (name: string, tag: hivefs.IRequestTag) => c.request(Rpc.mkdir.reqType, reqId++, Rpc.mkdir.Req.encode({ cred, parentId: 'root', name, mode: 0o755, tag }).finish());
      for (const tag of [{ clientId: 0, requestId: 1 }, { clientId: 9, requestId: 0 }, { clientId: 2 ** 40, requestId: 1 }, { clientId: 9, requestId: 2 ** 60 }, { clientId: 9, requestId: 5, doneBelow: 2 ** 62 }, {}]) {
        expect(errorOf(await mkdir('bad-tag', tag)).code, JSON.stringify(tag)).toBe(ErrCode.INVALID_ARGUMENT);
      }
      const ok = await mkdir('tagged', { clientId: 9, requestId: 7 });
      expect(ok.flags & FLAG_ERROR).toBeFalsy();
      const other = await c.request(Rpc.rmdir.reqType, reqId++, Rpc.rmdir.Req.encode({ cred, parentId: 'root', name: 'tagged', tag: { clientId: 9, requestId: 7 } }).finish());
      expect(errorOf(other).code).toBe(ErrCode.INVALID_ARGUMENT);
      await healthy('meta01');
    });
  });

  describe('meta: hostile closeSessions', () => {
    it('too many sessions, a bad handle id, a bad or missing entry id -> a clear error; sessions that are not open are skipped', async () => {
      const c = await open('meta01');
      await c.authenticate(secret);
      let reqId = 1;
      const closeSessions = (sessions: hivefs.ISessionRef[]) => c.request(Rpc.closeSessions.reqType, reqId++, Rpc.closeSessions.Req.encode({ clientId: 9, sessions }).finish());
      const some = { entryId: 'root', handleId: 5 };
      expect(errorOf(await closeSessions(Array.from({ length: 1025 }, () => some))).code).toBe(ErrCode.BAD_MESSAGE);
      expect(errorOf(await closeSessions([some, { entryId: 'root', handleId: 0 }])).code).toBe(ErrCode.BAD_MESSAGE);
      expect(errorOf(await closeSessions([some, { entryId: 'root', handleId: 2 ** 60 }])).code).toBe(ErrCode.BAD_MESSAGE);
      expect(errorOf(await closeSessions([{ entryId: '../../etc', handleId: 5 }])).code).toBe(ErrCode.BAD_ENTRY_ID);
      expect(errorOf(await closeSessions([{ handleId: 5 }])).code).toBe(ErrCode.BAD_ENTRY_ID);
      // well formed: nothing open under those handles
      const r = await closeSessions([some, { entryId: 'root', handleId: 6 }]);
      expect(r.flags & FLAG_ERROR).toBeFalsy();
      expect(Rpc.closeSessions.Resp.decode(r.body)).toMatchObject({ closed: 0, gone: 2 });
      await healthy('meta01');
    });
  });

  describe('meta: hostile peer steps', () => {
    it('a bad step name, or the name under which a node keeps what it holds for an intent -> INVALID_ARGUMENT; nothing applied', async () => {
      const c = await open('meta01');
      await c.authenticate(secret);
      let reqId = 1;
      const setParent = (intentId: string, step: string) => c.request(Rpc.peerSetParent.reqType, reqId++, Rpc.peerSetParent.Req.encode({ intentId, step, dirId: 'root', parentId: 'root' }).finish());
      for (const step of ['held', '', 'UPPER', 'a:b', 'x'.repeat(65)]) expect(errorOf(await setParent('1-6B000000-2', step)).code).toBe(ErrCode.INVALID_ARGUMENT);
      expect(errorOf(await setParent('../x', 'parent')).code).toBe(ErrCode.BAD_ENTRY_ID);
      const fence = (intentId: string, step: string) => c.request(Rpc.peerFenceStep.reqType, reqId++, Rpc.peerFenceStep.Req.encode({ intentId, step }).finish());
      for (const step of ['held', '', 'a b']) expect(errorOf(await fence('1-6B000000-2', step)).code).toBe(ErrCode.INVALID_ARGUMENT);
      expect(errorOf(await fence('', 'in')).code).toBe(ErrCode.BAD_ENTRY_ID);
      await healthy('meta01');
    });
  });

  describe('meta: hostile journal pushes', () => {
    it('no entries, too many, or a malformed one -> BAD_MESSAGE; the daemon stays fine', async () => {
      const c = await open('meta01');
      await c.authenticate(secret);
      let reqId = 1;
      const push = (entries: hivefs.IJournalEntry[]) => c.request(Rpc.journalPush.reqType, reqId++, Rpc.journalPush.Req.encode({ groupId: 1, entries }).finish());
      const ok = (seq: number): hivefs.IJournalEntry => ({ seq, epoch: 1, prevEpoch: seq === 1 ? 0 : 1, ops: [{ key: `I:${seq}`, value: Buffer.from('v') }] });
      const pushes: [string, hivefs.IJournalEntry[]][] = [
        ['no entries', []],
        ['65 entries', Array.from({ length: 65 }, (_, i) => ok(i + 1))],
        ['seq 0', [ok(1), { ...ok(2), seq: 0 }]],
        ['an epoch beyond 2^53', [ok(1), { ...ok(2), epoch: 2 ** 60 }]],
      ];
      for (const [what, entries] of pushes) expect(errorOf(await push(entries)).code, what).toBe(ErrCode.BAD_MESSAGE);
      // well formed, but this node is no member of group 1
      expect(errorOf(await push([ok(1), ok(2)])).code).toBe(ErrCode.NOT_SECONDARY);
      await healthy('meta01');
    });
  });

  it('a connection that never authenticates is closed by the daemon', async () => {
    // all daemons at once, so that their authentication deadlines run concurrently
    const conns = await Promise.all(DAEMONS.map((n) => open(n)));
    await Promise.all(conns.map((c) => c.challenge()));
    conns[0]!.write(Buffer.from([0x48])); // and one that sent a single byte of a header
    await waitFor(() => conns.every((c) => c.closed), { timeoutMs: 30_000, what: 'daemons to drop idle unauthenticated connections' });
    for (const n of DAEMONS) await healthy(n);
  });

  it('every daemon is still the same live process at the end', async () => {
    for (const name of DAEMONS) await healthy(name);
  });
});
