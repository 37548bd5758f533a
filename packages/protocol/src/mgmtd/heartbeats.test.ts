// The shared heartbeat loop against an RpcServer standing in for mgmtd (in process, over loopback).
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { hivefs } from '../../gen/proto.js';
import { ErrCode, HiveError } from '../errors.js';
import { Rpc } from '../msg-types.js';
import { RpcClient } from '../rpc/client.js';
import { RpcServer } from '../rpc/server.js';
import { recordingLog, until } from '../testing/helpers.js';
import { startHeartbeats, type Heartbeats } from './heartbeats.js';

const HOST = '127.0.0.1';
const secret = randomBytes(32);
let server: RpcServer | undefined;
let client: RpcClient | undefined;
let beats: Heartbeats | undefined;

afterEach(async () => {
  await beats?.stop();
  client?.close();
  await server?.close();
});

/** A mgmtd stand-in answering heartbeats with `answer`; returns its port. */
async function standIn(answer: (req: hivefs.IHeartbeatReq) => hivefs.IHeartbeatResp): Promise<number> {
  server = new RpcServer({ service: 'mgmtd', secret, log: recordingLog() });
  server.handle(Rpc.heartbeat, (req) => answer(req));
  return (await server.listen(0, HOST)).port;
}

describe('startHeartbeats', () => {
  it('reports space, passes on map versions and registers again when mgmtd forgot the node', async () => {
    const seen: hivefs.IHeartbeatReq[] = [];
    let known = false;
    const port = await standIn((req) => {
      seen.push(req);
      if (!known) throw new HiveError(ErrCode.UNKNOWN_NODE, 'who?');
      return { mapVersion: 9 };
    });
    client = new RpcClient({ host: HOST, port, secret });
    const versions: number[] = [];
    const log = recordingLog();
    beats = startHeartbeats({
      client, type: hivefs.NodeType.STORAGE, nodeId: () => 3, intervalMs: 20, requestTimeoutMs: 5000, log,
      space: async () => [{ targetId: 301, totalBytes: 10, freeBytes: 5 }],
      onMapVersion: (v) => void versions.push(v),
      reRegister: async () => void (known = true),
    });
    await until(() => versions.length >= 2, 'two answered heartbeats');
    expect(seen[0]).toMatchObject({ type: hivefs.NodeType.STORAGE, nodeId: 3, targets: [{ targetId: 301, totalBytes: 10, freeBytes: 5 }] });
    expect(versions.slice(0, 2)).toEqual([9, 9]);
    expect(log.lines.map((l) => l.msg)).toContain('mgmtd does not know this node; registering again');
  });

  it('says that mgmtd refused the authentication, not that it is not answering, and says when beats work again', async () => {
    const port = await standIn(() => ({ mapVersion: 1 }));
    client = new RpcClient({ host: HOST, port, secret: randomBytes(32) });
    const log = recordingLog();
    beats = startHeartbeats({
      client, type: hivefs.NodeType.META, nodeId: () => 1, intervalMs: 20, requestTimeoutMs: 5000, log,
      space: async () => [], onMapVersion: () => undefined, reRegister: async () => undefined,
    });
    await until(() => log.lines.some((l) => l.level === 'error'), 'the failure line');
    expect(log.lines[0]).toMatchObject({ level: 'error', msg: 'heartbeat to mgmtd failed: authentication with mgmtd failed (wrong connAuthFile secret?); retrying' });
    await beats.stop();
    await server!.close();

    // mgmtd gone: "not answering"
    const quiet = recordingLog();
    client.close();
    client = new RpcClient({ host: HOST, port, secret, connectTimeoutMs: 200 });
    beats = startHeartbeats({
      client, type: hivefs.NodeType.META, nodeId: () => 1, intervalMs: 20, requestTimeoutMs: 5000, log: quiet,
      space: async () => [], onMapVersion: () => undefined, reRegister: async () => undefined,
    });
    await until(() => quiet.lines.length > 0, 'the failure line');
    expect(quiet.lines[0]).toMatchObject({ level: 'warn', msg: 'heartbeat to mgmtd failed: mgmtd not answering; retrying' });
    await standInOn(port);
    await until(() => quiet.lines.some((l) => l.msg === 'heartbeats reach mgmtd again'), 'the recovery line', 15_000);
  });
});

/** The stand-in again, on the same port. */
async function standInOn(port: number): Promise<void> {
  server = new RpcServer({ service: 'mgmtd', secret, log: recordingLog() });
  server.handle(Rpc.heartbeat, () => ({ mapVersion: 2 }));
  await server.listen(port, HOST);
}

describe('startHeartbeats onReply and resyncing', () => {
  it('hands every reply to onReply with the monotonic time its beat was sent, and sends the resyncing ids', async () => {
    const seen: hivefs.IHeartbeatReq[] = [];
    const port = await standIn((req) => {
      seen.push(req);
      return { mapVersion: 4, leaseMs: 3000 };
    });
    client = new RpcClient({ host: HOST, port, secret });
    const replies: { lease: number; sentAt: number; at: number }[] = [];
    const before = performance.now();
    beats = startHeartbeats({
      client, type: hivefs.NodeType.STORAGE, nodeId: () => 3, intervalMs: 20, requestTimeoutMs: 5000, log: recordingLog(),
      space: async () => [], onMapVersion: () => undefined, reRegister: async () => undefined,
      onReply: (resp, sentAtMs) => void replies.push({ lease: resp.leaseMs, sentAt: sentAtMs, at: performance.now() }),
      resyncing: () => [202],
    });
    await until(() => replies.length >= 2, 'two replies');
    expect(replies[0]!.lease).toBe(3000);
    for (const r of replies) {
      expect(r.sentAt).toBeGreaterThanOrEqual(before);
      expect(r.sentAt).toBeLessThanOrEqual(r.at);
    }
    expect(seen[0]!.resyncing).toEqual([202]);
  });
});
