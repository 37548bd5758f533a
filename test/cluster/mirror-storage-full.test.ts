// Storage buddy mirroring when a member's disk fills up (both targets on small tmpfs file systems,
// mounted by the test as root). A full secondary: the application's writes all succeed (the
// primary goes on alone, the secondary is marked Needs-resync) and once space is freed the
// secondary is resynced without an admin. A full primary: the write fails with ENOSPC although
// the secondary took it, so the primary copies its state of the chunk back to the secondary
// before answering. Either way both copies end identical.
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { waitFor } from '@hivefs/common/testing';
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
  // the primary's file system holds more than the secondary's
  for (const [daemon, target, mib] of [['storage01', 101, 64], ['storage02', 201, 16]] as const) {
    await mc.tc.stop(daemon);
    await onTmpfs(mc.tc.targetDir(target), mib);
    await mc.tc.start(daemon);
  }
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

  it('a write the full primary fails with ENOSPC, though the secondary took it, leaves the secondary\'s copy equal to the primary\'s', async () => {
    const dir = join(mount.mountDir, 'm');
    const kept = randomBytes(MiB);
    // the primary may still go by a map from before the resync above (writing alone): wait until a
    // write reaches both copies
    await waitFor(async () => {
      await writeFile(join(dir, 'kept'), kept);
      const [p, s] = await Promise.all([mc!.mirroredChunks(101), mc!.mirroredChunks(201)]);
      return p.size === s.size && [...p].every(([path, sum]) => s.get(path) === sum);
    }, { timeoutMs: 30_000, intervalMs: 200, what: 'writes to reach both copies' });
    await shOk(`touch ${q(join(dir, 'failed'))}`);
    await fillUpTo(mc!.tc.targetDir(101), 'filler', 0);
    const r = await sh(`dd if=/dev/urandom of=${q(join(dir, 'failed'))} bs=1M count=2 conv=notrunc,fsync status=none`, { timeoutMs: 60_000 });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/No space left on device/);
    // the secondary took the write: its copy was made the primary's again before dd got its error
    await mc!.expectCopiesIdentical();
    expect((await mc!.target(201)).consistency).toBe(C.GOOD);
    await shOk(`rm ${q(join(mc!.tc.targetDir(101), 'filler'))}`);
    expect(await sha256Of(`cat ${q(join(dir, 'kept'))}`)).toBe(sha256(kept));
  }, 300_000);
});
