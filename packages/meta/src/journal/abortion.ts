// An AbortSignal as a promise to race waits against, and a hook run when it aborts.

/** What {@link abortion} gives; without a signal nothing ever aborts. */
export interface Abortion {
  /** Rejects with the signal's reason once it aborts (already handled: racing it is optional). */
  readonly promise: Promise<never>;
  /** Runs `fn(reason)` when the signal aborts, at once if it has, unless disposed before. */
  onAbort(fn: (reason: unknown) => void): void;
  /** Stops listening: no hook runs after this. */
  dispose(): void;
}

/** Watches `signal` (see {@link Abortion}). */
export function abortion(signal?: AbortSignal): Abortion {
  let reject!: (reason: unknown) => void;
  const promise = new Promise<never>((_, r) => (reject = r));
  promise.catch(() => undefined);
  let hooks: ((reason: unknown) => void)[] = [];
  const fire = (): void => {
    reject(signal!.reason);
    for (const fn of hooks.splice(0)) fn(signal!.reason);
  };
  if (signal?.aborted) reject(signal.reason);
  else signal?.addEventListener('abort', fire, { once: true });
  return {
    promise,
    onAbort: (fn) => {
      if (signal?.aborted) fn(signal.reason);
      else hooks.push(fn);
    },
    dispose: () => {
      signal?.removeEventListener('abort', fire);
      hooks = [];
    },
  };
}
