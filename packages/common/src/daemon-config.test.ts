import { describe, expect, it } from 'vitest';
import { ConfigError } from './config-schema.js';
import { loadDaemonConfig } from './daemon-config.js';
import type { ConfigSchema } from './config-schema.js';

const schema: ConfigSchema = {
  connFooPort: { type: 'int', default: 8000, description: 'a port' },
  storeFooDirectory: { type: 'path', default: '', description: 'data directory' },
};
const opts = (argv: string[]) => ({ service: 'foo', schema, argv, defaultFile: '/nonexistent/hivefs-foo.conf' });

describe('loadDaemonConfig', () => {
  it('applies flags over defaults', () => {
    const r = loadDaemonConfig<{ connFooPort: number; storeFooDirectory: string }>(opts(['--connFooPort=9', '--storeFooDirectory=/d']));
    expect(r.help).toBe(false);
    if (!r.help) expect(r.config).toEqual({ connFooPort: 9, storeFooDirectory: '/d' });
  });

  it('answers --help with the usage listing every key and the default file', () => {
    const r = loadDaemonConfig(opts(['--help']));
    expect(r.help).toBe(true);
    if (r.help) {
      expect(r.usage).toContain('usage: hivefs-foo');
      expect(r.usage).toContain('/nonexistent/hivefs-foo.conf');
      expect(r.usage).toContain('connFooPort');
      expect(r.usage).toContain('storeFooDirectory');
    }
  });

  it('refuses an argument that is not a config key, naming it', () => {
    expect(() => loadDaemonConfig(opts(['--fooBar=1']))).toThrow(ConfigError);
    expect(() => loadDaemonConfig(opts(['--fooBar=1']))).toThrow("'fooBar' is not a config key of hivefs-foo");
    expect(() => loadDaemonConfig(opts(['stray']))).toThrow("unknown option 'stray'");
  });
});

describe('loadDaemonConfig modes', () => {
  const modes = [
    { name: 'dump', arg: 'FILE', description: 'write a dump' },
    { name: 'restore', arg: 'FILE', description: 'load a dump\ninto an empty directory' },
  ];
  const withModes = (argv: string[]) => ({ ...opts(argv), modes });

  it('returns the mode and its argument in either spelling, with the config around it', () => {
    for (const argv of [['--dump', '/x/d.dump', '--connFooPort=9'], ['--connFooPort=9', '--dump=/x/d.dump']]) {
      const r = loadDaemonConfig<{ connFooPort: number }>(withModes(argv));
      expect(r.help).toBe(false);
      if (!r.help) {
        expect(r.mode).toEqual({ name: 'dump', value: '/x/d.dump' });
        expect(r.config.connFooPort).toBe(9);
      }
    }
    const plain = loadDaemonConfig(withModes(['--connFooPort=9']));
    expect(!plain.help && plain.mode).toBeFalsy();
  });

  it('lists the modes in the usage text', () => {
    const r = loadDaemonConfig(withModes(['--help']));
    expect(r.help && r.usage).toContain('hivefs-foo --dump FILE');
    expect(r.help && r.usage).toContain('hivefs-foo --restore FILE');
    expect(r.help && r.usage).toMatch(/--restore FILE\n\s+load a dump\n\s+into an empty directory/);
  });

  it('refuses a mode without its argument, two modes, and modes a binary does not have', () => {
    expect(() => loadDaemonConfig(withModes(['--dump']))).toThrow('--dump needs a FILE argument');
    expect(() => loadDaemonConfig(withModes(['--dump', '--connFooPort=9']))).toThrow('--dump needs a FILE argument');
    expect(() => loadDaemonConfig(withModes(['--dump=a', '--restore=b']))).toThrow('--dump and --restore cannot be combined');
    expect(() => loadDaemonConfig(opts(['--dump=a']))).toThrow("'dump' is not a config key of hivefs-foo");
  });
});
