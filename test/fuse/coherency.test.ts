// Coherency between two mounts of one cluster: close-to-open data, renames and deletes within the
// entry cache timeout, a growing file seen by the other mount after each of the writer's fsyncs,
// and a writer's later report never undoing a truncate or an mtime set from the other mount.
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { waitFor } from '@hivefs/common/testing';
import { MapView, Rpc, hivefs } from '@hivefs/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { cleanupAll, type Mount, mountsWithCacheSecs, q, sh, sha256, sha256Of, shOk, startSh, tempDir } from '../harness/mount.js';

const ENTRY_SECS = 1;
const ATTR_SECS = 1;
/** Slack on top of a cache timeout for the round trips and a loaded 2-core machine. */
const MARGIN_MS = 4000;

let tc: TestCluster | undefined;
let view: MapView | undefined;
let m1: Mount;
let m2: Mount;
let local: string;

beforeAll(async () => {
  local = await tempDir('hivefs-coherency-');
  tc = await startCluster();
  [m1, m2] = (await mountsWithCacheSecs(tc.clientConf, local, { entry: ENTRY_SECS, attr: ATTR_SECS })) as [Mount, Mount];
}, 180_000);

afterAll(async () => {
  view?.close();
  await cleanupAll();
  await tc?.destroy();
}, 120_000);


