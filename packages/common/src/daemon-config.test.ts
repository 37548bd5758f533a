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
