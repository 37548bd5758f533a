import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CtlError } from '../errors.js';
import { resolveClusterAddress } from './config.js';

const dir = mkdtempSync(join(tmpdir(), 'hivefs-ctl-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

const secret = file('auth.secret', 'a-shared-secret-of-enough-bytes\n');

async function failure(p: Promise<unknown>): Promise<CtlError> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(CtlError);
  return e as CtlError;
}

describe('resolveClusterAddress', () => {
  it('reads a client config file (with client keys) and its secret; port shift applies', async () => {
    const conf = file('c.conf', `sysMgmtdHost = 127.0.0.1\nconnMgmtdPort = 9000\nconnPortShift = 8\nconnAuthFile = ${secret}\ntuneAttrCacheSecs = 2\nsysFailureMode = failout\n`);
    const a = await resolveClusterAddress({ cfgFile: conf });
    expect(a).toMatchObject({ host: '127.0.0.1', port: 9008, timeoutMs: 10000, cfgFile: conf });
    expect(a.secret?.toString()).toBe('a-shared-secret-of-enough-bytes');
  });

  it('--mgmtd without --cfgFile reads no file; no --authFile means no authentication', async () => {
    expect(await resolveClusterAddress({ mgmtd: { host: 'h', port: 1 } }, join(dir, 'absent.conf'))).toEqual({ host: 'h', port: 1, secret: null, timeoutMs: 10000 });
    const a = await resolveClusterAddress({ mgmtd: { host: 'h', port: 1 }, authFile: secret });
    expect(a.secret?.length).toBe(31);
  });

  it('--mgmtd overrides the file', async () => {
    const conf = file('d.conf', `sysMgmtdHost = far\nconnDisableAuthentication = true\n`);
    expect(await resolveClusterAddress({ cfgFile: conf, mgmtd: { host: 'near', port: 7 } })).toMatchObject({ host: 'near', port: 7, secret: null });
  });

  it('exit 1 for a missing default file, naming it and the way out', async () => {
    const e = await failure(resolveClusterAddress({}, join(dir, 'absent.conf')));
    expect(e.exitCode).toBe(1);
    expect(e.message).toBe(`invalid config: config file ${join(dir, 'absent.conf')} does not exist (give --cfgFile=PATH or --mgmtd=HOST:PORT)`);
  });

  it('exit 1 for an unknown key, a bad value, a missing secret', async () => {
    expect((await failure(resolveClusterAddress({ cfgFile: file('e.conf', 'bogusKey = 1\n') }))).message).toMatch(/unknown config key 'bogusKey'/);
    expect((await failure(resolveClusterAddress({ cfgFile: file('f.conf', 'connMgmtdPort = x\n') }))).exitCode).toBe(1);
    expect((await failure(resolveClusterAddress({ cfgFile: file('g.conf', 'sysMgmtdHost = h\n') }))).message).toMatch(/connAuthFile is not set/);
    expect((await failure(resolveClusterAddress({ mgmtd: { host: 'h', port: 1 }, authFile: join(dir, 'nope') }))).message).toMatch(/does not exist/);
  });
});