describe('two mounts of one cluster', () => {
  it('a file written and closed on one mount reads identically on the other, at once', async () => {
    const data = randomBytes(3 * 1024 * 1024 + 12345); // spans several chunks and targets
    const src = join(local, 'src');
    await writeFile(src, data);
    await shOk(`cp ${q(src)} ${q(join(m1.mountDir, 'f'))} && printf 'small\\n' > ${q(join(m1.mountDir, 'small'))}`);
    expect((await shOk(`stat -c %s ${q(join(m2.mountDir, 'f'))}`)).trim()).toBe(String(data.length));
    expect(await sha256Of(`cat ${q(join(m2.mountDir, 'f'))}`)).toBe(sha256(data));
    expect(await shOk(`cat ${q(join(m2.mountDir, 'small'))}`)).toBe('small\n');
  });

  it('a rewrite on one mount replaces what the other mount has cached (within the attribute timeout)', async () => {
    const f1 = join(m1.mountDir, 'rewrite');
    const f2 = join(m2.mountDir, 'rewrite');
    const a = randomBytes(1024 * 1024);
    const b = randomBytes(1024 * 1024); // same size: only mtime/content tell them apart
    await writeFile(join(local, 'a'), a);
    await writeFile(join(local, 'b'), b);
    await shOk(`cp ${q(join(local, 'a'))} ${q(f1)}`);
    expect(await sha256Of(`cat ${q(f2)}`)).toBe(sha256(a)); // m2 now has pages and attributes cached
    await shOk(`cp ${q(join(local, 'b'))} ${q(f1)}`);
    const t0 = Date.now();
    await waitFor(async () => (await sha256Of(`cat ${q(f2)}`)) === sha256(b), {
      timeoutMs: ATTR_SECS * 1000 + MARGIN_MS,
      intervalMs: 100,
      what: 'the second mount to read the rewritten content',
    });
    console.log(`rewrite visible on the other mount after ${Date.now() - t0} ms`);
  });

  it('a rename on one mount is seen on the other within the entry cache timeout', async () => {
    const d1 = join(m1.mountDir, 'ren');
    const d2 = join(m2.mountDir, 'ren');
    await shOk(`mkdir ${q(d1)} && printf 'renamed\\n' > ${q(d1)}/old && mkdir ${q(d1)}/dirA && printf 'inside\\n' > ${q(d1)}/dirA/x`);
    // the other mount looks both up (and caches them)
    expect(await shOk(`cat ${q(d2)}/old ${q(d2)}/dirA/x`)).toBe('renamed\ninside\n');
    await shOk(`mv ${q(d1)}/old ${q(d1)}/new && mv ${q(d1)}/dirA ${q(d1)}/dirB`);
    const t0 = Date.now();
    await waitFor(
      async () => {
        const r = await sh(`test ! -e ${q(d2)}/old && test ! -e ${q(d2)}/dirA && cat ${q(d2)}/new ${q(d2)}/dirB/x`);
        return r.code === 0 && r.stdout === 'renamed\ninside\n';
      },
      { timeoutMs: ENTRY_SECS * 1000 + MARGIN_MS, intervalMs: 50, what: 'the rename to show on the other mount' },
    );
    const ms = Date.now() - t0;
    expect((await shOk(`ls ${q(d2)}`)).split('\n').filter(Boolean).sort()).toEqual(['dirB', 'new']);
    console.log(`rename visible on the other mount after ${ms} ms`);
  });

  it('a delete on one mount is seen on the other within the entry cache timeout', async () => {
    await shOk(`printf 'doomed\\n' > ${q(join(m1.mountDir, 'doomed'))}`);
    expect(await shOk(`cat ${q(join(m2.mountDir, 'doomed'))}`)).toBe('doomed\n');
    await shOk(`rm ${q(join(m1.mountDir, 'doomed'))}`);
    await waitFor(async () => (await sh(`test -e ${q(join(m2.mountDir, 'doomed'))}`)).code === 1, {
      timeoutMs: ENTRY_SECS * 1000 + MARGIN_MS,
      intervalMs: 50,
      what: 'the delete to show on the other mount',
    });
    const r = await sh(`cat ${q(join(m2.mountDir, 'doomed'))}`);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/No such file or directory/);
  });

  it('a file another mount is writing shows its growing size (and data) after each of the writer\'s fsyncs', async () => {
    const script = join(local, 'writer.cjs');
    await writeFile(
      script,
      `// write N bytes in 64 KiB pieces, fsync, report; the file stays open until "close"
const fs = require('fs');
const fd = fs.openSync(process.argv[2], 'w');
let size = 0, pending = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => {
  pending += d;
  for (let i; (i = pending.indexOf('\\n')) >= 0; ) {
    const [cmd, n] = pending.slice(0, i).split(' ');
    pending = pending.slice(i + 1);
    if (cmd === 'write') {
      for (let left = Number(n); left > 0; ) {
        const b = Buffer.alloc(Math.min(65536, left));
        for (let j = 0; j < b.length; j++) b[j] = ((size + j) * 7 + 3) & 255;
        fs.writeSync(fd, b, 0, b.length, size);
        size += b.length;
        left -= b.length;
      }
      fs.fsyncSync(fd);
      process.stdout.write('synced ' + size + '\\n');
    } else if (cmd === 'close') {
      fs.closeSync(fd);
      process.stdout.write('closed\\n');
      process.exit(0);
    }
  }
});
`,
    );
    const pattern = (n: number): Buffer => {
      const b = Buffer.alloc(n);
      for (let i = 0; i < n; i++) b[i] = (i * 7 + 3) & 255;
      return b;
    };
    const f2 = join(m2.mountDir, 'growing');
    const writer = startSh(`exec ${q(process.execPath)} ${q(script)} ${q(join(m1.mountDir, 'growing'))}`, { timeoutMs: 120_000 });
    try {
      let total = 0;
      for (const n of [100_000, 1_500_000, 3_000_001]) {
        writer.send(`write ${n}\n`);
        total += n;
        await writer.waitForOutput(new RegExp(`synced ${total}\\n`));
        const t0 = Date.now();
        await waitFor(async () => (await shOk(`stat -c %s ${q(f2)}`)).trim() === String(total), {
          timeoutMs: ATTR_SECS * 1000 + MARGIN_MS,
          intervalMs: 50,
          what: `size ${total} on the other mount while the writer keeps the file open`,
        });
        const want = sha256(pattern(total));
        await waitFor(async () => (await sha256Of(`head -c ${total} ${q(f2)}`)) === want, {
          timeoutMs: ATTR_SECS * 1000 + MARGIN_MS,
          intervalMs: 100,
          what: `the first ${total} bytes on the other mount`,
        });
        console.log(`size ${total} visible on the other mount after ${Date.now() - t0} ms`);
      }
      writer.send('close\n');
      await writer.waitForOutput(/closed\n/);
      expect((await writer.result).code).toBe(0);
      expect(await sha256Of(`cat ${q(f2)}`)).toBe(sha256(pattern(total)));
    } finally {
      writer.kill();
    }
  }, 120_000);

  /**
   * Meta's attributes of `name` in the root once no handle has it open for writing any more
   * (the background closes of both mounts have arrived).
   */
  async function settledAttr(name: string): Promise<hivefs.IAttr> {
    const ROOT = { uid: 0, gid: 0, gids: [] };
    view ??= new MapView({ mgmtdHost: tc!.mgmtd.host, mgmtdPort: tc!.mgmtd.port, secret: tc!.secret, log: { debug() {}, info() {}, warn() {}, error() {} }, timeoutMs: 5000 });
    await view.refresh();
    const meta = view.nodeClient(hivefs.NodeType.META, 1);
    const { entryId } = (await meta.call(Rpc.lookup, { cred: ROOT, parentId: 'root', name })).attr!;
    return (await waitFor(
      async () => {
        const a = (await meta.call(Rpc.getAttr, { cred: ROOT, entryId })).attr!;
        return (a.openWriters ?? 0) === 0 ? a : undefined;
      },
      { timeoutMs: 10_000, intervalMs: 20, what: `every write session of ${name} to be closed at meta` },
    ))!;
  }

  it('an mtime set from the other mount while a writer holds buffered data is not moved back by the writer\'s close', async () => {
    const at = 978_307_200; // 2001-01-01
    // m1 writes (the data waits in its write-behind buffer), m2 sets the mtime, then m1 closes: the
    // flush sends the data and reports the write's mtime, which is older than m2's change
    await shOk(`exec 3>${q(join(m1.mountDir, 'stamped'))}; printf data >&3; touch -m -d @${at} ${q(join(m2.mountDir, 'stamped'))}; exec 3>&-`);
    const a = await settledAttr('stamped');
    expect(Number(a.mtime!.sec)).toBe(at);
    expect(Number(a.size)).toBe(4);
    expect(await shOk(`cat ${q(join(m2.mountDir, 'stamped'))}`)).toBe('data');
  });
});
