import { describe, expect, it } from 'vitest';
import { parseArgs } from './parse.js';
import type { ParseResult } from './types.js';

function run(argv: string[]): Extract<ParseResult, { kind: 'run' }> {
  const r = parseArgs(argv);
  if (r.kind !== 'run') throw new Error(`expected run, got ${JSON.stringify(r)}`);
  return r;
}

function error(argv: string[]): Extract<ParseResult, { kind: 'error' }> {
  const r = parseArgs(argv);
  if (r.kind !== 'error') throw new Error(`expected error, got ${JSON.stringify(r)}`);
  return r;
}

describe('mode detection', () => {
  it('no arguments: error with the list of modes', () => {
    const r = error([]);
    expect(r.message).toMatch(/no mode given/);
    for (const m of ['--listnodes', '--listtargets', '--df', '--getentryinfo', '--setpattern', '--createdir']) expect(r.usage).toContain(m);
  });

  it('--help without a mode prints the list of modes', () => {
    const r = parseArgs(['--help']);
    expect(r.kind).toBe('help');
    expect(r.kind === 'help' && r.text).toContain('--listtargets');
  });

  it('an unknown flag without a mode names it', () => {
    const r = error(['--listtarget', '--state']);
    expect(r.message).toBe("unknown mode or option '--listtarget'; give one mode flag");
    expect(r.usage).toContain('--listtargets');
  });

  it('two modes are refused', () => {
    expect(error(['--listnodes', '--df']).message).toBe('only one mode may be given, got --listnodes and --df');
  });

  it('the mode flag may come anywhere, options before it', () => {
    expect(run(['--state', '--nodetype=meta', '--listtargets']).command).toMatchObject({ mode: 'listtargets', nodeType: 'meta', state: true });
  });

  it('--mode --help prints the mode usage', () => {
    const r = parseArgs(['--setpattern', '--help']);
    expect(r.kind).toBe('help');
    expect(r.kind === 'help' && r.text).toMatch(/Usage: hivefs-ctl --setpattern .*<dir>[\s\S]*--chunksize/);
  });
});

describe('mode options', () => {
  it('--listnodes needs --nodetype and takes meta, metadata, storage, client', () => {
    expect(run(['--listnodes', '--nodetype=metadata']).command).toEqual({ mode: 'listnodes', nodeType: 'meta', details: false });
    expect(run(['--listnodes', '--nodetype', 'client', '--details']).command).toEqual({ mode: 'listnodes', nodeType: 'client', details: true });
    const r = error(['--listnodes']);
    expect(r.message).toBe("--listnodes: required option '--nodetype <type>' not specified");
    expect(r.usage).toContain('Usage: hivefs-ctl --listnodes');
  });

  it('--listtargets defaults to storage and has every flag', () => {
    expect(run(['--listtargets']).command).toEqual({ mode: 'listtargets', nodeType: 'storage', state: false, spaceInfo: false, pools: false, longNodes: false, errorCodes: false, mirrorGroups: false });
    expect(run(['--listtargets', '--state', '--spaceinfo', '--pools', '--longnodes', '--errorcodes', '--mirrorgroups']).command)
      .toEqual({ mode: 'listtargets', nodeType: 'storage', state: true, spaceInfo: true, pools: true, longNodes: true, errorCodes: true, mirrorGroups: true });
  });

  it('--listtargets refuses --nodetype=client with the mode usage', () => {
    const r = error(['--listtargets', '--nodetype=client']);
    expect(r.message).toMatch(/^--listtargets: option '--nodetype <type>' argument 'client' is invalid\. expected meta or storage\.$/);
    expect(r.usage).toContain('--spaceinfo');
  });

  it('an unknown option of a mode', () => {
    const r = error(['--df', '--state']);
    expect(r.message).toBe("--df: unknown option '--state'");
    expect(r.usage).toContain('Usage: hivefs-ctl --df');
  });

  it('--getentryinfo takes a path, also as --getentryinfo=PATH', () => {
    expect(run(['--getentryinfo', '/smallfiles']).command).toEqual({ mode: 'getentryinfo', path: '/smallfiles' });
    expect(run(['--getentryinfo=/a/b']).command).toEqual({ mode: 'getentryinfo', path: '/a/b' });
    expect(error(['--getentryinfo']).message).toBe("--getentryinfo: missing required argument 'path'");
    expect(error(['--getentryinfo', '/a', '/b']).message).toMatch(/too many arguments/);
  });

  it('--setpattern as in seed 000', () => {
    expect(run(['--setpattern', '--numtargets=2', '--chunksize=1m', '--buddymirror', '/']).command)
      .toEqual({ mode: 'setpattern', path: '/', chunkSize: 1048576, numTargets: 2, pattern: 'buddymirror' });
    expect(run(['--setpattern', '/d', '--pattern=raid0']).command).toEqual({ mode: 'setpattern', path: '/d', pattern: 'raid0' });
    expect(run(['--setpattern', '/d']).command).toEqual({ mode: 'setpattern', path: '/d' });
  });

  it('--setpattern refuses bad chunk sizes, counts and patterns', () => {
    expect(error(['--setpattern', '/d', '--chunksize=100k']).message).toMatch(/--chunksize <size>' argument '100k' is invalid\. chunk size must be a power of two from 64K to 1G \(got 102400 bytes\)/);
    expect(error(['--setpattern', '/d', '--chunksize=32k']).message).toMatch(/power of two from 64K/);
    expect(error(['--setpattern', '/d', '--chunksize=lots']).message).toMatch(/invalid size 'lots'/);
    expect(error(['--setpattern', '/d', '--numtargets=0']).message).toMatch(/whole number from 1 to 65535/);
    expect(error(['--setpattern', '/d', '--pattern=raid1']).message).toMatch(/expected raid0 or buddymirror/);
    expect(error(['--setpattern', '/d', '--pattern=raid0', '--buddymirror']).message).toBe('--setpattern: --buddymirror contradicts --pattern=raid0');
  });

  it('--createdir: octal mode, uid, gid', () => {
    expect(run(['--createdir', '/x']).command).toEqual({ mode: 'createdir', path: '/x', permissions: 0o755 });
    expect(run(['--createdir', '/x', '--mode=0700', '--uid=1000', '--gid=100']).command).toEqual({ mode: 'createdir', path: '/x', permissions: 0o700, uid: 1000, gid: 100 });
    expect(error(['--createdir', '/x', '--mode=0799']).message).toMatch(/expected octal permission bits/);
    expect(error(['--createdir', '/x', '--uid=-1']).message).toMatch(/whole number/);
  });
});

describe('connection options', () => {
  it('--cfgFile, --mgmtd, --authFile and --json on any mode', () => {
    const r = run(['--df', '--mgmtd=127.0.0.1:9008', '--authFile=/s', '--json']);
    expect(r.connection).toEqual({ mgmtd: { host: '127.0.0.1', port: 9008 }, authFile: '/s' });
    expect(r.json).toBe(true);
    expect(run(['--listnodes', '--nodetype=meta', '--cfgFile=/c.conf']).connection).toEqual({ cfgFile: '/c.conf' });
  });

  it('--mgmtd needs a port', () => {
    expect(error(['--df', '--mgmtd=localhost']).message).toMatch(/--mgmtd <host:port>' argument 'localhost' is invalid\. expected host:port/);
  });
});
