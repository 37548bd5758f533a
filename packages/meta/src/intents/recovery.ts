// The recovery runner: completes or rolls back pending intents and drops markers of finished ones.
import { backoffMs, ownerNodeOf, pause } from '@hivefs/protocol';
import { IGNORE_PINS } from '../store/locks.js';
import { recoverLink } from './link.js';
import { isPending, listIntents, readIntent, type Intent } from './log.js';
import { recoverMkdir } from './mkdir.js';
import { markedIntents, peerForget } from './peer-ops.js';
import type { PeerContext } from './remote.js';
import { recoverRename } from './rename.js';
import { recoverRmdir } from './rmdir.js';
import { recoverUnlink } from './unlink.js';

/** Delay of the first retry after a pass that left work; doubles up to MAX_RETRY_MS. */
const BASE_RETRY_MS = 250;
const MAX_RETRY_MS = 10_000;
/** A pass runs at least this often while the daemon is up (markers of finished intents). */
const IDLE_PASS_MS = 5_000;

/**
 * Completes (or rolls back) one pending intent under the locks its operation held. The intent
 * is read again under them: a listed intent may belong to an operation still running, which
 * holds those locks and removes (or advances) its intent before it lets them go. Pins (the
 * source of a rename waiting for its peer) do not hold recovery back; a recovered intent's pin goes.
 */
export async function recoverIntent(ctx: PeerContext, listed: Intent): Promise<void> {
  await ctx.locks.with(listed.locks, async () => {
    const i = await readIntent(ctx, listed.id);
    if (i) await recoverKind(ctx, i);
    ctx.locks.unpin(listed.id);
  }, IGNORE_PINS);
}

async function recoverKind(ctx: PeerContext, i: Intent): Promise<void> {
  switch (i.kind) {
    case 'mkdir': return recoverMkdir(ctx, i);
    case 'rmdir': return recoverRmdir(ctx, i);
    case 'unlink': return recoverUnlink(ctx, i);
    case 'link': return recoverLink(ctx, i);
    case 'rename': return recoverRename(ctx, i);
  }
}

/** What one pass did and left. */
export interface PassResult {
  resolved: number;
  left: number;
  markersDropped: number;
}

/**
 * One recovery pass: every pending intent of this coordinator (each once its peer answers),
 * then the markers this node keeps for other coordinators' intents that are no longer pending.
 * An intent started during the pass may be met while its operation still runs: its locks make
 * the pass wait, and it is gone by then.
 */
export async function recoveryPass(ctx: PeerContext): Promise<PassResult> {
  const r: PassResult = { resolved: 0, left: 0, markersDropped: 0 };
  for (const i of await listIntents(ctx)) {
    try {
      await recoverIntent(ctx, i);
      r.resolved += 1;
    } catch (e) {
      r.left += 1;
      ctx.log.warn({ intentId: i.id, kind: i.kind, err: (e as Error).message }, 'intent not resolved yet; retrying later');
    }
  }
  for (const id of await markedIntents(ctx)) {
    const coord = ownerNodeOf(id);
    try {
      const pending = coord === ctx.nodeId ? await isPending(ctx, id) : await ctx.peers.intentPending(coord, id);
      if (!pending) {
        await peerForget(ctx, id);
        r.markersDropped += 1;
      }
    } catch {
      r.left += 1;
    }
  }
  return r;
}

/**
 * Runs recovery passes: at start, when kicked (a map change: a peer may be back) or nudged by an
 * operation (at most every 250 ms), and after a pass that left work with backoff (250 ms doubling
 * to 10 s); otherwise every 5 s. Logs
 * 'intent recovery: none pending' after the first pass and after every pass that cleared work.
 */
export class RecoveryRunner {
  private readonly aborter = new AbortController();
  private kicked = false;
  /** When the last pass started (Date.now()). */
  private lastPassAt = 0;
  private nudgeTimer: NodeJS.Timeout | undefined;
  private wake: (() => void) | undefined;
  private loop: Promise<void> | undefined;
  /** Intents and markers left by the last pass (-1 before the first). */
  lastLeft = -1;

  constructor(private readonly ctx: PeerContext) {}

  /** Starts the loop. */
  start(): void {
    this.loop ??= this.run();
  }

  /** Asks for a pass soon (e.g. the cluster map changed: a peer may be back). */
  kick(): void {
    this.kicked = true;
    this.wake?.();
  }

  /**
   * Asks for a pass soon, at most one per {@link BASE_RETRY_MS}: an operation whose peer did not
   * answer nudges; while that peer is down every failing operation would otherwise start a pass
   * of its own, and once it is back the next one gets the pending intents resolved at once.
   */
  nudge(): void {
    const wait = this.lastPassAt + BASE_RETRY_MS - Date.now();
    if (wait <= 0) return this.kick();
    this.nudgeTimer ??= setTimeout(() => {
      this.nudgeTimer = undefined;
      this.kick();
    }, wait);
    this.nudgeTimer.unref?.();
  }

  /** Stops the loop; a running pass finishes its current step. */
  async stop(): Promise<void> {
    clearTimeout(this.nudgeTimer);
    this.nudgeTimer = undefined;
    this.aborter.abort();
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    for (let failures = 0; !this.aborter.signal.aborted; ) {
      this.kicked = false;
      this.lastPassAt = Date.now();
      try {
        const r = await recoveryPass(this.ctx);
        const busy = r.resolved + r.markersDropped + r.left > 0;
        if (busy) this.ctx.log.info({ ...r }, 'intent recovery pass');
        if (r.left === 0 && (busy || this.lastLeft === -1)) this.ctx.log.info({}, 'intent recovery: none pending');
        this.lastLeft = r.left;
        failures = r.left > 0 ? failures + 1 : 0;
      } catch (e) {
        failures += 1;
        this.ctx.log.warn({ err: (e as Error).message }, 'intent recovery pass failed');
      }
      if (this.kicked) continue;
      await this.sleep(failures > 0 ? backoffMs(BASE_RETRY_MS, failures - 1, MAX_RETRY_MS) : IDLE_PASS_MS);
    }
  }

  private async sleep(ms: number): Promise<void> {
    const woken = new Promise<void>((r) => (this.wake = r));
    await Promise.race([pause(ms, this.aborter.signal, false).catch(() => undefined), woken]);
    this.wake = undefined;
  }
}
