// Permissions through a mount made by root: an unprivileged user (nobody, via setpriv) is refused
// root's private directory, works in its own one, and may not chown.
import { join } from 'node:path';
import { waitFor } from '@hivefs/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { cleanupAll, mountHivefs, q, sh, shOk, type Mount } from '../harness/mount.js';

const NOBODY = { uid: 'nobody', gid: 'nogroup' } as const;

let tc: TestCluster | undefined;
let m: Mount;
let priv: string;
let own: string;
let shared: string;

beforeAll(async () => {
  tc = await startCluster();
  m = await mountHivefs({ clientConf: tc.clientConf });
  priv = join(m.mountDir, 'private');
  own = join(m.mountDir, 'nobody');
  shared = join(m.mountDir, 'shared');
  await shOk(
    `mkdir ${q(priv)} && printf 'secret\\n' > ${q(priv)}/secret && chmod 0700 ${q(priv)} && ` +
      `mkdir ${q(own)} && chown nobody:nogroup ${q(own)} && ` +
      `mkdir ${q(shared)} && chmod 0755 ${q(shared)} && printf 'root data\\n' > ${q(shared)}/rootfile && chmod 0644 ${q(shared)}/rootfile`,
  );
}, 180_000);

afterAll(async () => {
  await cleanupAll();
  await tc?.destroy();
}, 120_000);

