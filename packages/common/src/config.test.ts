import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commonConfigSchema, ConfigError, describeConfig, formatSize, loadConfig, parseConfigText, parseSize, type ConfigSchema } from './config.js';
import { removeDir, tmpDir } from './testing/index.js';

const schema: ConfigSchema = {
  ...commonConfigSchema,
  storeMetaDirectory: { type: 'path', default: '/var/lib/hivefs/meta', description: 'Metadata directory.' },
  sysAllowNewServers: { type: 'bool', default: false, description: 'Accept new servers.' },
  tuneNumWorkers: { type: 'int', default: 8, min: 1, max: 64, description: 'Worker count.' },
  sysTargetOfflineTimeoutSecs: { type: 'number', default: 180, description: 'Offline timeout.' },
  storeChunkSize: { type: 'size', default: 512 * 1024, description: 'Default chunk size.' },
  storeTargets: { type: 'list', default: [], description: 'Target directories,\ncomma-separated.' },
};

describe('parseSize / formatSize', () => {
  it('parses binary units', () => {
    expect(parseSize('123')).toBe(123);
    expect(parseSize('512k')).toBe(524288);
    expect(parseSize('1m')).toBe(1048576);
    expect(parseSize('1M')).toBe(1048576);
    expect(parseSize('4G')).toBe(4 * 1024 ** 3);
    expect(parseSize('1T')).toBe(1024 ** 4);
    expect(parseSize(' 64 MiB ')).toBe(64 * 1024 ** 2);
    expect(parseSize('1.5k')).toBe(1536);
  });

  it('rejects junk', () => {
    for (const bad of ['', 'k', '12x', '-1', '1.1', '1 2', 'abc', '0x10']) expect(() => parseSize(bad), bad).toThrow(/invalid size/);
  });

  it('formats with the largest exact unit', () => {
    expect(formatSize(524288)).toBe('512K');
    expect(formatSize(1048576)).toBe('1M');
    expect(formatSize(1536)).toBe('1536');
    expect(formatSize(3 * 1024 ** 3)).toBe('3G');
    expect(formatSize(2 * 1024 ** 4)).toBe('2T');
    expect(formatSize(0)).toBe('0');
    expect(() => formatSize(-1)).toThrow(RangeError);
    for (const n of [1, 1024, 1536, 524288, 1025 * 1024]) expect(parseSize(formatSize(n))).toBe(n);
  });
});

describe('parseConfigText', () => {
  const file = '/etc/hivefs/hivefs-meta.conf';

  it('reads typed values, comments, blanks and keeps defaults for empty values', () => {
    const text = [
      '# HiveFS meta',
      '',
      '  sysMgmtdHost   =  mgmt01  ',
      'connMgmtdPort = 9008 # trailing comment',
      'sysAllowNewServers = yes',
      'sysTargetOfflineTimeoutSecs = 1.5',
      'storeChunkSize = 1m',
      'storeTargets = /a, /b ,, /c',
      'logLevel = WARN',
      'tuneNumWorkers =',
      'storeMetaDirectory = /data/meta#1',
    ].join('\r\n');
    const c = parseConfigText(text, schema, file);
    expect(c.sysMgmtdHost).toBe('mgmt01');
    expect(c.connMgmtdPort).toBe(9008);
    expect(c.sysAllowNewServers).toBe(true);
    expect(c.sysTargetOfflineTimeoutSecs).toBe(1.5);
    expect(c.storeChunkSize).toBe(1048576);
    expect(c.storeTargets).toEqual(['/a', '/b', '/c']);
    expect(c.logLevel).toBe('warn');
    expect(c.tuneNumWorkers).toBe(8);
    expect(c.storeMetaDirectory).toBe('/data/meta#1');
    expect(c.connMaxFrameBytes).toBe(64 * 1024 * 1024);
  });

  it('names key, file and line for an unknown key', () => {
    const err = catchErr(() => parseConfigText('# x\nsysMgmtdHost = a\nfooBar = 1\n', schema, file));
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toBe(`unknown config key 'fooBar' in ${file} line 3`);
    expect([err.key, err.file, err.line]).toEqual(['fooBar', file, 3]);
  });

  it.each([
    ['connMgmtdPort = 80a', 'connMgmtdPort', /expected an integer/],
    ['connMgmtdPort = 70000', 'connMgmtdPort', /at most 65535/],
    ['connRequestTimeoutMs = 5', 'connRequestTimeoutMs', /at least 100/],
    ['sysHeartbeatIntervalSecs = fast', 'sysHeartbeatIntervalSecs', /expected a number/],
    ['sysHeartbeatIntervalSecs = 0.01', 'sysHeartbeatIntervalSecs', /at least 0.05/],
    ['connDisableAuthentication = maybe', 'connDisableAuthentication', /true\/false/],
    ['connMaxFrameBytes = lots', 'connMaxFrameBytes', /invalid size/],
    ['logLevel = verbose', 'logLevel', /debug\|info\|warn\|error/],
  ])('rejects %s', (line, key, reason) => {
    const err = catchErr(() => parseConfigText(`\n${line}`, schema, file));
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.key).toBe(key);
    expect(err.message).toContain(`'${key}' in ${file} line 2`);
    expect(err.message).toMatch(reason);
  });

  it('rejects a line without =', () => {
    const err = catchErr(() => parseConfigText('sysMgmtdHost mgmt01', schema, file));
    expect(err.message).toMatch(new RegExp(`in ${file} line 1`));
    expect(err.line).toBe(1);
  });
});

