// fallocate(2) and copy_file_range(2) on the low-level engine: what HiveFS honours (mode 0 grows the
// file; a copy is read and written in the client in large pieces) and what it refuses (EOPNOTSUPP).
import { waitFor } from '@hivefs/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { cleanupAll, mountHivefs, q, sh, sha256Of, shOk, tempDir, type Mount } from '../harness/mount.js';

let tc: TestCluster | undefined;
let m: Mount | undefined;
let work = '';

beforeAll(async () => {
  tc = await startCluster({ meta: 1, storage: 2, targetsPerStorage: 2 });
  work = await tempDir('hivefs-ranges-');
  m = await mountHivefs({ clientConf: tc.clientConf, extraArgs: ['--engine=lowlevel'] });
}, 120_000);

afterAll(async () => {
  await cleanupAll();
  await tc?.destroy();
});

/** Requests per op the client's engine served so far, from the `engine stats` line it logs on SIGUSR2. */
async function opCounts(): Promise<Record<string, number>> {
  const sent = Date.now();
  m!.kill('SIGUSR2');
  const line = await waitFor(
    () => m!.output().split('\n').filter((l) => l.includes('"msg":"engine stats"')).map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => (l.time as number) >= sent),
    { timeoutMs: 10_000, what: 'the engine stats line' },
  );
  return (line!.stats as { ops: Record<string, number> }).ops;
}

describe('fallocate and copy_file_range (--engine=lowlevel)', () => {
  it('fallocate -l 3M makes a 3 MiB file of zeros; fallocate never shrinks; other modes fail with EOPNOTSUPP', async () => {
    const f = `${m!.mountDir}/alloc`;
    const before = await opCounts();
    await shOk(`fallocate -l 3M ${q(f)}`);
    expect((await opCounts()).FALLOCATE ?? 0).toBeGreaterThan(before.FALLOCATE ?? 0);
    expect((await shOk(`stat -c %s ${q(f)}`)).trim()).toBe(String(3 * 1024 * 1024));
    expect(await sha256Of(`cat ${q(f)}`)).toBe(await sha256Of('head -c 3145728 /dev/zero'));
    // a range inside the file changes nothing
    await shOk(`fallocate -o 1M -l 1M ${q(f)}`);
    expect((await shOk(`stat -c %s ${q(f)}`)).trim()).toBe(String(3 * 1024 * 1024));
    // data written before stays; the range beyond grows the file
    await shOk(`printf abc > ${q(`${f}2`)} && fallocate -o 4096 -l 4096 ${q(`${f}2`)}`);
    expect(await shOk(`stat -c %s ${q(`${f}2`)}; head -c 3 ${q(`${f}2`)}`)).toBe('8192\nabc');
    for (const flag of ['--keep-size', '--punch-hole', '--zero-range']) {
      const r = await sh(`fallocate ${flag} -o 0 -l 4096 ${q(f)}`);
      expect(r.code, flag).not.toBe(0);
      expect(r.stderr, flag).toMatch(/not supported|unsupported/i);
    }
  });

  it('copy_file_range copies a 9 MiB file identically, as copy_file_range requests (not reads and writes through the kernel)', async () => {
    await shOk(`head -c 9437185 /dev/urandom > ${q(work)}/src && cp ${q(work)}/src ${q(m!.mountDir)}/src`);
    const before = await opCounts();
    const out = await shOk(`python3 -c ${q(`import os,sys
i=os.open(sys.argv[1], os.O_RDONLY); o=os.open(sys.argv[2], os.O_WRONLY|os.O_CREAT|os.O_TRUNC, 0o644)
n=os.fstat(i).st_size; done=0; calls=0
while done < n:
    c=os.copy_file_range(i, o, n-done)
    if c == 0: break
    done+=c; calls+=1
os.close(i); os.close(o); print(done, calls)`)} ${q(`${m!.mountDir}/src`)} ${q(`${m!.mountDir}/copy`)}`);
    const after = await opCounts();
    expect(out.split(' ')[0]).toBe('9437185');
    expect((after.COPY_FILE_RANGE ?? 0) - (before.COPY_FILE_RANGE ?? 0)).toBeGreaterThan(0);
    // the bytes did not come through the kernel as READ/WRITE requests
    expect((after.WRITE ?? 0) - (before.WRITE ?? 0)).toBe(0);
    expect(await sha256Of(`cat ${q(m!.mountDir)}/copy`)).toBe(await sha256Of(`cat ${q(work)}/src`));
    // at an offset, into the middle of an existing file, and past the source's end (stops there)
    const part = await shOk(`python3 -c ${q(`import os,sys
i=os.open(sys.argv[1], os.O_RDONLY); o=os.open(sys.argv[2], os.O_WRONLY)
print(os.copy_file_range(i, o, 1000, 9437000, 10)); os.close(i); os.close(o)`)} ${q(`${m!.mountDir}/src`)} ${q(`${m!.mountDir}/copy`)}`);
    expect(part.trim()).toBe('185');
    await shOk(`dd if=${q(work)}/src of=${q(work)}/src bs=1 skip=9437000 seek=10 count=185 conv=notrunc status=none`);
    expect(await sha256Of(`cat ${q(m!.mountDir)}/copy`)).toBe(await sha256Of(`cat ${q(work)}/src`));
  });
});
