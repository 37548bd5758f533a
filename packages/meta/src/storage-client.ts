// The store's ChunkService over RPC: chunk truncate, batched unlinks, lengths and blocks, and target space from storage nodes.
import { hivefs, Rpc, type MapView, type RpcClient } from '@hivefs/protocol';
import type { ChunkExtents, ChunkRef, ChunkService, TargetSpaceInfo, UnlinkOutcome } from './store/context.js';

/** Most chunk files named in one unlinkChunks request (the storage daemon's limit). */
const UNLINKS_PER_REQUEST = 1024;

/** Deadlines of the storage requests meta makes. */
export interface StorageClientOptions {
  /** truncate and unlink (default: the client's request timeout). */
  timeoutMs?: number;
  /** chunk lengths for a stat of a file open for writing. */
  lengthsTimeoutMs: number;
  /** statTargets for statfs. */
  statTimeoutMs: number;
}

/** {@link ChunkService} that talks to the storage node serving each target, found through the map. */
export class RpcChunkService implements ChunkService {
  constructor(private readonly view: MapView, private readonly opts: StorageClientOptions) {}

  async truncate(entryId: string, targetId: number, length: number): Promise<number> {
    return Number((await this.view.targetClient(targetId).call(Rpc.truncateChunk, { entryId, targetId, length }, this.deadline())).blocks);
  }

  /** One unlinkChunks request per storage node (per 1024 chunk files), all nodes in parallel. */
  async unlinkMany(refs: readonly ChunkRef[]): Promise<UnlinkOutcome[]> {
    const out: UnlinkOutcome[] = new Array(refs.length);
    const byClient = new Map<RpcClient, number[]>();
    refs.forEach((r, i) => {
      try {
        const c = this.view.targetClient(r.targetId);
        byClient.set(c, [...(byClient.get(c) ?? []), i]);
      } catch (e) {
        out[i] = { ok: false, error: (e as Error).message };
      }
    });
    const requests: [RpcClient, number[]][] = [];
    for (const [c, idx] of byClient) for (let k = 0; k < idx.length; k += UNLINKS_PER_REQUEST) requests.push([c, idx.slice(k, k + UNLINKS_PER_REQUEST)]);
    await Promise.all(
      requests.map(async ([client, idx]) => {
        try {
          const r = await client.call(Rpc.unlinkChunks, { chunks: idx.map((i) => refs[i]!) }, this.deadline());
          idx.forEach((i, k) => {
            const res = r.results[k];
            out[i] = !res ? { ok: false, error: 'no result in the reply' } : res.code ? { ok: false, error: res.message || `error ${res.code}` } : { ok: true };
          });
        } catch (e) {
          for (const i of idx) out[i] = { ok: false, error: (e as Error).message };
        }
      }),
    );
    return out;
  }

  /**
   * One request per storage node, for all of that node's targets of the file. Blocks are
   * undefined when a node's reply lacks them (a storage daemon from before blocks were reported).
   */
  async chunkLengths(entryId: string, targetIds: number[]): Promise<ChunkExtents> {
    const byClient = new Map<RpcClient, number[]>();
    for (const t of targetIds) {
      const c = this.view.targetClient(t);
      byClient.set(c, [...(byClient.get(c) ?? []), t]);
    }
    const lengths = new Map<number, number>();
    const blocks = new Map<number, number>();
    let allBlocks = true;
    await Promise.all(
      [...byClient].map(async ([client, ids]) => {
        const r = await client.call(Rpc.getChunkLengths, { entryId, targetIds: ids }, { timeoutMs: this.opts.lengthsTimeoutMs });
        if (r.blocks.length < ids.length) allBlocks = false;
        ids.forEach((t, i) => {
          lengths.set(t, Number(r.lengths[i] ?? 0));
          blocks.set(t, Number(r.blocks[i] ?? 0));
        });
      }),
    );
    return { lengths: targetIds.map((t) => lengths.get(t) ?? 0), blocks: allBlocks ? targetIds.map((t) => blocks.get(t) ?? 0) : undefined };
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

  private deadline(): { timeoutMs?: number } {
    return this.opts.timeoutMs ? { timeoutMs: this.opts.timeoutMs } : {};
  }
}
