// A buddy group's persistent dirty set: chunks changed while the secondary could not follow (append + fdatasync before the ack).
import { open, type FileHandle } from 'node:fs/promises';
import { readIfExists, writeDurably } from '@hivefs/common';
import { checkEntryId } from '../chunk-path.js';

const HEADER = 'hivefs-dirty-set v1 startMs=';
/** Header flag of a set started by a takeover: the secondary is a demoted primary. */
const TAKEOVER = ' takeover';

/**
 * The chunks (entry ids) of one group changed on its primary alone. The file starts with a
 * header line holding the wall-clock ms the set was started (and ` takeover` when this primary
 * started it on taking over from the secondary it now lacks), then one entry id per line.
 * {@link add} resolves only once the entry is on stable storage (concurrent adds share one
 * append + fdatasync); an id already in the set is not appended again. Every add also bumps the
 * entry's in-memory mark, so a resync can tell a chunk changed after it copied it.
 */
export class DirtySet {
  private readonly durable = new Set<string>();
  private readonly marks = new Map<string, number>();
  private markSeq = 0;
  private queued: string[] = [];
  private readonly inflight = new Set<string>();
  private flushing: Promise<void> | undefined;
  private waiting: Promise<void> | undefined;
  private fh: FileHandle | undefined;

  /**
   * `takeover`: the secondary is a former primary, which may have changed chunks it never
   * acknowledged just before it was demoted; a resync also looks at what it changed then.
   */
  private constructor(private readonly path: string, readonly startMs: number, readonly takeover: boolean) {}

  /** Opens the set at `path`, or undefined when there is none. A torn last line is ignored. */
  static async load(path: string): Promise<DirtySet | undefined> {
    const text = await readIfExists(path);
    if (text === undefined) return undefined;
    const lines = text.split('\n');
    const head = lines[0] ?? '';
    const takeover = head.endsWith(TAKEOVER);
    const startMs = head.startsWith(HEADER) ? Number(head.slice(HEADER.length, takeover ? -TAKEOVER.length : undefined)) : NaN;
    if (!Number.isFinite(startMs)) throw new Error(`dirty set ${path} has no valid header`);
    const set = new DirtySet(path, startMs, takeover);
    for (const id of lines.slice(1, text.endsWith('\n') ? -1 : lines.length - 1)) {
      if (!id) continue;
      checkEntryId(id);
      set.durable.add(id);
      set.marks.set(id, ++set.markSeq);
    }
    return set;
  }

  /** Starts a new, empty set (replacing any file at `path`) started at `startMs`; durable when it resolves. */
  static async create(path: string, startMs: number, takeover = false): Promise<DirtySet> {
    await writeDurably(path, `${HEADER}${startMs}${takeover ? TAKEOVER : ''}\n`);
    return new DirtySet(path, startMs, takeover);
  }

  /** Number of entries. */
  get size(): number {
    return this.marks.size;
  }

  /** Every entry id in the set. */
  entries(): string[] {
    return [...this.marks.keys()];
  }

  /** The entry's change mark (grows with every add; 0 when not in the set). */
  mark(entryId: string): number {
    return this.marks.get(entryId) ?? 0;
  }

  /** Adds entry ids; resolves when all of them are on stable storage. */
  add(entryIds: readonly string[]): Promise<void> {
    let fresh = false;
    for (const id of entryIds) {
      this.marks.set(id, ++this.markSeq);
      if (!this.durable.has(id) && !this.inflight.has(id) && !this.queued.includes(id)) {
        this.queued.push(id);
        fresh = true;
      }
    }
    if (!fresh) return this.pendingFor(entryIds);
    return this.flush();
  }

  /** Closes the file. */
  async close(): Promise<void> {
    await this.flushing?.catch(() => undefined);
    await this.fh?.close();
    this.fh = undefined;
  }

  /** Waits for the flush carrying any of these ids (they may be queued by a concurrent add). */
  private pendingFor(entryIds: readonly string[]): Promise<void> {
    if (entryIds.every((id) => this.durable.has(id))) return Promise.resolve();
    return this.flush();
  }

  /** One append + fdatasync at a time; adds arriving meanwhile ride on the next one. */
  private flush(): Promise<void> {
    if (this.flushing) return (this.waiting ??= this.flushing.catch(() => undefined).then(() => {
      this.waiting = undefined;
      return this.flush();
    }));
    const batch = this.queued;
    this.queued = [];
    if (batch.length === 0) return Promise.resolve();
    for (const id of batch) this.inflight.add(id);
    this.flushing = (async () => {
      this.fh ??= await open(this.path, 'a');
      await this.fh.appendFile(batch.map((id) => `${id}\n`).join(''));
      await this.fh.datasync();
      for (const id of batch) this.durable.add(id);
    })().catch((e: unknown) => {
      this.queued.unshift(...batch.filter((id) => !this.queued.includes(id)));
      throw e;
    }).finally(() => {
      for (const id of batch) this.inflight.delete(id);
      this.flushing = undefined;
    });
    return this.flushing;
  }
}
