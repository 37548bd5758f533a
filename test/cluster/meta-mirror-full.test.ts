// Meta buddy mirroring when the secondary's disk fills up (its store on a small tmpfs, mounted by
// the test as root): the application's creates all succeed (the primary goes on alone and the
// secondary is marked out of sync), and once space is freed the secondary catches up, without a
// restart, to a group space byte-identical to the primary's.
import { hivefs } from '@hivefs/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffSpaces, metaDaemon, readSpaceImage, startMetaMirrorMount, type MetaMirrorMount } from '../harness/meta-mirror.js';
import { q, sh, shOk } from '../harness/mount.js';
import { fillUpTo, onTmpfs, unmountTmpfs } from '../harness/tmpfs.js';

const C = hivefs.Consistency;
let mm: MetaMirrorMount | undefined;

beforeAll(async () => {
  // no reserve: the secondary's store itself runs out of space
  mm = await startMetaMirrorMount({ extra: { meta: { tuneMetaMinFreeSpace: '0' } } });
  const { mc } = mm;
  await mc.tc.stop(metaDaemon(2));
  await onTmpfs(mc.tc.cluster.paths.data(metaDaemon(2)), 16);
  await mc.tc.start(metaDaemon(2));
  await mc.waitAllGood();
}, 180_000);

afterAll(async () => {
  await mm?.mc.tc.cluster.down();
  await unmountTmpfs();
  await mm?.destroy();
}, 120_000);

describe('meta buddy mirroring with a full secondary', () => {
  it('creates go on without an error while the secondary is full; it is resynced once space is freed and ends identical', async () => {
    const { mc, mount } = mm!;
    const secondaryDir = mc.tc.cluster.paths.data(metaDaemon(2));
    const dir = `${mount.mountDir}/d`;
    await shOk(`mkdir ${q(dir)}`);
    await fillUpTo(secondaryDir, 'filler', 128 * 1024);
    const r = await sh(`cd ${q(dir)} && for i in $(seq 1 1500); do echo $i > f$i || exit 1; done`, { timeoutMs: 180_000 });
    expect(r.code, r.stderr).toBe(0);
    const sec = await mc.metaTarget(2);
    console.log(`secondary after 1500 creates on a full disk: ${hivefs.Consistency[sec.consistency ?? 0]}`);
    expect(sec.consistency).not.toBe(C.GOOD);
    await shOk(`rm ${q(`${secondaryDir}/filler`)}`);
    // an out-of-sync secondary that is Online is resynced by its primary without an admin
    await mc.waitAllGood(120_000);
    expect((await shOk(`ls ${q(dir)} | wc -l`)).trim()).toBe('1500');
    expect(await shOk(`cat ${q(`${dir}/f1500`)}`)).toBe('1500\n');
    const roles = await mc.roles();
    expect(roles).toEqual({ primary: 1, secondary: 2 });
    await Promise.all([1, 2].map((n) => mc.tc.stop(metaDaemon(n))));
    const [a, b] = await Promise.all([1, 2].map((n) => readSpaceImage(mc.tc.cluster.paths.data(metaDaemon(n)))));
    expect(diffSpaces(a!.records, b!.records)).toEqual({ onlyA: [], onlyB: [], differ: [] });
    expect(a!.appliedSeq).toBe(b!.appliedSeq);
  }, 400_000);
});
