// The metadata store's free-space reserve: judged by the last statfs figure, re-read in the background, logged on each change.
import { ErrCode, HiveError } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import { SpaceGuard } from './space-guard.js';

const MiB = 1024 * 1024;

function setup(minFreeBytes = 64 * MiB) {
  const fs = { free: 100 * MiB, reads: 0, fail: false };
  const clock = { ms: 0 };
  const logs: string[] = [];
  const log = { warn: (_f: unknown, m: string) => logs.push(`warn ${m}`), info: (_f: unknown, m: string) => logs.push(`info ${m}`) };
  const guard = new SpaceGuard({
    dir: '/store',
    minFreeBytes,
    log: log as never,
    now: () => clock.ms,
    freeBytes: async () => {
      fs.reads++;
      if (fs.fail) throw new Error('statfs failed');
      return fs.free;
    },
  });
  return { guard, fs, clock, logs };
}

const outcome = (f: () => void): string => {
  try {
    f();
    return 'ok';
  } catch (e) {
    return e instanceof HiveError ? `error ${e.code}` : String(e);
  }
};

describe('SpaceGuard', () => {
  it('refuses with NO_SPACE below the reserve and accepts again once space is back, logging each change once', async () => {
    const { guard, fs, clock, logs } = setup();
    await guard.refresh();
    expect(outcome(() => guard.check('create'))).toBe('ok');
    fs.free = 10 * MiB;
    clock.ms += 100; // the figure is fresh: no new read yet
    expect(outcome(() => guard.check('create'))).toBe('ok');
    expect(fs.reads).toBe(1);
    clock.ms += 200; // stale: this check reads in the background and still judges by the old figure
    expect(outcome(() => guard.check('create'))).toBe('ok');
    await guard.refresh();
    expect(outcome(() => guard.check('mkdir'))).toBe(`error ${ErrCode.NO_SPACE}`);
    expect(() => guard.check('mkdir')).toThrow(/mkdir refused: .*10\.0 MiB free, below the reserve of 64\.0 MiB/);
    fs.free = 65 * MiB;
    clock.ms += 300;
    expect(outcome(() => guard.check('create'))).toBe(`error ${ErrCode.NO_SPACE}`); // the old figure still; starts the read
    await guard.refresh();
    expect(outcome(() => guard.check('create'))).toBe('ok');
    expect(logs.map((l) => l.split(':')[0])).toEqual(['warn metadata store below its free-space reserve', 'info metadata store above its free-space reserve again']);
  }, 10_000);

  it('keeps its last figure when statfs fails, and does nothing with a reserve of 0', async () => {
    const { guard, fs, clock, logs } = setup();
    fs.free = MiB;
    await guard.refresh();
    fs.fail = true;
    clock.ms += 1000;
    await guard.refresh();
    expect(outcome(() => guard.check('create'))).toBe(`error ${ErrCode.NO_SPACE}`);
    expect(logs.some((l) => l.startsWith('warn statfs of the metadata store failed'))).toBe(true);
    const off = setup(0);
    off.fs.free = 0;
    await off.guard.refresh();
    expect(outcome(() => off.guard.check('create'))).toBe('ok');
    expect(off.fs.reads).toBe(0);
  });
});
