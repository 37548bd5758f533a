// The store's ChunkService over RPC: chunk truncate, batched unlinks, lengths and blocks, and target space from storage nodes
// (buddy-mirrored files through their groups' current primaries).
import { errorCode, groupPrimary, hivefs, REROUTE_CODES, Rpc, type MapView, type RpcClient } from '@hivefs/protocol';
import type { ChunkExtents, ChunkHolder, ChunkRef, ChunkService, TargetSpaceInfo, UnlinkOutcome } from './store/context.js';

/** Most chunk files named in one unlinkChunks request (the storage daemon's limit). */
const UNLINKS_PER_REQUEST = 1024;

/** Times a mirrored request is sent again after a NOT_PRIMARY or STALE_MAP answer (each after a map refresh). */
const MAX_REROUTES = 2;

/** Where a request about one chunk file goes now. */
interface Route {
  client: RpcClient;
  /** The target itself, or the current primary of the group. */
  targetId: number;
  /** The buddy group (0: unmirrored). */
  groupId: number;
}

/** Whether any of `holders` is a buddy group. */
const anyGroup = (holders: readonly ChunkHolder[]): boolean => holders.some((h) => h.groupId !== undefined);

/** Deadlines of the storage requests meta makes. */
export interface StorageClientOptions {
  /** truncate and unlink (default: the client's request timeout). */
  timeoutMs?: number;
  /** chunk lengths for a stat of a file open for writing. */
  lengthsTimeoutMs: number;
  /** statTargets for statfs. */
  statTimeoutMs: number;
}

/**
 * {@link ChunkService} that talks to the storage node serving each target, found through the map.
 * A buddy group's chunk files are asked of the group's current primary with the group id set; a
 * NOT_PRIMARY or STALE_MAP answer (a switchover meta's map has not caught up with) refreshes the
 * map and sends again. A group neither of whose members answers fails like an unreachable target.
 */
export class RpcChunkService implements ChunkService {
  constructor(private readonly view: MapView, private readonly opts: StorageClientOptions) {}

  async truncate(entryId: string, holder: ChunkHolder, length: number): Promise<number> {
    return this.rerouting(anyGroup([holder]), async () => {
      const { client, targetId, groupId } = this.route(holder);
      return Number((await client.call(Rpc.truncateChunk, { entryId, targetId, length, groupId }, this.deadline())).blocks);
    });
  }

  /**
   * One unlinkChunks request per storage node (per 1024 chunk files), all nodes in parallel.
   * Mirrored chunk files refused as routed by an outdated map are sent again after a map refresh.
   */
  async unlinkMany(refs: readonly ChunkRef[]): Promise<UnlinkOutcome[]> {
    const out: UnlinkOutcome[] = new Array(refs.length);
    let pending = refs.map((_, i) => i);
    for (let round = 0; ; round++) {
      const rerouted = await this.unlinkRound(refs, pending, out);
      pending = rerouted.filter((i) => refs[i]!.groupId !== undefined);
      if (pending.length === 0 || round >= MAX_REROUTES) return out;
      await this.view.refresh().catch(() => undefined);
    }
  }

  /** Sends the unlinks of `refs[idx]` once, filling `out`; resolves the indexes answered with a re-route code. */
  private async unlinkRound(refs: readonly ChunkRef[], indexes: readonly number[], out: UnlinkOutcome[]): Promise<number[]> {
    const rerouted: number[] = [];
    const fail = (i: number, error: string, code: number): void => {
      out[i] = { ok: false, error };
      if (REROUTE_CODES.has(code)) rerouted.push(i);
    };
    const byClient = new Map<RpcClient, { idx: number[]; chunks: hivefs.IChunkRef[] }>();
    for (const i of indexes) {
      const r = refs[i]!;
      try {
        const { client, targetId, groupId } = this.route(r);
        const b = byClient.get(client) ?? { idx: [], chunks: [] };
        b.idx.push(i);
        b.chunks.push({ entryId: r.entryId, targetId, groupId });
        byClient.set(client, b);
      } catch (e) {
        fail(i, (e as Error).message, errorCode(e));
      }
    }
    const requests: [RpcClient, number[], hivefs.IChunkRef[]][] = [];
    for (const [c, b] of byClient) {
      for (let k = 0; k < b.idx.length; k += UNLINKS_PER_REQUEST) requests.push([c, b.idx.slice(k, k + UNLINKS_PER_REQUEST), b.chunks.slice(k, k + UNLINKS_PER_REQUEST)]);
    }
    await Promise.all(
      requests.map(async ([client, idx, chunks]) => {
        try {
          const r = await client.call(Rpc.unlinkChunks, { chunks }, this.deadline());
          idx.forEach((i, k) => {
            const res = r.results[k];
            if (!res) fail(i, 'no result in the reply', 0);
            else if (res.code) fail(i, res.message || `error ${res.code}`, res.code);
            else out[i] = { ok: true };
          });
        } catch (e) {
          for (const i of idx) fail(i, (e as Error).message, errorCode(e));
        }
      }),
    );
    return rerouted;
  }

