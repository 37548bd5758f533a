// ClientSession against an in-test mgmtd stand-in: after mgmtd forgets the client it registers again with its own id.
import { createLogger } from '@hivefs/common';
import { ErrCode, HiveError, MapView, Rpc, RpcServer, hivefs } from '@hivefs/protocol';
import { waitFor } from '@hivefs/common/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { ClientSession } from './session.js';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

/** A mgmtd that assigns client ids from 9 on and answers heartbeats of unknown ids with UNKNOWN_NODE. */
class MgmtdStandIn {
  readonly registrations: hivefs.IRegisterNodeReq[] = [];
  readonly known = new Set<number>();
  heartbeats = 0;
  private next = 9;
  private readonly server = new RpcServer({ service: 'mgmtd', secret: null, log: quiet, mapVersion: () => 1 })
    .handle(Rpc.registerNode, (r) => {
      this.registrations.push(r);
      const nodeId = r.nodeId || this.next++;
      this.known.add(nodeId);
      return { nodeId, mapVersion: 1 };
    })
    .handle(Rpc.heartbeat, (r) => {
      this.heartbeats++;
      if (!this.known.has(r.nodeId)) throw new HiveError(ErrCode.UNKNOWN_NODE, `client ${r.nodeId} is not registered`);
      return { mapVersion: 1 };
    })
    .handle(Rpc.getMap, () => ({ map: { version: 1 } }));

  async start(): Promise<number> {
    return (await this.server.listen(0, '127.0.0.1')).port;
  }

  close(): Promise<void> {
    return this.server.close();
  }
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('ClientSession', () => {
  it('registers again with its own id when mgmtd answers a heartbeat with UNKNOWN_NODE', async () => {
    const mgmtd = new MgmtdStandIn();
    const port = await mgmtd.start();
    cleanups.push(() => mgmtd.close());
    const view = new MapView({ mgmtdHost: '127.0.0.1', mgmtdPort: port, secret: null, log: quiet });
    cleanups.push(() => view.close());
    const session = new ClientSession({ view, log: createLogger({ service: 'client', level: 'silent' }), alias: 'cn7-mount', heartbeatSecs: 0.05, requestTimeoutMs: 1000 });
    cleanups.push(() => session.stop());

    expect(await session.register()).toBe(9);
    session.startHeartbeat();
    await waitFor(() => mgmtd.heartbeats >= 2, { what: 'heartbeats of a known client' });
    expect(mgmtd.registrations).toHaveLength(1);

    mgmtd.known.clear(); // mgmtd restarted: clients are in memory only
    await waitFor(() => mgmtd.registrations.length === 2, { what: 'the registration again' });
    expect(mgmtd.registrations[1]).toMatchObject({ type: hivefs.NodeType.CLIENT, nodeId: 9, alias: 'cn7-mount' });
    expect(session.clientId).toBe(9);
    const beats = mgmtd.heartbeats;
    await waitFor(() => mgmtd.heartbeats >= beats + 2, { what: 'heartbeats after the registration' });
    expect(mgmtd.registrations).toHaveLength(2);
  });
});
