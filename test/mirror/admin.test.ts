// The admin's buddy-mirror commands against real daemons: a secondary whose disk was replaced
// (its chunk files gone, no dirty set anywhere) is refilled by `--startresync --timestamp=0`,
// followed with `--resyncstats --watch` and checked with `--resyncstats`; `--listtargets --state`
// shows the state changes; `--setstate` overrides; `hivefs-local up --mirror` gives a newcomer a
// mirrored root directory.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { waitFor } from '@hivefs/common/testing';
import { hivefs } from '@hivefs/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStateTable, runBin, runCtl } from '../harness/ctl.js';
import { makeMirroredDir, startMirrorCluster, type MirrorCluster } from '../harness/mirror.js';
import { cleanupAll, mountHivefs, q, shOk, tempDir, type Mount } from '../harness/mount.js';

const C = hivefs.Consistency;
let mc: MirrorCluster | undefined;
let mount: Mount;
let dir: string;
const ctl = (...args: string[]) => runCtl([`--cfgFile=${mc!.tc.clientConf}`, ...args], 120_000);

beforeAll(async () => {
  mc = await startMirrorCluster();
  mount = await mountHivefs({ clientConf: mc.tc.clientConf });
  dir = await makeMirroredDir(mc.tc.clientConf, mount.mountDir);
  await shOk(`for i in $(seq 0 15); do head -c 3000000 /dev/urandom > ${q(dir)}/f$i || exit 1; done; sync`, { timeoutMs: 120_000 });
}, 180_000);

afterAll(async () => {
  await cleanupAll();
  await mc?.destroy();
}, 120_000);

