// A storage or meta daemon started with another secret than mgmtd's: it says mgmtd refused its
// authentication (not "mgmtd not answering") and exits 1 instead of retrying forever.
import { join } from 'node:path';
import { generateAuthSecret } from '@hivefs/common';
import { removeDir, tmpDir } from '@hivefs/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { killPid, spawnBin, type Spawned } from '../mgmtd/process.js';

let tc: TestCluster | undefined;
let dir: string;
const started: Spawned[] = [];

beforeAll(async () => {
  tc = await startCluster({ meta: 1, storage: 1, targetsPerStorage: 1 });
  dir = await tmpDir('hivefs-wrong-secret-');
  await generateAuthSecret(join(dir, 'other.secret'));
});

afterAll(async () => {
  for (const d of started) await killPid(d);
  await tc?.destroy();
  if (dir) await removeDir(dir);
});

/** Starts `bin/<name>` against the test cluster's mgmtd with the other secret. */
function spawnWithOtherSecret(name: string, flags: string[]): Spawned {
  const d = spawnBin(name, [
    '--sysMgmtdHost=127.0.0.1', `--connMgmtdPort=${tc!.mgmtd.port}`, `--connAuthFile=${join(dir, 'other.secret')}`,
    '--connListenHost=127.0.0.1', '--sysHeartbeatIntervalSecs=0.25', ...flags,
  ]);
  started.push(d);
  return d;
}

/** Log messages (and error texts) of a daemon, one string each. */
const logTexts = (d: Spawned): string[] => d.lines.map((l) => `${String(l.msg ?? '')} ${String((l.err as { message?: string } | undefined)?.message ?? l.err ?? '')}`);

describe('a daemon whose connAuthFile secret is not mgmtd\'s', () => {
  it('hivefs-storage says mgmtd refused the authentication and exits 1', async () => {
    const d = spawnWithOtherSecret('hivefs-storage', ['--connStoragePort=0', `--storeStorageDirectory=${join(dir, 'storage')}`]);
    const t0 = Date.now();
    expect(await d.exited, d.stderr()).toBe(1);
    console.log(`hivefs-storage with the wrong secret exited after ${Date.now() - t0} ms`);
    expect(d.stderr()).toMatch(/^hivefs-storage: registerNode: authentication with mgmtd failed: .*mgmtd refused the authentication \(wrong connAuthFile secret\?\)$/m);
    expect(logTexts(d).some((t) => t.includes('not answering'))).toBe(false);
    expect(logTexts(d).some((t) => t.includes('authentication with mgmtd failed (wrong connAuthFile secret?); giving up'))).toBe(true);
  });

  it('hivefs-meta says the same and exits 1', async () => {
    const d = spawnWithOtherSecret('hivefs-meta', ['--connMetaPort=0', `--storeMetaDirectory=${join(dir, 'meta')}`]);
    expect(await d.exited, d.stderr()).toBe(1);
    expect(d.stderr()).toMatch(/^hivefs-meta: registerNode: authentication with mgmtd failed: .*mgmtd refused the authentication \(wrong connAuthFile secret\?\)$/m);
    expect(logTexts(d).some((t) => t.includes('not answering'))).toBe(false);
  });
});
