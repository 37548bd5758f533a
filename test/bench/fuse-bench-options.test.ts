// bench/fuse-bench.mjs's command line: --help names every option the parser takes, and bad
// input fails at once with a message naming the option, before anything is started.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module without type declarations
import { USAGE, UsageError, parseOptions } from '../../bench/lib/options.mjs';
import { REPO } from '../harness/ctl.js';

const run = promisify(execFile);
const SCRIPT = join(REPO, 'bench/fuse-bench.mjs');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fuse-bench-options-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('fuse-bench options', () => {
  it('defaults to both engines, 3 rounds, every built-in side and test, no peers', () => {
    const o = parseOptions([]);
    expect(o).toMatchObject({ engines: ['lowlevel', 'native'], rounds: 3, only: ['hivefs', 'trivial', 'local'], tests: ['seq', 'rand', 'meta'], also: [], seqSize: '1G', files: 10000, metaProcs: 4 });
  });

  it('takes repeated --also and --also-cpu, and NAME=VALUE options in either spelling', () => {
    const o = parseOptions(['--also', `moosefs=${dir}`, `--also=glusterfs=${dir}`, '--also-cpu', 'moosefs=mfsmount,client:123', '--engines=native', '--rounds', '5', '--seq-size', '64M', '--meta-procs', '1']);
    expect(o.also).toEqual([{ name: 'moosefs', path: dir }, { name: 'glusterfs', path: dir }]);
    expect(o.alsoCpu.get('moosefs')).toEqual(['mfsmount', 'client:123']);
    expect(o).toMatchObject({ engines: ['native'], rounds: 5, seqSize: '64M', metaProcs: 1 });
  });

  it.each([
    [['--engines', 'fast'], /--engines fast: expected a comma-separated list of lowlevel, native/],
    [['--also', 'moosefs'], /--also moosefs: expected NAME=VALUE/],
    [['--also', '1x=/tmp'], /--also 1x=\/tmp: expected NAME=VALUE/],
    [['--also', 'peer=relative/dir'], /must be absolute/],
    [['--also', 'peer=/no/such/dir/here'], /no such directory \(is the file system mounted\?\)/],
    [['--also', 'a=/tmp', '--also', 'a=/tmp'], /--also a: given twice/],
    [['--also-cpu', 'peer=mfsmount'], /--also-cpu peer: no --also peer=PATH/],
    [['--rounds', '0'], /--rounds 0: expected a positive integer/],
    [['--rounds'], /--rounds needs a value/],
    [['--meta-procs', '0'], /--meta-procs 0: expected a positive integer/],
    [['--seq-size', '10M'], /multiple of 4M/],
    [['--seq-size', '1T'], /bad size '1T'/],
    [['--tests', 'seq,fsync'], /--tests seq,fsync: expected/],
    [['--bogus'], /unknown option '--bogus'/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseOptions(argv)).toThrow(UsageError);
    expect(() => parseOptions(argv)).toThrow(message);
  });

  it('--help names every option the parser takes, and the parser takes every option --help names', async () => {
    const source = await readFile(join(REPO, 'bench/lib/options.mjs'), 'utf8');
    const parsed = [...source.matchAll(/case '(-[-a-z]+)'/g)].map((m) => m[1]);
    const documented = [...(USAGE as string).matchAll(/^ {2}(--[a-z-]+)(?:, (-[a-z]))?/gm)].flatMap((m) => m.slice(1).filter(Boolean));
    expect(parsed.length).toBeGreaterThan(10);
    for (const flag of parsed.filter((f) => f !== '--repeat')) expect(documented).toContain(flag);
    expect(USAGE).toContain('--repeat N is the same');
    for (const flag of documented) {
      let err: unknown;
      try {
        parseOptions([flag]);
      } catch (e) {
        err = e;
      }
      expect(String(err ?? ''), flag).not.toContain('unknown option');
    }
  });

  it('the script prints the usage on --help and stops with exit code 2 and the reason on bad input', async () => {
    const help = await run(process.execPath, [SCRIPT, '--help']);
    expect(help.stdout.trim()).toBe((USAGE as string).trim());
    const bad = await run(process.execPath, [SCRIPT, '--also', 'peer=/no/such/dir/here']).then(() => undefined, (e: { code: number; stderr: string; stdout: string }) => e);
    expect(bad?.code).toBe(2);
    expect(bad?.stderr).toBe('fuse-bench: --also peer=/no/such/dir/here: no such directory (is the file system mounted?)\n');
    expect(bad?.stdout).toBe('');
  });
});
