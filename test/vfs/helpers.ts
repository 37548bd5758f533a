// Helpers of the VFS cluster tests: a Vfs connected to a test cluster, credentials, seeded randomness.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createLogger, loadAuthSecret, type Logger } from '@hivefs/common';
import { Vfs, loadClientConfig, type ClientConfig, type Cred } from '@hivefs/client-fuse';
import type { TestCluster } from '../harness/cluster.js';

export const ROOT: Cred = { uid: 0, gid: 0, gids: [] };
export const ALICE: Cred = { uid: 1000, gid: 1000, gids: [] };
export const BOB: Cred = { uid: 1001, gid: 1001, gids: [] };

/** Connects a Vfs with the cluster's client conf, as a mount would (conf file, then overrides); logs warnings to stdout unless given a logger. */
export async function connectVfs(tc: TestCluster, overrides: Partial<ClientConfig> = {}, log: Logger = createLogger({ service: 'client', level: 'warn' })): Promise<Vfs> {
  const { config, file } = loadClientConfig([`--cfgFile=${tc.clientConf}`]);
  const secret = await loadAuthSecret(config, file);
  return Vfs.connect({ mgmtdHost: config.sysMgmtdHost, mgmtdPort: config.connMgmtdPort + config.connPortShift, secret, log, config: { ...config, ...overrides } });
}

/** A small, fast, seeded PRNG (mulberry32). */
export function prng(seed: number): { next: () => number; int: (n: number) => number; fill: (b: Buffer) => Buffer } {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  const fill = (b: Buffer): Buffer => {
    for (let i = 0; i + 4 <= b.length; i += 4) b.writeUInt32LE((next() * 4294967296) >>> 0, i);
    for (let i = b.length - (b.length % 4); i < b.length; i++) b[i] = int(256);
    return b;
  };
  return { next, int, fill };
}

/** Every file named `name` below `dir` (recursively). */
export async function findFiles(dir: string, name: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name === name) out.push(join(e.parentPath, e.name));
  }
  return out;
}

/** Reads a whole file through the VFS with reads of `step` bytes; `size` is what to expect at most. */
export async function readAll(vfs: Vfs, fh: number, size: number, step = 128 * 1024): Promise<Buffer> {
  const out = Buffer.alloc(size + step);
  let pos = 0;
  for (;;) {
    const n = await vfs.read(fh, out.subarray(pos, pos + step), step, pos);
    if (n === 0) break;
    pos += n;
    if (pos > size) break;
  }
  return out.subarray(0, pos);
}
