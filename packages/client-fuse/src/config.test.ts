import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientConfigSchema, loadClientConfig, mgmtdAddressOf } from './config.js';

describe('client config', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hivefs-client-conf-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('has the documented defaults and the common keys', () => {
    const { config } = loadClientConfig([], join(dir, 'missing.conf'));
    expect(config).toMatchObject({
      sysFailureMode: 'failover', tuneEntryCacheSecs: 1, tuneAttrCacheSecs: 1,
      tuneWriteBehindBytes: 16 * 1024 * 1024, tuneReadAheadSize: 16 * 1024 * 1024, sysClientAlias: '', sysMgmtdHost: 'localhost',
    });
    expect(Object.keys(clientConfigSchema)).toContain('connAuthFile');
  });

  it('reads the file and lets flags override it', async () => {
    const f = join(dir, 'c.conf');
    await writeFile(f, 'sysMgmtdHost = 127.0.0.1\nconnMgmtdPort = 9000\nconnPortShift = 5\ntuneWriteBehindBytes = 1m\nsysFailureMode = failout\n');
    const { config, file } = loadClientConfig([`--cfgFile=${f}`, '--tuneReadAheadSize=512k', '--sysFailureMode=FAILOVER']);
    expect(file).toBe(f);
    expect(config.tuneWriteBehindBytes).toBe(1024 * 1024);
    expect(config.tuneReadAheadSize).toBe(512 * 1024);
    expect(config.sysFailureMode).toBe('failover');
    expect(mgmtdAddressOf(config)).toEqual({ host: '127.0.0.1', port: 9005 });
  });

  it('rejects unknown keys and bad values naming the key', async () => {
    const f = join(dir, 'bad.conf');
    await writeFile(f, 'tuneNoSuchKey = 1\n');
    expect(() => loadClientConfig([`--cfgFile=${f}`])).toThrow(/tuneNoSuchKey/);
    expect(() => loadClientConfig(['--sysFailureMode=sometimes'], join(dir, 'missing.conf'))).toThrow(/sysFailureMode/);
    expect(() => loadClientConfig(['--tuneAttrCacheSecs=-1'], join(dir, 'missing.conf'))).toThrow(/tuneAttrCacheSecs/);
  });
});
