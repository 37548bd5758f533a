// Test-only failpoints: at a named step boundary the daemon SIGKILLs itself (env HIVEFS_FAILPOINTS).

/** What happens at an armed failpoint; tests in one process replace it. */
export type FailpointAction = (name: string) => void;

const armed = new Set((process.env['HIVEFS_FAILPOINTS'] ?? '').split(',').map((s) => s.trim()).filter(Boolean));
let action: FailpointAction = () => process.kill(process.pid, 'SIGKILL');

/**
 * Marks a step boundary of a cross-owner protocol. When `name` is listed in HIVEFS_FAILPOINTS
 * (comma-separated) the process kills itself here with SIGKILL, as a crash would; otherwise
 * nothing happens. Never set in production.
 */
export function failpoint(name: string): void {
  if (armed.size > 0 && armed.has(name)) action(name);
}

/** Unit tests: arms `names` (replacing the env's) and runs `fn` at them instead of SIGKILL. */
export function setFailpoints(names: readonly string[], fn: FailpointAction): void {
  armed.clear();
  for (const n of names) armed.add(n);
  action = fn;
}
