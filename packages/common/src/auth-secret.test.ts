import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateAuthSecret, loadAuthSecret } from './auth-secret.js';
import { ConfigError } from './config.js';
import { removeDir, tmpDir } from './testing/index.js';

describe('auth secret', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tmpDir('hivefs-auth-');
  });
  afterEach(() => removeDir(dir));

  const load = (connAuthFile: string, cfgFile?: string) => loadAuthSecret({ connAuthFile, connDisableAuthentication: false }, cfgFile);

  it('returns null when authentication is disabled', async () => {
    expect(await loadAuthSecret({ connAuthFile: '', connDisableAuthentication: true })).toBeNull();
  });

  it('returns the file contents without trailing whitespace', async () => {
    const f = join(dir, 'secret');
    await writeFile(f, '  0123456789abcdef-secret \n\r\n\t');
    const s = await load(f);
    expect(s).toBeInstanceOf(Buffer);
    expect(s!.toString()).toBe('  0123456789abcdef-secret');
  });

  it('names connAuthFile and the config file when the path is not set', async () => {
    const err = (await load('', '/etc/hivefs/hivefs-meta.conf').catch((e: unknown) => e)) as ConfigError;
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.key).toBe('connAuthFile');
    expect(err.message).toMatch(/set connAuthFile or connDisableAuthentication = true/);
    expect(err.message).toContain('/etc/hivefs/hivefs-meta.conf');
  });

  it('rejects a missing file', async () => {
    const f = join(dir, 'nope');
    await expect(load(f)).rejects.toThrow(new RegExp(`connAuthFile ${f} does not exist`));
  });

  it('rejects an unreadable file', async () => {
    await mkdir(join(dir, 'adir'));
    await expect(load(join(dir, 'adir'))).rejects.toThrow(/connAuthFile .* cannot be read/);
  });

  it('rejects a secret shorter than 16 bytes after trimming', async () => {
    const f = join(dir, 'short');
    await writeFile(f, '0123456789abcde\n\n\n\n');
    await expect(load(f)).rejects.toThrow(/connAuthFile .* too short: 15 bytes/);
    await writeFile(f, '0123456789abcdef\n');
    expect((await load(f))!.length).toBe(16);
  });

  it('generates a 0600 secret once and never overwrites it', async () => {
    const f = join(dir, 'sub', 'conn.auth');
    await generateAuthSecret(f);
    const first = await readFile(f, 'utf8');
    expect(Buffer.from(first.trim(), 'base64')).toHaveLength(32);
    expect((await stat(f)).mode & 0o777).toBe(0o600);
    await generateAuthSecret(f);
    expect(await readFile(f, 'utf8')).toBe(first);
    expect((await load(f))!.toString()).toBe(first.trim());
  });
});
