// Cluster tests' stand-in for a client of mirrored files: chunk requests with a group id to the group's primary, by the map, retried as a client would.
import { readFile } from 'node:fs/promises';
import { ErrCode, HiveError, MapView, Rpc, findGroup, hivefs, type RpcClient } from '@hivefs/protocol';
import { chunkPath, dirtySetPath, makeTarget } from '../../packages/storage/src/index.js';
import type { TestCluster } from '../harness/cluster.js';

const QUIET = { debug() {}, info() {}, warn() {}, error() {} };

/** A MapView-driven sender of mirrored chunk requests (what client and meta do for a mirrored file). */
export class MirrorDriver {
  readonly view: MapView;

  constructor(private readonly tc: TestCluster) {
    this.view = new MapView({ mgmtdHost: tc.mgmtd.host, mgmtdPort: tc.mgmtd.port, secret: tc.secret, log: QUIET, timeoutMs: 5000 });
  }

  /** Creates a storage buddy group at mgmtd; resolves its id. */
  async addGroup(primaryId: number, secondaryId: number): Promise<number> {
    const r = await this.view.mgmtd.call(Rpc.addMirrorGroup, { nodeType: hivefs.NodeType.STORAGE, primaryId, secondaryId });
    await this.view.refresh();
    return r.groupId;
  }

  /** The group as mgmtd's map shows it now. */
  async group(groupId: number): Promise<hivefs.IBuddyGroup> {
    const g = findGroup(await this.view.refresh(), hivefs.NodeType.STORAGE, groupId);
    if (!g) throw new Error(`group ${groupId} not in the map`);
    return g;
  }

  /** A target as mgmtd's map shows it now. */
  async target(targetId: number): Promise<hivefs.ITargetInfo> {
    await this.view.refresh();
    return this.view.target(targetId)!;
  }

  /** The client of the storage node serving the group's primary (by the cached map) and that target. */
  primary(groupId: number): { client: RpcClient; targetId: number } {
    const g = findGroup(this.view.map, hivefs.NodeType.STORAGE, groupId)!;
    return { client: this.view.targetClient(g.primaryId ?? 0), targetId: g.primaryId ?? 0 };
  }

  /** Writes `data` at `offset` of the group's chunk of `entryId`, re-routing and retrying retryable refusals for up to `timeoutMs`. */
  async write(groupId: number, entryId: string, offset: number, data: Buffer, timeoutMs = 20_000): Promise<number> {
    return this.retrying(timeoutMs, async () => {
      const p = this.primary(groupId);
      return (await p.client.call(Rpc.writeChunk, { entryId, targetId: p.targetId, offset, groupId }, { payload: data })).written;
    });
  }

  /** One attempt, no retry: resolves the response or rejects with the storage daemon's error. */
  writeOnce(groupId: number, entryId: string, offset: number, data: Buffer, timeoutMs = 5000): Promise<hivefs.WriteChunkResp> {
    const p = this.primary(groupId);
    return p.client.call(Rpc.writeChunk, { entryId, targetId: p.targetId, offset, groupId }, { payload: data, timeoutMs });
  }

  /** Resync stats from the group's primary. */
  async stats(groupId: number): Promise<hivefs.IResyncStats> {
    await this.view.refresh();
    const p = this.primary(groupId);
    return (await p.client.call(Rpc.getResyncStats, { groupId })).stats!;
  }

  /** The bytes of a mirrored chunk file on a target (undefined when missing). */
  chunk(targetId: number, entryId: string): Promise<Buffer | undefined> {
    return readFile(chunkPath(makeTarget(targetId, this.tc.targetDir(targetId)).buddymirDir, entryId)).catch(() => undefined);
  }

  /** The entry ids in a group's dirty set on target `targetId` (its primary), file order. */
  async dirty(targetId: number, groupId: number): Promise<string[]> {
    const text = await readFile(dirtySetPath(makeTarget(targetId, this.tc.targetDir(targetId)), groupId), 'utf8').catch(() => '');
    return text.split('\n').slice(1).filter(Boolean);
  }

  close(): void {
    this.view.close();
  }

  private async retrying<T>(timeoutMs: number, fn: () => Promise<T>): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      try {
        return await fn();
      } catch (e) {
        if (!(e instanceof HiveError) || !e.retryable || Date.now() > end) throw e;
        if (e.code === ErrCode.NOT_PRIMARY || e.code === ErrCode.STALE_MAP) await this.view.refresh().catch(() => undefined);
        else await new Promise((r) => setTimeout(r, 100));
        await this.view.refresh().catch(() => undefined);
      }
    }
  }
}

/** Entry id number `i` (valid ids, distinct chunk files). */
export const entryId = (i: number): string => `${(i + 1).toString(16).toUpperCase()}-5F00AB12-1`;

/** `n` bytes of a pattern depending on `seed` (never all zero). */
export function pattern(n: number, seed: number): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = (i * 31 + seed * 7 + 1) & 0xff || 1;
  return b;
}
