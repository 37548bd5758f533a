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
  private readonly waiting = new Map<unknown, AbortController>();

  constructor(private readonly init: ReplierInit) {}

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
   * one being served here that the binding marks interrupted. An op that does not wait just ends.
   */
  interrupt(): void {
    const intr = this.init.interrupts;
    if (!intr) return;
    for (const [token, ac] of this.waiting) {
      if (ac.signal.aborted || !intr.interrupted(token)) continue;
      this.init.log.info({ inFlight: this.waiting.size }, 'FUSE op interrupted by the kernel (its process got a signal)');
      ac.abort(INTERRUPTED);
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
    if (token !== undefined && token !== null) {
      this.waiting.set(token, ac);
      // an interrupt libfuse read before the op started comes as a mark, not a callback
      if (intr!.interrupted(token)) ac.abort(INTERRUPTED);
    }
    const done = (): void => void (token !== undefined && this.waiting.get(token) === ac && this.waiting.delete(token));
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
