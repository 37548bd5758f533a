// Storage buddy mirroring when the secondary target's disk fills up (on a small tmpfs, mounted by
// the test as root): the application's writes all succeed (the primary goes on alone and the
// secondary is marked Needs-resync); once space is freed the secondary is resynced without an
// admin and both copies end identical.
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hivefs } from '@hivefs/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMirroredDir, startMirrorCluster, type MirrorCluster } from '../harness/mirror.js';
import { cleanupAll, mountHivefs, q, sh, sha256, sha256Of, shOk, type Mount } from '../harness/mount.js';
import { fillUpTo, onTmpfs, unmountTmpfs } from '../harness/tmpfs.js';

const C = hivefs.Consistency;
const MiB = 1024 * 1024;
let mc: MirrorCluster | undefined;
let mount: Mount;

beforeAll(async () => {
  // one group: target 101 (storage01) primary, 201 (storage02) secondary
  mc = await startMirrorCluster({ targetsPerStorage: 1 });
  await mc.tc.stop('storage02');
  await onTmpfs(mc.tc.targetDir(201), 16);
  await mc.tc.start('storage02');
  await mc.waitConsistency(201, C.GOOD);
  mount = await mountHivefs({ clientConf: mc.tc.clientConf, mode: 'failover' });
}, 180_000);

afterAll(async () => {
  await cleanupAll();
  await mc?.tc.cluster.down();
  await unmountTmpfs();
  await mc?.destroy();
}, 120_000);

describe('storage buddy mirroring with a full secondary', () => {
  it('writes succeed while the secondary target is full; it is resynced once space is freed and both copies end identical', async () => {
    const dir = await makeMirroredDir(mc!.tc.clientConf, mount.mountDir, 1);
    const before = randomBytes(2 * MiB);
    await writeFile(join(dir, 'before'), before);
    await fillUpTo(mc!.tc.targetDir(201), 'filler', 0);
    const big = randomBytes(24 * MiB); // more than the secondary's whole file system
    const src = join(mount.mountDir, '..', `src-${process.pid}`);
    await writeFile(src, big);
    try {
      const r = await sh(`cp ${q(src)} ${q(join(dir, 'big'))} && sync -f ${q(join(dir, 'big'))}`, { timeoutMs: 120_000 });
      expect(r.code, r.stderr).toBe(0);
    } finally {
      await sh(`rm -f ${q(src)}`);
    }
    await mc!.waitConsistency(201, C.NEEDS_RESYNC);
    await shOk(`rm ${q(join(mc!.tc.targetDir(201), 'filler'))}`);
    // 24 MiB does not fit beside the rest on 16 MiB: make the file smaller, then the resync can finish
    await shOk(`truncate -s ${4 * MiB} ${q(join(dir, 'big'))}`);
    await mc!.waitConsistency(201, C.GOOD, 120_000);
    expect(await mc!.expectCopiesIdentical()).toEqual([expect.any(Number)]);
    expect(await sha256Of(`cat ${q(join(dir, 'before'))}`)).toBe(sha256(before));
    expect(await sha256Of(`cat ${q(join(dir, 'big'))}`)).toBe(sha256(big.subarray(0, 4 * MiB)));
  }, 300_000);
});
