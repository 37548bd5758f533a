// Session reclaim against real daemons: the open files of a SIGKILLed client are closed by meta
// (an unlinked one loses its chunk files), a live client's are not, and client ids are never
// given out twice, also after an mgmtd restart.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { O, type Vfs } from '@hivefs/client-fuse';
import { createLogger } from '@hivefs/common';
import { waitFor } from '@hivefs/common/testing';
import { MapView, hivefs } from '@hivefs/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { ROOT, connectVfs, findFiles, readAll } from '../vfs/helpers.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/hold-open.mjs', import.meta.url));
/** Clients heartbeat four times a second, so mgmtd's 2 s client timeout never drops a live one. */
const FAST_CLIENT = { sysHeartbeatIntervalSecs: 0.25 };
const RECLAIM_DEADLINE_MS = 20_000;

/** What hold-open.mjs reports once its file is open and unlinked. */
interface Held {
  pid: number;
  clientId: number;
  entryId: string;
  targets: number[];
}

let tc: TestCluster;
const children: ChildProcess[] = [];
const vfss: Vfs[] = [];

beforeAll(async () => {
  tc = await startCluster({ meta: 1, storage: 2, targetsPerStorage: 2, extra: { mgmtd: { sysClientTimeoutSecs: '2' }, meta: { sysSessionReclaimSecs: '1' } } });
});
afterAll(async () => {
  for (const c of children) if (c.pid !== undefined && c.exitCode === null && c.signalCode === null) process.kill(c.pid, 'SIGKILL');
  for (const v of vfss) await v.close();
  await tc?.destroy();
});

/** A client in this process; each gets its own alias (the default, <hostname>-<pid>, would share one id). */
async function connect(alias: string): Promise<Vfs> {
  const v = await connectVfs(tc, { ...FAST_CLIENT, sysClientAlias: alias });
  vfss.push(v);
  return v;
}

/** Starts hold-open.mjs on `path` and resolves with its report (rejects with its stderr if it fails). */
function holdOpen(path: string): Promise<{ child: ChildProcess; held: Held }> {
  const child = spawn(process.execPath, [FIXTURE, `--cfgFile=${tc.clientConf}`, `--path=${path}`, `--sysHeartbeatIntervalSecs=${FAST_CLIENT.sysHeartbeatIntervalSecs}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (b: Buffer) => void (stderr += b.toString()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code, signal) => reject(new Error(`hold-open.mjs exited (${code ?? signal}) before it was ready: ${stderr}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /^\{.*\}$/.test(line) ? (JSON.parse(line) as Partial<Held> & { ready?: boolean }) : {};
      if (m.ready) resolve({ child, held: m as Held });
    });
  });
}

/** Kills a child with SIGKILL (by pid) and waits until it is gone. */
async function kill(child: ChildProcess): Promise<void> {
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  process.kill(child.pid!, 'SIGKILL');
  await exited;
}

/** The chunk files of an entry on its targets. */
async function chunkFiles(entryId: string, targets: number[]): Promise<string[]> {
  return (await Promise.all(targets.map((t) => findFiles(join(tc.targetDir(t), 'chunks'), entryId)))).flat();
}

/** The "reclaimed" lines of meta's log. */
async function reclaimLines(): Promise<Record<string, unknown>[]> {
  const text = await readFile(tc.cluster.paths.log('meta01'), 'utf8');
  return text.split('\n').filter((l) => l.includes('"component":"session-reclaim"')).map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => typeof l.sessions === 'number');
}

/** Client ids in mgmtd's map right now. */
async function mapClientIds(): Promise<number[]> {
  const view = new MapView({ mgmtdHost: tc.mgmtd.host, mgmtdPort: tc.mgmtd.port, secret: tc.secret, log: createLogger({ service: 'test', level: 'silent' }), timeoutMs: 2000 });
  try {
    return (await view.refresh()).nodes.filter((n) => n.type === hivefs.NodeType.CLIENT).map((n) => n.nodeId ?? 0);
  } finally {
    view.close();
  }
}

describe('session reclaim', () => {
  const seenIds: number[] = [];

  it('removes the chunks of a file a killed client held open after unlinking it, and keeps a live client\'s', async () => {
    // A live client holds an unlinked file open and keeps heartbeating.
    const live = await connect('test-live');
    seenIds.push(live.getClientId());
    const liveData = Buffer.alloc(2 * 512 * 1024 + 7, 'L');
    const w = await live.create('/live', 0o644, O.RDWR | O.CREAT | O.EXCL, ROOT);
    await live.write(w, liveData, liveData.length, 0);
    await live.release(w);
    const liveInfo = await live.getEntryInfo('/live', ROOT);
    const liveFh = await live.open('/live', O.RDONLY, ROOT);
    await live.unlink('/live', ROOT);
    const liveChunks = await chunkFiles(liveInfo.entryId, liveInfo.pattern.ids);
    expect(liveChunks.length).toBe(3);

    // Another client process does the same, and is killed.
    const { child, held } = await holdOpen('/victim');
    seenIds.push(held.clientId);
    expect(held.clientId).not.toBe(live.getClientId());
    expect((await chunkFiles(held.entryId, held.targets)).length).toBe(4);
    expect(await mapClientIds()).toEqual(expect.arrayContaining([held.clientId, live.getClientId()]));
    await kill(child);

    await waitFor(async () => (await chunkFiles(held.entryId, held.targets)).length === 0, { timeoutMs: RECLAIM_DEADLINE_MS, intervalMs: 100, what: 'the killed client\'s unlinked file to lose its chunk files' });
    const lines = await waitFor(async () => {
      const found = await reclaimLines();
      if (found.length === 0) throw new Error('no reclaim line in the meta log yet');
      return found;
    }, { what: 'the reclaim log line' });
    expect(lines.map((l) => [l.clientId, l.sessions])).toEqual([[held.clientId, 1]]);
    expect(await mapClientIds()).not.toContain(held.clientId);

    // The live client's file is untouched: chunk files in place, its handle still reads.
    expect(await chunkFiles(liveInfo.entryId, liveInfo.pattern.ids)).toEqual(liveChunks);
    expect((await readAll(live, liveFh, liveData.length)).equals(liveData)).toBe(true);
    await live.release(liveFh);
    await waitFor(async () => (await chunkFiles(liveInfo.entryId, liveInfo.pattern.ids)).length === 0, { what: 'the live file\'s chunks to go at its last close' });
  });

  it('never gives a client id out again, also after an mgmtd restart', async () => {
    // The killed client's id is free again in mgmtd's memory, but is not given out.
    const before = await connect('test-before');
    seenIds.push(before.getClientId());
    expect(before.getClientId()).toBeGreaterThan(Math.max(...seenIds.slice(0, -1)));
    // The highest id issued so far belongs to a client that goes away for good.
    const gone = await connect('test-gone');
    seenIds.push(gone.getClientId());
    await gone.close();
    await tc.stop('mgmtd', 'SIGKILL');
    await tc.start('mgmtd');
    // A running client registers again with its own id...
    await waitFor(async () => (await mapClientIds()).includes(before.getClientId()), { timeoutMs: 10_000, what: 'the running client to register again with its id' });
    expect(before.getClientId()).toBe(seenIds.at(-2));
    // ...and a new one gets an id no client ever had, although mgmtd forgot every dead client.
    const after = await connect('test-after');
    expect(after.getClientId()).toBeGreaterThan(Math.max(...seenIds));
  });
});
