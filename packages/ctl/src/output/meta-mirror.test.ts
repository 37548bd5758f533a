import { describe, expect, it } from 'vitest';
import { hivefs } from '@hivefs/protocol';
import { metaResyncStatsInfo, type JournalStatsRow } from '../api/meta-mirror.js';
import { renderJournalStats, renderMetaResyncStats, renderMetaWatchLine, renderMirrorMd, renderStartMetaResync } from './meta-mirror.js';

const S = hivefs.ResyncJobState;
const START = new Date(2017, 4, 1, 12, 25, 45).getTime();
const END = new Date(2017, 4, 1, 12, 26, 27).getTime();
const G = { nodeType: hivefs.NodeType.META, groupId: 200, primaryId: 1, secondaryId: 2 };

describe('--resyncstats --nodetype=meta (seed 000 fields)', () => {
  it('not started: the seed\'s lines exactly, then Mode and the journal entries replayed', () => {
    expect(renderMetaResyncStats(metaResyncStatsInfo(undefined, G))).toBe(
      'Job state: Not started\n' +
      '# of discovered dirs: 0\n' +
      '# of discovery errors: 0\n' +
      '# of synced dirs: 0\n' +
      '# of synced files: 0\n' +
      '# of dir sync errors: 0\n' +
      '# of file sync errors: 0\n' +
      '# of client sessions to sync: 0\n' +
      '# of synced client sessions: 0\n' +
      'session sync error: No\n' +
      '# of modification objects synced: 0\n' +
      '# of modification sync errors: 0\n' +
      'Mode: incremental\n' +
      '# of journal entries replayed: 0\n',
    );
  });

  it('completed full resync: times, figures, seqs, snapshot records and an error line when set', () => {
    const st = metaResyncStatsInfo({
      state: S.RESYNC_COMPLETED, startMs: START, endMs: END, discoveredDirs: 2, syncedDirs: 2, syncedFiles: 5, full: true, snapshotRecords: 31,
      journalEntriesReplayed: 4, fromSeq: 10, toSeq: 14, sessionsToSync: 3, syncedSessions: 2, sessionError: true, modificationErrors: 1, error: 'secondary meta node 2 went offline',
    }, G);
    expect(st).toMatchObject({ groupId: 200, primaryId: 1, secondaryId: 2, mode: 'full', running: false });
    expect(renderMetaResyncStats(st)).toBe(
      'Job state: Completed successfully\n' +
      'Job start time: Mon May  1 12:25:45 2017\n' +
      'Job end time: Mon May  1 12:26:27 2017\n' +
      '# of discovered dirs: 2\n' +
      '# of discovery errors: 0\n' +
      '# of synced dirs: 2\n' +
      '# of synced files: 5\n' +
      '# of dir sync errors: 0\n' +
      '# of file sync errors: 0\n' +
      '# of client sessions to sync: 3\n' +
      '# of synced client sessions: 2\n' +
      'session sync error: Yes\n' +
      '# of modification objects synced: 4\n' +
      '# of modification sync errors: 1\n' +
      'Mode: full\n' +
      '# of journal entries replayed: 4\n' +
      'Journal seqs: 10 -> 14\n' +
      '# of snapshot records: 31\n' +
      'Error: secondary meta node 2 went offline\n',
    );
  });

  it('the start line and the --watch line', () => {
    const st = metaResyncStatsInfo({ state: S.RESYNC_RUNNING, journalEntriesReplayed: 150, fromSeq: 100, toSeq: 250, syncedDirs: 3, syncedFiles: 7 }, G);
    expect(renderStartMetaResync(st)).toBe("Resync of meta buddy group 200 (primary meta node 1 -> secondary meta node 2) started: the journal from the secondary's position; job state: Running\n");
    expect(renderMetaWatchLine(st, { replayed: 150, atMs: 3000 })).toBe('Running (incremental): 150 journal entries replayed (seq 100 -> 250), - entries/s, 3 dirs, 7 files synced');
    expect(renderMetaWatchLine(st, { replayed: 150, atMs: 3000 }, { replayed: 50, atMs: 2000 })).toContain(', 100 entries/s,');
    const full = metaResyncStatsInfo({ state: S.RESYNC_RUNNING, full: true, snapshotRecords: 900 }, G);
    expect(renderMetaWatchLine(full, { replayed: 0, atMs: 1 })).toBe('Running (full): 900 snapshot records, 0 journal entries replayed, - entries/s, 0 dirs, 0 files synced');
  });
});

describe('--mirrormd', () => {
  it('says what is mirrored from now on, what stays unmirrored, and that nothing needs a restart', () => {
    const text = renderMirrorMd({ groupId: 200, mapVersion: 17, already: false });
    expect(text).toContain('the root directory is now on meta buddy group 200 (map version 17)');
    expect(text).toContain('the root directory and every directory created below a mirrored directory are mirrored');
    expect(text).toContain('Directories that exist already and are not mirrored stay unmirrored');
    expect(text).toContain('No remount of clients and no restart of meta nodes is needed.');
    expect(renderMirrorMd({ groupId: 200, mapVersion: 17, already: true })).toBe('The metadata root is already mirrored by meta buddy group 200; nothing changed.\n');
  });
});

describe('--journalstats table', () => {
  it('both members of a group, the secondary\'s acknowledgement on the primary, a member that did not answer below', () => {
    const base: JournalStatsRow = { groupId: 200, nodeId: 1, role: 'primary', appliedSeq: 460, firstSeq: 401, lastSeq: 460, entries: 60, bytes: 12000, secondaryAckedSeq: 455, secondaryState: 'good', lastCompactionMs: 0, error: '' };
    const rows = [base, { ...base, nodeId: 2, role: 'secondary', appliedSeq: 455, error: 'cannot get its journal stats: timed out (TIMEOUT)' }];
    expect(renderJournalStats(rows)).toBe(
      'GroupID NodeID      Role AppliedSeq   FirstSeq    LastSeq  Entries      Bytes       SecondaryAcked           LastCompaction\n' +
      '======= ======      ==== ==========   ========    =======  =======      =====       ==============           ==============\n' +
      '    200      1   primary        460        401        460       60      12000           455 (good)                    never\n' +
      '    200      2 secondary          -          -          -        -          -                    -                        -\n' +
      'Meta node 2 (group 200): cannot get its journal stats: timed out (TIMEOUT)\n',
    );
  });
});
