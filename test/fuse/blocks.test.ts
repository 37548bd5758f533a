// du and stat through real mounts: st_blocks counts what the chunk files hold on the targets (a
// sparse file holds little, a written one about its size), also on a second mount after a
// writer's fsync while it keeps the file open.
import { join } from 'node:path';
import { waitFor } from '@hivefs/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { runCtl } from '../harness/ctl.js';
import { cleanupAll, type Mount, mountsWithCacheSecs, q, shOk, startSh, tempDir } from '../harness/mount.js';

const ATTR_SECS = 1;
/** Slack on top of a cache timeout for the round trips and a loaded 2-core machine. */
const MARGIN_MS = 4000;
const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;

let tc: TestCluster | undefined;
let m1: Mount;
let m2: Mount;

beforeAll(async () => {
  tc = await startCluster();
  [m1, m2] = (await mountsWithCacheSecs(tc.clientConf, await tempDir('hivefs-blocks-'), { entry: ATTR_SECS, attr: ATTR_SECS })) as [Mount, Mount];
}, 180_000);

afterAll(async () => {
  await cleanupAll();
  await tc?.destroy();
}, 120_000);

/** Size and 512-byte blocks of a path, as stat(1) shows them. */
async function sizeAndBlocks(path: string): Promise<{ size: number; blocks: number }> {
  const [size, blocks, unit] = (await shOk(`stat -c '%s %b %B' ${q(path)}`)).trim().split(' ').map(Number);
  expect(unit).toBe(512);
  return { size: size!, blocks: blocks! };
}

/** KiB that `du -k` (allocated) and `du -k --apparent-size` show for a path. */
async function du(path: string): Promise<{ kib: number; apparentKib: number }> {
  const first = async (flags: string): Promise<number> => Number((await shOk(`du -k ${flags} ${q(path)}`)).trim().split(/\s+/)[0]);
  return { kib: await first(''), apparentKib: await first('--apparent-size') };
}

/** The 512-byte blocks the chunk files of `/name` hold on all targets, summed (what st_blocks should show). */
async function blocksOnTargets(name: string): Promise<number> {
  const info = await runCtl([`--cfgFile=${tc!.clientConf}`, '--getentryinfo', `/${name}`, '--json']);
  expect(info.code, info.stderr).toBe(0);
  const { entryId } = JSON.parse(info.stdout) as { entryId: string };
  const dirs = tc!.cluster.slots.flatMap((s) => s.targetIds).map((id) => q(join(tc!.targetDir(id), 'chunks')));
  const out = await shOk(`find ${dirs.join(' ')} -type f -name ${q(entryId)} -exec stat -c %b {} +`);
  return out.split('\n').filter(Boolean).reduce((n, b) => n + Number(b), 0);
}

/** Waits (attribute cache time plus margin) until stat of `path` shows `size` and blocks within [lo, hi]; returns the blocks. */
async function blocksSettle(path: string, size: number, lo: number, hi: number, what: string): Promise<number> {
  let last = { size: -1, blocks: -1 };
  const t0 = Date.now();
  await waitFor(
    async () => {
      last = await sizeAndBlocks(path);
      return last.size === size && last.blocks >= lo && last.blocks <= hi;
    },
    { timeoutMs: ATTR_SECS * 1000 + MARGIN_MS, intervalMs: 100, what: `${what}: size ${size} and ${lo}..${hi} blocks` },
  ).catch((e: Error) => {
    throw new Error(`${e.message}; last seen: ${JSON.stringify(last)}`);
  });
  console.log(`${what}: ${last.blocks} blocks of ${size} bytes after ${Date.now() - t0} ms`);
  return last.blocks;
}

describe('allocated blocks on a hivefs mount', () => {
  it('truncate -s 1G makes a 1 GiB file that holds nothing: du -k and stat %b show 0, on both mounts', async () => {
    await shOk(`truncate -s 1G ${q(join(m1.mountDir, 'sparse1g'))}`);
    for (const m of [m1, m2]) {
      const f = join(m.mountDir, 'sparse1g');
      expect(await sizeAndBlocks(f)).toEqual({ size: GiB, blocks: 0 });
      expect(await du(f)).toEqual({ kib: 0, apparentKib: GiB / KiB });
    }
  });

  it('a file written with dd at a 5 GiB offset shows a few KiB', async () => {
    const name = 'at5g';
    await shOk(`dd if=/dev/urandom of=${q(join(m1.mountDir, name))} bs=4k count=1 seek=${(5 * GiB) / (4 * KiB)} status=none`);
    for (const m of [m1, m2]) {
      const f = join(m.mountDir, name);
      const blocks = await blocksSettle(f, 5 * GiB + 4 * KiB, 8, 128, `dd at 5 GiB, seen on ${m === m1 ? 'the writing' : 'the other'} mount`);
      expect(blocks).toBe(await blocksOnTargets(name));
      const d = await du(f);
      expect(d.kib).toBeGreaterThanOrEqual(4);
      expect(d.kib).toBeLessThanOrEqual(64);
      expect(d.apparentKib).toBe((5 * GiB) / KiB + 4);
    }
  });

  it('a fully written file shows about its size: exactly the blocks its chunk files hold', async () => {
    const name = 'full';
    const size = 8 * MiB + 3000; // striped over all 4 targets, the last chunk partly filled
    await shOk(`head -c ${size} /dev/urandom > ${q(join(m1.mountDir, name))}`);
    for (const m of [m1, m2]) {
      const f = join(m.mountDir, name);
      const blocks = await blocksSettle(f, size, Math.ceil(size / 512), Math.ceil((size * 1.05) / 512) + 256, `${size} bytes written, seen on ${m === m1 ? 'the writing' : 'the other'} mount`);
      expect(blocks).toBe(await blocksOnTargets(name)); // 4 KiB file-system blocks per chunk file, not size / 512
      expect((await du(f)).kib).toBe(Math.ceil(blocks / 2));
    }
  });

  it('after an fsync by a writer that keeps the file open, a second mount sees the blocks within the attribute cache time', async () => {
    const f1 = join(m1.mountDir, 'growing');
    const f2 = join(m2.mountDir, 'growing');
    // one shell holds the file open for writing on fd 3 throughout; dd writes through it and fsyncs
    const writer = startSh(
      [
        `exec 3<>${q(f1)}`,
        `dd if=/dev/urandom bs=64k count=1 seek=${GiB / (64 * KiB)} conv=fsync status=none >&3 && echo synced1`,
        'read x',
        // dd seeks its standard output from where the fd stands: 2 MiB at 1 MiB past the first write's end
        'dd if=/dev/urandom bs=1M count=2 seek=1 conv=fsync status=none >&3 && echo synced2',
        'read y',
        'exec 3>&-',
        'echo closed',
      ].join('\n'),
      { timeoutMs: 120_000 },
    );
    try {
      await writer.waitForOutput(/synced1\n/);
      await blocksSettle(f2, GiB + 64 * KiB, 128, 256, '64 KiB at 1 GiB, fsynced, writer still open');
      writer.send('\n');
      await writer.waitForOutput(/synced2\n/);
      const size = GiB + 64 * KiB + 3 * MiB;
      await blocksSettle(f2, size, 128 + 4096, 256 + 4096 + 256, '2 MiB more after a 1 MiB hole, fsynced, writer still open');
      writer.send('\n');
      await writer.waitForOutput(/closed\n/);
      expect((await writer.result).code).toBe(0);
      await blocksSettle(f2, size, 128 + 4096, 256 + 4096 + 256, 'after the writer closed');
    } finally {
      writer.kill();
    }
  }, 120_000);
});
