// Helpers of the mgmtd process tests: spawn a bin script, collect its log lines, await ready/exit.
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A spawned process with its stdout lines (parsed JSON where possible) and stderr text. */
export interface Spawned {
  proc: ChildProcess;
  pid: number;
  lines: Record<string, unknown>[];
  stderr: () => string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

/** Starts `node bin/<name> ...args`. */
export function spawnBin(name: string, args: string[]): Spawned {
  const proc = spawn(process.execPath, [join(REPO, 'bin', name), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: Record<string, unknown>[] = [];
  let err = '';
  createInterface({ input: proc.stdout! }).on('line', (l) => {
    try {
      lines.push(JSON.parse(l) as Record<string, unknown>);
    } catch {
      lines.push({ text: l });
    }
  });
  proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((res) => proc.on('exit', (code) => res(code)));
  return { proc, pid: proc.pid!, lines, stderr: () => err, exited };
}

/**
 * Resolves with the port of the daemon's `ready` line; rejects when it exits first or after
 * `timeoutMs`. Event-driven: checks every stdout line as it arrives.
 */
export function waitReady(d: Spawned, timeoutMs = 30_000): Promise<number> {
  return new Promise((res, rej) => {
    const check = (): boolean => {
      const ready = d.lines.find((l) => l.msg === 'ready');
      if (ready) res(ready.port as number);
      return !!ready;
    };
    if (check()) return;
    const timer = setTimeout(() => rej(new Error(`no ready line after ${timeoutMs}ms; stderr: ${d.stderr()}`)), timeoutMs);
    d.proc.stdout!.on('data', () => setImmediate(() => check() && clearTimeout(timer)));
    void d.exited.then((code) => {
      clearTimeout(timer);
      rej(new Error(`exited with ${code} before ready; stderr: ${d.stderr()}`));
    });
  });
}

/** Kills a process by pid if it still runs, and waits for its exit. */
export async function killPid(d: Spawned, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (d.proc.exitCode !== null || d.proc.signalCode !== null) return;
  try {
    process.kill(d.pid, signal);
  } catch {
    return;
  }
  await d.exited;
}
