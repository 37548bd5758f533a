import { describe, expect, it } from 'vitest';
import { runCommand } from './unmount.js';

describe('runCommand', () => {
  it('gives the exit code and stderr of a command', async () => {
    const r = await runCommand('sh', ['-c', 'echo oops >&2; exit 3']);
    expect(r).toEqual({ code: 3, stderr: 'oops', timedOut: false });
  });

  it('kills a command that outlives its deadline', async () => {
    const r = await runCommand('sleep', ['30'], 200);
    expect(r.timedOut).toBe(true);
    expect(r.code).toBe(-1);
  });

  it('resolves (never rejects) for a missing binary', async () => {
    const r = await runCommand('/nonexistent/umount', []);
    expect(r.code).toBe(-1);
    expect(r.stderr).toMatch(/ENOENT/);
  });
});
