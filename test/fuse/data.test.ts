// Data integrity through real mounts: a 256 MiB dd write read back through a second mount, and
// fio's own write+verify (checked again through the second mount).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { cleanupAll, mountHivefs, q, sh, shOk, tempDir, type Mount } from '../harness/mount.js';

const MiB = 1024 * 1024;
let tc: TestCluster | undefined;
let m1: Mount;
let m2: Mount;
let local: string;

beforeAll(async () => {
  local = await tempDir('hivefs-data-');
  tc = await startCluster();
  [m1, m2] = await Promise.all([mountHivefs({ clientConf: tc.clientConf }), mountHivefs({ clientConf: tc.clientConf })]);
}, 180_000);

afterAll(async () => {
  await cleanupAll();
  await tc?.destroy();
}, 120_000);

function sha(out: string): string {
  const h = out.trim().split(/\s+/)[0]!;
  expect(h).toMatch(/^[0-9a-f]{64}$/);
  return h;
}

describe('data through the mount', () => {
  it('a 256 MiB file written with dd bs=1M from /dev/urandom reads back identically through a second mount', async () => {
    const ref = join(local, 'ref');
    const f1 = join(m1.mountDir, 'big');
    const t0 = Date.now();
    // one pass of random data: a local copy for reference (tee) and dd's 1 MiB writes into the mount
    await shOk(`dd if=/dev/urandom bs=1M count=256 iflag=fullblock status=none | tee ${q(ref)} | dd of=${q(f1)} bs=1M iflag=fullblock status=none`, {
      timeoutMs: 300_000,
    });
    const writeMs = Date.now() - t0;
    const want = sha(await shOk(`sha256sum ${q(ref)}`));
    const f2 = join(m2.mountDir, 'big');
    expect((await shOk(`stat -c %s ${q(f2)}`)).trim()).toBe(String(256 * MiB));
    const t1 = Date.now();
    expect(sha(await shOk(`sha256sum ${q(f2)}`, { timeoutMs: 300_000 }))).toBe(want);
    const readMs = Date.now() - t1;
    // the writing mount agrees too
    expect(sha(await shOk(`sha256sum ${q(f1)}`, { timeoutMs: 300_000 }))).toBe(want);
    // and a piece in the middle, read with a small unaligned block size through a fresh open, matches
    const piece = (f: string): Promise<string> => shOk(`dd if=${q(f)} bs=4099 skip=12345 count=77 status=none | sha256sum`);
    expect(sha(await piece(f2))).toBe(sha(await piece(ref)));
    console.log(`256 MiB: write ${writeMs} ms (${((256 / writeMs) * 1000).toFixed(0)} MiB/s), read via second mount ${readMs} ms`);
  }, 600_000);

  it('fio --rw=write --verify=crc32c with 4 jobs passes, and its files verify through the second mount', async () => {
    const fio = (dir: string, extra = ''): string =>
      `fio --name=verify --verify_state_save=0 --rw=write --bs=1M --size=64M --numjobs=4 --verify=crc32c --directory=${q(dir)} ${extra}`;
    const w = await sh(fio(m1.mountDir), { timeoutMs: 300_000 });
    const out = w.stdout + w.stderr;
    expect(w.code, out).toBe(0);
    expect(out).not.toMatch(/verify failed|bad magic|err=\s*[1-9]|error=/i); // (the job is named 'verify')
    expect(out.match(/err= 0/g)?.length, out).toBe(4);
    expect(out).toMatch(/write: IOPS=/);
    expect(out).toMatch(/read: IOPS=/); // the verify pass read the data back
    const files = (await shOk(`ls ${q(m2.mountDir)} | grep '^verify\\.' | sort`)).trim().split('\n');
    expect(files).toEqual(['verify.0.0', 'verify.1.0', 'verify.2.0', 'verify.3.0']);
    for (const f of files) expect((await shOk(`stat -c %s ${q(join(m2.mountDir, f))}`)).trim()).toBe(String(64 * MiB));
    // the other mount reads what fio wrote and checks every block's crc32c header
    const v = await sh(fio(m2.mountDir, '--verify_only'), { timeoutMs: 300_000 });
    const vout = v.stdout + v.stderr;
    expect(v.code, vout).toBe(0);
    expect(vout).not.toMatch(/verify failed|bad magic|err=\s*[1-9]|error=/i);
    expect(vout.match(/err= 0/g)?.length, vout).toBe(4);
    expect(vout).toMatch(/read: IOPS=/);
  }, 600_000);
});
