// Buddy-mirrored data through real mounts: a 256 MiB random file reads back identical and lies
// byte-identical in both members of every group; truncate and unlink reach both copies; the
// entry info names the pattern and the groups; with both members of a group down a failout mount
// fails with EIO within about a second.
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { waitFor } from '@hivefs/common/testing';
import { hivefs } from '@hivefs/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCtl } from '../harness/ctl.js';
import { makeMirroredDir, startMirrorCluster, type MirrorCluster } from '../harness/mirror.js';
import { cleanupAll, clientConfWith, mountHivefs, q, sh, sha256, sha256Of, shOk, tempDir, type Mount } from '../harness/mount.js';

const MiB = 1024 * 1024;
let mc: MirrorCluster | undefined;
let writer: Mount;
let reader: Mount;
let local: string;

beforeAll(async () => {
  local = await tempDir('hivefs-mirror-data-');
  mc = await startMirrorCluster();
  const failout = await clientConfWith(mc.tc.clientConf, local, { sysFailureMode: 'failout' });
  [writer, reader] = await Promise.all([mountHivefs({ clientConf: mc.tc.clientConf }), mountHivefs({ clientConf: failout })]);
  await makeMirroredDir(mc.tc.clientConf, writer.mountDir);
}, 180_000);

afterAll(async () => {
  await cleanupAll();
  await mc?.destroy();
}, 120_000);

describe('buddy-mirrored files', () => {
  it('a 256 MiB random file reads back identical, and each group holds two byte-identical copies of its chunk files', async () => {
    const data = randomBytes(256 * MiB);
    await writeFile(join(local, 'big'), data);
    const t0 = Date.now();
    await shOk(`cp ${q(join(local, 'big'))} ${q(join(writer.mountDir, 'm', 'big'))}`, { timeoutMs: 180_000 });
    console.log(`copied 256 MiB into a buddy-mirrored directory in ${Date.now() - t0} ms`);
    // The other mount never saw the file: its read comes from the primaries.
    expect(await sha256Of(`cat ${q(join(reader.mountDir, 'm', 'big'))}`, { timeoutMs: 120_000 })).toBe(sha256(data));
    const counts = await mc!.expectCopiesIdentical();
    expect(counts.every((n) => n >= 1), `chunk files per group: ${counts.join(', ')}`).toBe(true);
  }, 300_000);

  it('--getentryinfo shows the Buddy Mirror type and the file\'s buddy group ids', async () => {
    await shOk(`echo hello > ${q(join(writer.mountDir, 'm', 'small'))}`);
    const r = await runCtl([`--cfgFile=${mc!.tc.clientConf}`, '--getentryinfo', join(writer.mountDir, 'm', 'small'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const info = JSON.parse(r.stdout) as { pattern: { type: string; stripeIds: number[] } };
    expect(info.pattern.type).toBe('buddymirror');
    expect(info.pattern.stripeIds.length).toBeGreaterThan(0);
    for (const id of info.pattern.stripeIds) expect(mc!.groups).toContain(id);
    const text = await runCtl([`--cfgFile=${mc!.tc.clientConf}`, '--getentryinfo', join(writer.mountDir, 'm', 'small')]);
    expect(text.stdout).toMatch(/\+ Type: Buddy Mirror/);
  });

  it('truncate and unlink reach both copies', async () => {
    const file = join(writer.mountDir, 'm', 'cut');
    await writeFile(join(local, 'cut'), randomBytes(6 * MiB));
    await shOk(`cp ${q(join(local, 'cut'))} ${q(file)} && truncate -s ${3 * MiB + 7} ${q(file)} && sync`);
    await mc!.expectCopiesIdentical();
    const st = await shOk(`stat -c %s ${q(join(reader.mountDir, 'm', 'cut'))}`);
    expect(Number(st)).toBe(3 * MiB + 7);
    const before = await Promise.all(mc!.groups.map(async (g) => (await mc!.mirroredChunks((await mc!.group(g)).primaryId!)).size));
    await shOk(`rm ${q(file)} ${q(join(writer.mountDir, 'm', 'small'))}`);
    // Disposal of chunk files runs in the background: wait until both copies lost the files.
    await waitFor(async () => {
      const after = await Promise.all(mc!.groups.map(async (g) => (await mc!.mirroredChunks((await mc!.group(g)).primaryId!)).size));
      return after.every((n, i) => n < before[i]!);
    }, { timeoutMs: 30_000, what: 'chunk files of the removed files to go' });
    await mc!.expectCopiesIdentical();
  }, 120_000);

  it('failout: with both members of a group down, a read fails with EIO within about a second', async () => {
    const file = join(writer.mountDir, 'm', 'doomed');
    await shOk(`head -c ${4 * MiB} /dev/urandom > ${q(file)} && sync`);
    await mc!.tc.stop('storage01', 'SIGKILL');
    await mc!.tc.stop('storage02', 'SIGKILL');
    // Once mgmtd reports them Offline, read through the failout mount (the file is not in its cache).
    await waitFor(async () => {
      const targets = await Promise.all(mc!.groups.map(async (g) => mc!.target((await mc!.group(g)).primaryId!)));
      return targets.every((t) => t.reachability === hivefs.Reachability.OFFLINE);
    }, { timeoutMs: 30_000, what: 'the storage targets to be Offline' });
    const r = await sh(`cat ${q(join(reader.mountDir, 'm', 'doomed'))} > /dev/null`, { timeoutMs: 60_000 });
    console.log(`failout read with both members of the groups down failed after ${r.ms} ms: ${r.stderr.trim()}`);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/Input\/output error/);
    expect(r.ms).toBeLessThan(3000);
  }, 120_000);
});
