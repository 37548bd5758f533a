// Spawns bin/hivefs-meta as a real process and collects its JSON log lines.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitFor } from '@hivefs/common/testing';

const BIN = join(fileURLToPath(new URL('../../', import.meta.url)), 'bin', 'hivefs-meta');

/** A spawned daemon with its parsed stdout lines. */
export interface Daemon {
  proc: ChildProcess;
  pid: number;
  lines: Record<string, unknown>[];
  stderr: string;
  exitCode: number | null | undefined;
}

/** Starts hivefs-meta with `--key=value` flags. */
export function spawnMeta(flags: Record<string, string | number>): Daemon {
  const args = Object.entries(flags).map(([k, v]) => `--${k}=${v}`);
  const proc = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const d: Daemon = { proc, pid: proc.pid!, lines: [], stderr: '', exitCode: undefined };
  let buf = '';
  proc.stdout!.on('data', (c: Buffer) => {
    buf += c.toString('utf8');
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      try {
        d.lines.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        d.lines.push({ raw: line });
      }
    }
  });
  proc.stderr!.on('data', (c: Buffer) => (d.stderr += c.toString('utf8')));
  proc.on('close', (code) => (d.exitCode = code));
  return d;
}

/** Waits for a log line matching `pred`; fails as soon as the daemon exits. */
export async function waitForLine(d: Daemon, pred: (l: Record<string, unknown>) => boolean, what: string, timeoutMs = 30_000): Promise<Record<string, unknown>> {
  let onClose!: () => void;
  const closed = new Promise<Record<string, unknown>>((resolve, reject) => {
    onClose = () => {
      const line = d.lines.find(pred);
      if (line) resolve(line);
      else reject(new Error(`daemon exited with ${d.exitCode} before ${what}: ${d.stderr.trim()}`));
    };
  });
  closed.catch(() => undefined);
  if (d.exitCode !== undefined) onClose();
  else d.proc.once('close', onClose);
  try {
    const hit = await Promise.race([waitFor(() => d.lines.find(pred), { timeoutMs, intervalMs: 25, what }), closed]);
    return hit!;
  } finally {
    d.proc.off('close', onClose);
  }
}

/** Kills the daemon by pid and waits for its exit. */
export async function killDaemon(d: Daemon, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (d.proc.exitCode !== null || d.proc.signalCode !== null) return;
  const exited = new Promise<void>((r) => d.proc.once('exit', () => r()));
  try {
    process.kill(d.pid, signal);
  } catch {
    return;
  }
  await exited;
}
