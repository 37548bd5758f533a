// Chunk I/O against storage targets: resolves a file's stripe index to a target (a buddy group's primary) and calls it.
import { ErrCode, groupPrimary, HiveError, Rpc, hivefs, type MapView } from '@hivefs/protocol';
import type { AttemptOptions, RetryPolicy } from './retry.js';
import type { Server } from './server-health.js';

/** The layout of an open file: chunk size and its fixed target (or buddy group) ids. */
export interface FileLayout {
  entryId: string;
  chunkSize: number;
  /** Target ids (RAID0) or buddy group ids (BUDDY_MIRROR), by stripe index. */
  ids: readonly number[];
  mirrored: boolean;
}

/** Builds the layout of a file from its attributes; throws when it has no targets. */
export function layoutOf(attr: hivefs.IAttr): FileLayout {
  const p = attr.pattern;
  const ids = p?.ids ?? [];
  if (!p?.chunkSize || ids.length === 0) throw new HiveError(ErrCode.INVALID_PATTERN, `file ${attr.entryId} has no stripe targets`);
  return { entryId: attr.entryId ?? '', chunkSize: p.chunkSize, ids, mirrored: p.type === hivefs.PatternType.BUDDY_MIRROR };
}

/** Striped chunk I/O through the map's storage clients. */
export class StorageIo {
  constructor(private readonly view: MapView, private readonly retry: RetryPolicy) {}

  /** Where a request for stripe index `index` goes now: its target, or its buddy group's current primary (map read anew each time). */
  private serverOf(layout: FileLayout, index: number): Server {
    const id = layout.ids[index];
    if (id === undefined) throw new HiveError(ErrCode.INVALID_PATTERN, `stripe index ${index} out of range for ${layout.entryId}`);
    if (!layout.mirrored) return { kind: 'storage', id };
    return { kind: 'storage', id: groupPrimary(this.view.map, id), group: id };
  }

  /**
   * Reads up to `length` bytes at `chunkOffset` of the chunk file on stripe index `index`.
   * Resolves to the reply payload (shorter or undefined where the chunk file ends or is missing),
   * received into `into` (at least `length` bytes; the result is then a view of it) when given.
   * Every attempt has settled when this settles: nothing writes to `into` afterwards. With
   * `once`, a failed attempt is not retried whatever the mount's failure mode (speculative reads).
   * `signal` (an operation's) ends it, also while it waits for a server, with INTERRUPTED.
   */
  readChunk(layout: FileLayout, index: number, chunkOffset: number, length: number, into?: Buffer, once = false, signal?: AbortSignal): Promise<Buffer | undefined> {
    const payloadInto = into?.subarray(0, length);
    const route = (): Server => this.serverOf(layout, index);
    const send = async ({ id: targetId, group }: Server, opts: AttemptOptions): Promise<Buffer | undefined> => {
      const req = group ? { entryId: layout.entryId, targetId, offset: chunkOffset, length, groupId: group } : { entryId: layout.entryId, targetId, offset: chunkOffset, length };
      const r = await this.view.targetClient(targetId).callRaw(Rpc.readChunk, req, payloadInto ? { ...opts, payloadInto } : opts);
      const got = r.payload?.length ?? 0;
      if (got > length) throw new HiveError(ErrCode.BAD_MESSAGE, `readChunk returned ${got} bytes, asked for ${length}`);
      return r.payload;
    };
    return once ? this.retry.once(route, send) : this.retry.run('readChunk', route, send, signal);
  }

  /**
   * Writes `data` at `chunkOffset` of the chunk file on stripe index `index`. Resolves to the
   * number of attempts it took (after a failed attempt the socket may still hold `data`, so
   * the caller must not reuse that buffer) and the 512-byte blocks the chunk file holds after
   * the write, as storage reported them.
   */
  async writeChunk(layout: FileLayout, index: number, chunkOffset: number, data: Buffer): Promise<{ attempts: number; blocks: number }> {
    let attempts = 0;
    const blocks = await this.retry.run('writeChunk', () => this.serverOf(layout, index), async ({ id: targetId, group }, opts) => {
      attempts++;
      const req = group ? { entryId: layout.entryId, targetId, offset: chunkOffset, groupId: group } : { entryId: layout.entryId, targetId, offset: chunkOffset };
      const r = await this.view.targetClient(targetId).call(Rpc.writeChunk, req, { ...opts, payload: data });
      if (r.written !== data.length) throw new HiveError(ErrCode.CHUNK_IO, `short write on target ${targetId}: ${r.written} of ${data.length} bytes`);
      return Number(r.blocks ?? 0);
    });
    return { attempts, blocks };
  }

  /** Makes the chunk files of the given stripe indexes durable, all in parallel; `signal` as for readChunk. */
  async fsync(layout: FileLayout, indexes: Iterable<number>, signal?: AbortSignal): Promise<void> {
    await Promise.all(
      [...indexes].map((index) =>
        this.retry.run('fsyncChunk', () => this.serverOf(layout, index), ({ id: targetId, group }, opts) =>
          this.view.targetClient(targetId).call(Rpc.fsyncChunk, group ? { entryId: layout.entryId, targetId, groupId: group } : { entryId: layout.entryId, targetId }, opts),
        signal),
      ),
    );
  }
}
