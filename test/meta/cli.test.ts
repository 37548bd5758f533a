// The command-line behaviour of bin/hivefs-meta and bin/hivefs-setup-meta as real processes.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, tmpDir } from '@hivefs/common/testing';

const run = promisify(execFile);
const BIN = join(fileURLToPath(new URL('../../', import.meta.url)), 'bin');

/** Runs a bin and returns exit code and output (never throws on a non-zero exit). */
async function runBin(name: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [join(BIN, name), ...args], { timeout: 30_000 });
    return { code: 0, ...r };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

describe('hivefs-setup-meta and hivefs-meta command lines', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await tmpDir('hivefs-meta-cli-');
  });
  afterAll(async () => {
    if (dir) await removeDir(dir);
  });

  it('setup formats the dir and writes the conf file', async () => {
    const conf = join(dir, 'hivefs-meta.conf');
    const r = await runBin('hivefs-setup-meta', ['-p', join(dir, 'meta'), '-s', '2', '-m', '127.0.0.1:18008', '-c', conf]);
    expect(r.code).toBe(0);
    expect(await readFile(join(dir, 'meta', 'format.conf'), 'utf8')).toMatch(/^nodeNumID=2$/m);
    expect(await readFile(conf, 'utf8')).toMatch(/^connMgmtdPort = 18008$/m);
  });

  it('setup prints usage and exits 1 on bad flags', async () => {
    const r = await runBin('hivefs-setup-meta', ['-p', join(dir, 'x'), '-q']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unknown argument '-q'/);
    expect(r.stderr).toMatch(/usage: hivefs-setup-meta -p DIR -s NODEID -m HOST/);
  });

  it('the daemon exits 1 naming the key when storeMetaDirectory is missing or the chunk size is bad', async () => {
    const emptyConf = join(dir, 'empty.conf');
    await writeFile(emptyConf, '# nothing set\n');
    const none = await runBin('hivefs-meta', [`--cfgFile=${emptyConf}`, '--connDisableAuthentication=true']);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^hivefs-meta: storeMetaDirectory is not set/m);
    const bad = await runBin('hivefs-meta', [`--storeMetaDirectory=${join(dir, 'm2')}`, '--tuneDefaultChunkSize=100k', '--connDisableAuthentication=true']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/tuneDefaultChunkSize/);
    const enumBad = await runBin('hivefs-meta', [`--storeMetaDirectory=${join(dir, 'm2')}`, '--tuneTargetChooser=best']);
    expect(enumBad.code).toBe(1);
    expect(enumBad.stderr).toMatch(/tuneTargetChooser/);
  });

  it('--help lists the --dump and --restore modes before the config keys; a mode without its FILE exits 1', async () => {
    const r = await runBin('hivefs-meta', ['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: hivefs-meta \[--cfgFile=PATH\]/);
    expect(r.stdout).toContain('hivefs-meta --dump FILE');
    expect(r.stdout).toContain('hivefs-meta --restore FILE');
    expect(r.stdout).toMatch(/Modes \(run once[^\n]*\n  --dump FILE\n[\s\S]*\n  --restore FILE\n/);
    expect(r.stdout.indexOf('--restore FILE')).toBeLessThan(r.stdout.indexOf('storeMetaDirectory ='));
    const bare = await runBin('hivefs-meta', [`--storeMetaDirectory=${join(dir, 'm3')}`, '--dump']);
    expect(bare.code).toBe(1);
    expect(bare.stderr).toBe('hivefs-meta: --dump needs a FILE argument (hivefs-meta --help)\n');
    const both = await runBin('hivefs-meta', [`--storeMetaDirectory=${join(dir, 'm3')}`, '--dump=a', '--restore=b']);
    expect(both.stderr).toBe('hivefs-meta: --dump and --restore cannot be combined: give one mode\n');
  });

  it('the daemon refuses a directory formatted for another service', async () => {
    const sdir = join(dir, 'storage-dir');
    await runBin('hivefs-setup-meta', ['-p', sdir, '-s', '1', '-m', 'h', '-c', join(dir, 'x.conf')]);
    await writeFile(join(sdir, 'format.conf'), 'fsType=hivefs\nformatVersion=1\nservice=storage\n');
    const r = await runBin('hivefs-meta', [`--storeMetaDirectory=${sdir}`, '--connDisableAuthentication=true', '--connMetaPort=0']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/formatted for service 'storage', not 'meta'/);
  });
});
