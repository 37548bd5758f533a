import { describe, expect, it } from 'vitest';
import { parseArgs } from './parse.js';
import { parseDuration } from './values.js';
import type { CtlCommand } from './types.js';

function command(argv: string[]): CtlCommand {
  const r = parseArgs(argv);
  if (r.kind !== 'run') throw new Error(`expected run, got ${JSON.stringify(r)}`);
  return r.command;
}

function error(argv: string[]): string {
  const r = parseArgs(argv);
  if (r.kind !== 'error') throw new Error(`expected error, got ${JSON.stringify(r)}`);
  expect(r.usage).toContain(`Usage: hivefs-ctl --${argv[0]!.slice(2).split('=')[0]}`);
  return r.message;
}

describe('--addmirrorgroup parsing', () => {
  it('manual, as seed 000 gives it', () => {
    expect(command(['--addmirrorgroup', '--nodetype=storage', '--primary=101', '--secondary=201', '--groupid=100'])).toEqual({
      mode: 'addmirrorgroup', nodeType: 'storage', force: false, automatic: false, primary: 101, secondary: 201, groupId: 100,
    });
    expect(command(['--addmirrorgroup', '--nodetype=meta', '--primary=1', '--secondary=2', '--force'])).toEqual({
      mode: 'addmirrorgroup', nodeType: 'meta', force: true, automatic: false, primary: 1, secondary: 2, groupId: 0,
    });
  });

  it('--automatic', () => {
    expect(command(['--addmirrorgroup', '--automatic', '--nodetype=storage', '--force'])).toEqual({ mode: 'addmirrorgroup', nodeType: 'storage', force: true, automatic: true });
  });

  it('missing or contradicting flags', () => {
    expect(error(['--addmirrorgroup', '--nodetype=storage', '--primary=101'])).toBe('--addmirrorgroup: give --primary=ID and --secondary=ID, or --automatic');
    expect(error(['--addmirrorgroup', '--nodetype=storage', '--automatic', '--secondary=2'])).toBe('--addmirrorgroup: --automatic contradicts --secondary');
    expect(error(['--addmirrorgroup', '--automatic'])).toMatch(/--nodetype <type>' not specified/);
    expect(error(['--addmirrorgroup', '--nodetype=client', '--automatic'])).toMatch(/expected meta or storage/);
    expect(error(['--addmirrorgroup', '--nodetype=storage', '--primary=0', '--secondary=1'])).toMatch(/whole number from 1/);
  });
});

describe('--listmirrorgroups and --listtargets --mirrorgroups parsing', () => {
  it('node types', () => {
    expect(command(['--listmirrorgroups', '--nodetype=meta'])).toEqual({ mode: 'listmirrorgroups', nodeType: 'meta' });
    expect(command(['--listmirrorgroups', '--nodetype=storage'])).toEqual({ mode: 'listmirrorgroups', nodeType: 'storage' });
    expect(command(['--listtargets', '--mirrorgroups', '--state'])).toMatchObject({ mode: 'listtargets', mirrorGroups: true, state: true });
    expect(command(['--listtargets'])).toMatchObject({ mirrorGroups: false });
  });
});

describe('--setstate parsing', () => {
  it('storage by --targetid, meta by --nodeid, with --force', () => {
    expect(command(['--setstate', '--nodetype=storage', '--targetid=101', '--state=bad', '--force'])).toEqual({ mode: 'setstate', nodeType: 'storage', id: 101, state: 'bad', force: true });
    expect(command(['--setstate', '--nodetype=meta', '--nodeid=2', '--state=Good', '--force'])).toEqual({ mode: 'setstate', nodeType: 'meta', id: 2, state: 'good', force: true });
  });

  it('refused without --force, and with the wrong id flag or state', () => {
    expect(error(['--setstate', '--nodetype=storage', '--targetid=101', '--state=good'])).toMatch(/^--setstate: .*add --force to do it$/);
    expect(error(['--setstate', '--nodetype=storage', '--nodeid=1', '--state=good', '--force'])).toBe('--setstate: --nodeid does not apply to --nodetype=storage; give --targetid=ID');
    expect(error(['--setstate', '--nodetype=storage', '--state=good', '--force'])).toBe('--setstate: give --targetid=ID');
    expect(error(['--setstate', '--nodetype=storage', '--targetid=1', '--state=needs-resync', '--force'])).toMatch(/expected good or bad/);
  });
});

describe('--startresync and --resyncstats parsing', () => {
  it('by group or by target; no time: the dirty set', () => {
    expect(command(['--startresync', '--nodetype=storage', '--mirrorgroupid=100'])).toEqual({ mode: 'startresync', nodeType: 'storage', group: { groupId: 100 }, full: false, sinceMs: 0, restart: false });
    expect(command(['--startresync', '--nodetype=storage', '--targetid=201', '--restart'])).toMatchObject({ group: { targetId: 201 }, restart: true });
  });

  it('--timestamp=0 is a full resync of everything; a timestamp is in seconds', () => {
    expect(command(['--startresync', '--nodetype=storage', '--targetid=201', '--timestamp=0'])).toMatchObject({ full: true, sinceMs: 0 });
    expect(command(['--startresync', '--nodetype=storage', '--targetid=201', '--timestamp=1493629767'])).toMatchObject({ full: true, sinceMs: 1493629767000 });
  });

  it('--timespan=1h: full since an hour ago', () => {
    const before = Date.now();
    const c = command(['--startresync', '--nodetype=storage', '--targetid=201', '--timespan=1h']);
    const after = Date.now();
    expect(c).toMatchObject({ full: true });
    const since = (c as { sinceMs: number }).sinceMs;
    expect(since).toBeGreaterThanOrEqual(before - 3_600_000);
    expect(since).toBeLessThanOrEqual(after - 3_600_000);
  });

  it('contradicting or missing selectors and times', () => {
    expect(error(['--startresync', '--nodetype=storage', '--targetid=1', '--mirrorgroupid=1'])).toBe('--startresync: give exactly one of --mirrorgroupid=ID and --targetid=ID');
    expect(error(['--startresync', '--nodetype=storage'])).toBe('--startresync: give exactly one of --mirrorgroupid=ID and --targetid=ID');
    expect(error(['--startresync', '--nodetype=storage', '--targetid=1', '--timestamp=0', '--timespan=1h'])).toBe('--startresync: --timestamp contradicts --timespan; give one');
    expect(error(['--resyncstats', '--nodetype=storage', '--nodeid=1'])).toBe('--resyncstats: --nodeid does not apply to --nodetype=storage; give --mirrorgroupid=ID or --targetid=ID');
    expect(error(['--startresync', '--nodetype=storage', '--targetid=1', '--full'])).toBe('--startresync: --full applies to --nodetype=meta; for storage, --timestamp=0 compares every chunk');
  });

  it('--resyncstats with --watch', () => {
    expect(command(['--resyncstats', '--nodetype=storage', '--mirrorgroupid=100', '--watch'])).toEqual({ mode: 'resyncstats', nodeType: 'storage', group: { groupId: 100 }, watch: true });
    expect(command(['--resyncstats', '--nodetype=storage', '--targetid=101'])).toMatchObject({ group: { targetId: 101 }, watch: false });
  });
});

describe('meta buddy groups: --startresync, --resyncstats, --mirrormd, --journalstats parsing', () => {
  it('--startresync --nodetype=meta by member node (seed 000 spells it metadata) or group, --full, --restart', () => {
    expect(command(['--startresync', '--nodetype=metadata', '--nodeid=2', '--restart'])).toEqual({ mode: 'startresync', nodeType: 'meta', group: { nodeId: 2 }, full: false, restart: true });
    expect(command(['--startresync', '--nodetype=meta', '--mirrorgroupid=200', '--full'])).toEqual({ mode: 'startresync', nodeType: 'meta', group: { groupId: 200 }, full: true, restart: false });
  });

  it('--resyncstats --nodetype=meta --nodeid=N, with --watch', () => {
    expect(command(['--resyncstats', '--nodetype=meta', '--nodeid=2'])).toEqual({ mode: 'resyncstats', nodeType: 'meta', group: { nodeId: 2 }, watch: false });
    expect(command(['--resyncstats', '--nodetype=meta', '--mirrorgroupid=200', '--watch'])).toEqual({ mode: 'resyncstats', nodeType: 'meta', group: { groupId: 200 }, watch: true });
  });

  it('bad meta selectors and storage-only options', () => {
    expect(error(['--resyncstats', '--nodetype=meta'])).toBe('--resyncstats: give exactly one of --nodeid=ID and --mirrorgroupid=ID');
    expect(error(['--resyncstats', '--nodetype=meta', '--nodeid=1', '--mirrorgroupid=200'])).toBe('--resyncstats: give exactly one of --nodeid=ID and --mirrorgroupid=ID');
    expect(error(['--resyncstats', '--nodetype=meta', '--targetid=1'])).toBe('--resyncstats: --targetid does not apply to --nodetype=meta; give --nodeid=ID (a member of the meta buddy group) or --mirrorgroupid=ID');
    expect(error(['--startresync', '--nodetype=meta', '--nodeid=2', '--timespan=1h'])).toBe("--startresync: --timespan does not apply to --nodetype=meta: a meta resync replays the journal from the secondary's position, or copies everything with --full");
    expect(error(['--startresync', '--nodetype=meta', '--nodeid=0'])).toMatch(/whole number from 1/);
  });

  it('--mirrormd takes no options; --journalstats wants meta, optionally a node', () => {
    expect(command(['--mirrormd'])).toEqual({ mode: 'mirrormd' });
    expect(error(['--mirrormd', '--nodetype=meta'])).toMatch(/unknown option '--nodetype=meta'/);
    expect(command(['--journalstats', '--nodetype=meta'])).toEqual({ mode: 'journalstats', nodeType: 'meta' });
    expect(command(['--journalstats', '--nodetype=metadata', '--nodeid=2'])).toEqual({ mode: 'journalstats', nodeType: 'meta', nodeId: 2 });
    expect(error(['--journalstats', '--nodetype=storage'])).toBe('--journalstats: only --nodetype=meta has journals (storage buddy groups keep a dirty set instead)');
    expect(error(['--journalstats'])).toMatch(/--nodetype <type>' not specified/);
  });
});

describe('parseDuration', () => {
  it('units s, m, h, d; a bare number is seconds', () => {
    expect(parseDuration('90s')).toBe(90_000);
    expect(parseDuration('30m')).toBe(1_800_000);
    expect(parseDuration('1h')).toBe(3_600_000);
    expect(parseDuration('2D')).toBe(172_800_000);
    expect(parseDuration('45')).toBe(45_000);
  });

  it('refuses zero, negatives, fractions and unknown units', () => {
    for (const v of ['0', '0h', '-1h', '1.5h', '1w', 'h', '']) expect(() => parseDuration(v), v).toThrow(/expected a duration/);
  });
});
