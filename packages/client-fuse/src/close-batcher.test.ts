import { ErrCode, HiveError, Rpc, type hivefs } from '@hivefs/protocol';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_LINGER_MS, CLOSES_PER_REQUEST, CloseBatcher } from './close-batcher.js';
import type { MetaClient } from './meta-client.js';

interface Sent {
  routeId: string;
  req: hivefs.ICloseSessionsReq;
  answer: (r: hivefs.ICloseSessionsResp | Error) => void;
}

/** A MetaClient whose closeSessions requests wait until the test answers them; owner = the id's last part. */
function fakeMeta() {
  const sent: Sent[] = [];
  const meta = {
    ownerOf: (entryId: string) => Number(entryId.split('-').at(-1)),
    call: (def: unknown, routeId: string, req: hivefs.ICloseSessionsReq) => {
      expect(def).toBe(Rpc.closeSessions);
      return new Promise((resolve, reject) => sent.push({ routeId, req, answer: (r) => (r instanceof Error ? reject(r) : resolve(r)) }));
    },
  } as unknown as MetaClient;
  return { meta, sent };
}

function logCapture() {
  const warnings: string[] = [];
  const log = { debug: () => undefined, info: () => undefined, warn: (_o: unknown, msg: string) => void warnings.push(msg), error: () => undefined };
  return { log, warnings };
}

const ids = (s: Sent) => s.req.sessions!.map((r) => Number(r.handleId));
const settled = () => new Promise((r) => setImmediate(r));

describe('CloseBatcher', () => {
  afterEach(() => void vi.useRealTimers());

  it('lets a close with nothing in flight linger for company, then sends all that came; settle sends at once', async () => {
    vi.useFakeTimers();
    const { meta, sent } = fakeMeta();
    const b = new CloseBatcher(meta, () => 42, logCapture().log);
    b.close('1-A-1', 1);
    b.close('2-A-1', 2);
    expect(sent).toHaveLength(0);
    vi.advanceTimersByTime(CLOSE_LINGER_MS - 1);
    b.close('3-A-1', 3);
    expect(sent).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(sent).toHaveLength(1);
    expect(ids(sent[0]!)).toEqual([1, 2, 3]);
    sent[0]!.answer({ closed: 3 });
    await vi.advanceTimersByTimeAsync(0);
    b.close('4-A-1', 4);
    expect(sent).toHaveLength(1);
    const settling = b.settle(); // no wait for the linger
    expect(sent).toHaveLength(2);
    expect(ids(sent[1]!)).toEqual([4]);
    sent[1]!.answer({ closed: 1 });
    await settling;
    expect(b.pending).toBe(0);
  });

  it('sends the first close at once and gathers those that come while it is in flight into the next request', async () => {
    const { meta, sent } = fakeMeta();
    const b = new CloseBatcher(meta, () => 42, logCapture().log, { lingerMs: 0 });
    b.close('1-A-1', 1);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.req).toEqual({ clientId: 42, sessions: [{ entryId: '1-A-1', handleId: 1 }] });
    for (let h = 2; h <= 5; h++) b.close(`${h}-A-1`, h);
    expect(sent).toHaveLength(1);
    expect(b.pending).toBe(5);
    sent[0]!.answer({ closed: 1 });
    await settled();
    expect(sent).toHaveLength(2);
    expect(ids(sent[1]!)).toEqual([2, 3, 4, 5]);
    expect(sent[1]!.routeId).toBe('2-A-1');
    sent[1]!.answer({ closed: 4 });
    await b.settle();
    expect(b.pending).toBe(0);
  });

  it('keeps one queue per owner: a close to another meta node or group does not wait', () => {
    const { meta, sent } = fakeMeta();
    const b = new CloseBatcher(meta, () => 42, logCapture().log, { lingerMs: 0 });
    b.close('1-A-1', 1);
    b.close('2-A-2', 2);
    b.close('3-A-1', 3);
    expect(sent.map((s) => s.routeId)).toEqual(['1-A-1', '2-A-2']);
  });

  it('splits a long queue into requests of at most CLOSES_PER_REQUEST sessions', async () => {
    const { meta, sent } = fakeMeta();
    const b = new CloseBatcher(meta, () => 42, logCapture().log, { lingerMs: 0 });
    for (let h = 1; h <= CLOSES_PER_REQUEST + 11; h++) b.close(`${h}-A-1`, h);
    sent[0]!.answer({ closed: 1 });
    await settled();
    expect(ids(sent[1]!)).toHaveLength(CLOSES_PER_REQUEST);
    sent[1]!.answer({ closed: CLOSES_PER_REQUEST });
    await settled();
    expect(ids(sent[2]!)).toHaveLength(10);
    sent[2]!.answer({ closed: 10 });
    await b.settle();
  });

  it('logs a failed request and goes on with the next; settle waits for every close handed in', async () => {
    const { meta, sent } = fakeMeta();
    const { log, warnings } = logCapture();
    const b = new CloseBatcher(meta, () => 42, log, { lingerMs: 0 });
    b.close('1-A-1', 1);
    b.close('2-A-1', 2);
    let done = false;
    const settling = b.settle().then(() => (done = true));
    sent[0]!.answer(new HiveError(ErrCode.UNREACHABLE, 'meta node 1 is down'));
    await settled();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/stay open there until this client leaves the cluster/);
    expect(done).toBe(false);
    expect(ids(sent[1]!)).toEqual([2]);
    sent[1]!.answer({ closed: 1 });
    await settling;
    expect(done).toBe(true);
  });
});
