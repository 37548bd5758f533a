// The one way FUSE ops complete: the callback fires exactly once, a throw or rejection becomes -errno, failures are logged here.
import type { Logger } from '@hivefs/common';
import { VfsError, errnoOf } from '../errors.js';
import type { Cred } from '../types.js';
import type { FuseCaller } from './binding.js';
import type { CallerCreds } from './creds.js';

const EIO = errnoOf('EIO');

/** The binding's view of interrupted ops (fuse-native's opToken() and interrupted()). */
export interface OpInterrupts {
  /** A token for the op being dispatched; read synchronously at its start. */
  token(): unknown;
  /** Whether the kernel interrupted the op of `token` (valid until it is answered). */
  interrupted(token: unknown): boolean;
}

/** What a {@link Replier} needs. */
export interface ReplierInit {
  log: Logger;
  creds: CallerCreds;
  /** The caller of the request being dispatched (fuse-native's context()); read synchronously. */
  caller: () => FuseCaller;
  /** Absent: ops cannot be interrupted (their signal never aborts). */
  interrupts?: OpInterrupts;
  /**
   * How long an op runs before an interrupt may end it (default {@link INTERRUPT_GRACE_MS}): an
   * interrupt that comes earlier takes effect when the op is that old, if it has not finished.
   */
  interruptGraceMs?: number;
}

/**
 * An interrupt ends an op once the op has run this long. A process that gets signals all the time
 * (an interval timer, a sampling profiler, Go's preemption) is interrupted in nearly every system
 * call; ended at once, an operation the server has already carried out would fail with EINTR,
 * and the call made again would then see its effect (EEXIST after a create, ENOENT after an
 * unlink). Answered promptly, a signal changes nothing, as on a local disk; an op that waits for
 * a server that does not answer still ends with EINTR, within this time of its start.
 */
export const INTERRUPT_GRACE_MS = 500;

/** An op being served that the kernel can interrupt. */
interface Waiting {
  ac: AbortController;
  /** performance.now() when it started. */
  startedMs: number;
  /** Set when an early interrupt waits for the op to reach the grace age. */
  timer?: NodeJS.Timeout;
}

/** Why an op's signal aborted: the kernel interrupted it (the process waiting for it got a signal). */
export const INTERRUPTED = 'interrupted by a signal to the waiting process';

/**
 * Runs op bodies and answers fuse-native. A second answer would post the libfuse thread's
 * semaphore twice and corrupt the next, unrelated op (docs/fuse.md, hazards), so every callback
 * goes through a once-guard; a synchronous throw in a handler would kill the process (ibid.),
 * so every body runs inside try/catch.
 */
export class Replier {
  /** Ops being served that the kernel can interrupt, by the binding's token of each. */
  private readonly waiting = new Map<unknown, Waiting>();
  private readonly graceMs: number;

  constructor(private readonly init: ReplierInit) {
    this.graceMs = Math.max(0, init.interruptGraceMs ?? INTERRUPT_GRACE_MS);
  }

  /**
   * Runs `fn` and answers `cb(0, value)` (`cb(0)` for no value) or `cb(-errno)`. `fn` gets the
   * op's signal, which aborts when the kernel interrupts the op.
   */
  run<T>(cb: (code: number, value: T) => void, op: string, what: string | number, fn: (signal: AbortSignal) => Promise<T>): void {
    const reply = once(cb as (code: number, value?: T) => void);
    this.settle(op, what, fn, (v) => (v === undefined ? reply(0) : reply(0, v)), (code) => reply(code));
  }

  /** {@link run} with the caller's credentials (taken synchronously, before anything else). */
  as<T>(cb: (code: number, value: T) => void, op: string, what: string | number, fn: (cred: Cred, signal: AbortSignal) => Promise<T>): void {
    let caller: FuseCaller;
    try {
      caller = this.init.caller();
    } catch (e) {
      (cb as (code: number) => void)(this.errno(e, op, what));
      return;
    }
    this.run(cb, op, what, async (signal) => fn(await this.init.creds.of(caller), signal));
  }

  /** For read/write, whose callback takes the byte count or a negative errno. */
  bytes(cb: (n: number) => void, op: string, what: string | number, fn: (signal: AbortSignal) => Promise<number>): void {
    const reply = once(cb);
    this.settle(op, what, fn, reply, reply);
  }

  /**
   * The kernel interrupted some ops (the binding's interrupt callback): aborts the signal of each
   * one being served here that the binding marks interrupted, once it has run for the grace time
   * (at once if it has). An op that finishes before just answers.
   */
  interrupt(): void {
    const intr = this.init.interrupts;
    if (!intr) return;
    for (const [token, w] of this.waiting) {
      if (w.ac.signal.aborted || w.timer || !intr.interrupted(token)) continue;
      this.abortWhenDue(w);
    }
  }

  /** Ops being served that can be interrupted (tests, stats). */
  get inFlight(): number {
    return this.waiting.size;
  }

  private settle<T>(op: string, what: string | number, fn: (signal: AbortSignal) => Promise<T>, ok: (v: T) => void, fail: (code: number) => void): void {
    // the token of the op being dispatched is valid only now, synchronously
    const intr = this.init.interrupts;
    const token = intr?.token() ?? undefined;
    const ac = new AbortController();
    let w: Waiting | undefined;
    if (token !== undefined && token !== null) {
      w = { ac, startedMs: performance.now() };
      this.waiting.set(token, w);
      // an interrupt libfuse read before the op started comes as a mark, not a callback
      if (intr!.interrupted(token)) this.abortWhenDue(w);
    }
    const done = (): void => {
      if (!w) return;
      clearTimeout(w.timer);
      if (this.waiting.get(token) === w) this.waiting.delete(token);
    };
    const failed = (e: unknown): void => (done(), fail(this.errno(e, op, what)));
    try {
      fn(ac.signal).then((v) => {
        done();
        try {
          ok(v); // a result fuse-native cannot convert throws here: answer -EIO instead
        } catch (e) {
          failed(e);
        }
      }, failed);
    } catch (e) {
      failed(e);
    }
  }

  /** Aborts `w`'s signal now if it has run for the grace time, else when it will have. */
  private abortWhenDue(w: Waiting): void {
    const abort = (): void => {
      w.timer = undefined;
      this.init.log.info({ inFlight: this.waiting.size, ranMs: Math.round(performance.now() - w.startedMs) }, 'FUSE op interrupted by the kernel (its process got a signal)');
      w.ac.abort(INTERRUPTED);
    };
    const left = w.startedMs + this.graceMs - performance.now();
    if (left <= 0) abort();
    else w.timer = setTimeout(abort, left);
  }

  /** -errno for a failure; a VfsError keeps its errno, anything else is a bug: -EIO, logged as an error. */
  private errno(e: unknown, op: string, what: string | number): number {
    if (e instanceof VfsError) {
      if (e.errno === EIO) this.init.log.warn({ op, what, err: e.message }, 'FUSE op failed with EIO');
      else this.init.log.debug({ op, what, code: e.code }, 'FUSE op failed');
      return -e.errno;
    }
    this.init.log.error({ op, what, err: e }, 'FUSE op threw an unexpected error');
    return -EIO;
  }
}

/** `cb` guarded so that only its first call that returns goes through (a call that throws did not answer). */
export function once<A extends unknown[]>(cb: (...args: A) => void): (...args: A) => void {
  let called = false;
  return (...args: A) => {
    if (called) return;
    called = true;
    try {
      cb(...args);
    } catch (e) {
      called = false;
      throw e;
    }
  };
}