describe('loadConfig', () => {
  let dir: string;
  let conf: string;
  beforeEach(async () => {
    dir = await tmpDir('hivefs-config-');
    conf = join(dir, 'hivefs-meta.conf');
    await writeFile(conf, 'sysMgmtdHost = fromfile\ntuneNumWorkers = 4\nlogLevel = debug\n');
  });
  afterEach(() => removeDir(dir));

  it('applies defaults < file < flags and keeps the rest in order', () => {
    const { config, file, rest } = loadConfig({
      schema,
      argv: ['pos1', `--cfgFile=${conf}`, '--tuneNumWorkers', '16', '--unknownFlag=1', '-x', '--sysAllowNewServers', '--logLevel=error', 'pos2'],
    });
    expect(file).toBe(conf);
    expect(config.sysMgmtdHost).toBe('fromfile');
    expect(config.tuneNumWorkers).toBe(16);
    expect(config.sysAllowNewServers).toBe(true);
    expect(config.logLevel).toBe('error');
    expect(config.connMgmtdPort).toBe(8008);
    expect(rest).toEqual(['pos1', '--unknownFlag=1', '-x', 'pos2']);
  });

  it('accepts --cfgFile PATH, bool words after bool flags, and stops at --', () => {
    const { config, rest } = loadConfig({ schema, argv: ['--cfgFile', conf, '--sysAllowNewServers', 'no', '--', '--tuneNumWorkers=2'] });
    expect(config.sysAllowNewServers).toBe(false);
    expect(config.tuneNumWorkers).toBe(4);
    expect(rest).toEqual(['--', '--tuneNumWorkers=2']);
  });

  it('uses defaultFile only when it exists', () => {
    expect(loadConfig({ schema, argv: [], defaultFile: conf }).config.sysMgmtdHost).toBe('fromfile');
    const none = loadConfig({ schema, argv: [], defaultFile: join(dir, 'missing.conf') });
    expect(none.file).toBeUndefined();
    expect(none.config.sysMgmtdHost).toBe('localhost');
  });

  it('fails on a missing explicit file', () => {
    const missing = join(dir, 'nope.conf');
    const err = catchErr(() => loadConfig({ schema, argv: [`--cfgFile=${missing}`] }));
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toContain(missing);
  });

  it('names the key for a bad flag value and a flag without value', () => {
    const bad = catchErr(() => loadConfig({ schema, argv: ['--connMgmtdPort=http'] }));
    expect(bad).toBeInstanceOf(ConfigError);
    expect(bad.key).toBe('connMgmtdPort');
    expect(bad.message).toMatch(/connMgmtdPort.*command line/);
    expect(catchErr(() => loadConfig({ schema, argv: ['--sysMgmtdHost'] })).key).toBe('sysMgmtdHost');
  });

  it('resets a key to its default with an empty flag value', () => {
    expect(loadConfig({ schema, argv: [`--cfgFile=${conf}`, '--sysMgmtdHost='] }).config.sysMgmtdHost).toBe('localhost');
  });
});

describe('describeConfig', () => {
  it('lists every key and parses back to the defaults', () => {
    const text = describeConfig(schema);
    for (const k of Object.keys(schema)) expect(text).toMatch(new RegExp(`^${k} =`, 'm'));
    expect(text).toMatch(/^connMaxFrameBytes = 64M$/m);
    expect(text).toMatch(/^# comma-separated\.$/m);
    const defaults = parseConfigText('', schema, 'x');
    expect(parseConfigText(text, schema, 'sample.conf')).toEqual(defaults);
  });

  it('dumps given values', () => {
    const values = { ...parseConfigText('', schema, 'x'), tuneNumWorkers: 3, storeTargets: ['/a', '/b'] };
    expect(parseConfigText(describeConfig(schema, values), schema, 'dump.conf')).toEqual(values);
  });
});

function catchErr(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    return err as ConfigError;
  }
  throw new Error('expected an error');
}
