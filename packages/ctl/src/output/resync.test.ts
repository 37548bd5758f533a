import { describe, expect, it } from 'vitest';
import { hivefs } from '@hivefs/protocol';
import { resyncStatsInfo } from '../api/resync.js';
import { formatCtime, renderResyncStats, renderStartResync, renderWatchLine } from './resync.js';

const S = hivefs.ResyncJobState;
const START = new Date(2017, 4, 1, 11, 9, 27).getTime();
const END = new Date(2017, 4, 1, 11, 9, 40).getTime();

describe('formatCtime', () => {
  it('local time as ctime(3): day padded with a space', () => {
    expect(formatCtime(START)).toBe('Mon May  1 11:09:27 2017');
    expect(formatCtime(new Date(2024, 11, 24, 3, 4, 5).getTime())).toBe('Tue Dec 24 03:04:05 2024');
  });
});

describe('--resyncstats lines (seed 000 storage fields)', () => {
  it('completed: start and end time, figures in seed order', () => {
    const st = resyncStatsInfo({ groupId: 100, state: S.RESYNC_COMPLETED, startMs: START, endMs: END, discoveredDirs: 2, discoveredFiles: 2, syncedDirs: 177, syncedFiles: 2 });
    expect(renderResyncStats(st)).toBe(
      'Job state: Completed successfully\n' +
      'Job start time: Mon May  1 11:09:27 2017\n' +
      'Job end time: Mon May  1 11:09:40 2017\n' +
      '# of discovered dirs: 2\n' +
      '# of discovered files: 2\n' +
      '# of synced dirs: 177\n' +
      '# of synced files: 2\n' +
      '# of dir sync errors: 0\n' +
      '# of file sync errors: 0\n',
    );
  });

  it('not started: no times; unset stats are all zero', () => {
    expect(renderResyncStats(resyncStatsInfo(undefined))).toBe(
      'Job state: Not started\n# of discovered dirs: 0\n# of discovered files: 0\n# of synced dirs: 0\n# of synced files: 0\n# of dir sync errors: 0\n# of file sync errors: 0\n',
    );
  });

  it('running, with synced bytes, removed files and an error line when set', () => {
    const st = resyncStatsInfo({ state: S.RESYNC_INTERRUPTED, startMs: START, syncedBytes: 4096, removedFiles: 3, fileErrors: 1, error: 'secondary target 201 went offline' });
    const out = renderResyncStats(st);
    expect(out).toMatch(/^Job state: Interrupted\nJob start time: Mon May {2}1 11:09:27 2017\n# of discovered dirs: 0\n/);
    expect(out).toContain('# of file sync errors: 1\n# of synced bytes: 4096\n# of removed files: 3\nError: secondary target 201 went offline\n');
    expect(out).not.toContain('Job end time');
  });

  it('every job state has its name', () => {
    const names = [S.RESYNC_NOT_STARTED, S.RESYNC_RUNNING, S.RESYNC_COMPLETED, S.RESYNC_INTERRUPTED, S.RESYNC_FAILED, S.RESYNC_COMPLETED_WITH_ERRORS].map((state) => resyncStatsInfo({ state }).state);
    expect(names).toEqual(['Not started', 'Running', 'Completed successfully', 'Interrupted', 'Failed', 'Completed with errors']);
    expect(resyncStatsInfo({ state: S.RESYNC_RUNNING }).running).toBe(true);
  });
});

describe('--startresync line', () => {
  it('says the group, the direction and the scope', () => {
    const base = { groupId: 100, primaryId: 101, secondaryId: 201, state: S.RESYNC_RUNNING };
    expect(renderStartResync(resyncStatsInfo(base))).toBe('Resync of buddy group 100 (primary target 101 -> secondary target 201) started: the chunks changed while the secondary was out of sync; job state: Running\n');
    expect(renderStartResync(resyncStatsInfo({ ...base, full: true }))).toContain('started: every chunk; job state');
    expect(renderStartResync(resyncStatsInfo({ ...base, full: true, sinceMs: START }))).toContain('started: every chunk changed since Mon May  1 11:09:27 2017;');
  });
});

describe('--watch line', () => {
  const MIB = 1024 ** 2;
  const st = (synced: number, total: number) => resyncStatsInfo({ state: S.RESYNC_RUNNING, syncedBytes: synced, bytesToSync: total, syncedFiles: 7 });

  it('first sample: percentage, no rate or time left yet', () => {
    expect(renderWatchLine(st(25 * MIB, 100 * MIB), { syncedBytes: 25 * MIB, atMs: 1000 })).toBe('Running: 25.0% of 100.0MiB, - MiB/s, - left, 7 files');
  });

  it('later samples: rate since the previous one and time left at it', () => {
    const line = renderWatchLine(st(45 * MIB, 100 * MIB), { syncedBytes: 45 * MIB, atMs: 3000 }, { syncedBytes: 25 * MIB, atMs: 1000 });
    expect(line).toBe('Running: 45.0% of 100.0MiB, 10.0 MiB/s, 0:06 left, 7 files');
    const slow = renderWatchLine(st(1 * MIB, 10_000 * MIB), { syncedBytes: 1 * MIB, atMs: 2000 }, { syncedBytes: 0, atMs: 1000 });
    expect(slow).toBe('Running: 0.0% of 10000.0MiB, 1.0 MiB/s, 2:46:39 left, 7 files');
  });

  it('no progress between samples: rate 0, time left unknown; total not known yet: discovering', () => {
    expect(renderWatchLine(st(5 * MIB, 10 * MIB), { syncedBytes: 5 * MIB, atMs: 2000 }, { syncedBytes: 5 * MIB, atMs: 1000 })).toBe('Running: 50.0% of 10.0MiB, 0.0 MiB/s, - left, 7 files');
    expect(renderWatchLine(st(2 * MIB, 0), { syncedBytes: 2 * MIB, atMs: 1 })).toBe('Running: discovering, 2.0MiB synced, 7 files');
  });
});
