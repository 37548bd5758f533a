// An in-process link from a primary space to a secondary one, with random delays, for journal tests.
import { openMemoryStore, type KvBatchOp, type KvStore } from '@hivefs/common';
import type { LoggerLike } from '@hivefs/protocol';
import { JournalGapError } from '../journal/errors.js';
import { decodeEntry, encodeEntry, type JournalEntry } from '../journal/entry.js';
import { journalPrefix, spacePrefix } from '../journal/keys.js';
import type { Replicator } from '../journal/primary-types.js';
import { MetaSpace, type MetaSpaceOptions, type PrimaryHooks } from '../journal/space.js';
import { PushBatcher, type PushBatcherOptions } from '../mirror/push-batcher.js';

/** A seeded pseudo-random generator (mulberry32): the same seed, the same run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A logger that says nothing. */
export const quietLog: LoggerLike = { debug() {}, info() {}, warn() {}, error() {} };

/** A logger that keeps its warnings (to check that a decision was logged). */
export function recordingLog(): LoggerLike & { warnings: string[] } {
  const warnings: string[] = [];
  return { ...quietLog, warnings, warn: (o: unknown, msg?: string) => void warnings.push(msg ?? String(o)) };
}

/**
 * The network between a primary and its secondary: each entry is delivered to `target()` after a
 * random delay (so entries overtake each other), and its answer comes back after another one. GAP
 * answers become JournalGapError, as the wiring will make them. `down` makes every send fail;
 * `delayOf` can hold back chosen entries.
 */
export class Link {
  down = false;
  /** Seqs the secondary acknowledged (applied or duplicate), in the order the acks arrived. */
  readonly acked: number[] = [];
  readonly sent: number[] = [];
  gaps = 0;
  /** Share of entries delivered twice (a retransmission). */
  duplicateRate = 0;
  /** While set, deliveries wait for it (a stalled network). */
  gate: Promise<void> | undefined;
  /** Extra delay of one entry's delivery: ms, or until a promise settles; undefined: the random one. */
  delayOf: (e: JournalEntry) => number | Promise<unknown> | undefined = () => undefined;

  constructor(private readonly target: () => MetaSpace, private readonly random: () => number, private readonly maxDelayMs = 2) {}

  private async delay(ms?: number | Promise<unknown>): Promise<void> {
    if (typeof ms === 'object') return void (await ms);
    const wait = ms ?? Math.floor(this.random() * (this.maxDelayMs + 1));
    return new Promise((resolve) => (wait === 0 ? setImmediate(resolve) : setTimeout(resolve, wait)));
  }

  /** The replicator of the primary's hooks. */
  readonly replicator = {
    send: async (entry: JournalEntry): Promise<void> => {
      this.sent.push(entry.seq);
      if (this.down) throw new Error('secondary unreachable');
      await this.delay(this.delayOf(entry));
      await this.gate;
      if (this.down) throw new Error('secondary unreachable');
      if (this.random() < this.duplicateRate) {
        const copy = decodeEntry(encodeEntry(entry));
        void this.delay().then(() => this.target().apply(copy)).catch(() => undefined);
      }
      const r = await this.target().apply(decodeEntry(encodeEntry(entry)));
      await this.delay();
      if (r.status === 'gap') {
        this.gaps++;
        throw new JournalGapError(r.applied);
      }
      this.acked.push(entry.seq);
    },
  };

  /**
   * A replicator that sends pushes of several entries over the link, as the RPC wiring does: each
   * push is delivered to `target().applyAll` after a random delay (`delayOf` of its first entry)
   * and answered once.
   */
  batched(o: PushBatcherOptions = {}): PushBatcher {
    return new PushBatcher(async (entries) => {
      for (const e of entries) this.sent.push(e.seq);
      if (this.down) throw new Error('secondary unreachable');
      await this.delay(this.delayOf(entries[0]!));
      await this.gate;
      if (this.down) throw new Error('secondary unreachable');
      const r = await this.target().applyAll(entries.map((e) => decodeEntry(encodeEntry(e))));
      await this.delay();
      if (r.status === 'gap') this.gaps++;
      for (const e of entries) if (r.status !== 'gap' || e.seq <= r.applied) this.acked.push(e.seq);
      return r;
    }, o);
  }
}

/** Hooks of a primary that talks over `link`; `lost` counts onSecondaryLost calls. */
export function hooksOver(link: Link, secondary: PrimaryHooks['secondary'] = 'good', replicator: Replicator = link.replicator): PrimaryHooks & { lost: unknown[]; guardError?: Error } {
  const hooks: PrimaryHooks & { lost: unknown[]; guardError?: Error } = {
    replicator,
    lost: [],
    onSecondaryLost: async (err) => void hooks.lost.push(err),
    guard: () => {
      if (hooks.guardError) throw hooks.guardError;
    },
    secondary,
  };
  return hooks;
}

/** A primary space on `a` and a secondary space on `b` of group `groupId`, linked. */
export interface Pair {
  a: KvStore;
  b: KvStore;
  primary: MetaSpace;
  secondary: MetaSpace;
  link: Link;
  hooks: ReturnType<typeof hooksOver>;
}

/** Opens a linked pair (memory stores unless given; `batched`: entries go in pushes of several, see {@link Link.batched}). */
export async function openPair(
  opts: { seed?: number; groupId?: number; a?: KvStore; b?: KvStore; maxDelayMs?: number; batched?: PushBatcherOptions } & Partial<Omit<MetaSpaceOptions, 'kv' | 'groupId' | 'role'>> = {},
): Promise<Pair> {
  const { seed = 1, groupId = 7, a = openMemoryStore(), b = openMemoryStore(), maxDelayMs, batched, ...rest } = opts;
  const common = { groupId, logger: quietLog, holdMs: 200, ...rest };
  const secondary = await MetaSpace.open({ ...common, kv: b, role: 'secondary' });
  const pair = { a, b, secondary } as Pair;
  pair.link = new Link(() => pair.secondary, seededRandom(seed), maxDelayMs);
  pair.hooks = hooksOver(pair.link, 'good', batched ? pair.link.batched(batched) : pair.link.replicator);
  pair.primary = await MetaSpace.open({ ...common, kv: a, role: { primary: pair.hooks } });
  return pair;
}

/** Every key and value of `kv` under the space and the journal of `groupId`, as hex text (for equality checks). */
export async function dumpGroup(kv: KvStore, groupId: number): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const p of [spacePrefix(groupId), journalPrefix(groupId)]) {
    for await (const [k, v] of kv.keysWithPrefix(p)) out[k] = Buffer.from(v).toString('hex');
  }
  return out;
}

/** A random batch over a small key set (so puts overwrite and dels hit), some puts volatile. */
export function randomBatch(random: () => number): KvBatchOp[] {
  const n = 1 + Math.floor(random() * 4);
  const ops: KvBatchOp[] = [];
  for (let i = 0; i < n; i++) {
    const key = `D:dir${Math.floor(random() * 5)}:name${Math.floor(random() * 40)}`;
    if (random() < 0.25) ops.push({ type: 'del', key });
    else ops.push({ type: 'put', key, value: Buffer.from(`v${Math.floor(random() * 1e6)}`), ...(random() < 0.2 ? { volatile: true } : {}) });
  }
  return ops;
}
