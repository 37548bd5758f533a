import { describe, expect, it } from 'vitest';
import { OutageLog } from './outage-log.js';

/** An OutageLog on a clock the test moves, recording its lines. */
function harness(mode: 'failover' | 'failout' = 'failover') {
  let t = 1_000_000;
  const lines: { level: string; msg: string; fields: Record<string, unknown> }[] = [];
  const log = {
    warn: (fields: Record<string, unknown>, msg: string) => lines.push({ level: 'warn', msg, fields }),
    info: (fields: Record<string, unknown>, msg: string) => lines.push({ level: 'info', msg, fields }),
  };
  const o = new OutageLog({ log, mode, intervalMs: 10_000, now: () => t });
  return { o, lines, advance: (ms: number) => void (t += ms) };
}

const down = new Error('storage target 101: peer unreachable');

describe('OutageLog', () => {
  it('a 33 s outage with 20 retries a second: first failure, one summary per 10 s, recovery', () => {
    const { o, lines, advance } = harness();
    // four operations wait for target 101 (the first line counts the first); a retry every 50 ms
    for (let op = 0; op < 4; op++) o.failed(101, 'storage target 101', 'writeChunk', down, true);
    for (let i = 0; i < 33 * 20; i++) {
      advance(50);
      o.failed(101, 'storage target 101', 'writeChunk', down, false);
    }
    for (let op = 0; op < 4; op++) o.left(101);
    o.answered(101);
    expect(lines.map((l) => l.level)).toEqual(['warn', 'warn', 'warn', 'warn', 'info']);
    expect(lines[0]!.msg).toBe('storage target 101 does not answer; operations wait for it and retry');
    expect(lines[0]!.fields).toMatchObject({ server: 'storage target 101', op: 'writeChunk', err: down.message });
    expect(lines[1]!.msg).toMatch(/^storage target 101 still does not answer after 10\.0 s: 203 failed attempts in the last 10\.0 s, 4 operations waiting$/);
    expect(lines[1]!.fields).toMatchObject({ downMs: 10_000, failedAttempts: 203, waiting: 4 });
    expect(lines[4]!.msg).toBe(`storage target 101 answers again after 33.0 s (${4 + 33 * 20} failed attempts)`);
    expect(o.size).toBe(0);
  });

  it('keeps servers apart, and a success on a server without an outage logs nothing', () => {
    const { o, lines, advance } = harness('failout');
    o.failed(101, 'storage target 101', 'readChunk', down, false);
    o.failed(1 << 16 | 1, 'meta node 1', 'lookup', new Error('timed out'), false);
    advance(500);
    o.answered(102);
    o.answered(101);
    expect(lines.map((l) => `${l.level} ${l.msg}`)).toEqual([
      'warn storage target 101 does not answer; operations fail with EIO (failout mode)',
      'warn meta node 1 does not answer; operations fail with EIO (failout mode)',
      'info storage target 101 answers again after 0.5 s (1 failed attempts)',
    ]);
    expect(o.size).toBe(1);
  });

  it('a new outage after a recovery starts with a first-failure line again', () => {
    const { o, lines, advance } = harness();
    o.failed(101, 'storage target 101', 'readChunk', down, true);
    o.left(101);
    o.answered(101);
    advance(60_000);
    o.failed(101, 'storage target 101', 'readChunk', down, true);
    expect(lines.map((l) => l.level)).toEqual(['warn', 'info', 'warn']);
    expect(lines[2]!.msg).toContain('does not answer;');
  });
});
