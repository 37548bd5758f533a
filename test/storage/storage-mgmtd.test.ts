// Process test of hivefs-storage against a mgmtd stand-in that is absent at start and restarts later.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Rpc, RpcClient } from '@hivefs/protocol';
import { generateAuthSecret, loadAuthSecret } from '@hivefs/common';
import { removeDir, tmpDir, waitFor } from '@hivefs/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, killDaemon, spawnStorage, type DaemonProc } from './daemon-process.js';
import { daemonArgs, freePort } from './helpers.js';
import { MgmtdStandIn } from './mgmtd-stand-in.js';

describe('hivefs-storage and an absent or restarting mgmtd', () => {
  let root: string;
  let secret: Buffer | null;
  let mgmtd: MgmtdStandIn | undefined;
  let daemon: DaemonProc | undefined;
  let client: RpcClient | undefined;
  let port: number;

  beforeAll(async () => {
    assertBuilt();
    root = await tmpDir('hivefs-storage-mgmtd-');
    await generateAuthSecret(join(root, 'auth'));
    secret = await loadAuthSecret({ connAuthFile: join(root, 'auth'), connDisableAuthentication: false });
    port = await freePort();
  });

  afterAll(async () => {
    client?.close();
    await killDaemon(daemon);
    await mgmtd?.stop();
    if (root) await removeDir(root);
  });

  it('waits for mgmtd at start-up, keeps heartbeating across an mgmtd restart and stops cleanly', async () => {
    daemon = spawnStorage(daemonArgs(root, port, [`--storeStorageDirectory=${join(root, 'only')}`]));
    await daemon.waitLine((l) => String(l.msg).includes('mgmtd not answering'), 'a registration failure');
    await daemon.waitLine((l) => l.attempt === 2, 'a second registration attempt');
    mgmtd = new MgmtdStandIn(secret);
    await mgmtd.start(port);
    const ready = await daemon.waitLine((l) => l.msg === 'ready', 'ready');
    expect(ready).toMatchObject({ nodeId: 1, targets: [101] });
    expect(await readFile(join(root, 'only', 'format.conf'), 'utf8')).toMatch(/nodeNumID=1\ntargetNumID=101\n/);
    expect(mgmtd.nodes.get(1)?.alias).toBe('storage01');
    // mgmtd goes away and comes back without its state: heartbeats fail, then re-register.
    await mgmtd.stop();
    await daemon.waitLine((l) => String(l.msg).includes('heartbeat to mgmtd failed'), 'a heartbeat failure');
    mgmtd = new MgmtdStandIn(secret);
    await mgmtd.start(port);
    await waitFor(() => mgmtd!.heartbeats.length > 0 && mgmtd!.targets.get(101) === 1, { timeoutMs: 20_000, what: 'heartbeats after the mgmtd restart' });
    daemon.child.kill('SIGTERM');
    expect((await daemon.exit).code).toBe(0);
    await expect(stat(join(root, 'only', 'lock.pid'))).rejects.toThrow(/ENOENT/);
  });

  it('serves formatted targets while mgmtd is down and becomes ready when it appears', async () => {
    await mgmtd!.stop();
    daemon = spawnStorage(daemonArgs(root, port, [`--storeStorageDirectory=${join(root, 'only')}`]));
    const listening = await daemon.waitLine((l) => l.msg === 'listening', 'listening');
    client = new RpcClient({ host: '127.0.0.1', port: listening.port as number, secret, timeoutMs: 20_000 });
    await client.call(Rpc.writeChunk, { entryId: '7-1-1', targetId: 101, offset: 3 }, { payload: Buffer.from('early') });
    expect((await client.call(Rpc.getChunkLengths, { entryId: '7-1-1', targetIds: [101] })).lengths).toEqual([8]);
    expect(daemon.lines.some((l) => l.msg === 'ready')).toBe(false);
    mgmtd = new MgmtdStandIn(secret);
    await mgmtd.start(port);
    expect(await daemon.waitLine((l) => l.msg === 'ready', 'ready')).toMatchObject({ nodeId: 1, targets: [101] });
    expect(mgmtd.targets.get(101)).toBe(1);
    daemon.child.kill('SIGTERM');
    expect((await daemon.exit).code).toBe(0);
  });

  it('gives up waiting for mgmtd on SIGTERM, exits 1 and releases the lock', async () => {
    await mgmtd!.stop();
    daemon = spawnStorage(daemonArgs(root, port, [`--storeStorageDirectory=${join(root, 'only')}`]));
    await daemon.waitLine((l) => String(l.msg).includes('mgmtd not answering'), 'a registration failure');
    daemon.child.kill('SIGTERM');
    expect((await daemon.exit).code).toBe(1);
    expect(daemon.stderr()).toContain('hivefs-storage: stopped while waiting for mgmtd');
    await expect(stat(join(root, 'only', 'lock.pid'))).rejects.toThrow(/ENOENT/);
  });
});