describe('permissions for an unprivileged user', () => {
  it('the test really runs as nobody', async () => {
    expect((await shOk('id -u; id -g; id -G', NOBODY)).trim().split('\n')).toEqual(['65534', '65534', '65534']);
  });

  it('gets EACCES on a root-owned 0700 directory: list, read, create, enter', async () => {
    for (const cmd of [`ls ${q(priv)}`, `cat ${q(priv)}/secret`, `touch ${q(priv)}/mine`, `ls -d ${q(priv)}/.`, `stat ${q(priv)}/secret`]) {
      const r = await sh(cmd, NOBODY);
      expect(r.code, cmd).not.toBe(0);
      expect(r.stderr, cmd).toMatch(/Permission denied/);
    }
    expect((await sh(`test -e ${q(priv)}/mine`)).code).toBe(1); // nothing was created
    expect(await shOk(`cat ${q(priv)}/secret`)).toBe('secret\n'); // root still can
  });

  it('may read but not write, create or remove in root\'s 0755 directory and 0644 file', async () => {
    expect(await shOk(`cat ${q(shared)}/rootfile && ls ${q(shared)}`, NOBODY)).toBe('root data\nrootfile\n');
    for (const cmd of [`echo x >> ${q(shared)}/rootfile`, `touch ${q(shared)}/new`, `rm -f ${q(shared)}/rootfile`, `mkdir ${q(shared)}/sub`, `mv ${q(shared)}/rootfile ${q(shared)}/moved`]) {
      const r = await sh(cmd, NOBODY);
      expect(r.code, cmd).not.toBe(0);
      expect(r.stderr, cmd).toMatch(/Permission denied/);
    }
    expect(await shOk(`ls ${q(shared)} && cat ${q(shared)}/rootfile`)).toBe('rootfile\nroot data\n');
  });

  it('creates, writes, reads, renames and removes in its own directory; new entries belong to it', async () => {
    await shOk(`cd ${q(own)} && printf 'hello\\n' > f && mkdir d && printf 'more\\n' >> f && mv f d/g && ln -s g d/link`, NOBODY);
    expect(await shOk(`cat ${q(own)}/d/g ${q(own)}/d/link`, NOBODY)).toBe('hello\nmore\nhello\nmore\n');
    expect((await shOk(`stat -c '%U:%G %a' ${q(own)}/d/g ${q(own)}/d`)).trim().split('\n')).toEqual(['nobody:nogroup 644', 'nobody:nogroup 755']);
    await shOk(`chmod 600 ${q(own)}/d/g`, NOBODY); // the owner may chmod
    expect((await shOk(`stat -c %a ${q(own)}/d/g`)).trim()).toBe('600');
    await shOk(`rm ${q(own)}/d/g ${q(own)}/d/link && rmdir ${q(own)}/d`, NOBODY);
    expect(await shOk(`ls -A ${q(own)}`)).toBe('');
  });

  it('chown by a non-root user fails with EPERM ("Operation not permitted"), also on its own file', async () => {
    await shOk(`printf 'x' > ${q(own)}/owned`, NOBODY);
    for (const cmd of [`chown root ${q(own)}/owned`, `chown 1234 ${q(own)}/owned`, `chgrp root ${q(own)}/owned`, `chown nobody ${q(shared)}/rootfile`]) {
      const r = await sh(cmd, NOBODY);
      expect(r.code, cmd).not.toBe(0);
      expect(r.stderr, cmd).toMatch(/Operation not permitted/);
    }
    expect((await shOk(`stat -c %U:%G ${q(own)}/owned ${q(shared)}/rootfile`)).trim().split('\n')).toEqual(['nobody:nogroup', 'root:root']);
    // chmod of someone else's file is EPERM too
    const r = await sh(`chmod 666 ${q(shared)}/rootfile`, NOBODY);
    expect(r.stderr).toMatch(/Operation not permitted/);
    expect((await shOk(`stat -c %a ${q(shared)}/rootfile`)).trim()).toBe('644');
  });

  it('a write or truncate by a user who is not the owner succeeds and clears set-user-ID and set-group-ID (S_ISGID only with group execute)', async () => {
    const dir = join(m.mountDir, 'setid');
    await shOk(`mkdir ${q(dir)} && chmod 0777 ${q(dir)}`);
    const cases: [string, string][] = [['4777', '777'], ['2777', '777'], ['6777', '777'], ['2767', '2767'], ['6766', '2766']];
    for (const [mode, after] of cases) {
      const f = join(dir, `w${mode}`);
      await shOk(`printf 'root\\n' > ${q(f)} && chmod ${mode} ${q(f)}`);
      await shOk(`printf 'nobody\\n' >> ${q(f)}`, NOBODY); // write(2) must not fail
      expect(await shOk(`cat ${q(f)}`), mode).toBe('root\nnobody\n');
      expect((await shOk(`stat -c '%a %U' ${q(f)}`)).trim(), `write to ${mode}`).toBe(`${after} root`);
    }
    const t = join(dir, 'trunc');
    await shOk(`printf 'root\\n' > ${q(t)} && chmod 6777 ${q(t)}`);
    await shOk(`truncate -s 2 ${q(t)}`, NOBODY);
    expect((await shOk(`stat -c '%a %s' ${q(t)}`)).trim()).toBe('777 2');
    // chown by root clears them on a regular file too (S_ISGID only with group execute)
    const c = join(dir, 'chowned');
    await shOk(`touch ${q(c)} && chmod 6777 ${q(c)} && chown nobody ${q(c)}`);
    expect((await shOk(`stat -c '%a %U' ${q(c)}`)).trim()).toBe('777 nobody');
    await shOk(`chmod 6767 ${q(c)} && chown root ${q(c)}`);
    expect((await shOk(`stat -c '%a %U' ${q(c)}`)).trim()).toBe('2767 root');
    // a user who may not write gets nothing: neither the write nor the bits
    await shOk(`chmod 6755 ${q(t)}`);
    expect((await sh(`printf x >> ${q(t)}`, NOBODY)).code).not.toBe(0);
    expect((await shOk(`stat -c '%a %s' ${q(t)}`)).trim()).toBe('6755 2');
  });

  it('once root opens the 0700 directory up (0755), the same user can list and read it', async () => {
    await shOk(`chmod 0755 ${q(priv)}`);
    // the client may cache attributes for its timeout; a short poll covers that
    await waitFor(async () => (await sh(`cat ${q(priv)}/secret`, NOBODY)).stdout === 'secret\n', { timeoutMs: 5000, what: 'nobody to read after chmod' });
    await shOk(`chmod 0700 ${q(priv)}`);
    await waitFor(async () => /Permission denied/.test((await sh(`ls ${q(priv)}`, NOBODY)).stderr), { timeoutMs: 5000, what: 'nobody to be refused again' });
  });
});