  /**
   * One request per storage node, for all of that node's targets of the file. Blocks are
   * undefined when a node's reply lacks them (a storage daemon from before blocks were reported).
   */
  async chunkLengths(entryId: string, holders: readonly ChunkHolder[]): Promise<ChunkExtents> {
    return this.rerouting(anyGroup(holders), () => this.chunkLengthsOnce(entryId, holders));
  }

  private async chunkLengthsOnce(entryId: string, holders: readonly ChunkHolder[]): Promise<ChunkExtents> {
    const byClient = new Map<RpcClient, { idx: number[]; targetIds: number[]; groupIds: number[] }>();
    holders.forEach((h, i) => {
      const { client, targetId, groupId } = this.route(h);
      const b = byClient.get(client) ?? { idx: [], targetIds: [], groupIds: [] };
      b.idx.push(i);
      b.targetIds.push(targetId);
      b.groupIds.push(groupId);
      byClient.set(client, b);
    });
    const lengths: number[] = new Array(holders.length).fill(0);
    const blocks: number[] = new Array(holders.length).fill(0);
    let allBlocks = true;
    await Promise.all(
      [...byClient].map(async ([client, { idx, targetIds, groupIds }]) => {
        const req = { entryId, targetIds, ...(groupIds.some((g) => g !== 0) ? { groupIds } : {}) };
        const r = await client.call(Rpc.getChunkLengths, req, { timeoutMs: this.opts.lengthsTimeoutMs });
        if (r.blocks.length < idx.length) allBlocks = false;
        idx.forEach((at, k) => {
          lengths[at] = Number(r.lengths[k] ?? 0);
          blocks[at] = Number(r.blocks[k] ?? 0);
        });
      }),
    );
    return { lengths, blocks: allBlocks ? blocks : undefined };
  }

  /** Asks every storage node of the map in parallel; nodes that fail or time out are left out. */
  async targetSpaces(): Promise<TargetSpaceInfo[]> {
    const map = this.view.map;
    const known = new Set((map?.targets ?? []).filter((t) => (t.nodeType ?? hivefs.NodeType.STORAGE) === hivefs.NodeType.STORAGE).map((t) => t.targetId ?? 0));
    const nodes = (map?.nodes ?? []).filter((n) => n.type === hivefs.NodeType.STORAGE);
    const replies = await Promise.allSettled(
      nodes.map(async (n) => this.view.nodeClient(hivefs.NodeType.STORAGE, n.nodeId ?? 0).call(Rpc.statTargets, { targetIds: [] }, { timeoutMs: this.opts.statTimeoutMs })),
    );
    const out: TargetSpaceInfo[] = [];
    for (const r of replies) {
      if (r.status !== 'fulfilled') continue;
      for (const t of r.value.targets) {
        if (!known.has(t.targetId ?? 0)) continue;
        out.push({
          targetId: t.targetId ?? 0, totalBytes: Number(t.totalBytes), freeBytes: Number(t.freeBytes), usedBytes: Number(t.usedBytes ?? 0),
          totalInodes: Number(t.totalInodes), freeInodes: Number(t.freeInodes), fsId: t.fsId ?? '',
        });
      }
    }
    return out;
  }

  /** Where a request about `h`'s chunk file goes now (a group: its primary in the map); throws when the map cannot say. */
  private route(h: ChunkHolder): Route {
    if (h.groupId === undefined) return { client: this.view.targetClient(h.targetId), targetId: h.targetId, groupId: 0 };
    const targetId = groupPrimary(this.view.map, h.groupId);
    return { client: this.view.targetClient(targetId), targetId, groupId: h.groupId };
  }

  /** Runs `send`; for mirrored requests a NOT_PRIMARY or STALE_MAP answer refreshes the map and sends again (a few times). */
  private async rerouting<T>(mirrored: boolean, send: () => Promise<T>): Promise<T> {
    for (let round = 0; ; round++) {
      try {
        return await send();
      } catch (e) {
        if (!mirrored || round >= MAX_REROUTES || !REROUTE_CODES.has(errorCode(e))) throw e;
        await this.view.refresh().catch(() => undefined);
      }
    }
  }

  private deadline(): { timeoutMs?: number } {
    return this.opts.timeoutMs ? { timeoutMs: this.opts.timeoutMs } : {};
  }
}