describe('buddy-mirror administration', () => {
  it('a replaced secondary disk is refilled by --startresync --timestamp=0, watched with --resyncstats --watch', async () => {
    const g = await mc!.group(mc!.groups[0]!);
    const secondary = g.secondaryId!;
    const want = await mc!.mirroredChunks(g.primaryId!);
    expect(want.size).toBeGreaterThan(0);
    const name = mc!.daemonOf(secondary);
    await mc!.tc.stop(name);
    await rm(join(mc!.tc.targetDir(secondary), 'buddymir'), { recursive: true, force: true });
    await mc!.tc.start(name);
    expect((await mc!.mirroredChunks(secondary)).size).toBe(0);

    const start = await ctl('--startresync', '--nodetype=storage', `--targetid=${secondary}`, '--timestamp=0');
    expect(start.code, start.stderr).toBe(0);
    const watch = await ctl('--resyncstats', '--nodetype=storage', `--targetid=${secondary}`, '--watch');
    expect(watch.code, watch.stderr).toBe(0);
    expect(watch.stdout).toMatch(/Job state: Completed successfully/);
    await mc!.waitConsistency(secondary, C.GOOD);
    const stats = await ctl('--resyncstats', '--nodetype=storage', `--mirrorgroupid=${g.groupId}`);
    console.log(stats.stdout);
    expect(stats.stdout).toMatch(/^Job state: Completed successfully$/m);
    expect(stats.stdout).toMatch(/^Job start time: /m);
    expect(stats.stdout).toMatch(/^Job end time: /m);
    expect(stats.stdout).toMatch(new RegExp(`^# of synced files: ${want.size}$`, 'm'));
    expect(stats.stdout).toMatch(/^# of file sync errors: 0$/m);
    await mc!.expectCopiesIdentical();
  }, 240_000);

  it('--listtargets --state shows an Offline secondary Needs-resync (marked by its primary, no write needed) and Good again after its resync; --setstate overrides; a Bad secondary is made Good by --startresync', async () => {
    const g = await mc!.group(mc!.groups[1]!);
    const secondary = g.secondaryId!;
    const name = mc!.daemonOf(secondary);
    await mc!.tc.stop(name, 'SIGKILL');
    // Nothing is written meanwhile: mgmtd's Offline alone makes the primary mark it.
    await waitFor(async () => {
      const r = await ctl('--listtargets', '--nodetype=storage', '--state');
      const row = parseStateTable(r.stdout).find((t) => t.targetId === secondary);
      return row?.consistency === 'Needs-resync' && row.reachability === 'Offline';
    }, { timeoutMs: 30_000, what: `target ${secondary} Offline and Needs-resync in --listtargets --state` });
    await mc!.tc.start(name);
    await mc!.waitConsistency(secondary, C.GOOD);
    const r = await ctl('--listtargets', '--nodetype=storage', '--state');
    expect(parseStateTable(r.stdout).find((t) => t.targetId === secondary)?.consistency).toBe('Good');

    // An admin marks it Bad; a full resync asked for by hand makes it Good again.
    const bad = await ctl('--setstate', '--nodetype=storage', `--targetid=${secondary}`, '--state=bad', '--force');
    expect(bad.code, bad.stderr).toBe(0);
    expect((await mc!.target(secondary)).consistency).toBe(C.BAD);
    const again = await ctl('--startresync', '--nodetype=storage', `--targetid=${secondary}`, '--timestamp=0');
    expect(again.code, again.stderr).toBe(0);
    await mc!.waitConsistency(secondary, C.GOOD);
    await mc!.expectCopiesIdentical();
    // And Bad -> Good by hand.
    expect((await ctl('--setstate', '--nodetype=storage', `--targetid=${secondary}`, '--state=bad', '--force')).code).toBe(0);
    const good = await ctl('--setstate', '--nodetype=storage', `--targetid=${secondary}`, '--state=good', '--force');
    expect(good.code, good.stderr).toBe(0);
    expect((await mc!.target(secondary)).consistency).toBe(C.GOOD);
  }, 240_000);
});

describe('an admin override of a lost secondary', () => {
  it('--setstate good --force on a secondary its primary went on without: the primary mirrors to it again (without a resync)', async () => {
    const g = await mc!.group(mc!.groups[0]!);
    const secondary = g.secondaryId!;
    const name = mc!.daemonOf(secondary);
    await mc!.tc.stop(name, 'SIGKILL');
    await shOk(`head -c 700000 /dev/urandom > ${q(dir)}/while-down && sync`);
    await mc!.waitConsistency(secondary, C.NEEDS_RESYNC, 30_000);
    expect((await ctl('--setstate', '--nodetype=storage', `--targetid=${secondary}`, '--state=good', '--force')).code).toBe(0);
    await mc!.tc.start(name);
    await mc!.tc.waitTargets(name, hivefs.Reachability.ONLINE);
    // A file written now reaches both members of every group again.
    await shOk(`head -c 2000000 /dev/urandom > ${q(dir)}/after-override && sync`);
    const info = JSON.parse((await ctl('--getentryinfo', join(dir, 'after-override'), '--json')).stdout) as { entryId: string };
    const onMember = async (t: number): Promise<string | undefined> => [...(await mc!.mirroredChunks(t))].find(([p]) => p.endsWith(info.entryId))?.[1];
    const primaryCopy = await onMember(g.primaryId!);
    expect(primaryCopy).toBeDefined();
    expect(await onMember(secondary)).toBe(primaryCopy);
    expect((await mc!.target(secondary)).consistency).toBe(C.GOOD);
  }, 240_000);
});

describe('hivefs-local up --mirror', () => {
  it('pairs the targets across the storage daemons and mirrors the root directory', async () => {
    const base = await tempDir('hivefs-local-mirror-');
    const cdir = join(base, 'cluster');
    try {
      const up = await runBin('hivefs-local', ['up', '--dir', cdir, '--no-mount', '--mirror'], 180_000);
      expect(up.code, up.stderr).toBe(0);
      const cfg = `--cfgFile=${join(cdir, 'hivefs-client.conf')}`;
      const groups = await runCtl([cfg, '--listmirrorgroups', '--nodetype=storage']);
      expect(groups.stdout.split('\n').slice(2).filter((l) => l.trim()).length).toBe(2);
      const info = await runCtl([cfg, '--getentryinfo', '/']);
      expect(info.stdout, info.stderr).toMatch(/\+ Type: Buddy Mirror/);
      expect(info.stdout).toMatch(/\+ Number of storage targets: desired: 2$/m);
    } finally {
      await runBin('hivefs-local', ['down', '--dir', cdir], 120_000);
    }
  }, 300_000);
});
