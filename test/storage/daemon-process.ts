// Spawns bin/hivefs-storage as a real process and follows its JSON log lines on stdout.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

/** Repository root (this file is test/storage/daemon-process.ts). */
export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const STORAGE_BIN = join(REPO, 'bin', 'hivefs-storage');
export const SETUP_BIN = join(REPO, 'bin', 'hivefs-setup-storage');

/** A log line of the daemon. */
export type LogLine = Record<string, unknown> & { msg?: string };

/** A running (or exited) storage daemon process. */
export interface DaemonProc {
  child: ChildProcess;
  pid: number;
  lines: LogLine[];
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves with the first log line matching `pred` (past or future); rejects if the process exits first. */
  waitLine(pred: (l: LogLine) => boolean, what: string): Promise<LogLine>;
}

/** Throws a clear error when the storage package has not been built. */
export function assertBuilt(): void {
  if (!existsSync(join(REPO, 'packages', 'storage', 'dist', 'main.js'))) {
    throw new Error('packages/storage/dist/main.js is missing: run `npx tsc -b packages/storage` first');
  }
}

/** Starts `node bin/hivefs-storage ...args`. */
export function spawnStorage(args: string[]): DaemonProc {
  const child = spawn(process.execPath, [STORAGE_BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: LogLine[] = [];
  const watchers = new Set<() => void>();
  let err = '';
  let exited = false;
  child.stderr!.on('data', (d: Buffer) => void (err += d.toString()));
  createInterface({ input: child.stdout! }).on('line', (text) => {
    try {
      lines.push(JSON.parse(text) as LogLine);
    } catch {
      lines.push({ msg: text });
    }
    for (const w of watchers) w();
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    // 'close' comes after the exit and after stdout/stderr are drained.
    child.on('close', (code, signal) => {
      exited = true;
      resolve({ code, signal });
      for (const w of [...watchers]) w();
    });
  });
  const waitLine = (pred: (l: LogLine) => boolean, what: string): Promise<LogLine> => new Promise((resolve, reject) => {
    const check = (): void => {
      const hit = lines.find(pred);
      if (hit) {
        watchers.delete(check);
        resolve(hit);
      } else if (exited) {
        watchers.delete(check);
        reject(new Error(`storage daemon exited before logging ${what}; stderr: ${err}`));
      }
    };
    watchers.add(check);
    check();
  });
  return { child, pid: child.pid!, lines, stderr: () => err, exit, waitLine };
}

/** Kills a daemon by pid (SIGKILL) unless it already exited; resolves once it is gone. */
export async function killDaemon(d: DaemonProc | undefined): Promise<void> {
  if (!d) return;
  if (d.child.exitCode === null && d.child.signalCode === null) d.child.kill('SIGKILL');
  await d.exit;
}
