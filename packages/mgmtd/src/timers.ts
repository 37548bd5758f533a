// The state timer: re-evaluates reachability, capacity pools and client timeouts periodically.
import type { MgmtdApp } from './app-context.js';
import { commit } from './commit.js';

/** Default period of the state check. */
export const STATE_CHECK_INTERVAL_MS = 200;

/** A running timer. */
export interface StateTimer {
  /** Stops the timer and waits for a check under way. */
  stop(): Promise<void>;
}

/** Runs a state check (one commit, if anything is due) every `intervalMs`; checks never overlap. */
export function startStateTimer(app: MgmtdApp, intervalMs = STATE_CHECK_INTERVAL_MS): StateTimer {
  let running: Promise<unknown> | undefined;
  const tick = (): void => {
    if (running) return;
    running = app.serial
      .run(() => commit(app, []))
      .catch((err: unknown) => app.stateLog.error({ err }, 'state check failed; retrying on the next tick'))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
