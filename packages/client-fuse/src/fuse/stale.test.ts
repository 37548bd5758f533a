import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fuseMountState, pidExists, probeFuse } from './stale.js';
import type { RunResult } from './unmount.js';

/** A fake runCommand answering `r` and recording what it was asked to run. */
function runner(r: RunResult, seen: string[][] = []) {
  return async (cmd: string, args: string[]): Promise<RunResult> => (seen.push([cmd, ...args]), r);
}

describe('probeFuse', () => {
  it('asks the daemon with statfs (stat -f), never a plain stat the kernel answers from its attribute cache', async () => {
    const seen: string[][] = [];
    expect(await probeFuse('/mnt/x', runner({ code: 0, stderr: '', timedOut: false }, seen))).toEqual({ outcome: 'answered', detail: '' });
    expect(seen).toEqual([['stat', '-f', '-c', '%t', '--', '/mnt/x']]);
  });

  it('tells a dead connection (ENOTCONN), a timeout and other failures apart', async () => {
    const enotconn = "stat: cannot read file system information for '/mnt/x': Transport endpoint is not connected";
    expect((await probeFuse('/mnt/x', runner({ code: 1, stderr: enotconn, timedOut: false }))).outcome).toBe('disconnected');
    expect((await probeFuse('/mnt/x', runner({ code: -1, stderr: 'stat timed out', timedOut: true }))).outcome).toBe('timeout');
    expect((await probeFuse('/mnt/x', runner({ code: 1, stderr: 'Permission denied', timedOut: false }))).outcome).toBe('failed');
  });

  it('a real directory answers', async () => {
    expect((await probeFuse('/')).outcome).toBe('answered');
  });
});

describe('fuseMountState', () => {
  it('ENOTCONN is stale; an answering mount is live even when its registered client is gone', () => {
    expect(fuseMountState('disconnected', false)).toBe('stale');
    expect(fuseMountState('disconnected', true)).toBe('stale');
    expect(fuseMountState('answered', false)).toBe('live');
    expect(fuseMountState('answered', true)).toBe('live');
  });

  it('a mount that does not answer is stale when its registered client is gone, else hung (timeout) or live (other error)', () => {
    expect(fuseMountState('timeout', true)).toBe('stale');
    expect(fuseMountState('failed', true)).toBe('stale');
    expect(fuseMountState('timeout', false)).toBe('hung');
    expect(fuseMountState('failed', false)).toBe('live');
  });
});

describe('pidExists', () => {
  it('is true for this process and false for one that has exited', async () => {
    expect(pidExists(process.pid)).toBe(true);
    const child = spawn('true');
    const pid = child.pid!;
    await new Promise((r) => child.on('exit', r));
    expect(pidExists(pid)).toBe(false);
    expect(pidExists(0)).toBe(false);
    expect(pidExists(-5)).toBe(false);
  });
});
