// Starting, watching and stopping daemon processes by pid file; never by name.
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { open, readFile, rm, stat, writeFile } from 'node:fs/promises';

/** Whether a pid belongs to a live (non-zombie) process. */
export async function isAlive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const st = await readFile(`/proc/${pid}/stat`, 'utf8');
    return st.slice(st.lastIndexOf(')') + 2, st.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** The pid recorded in a pid file, if that process still runs a HiveFS daemon. */
export async function livePid(pidFile: string): Promise<number | undefined> {
  let pid: number;
  try {
    pid = Number((await readFile(pidFile, 'utf8')).trim());
  } catch {
    return undefined;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !(await isAlive(pid))) return undefined;
  const cmd = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  return cmd.includes('hivefs-') ? pid : undefined;
}

/** Size of a file, 0 when missing. */
export async function fileSize(path: string): Promise<number> {
  return stat(path).then((s) => s.size, () => 0);
}

/**
 * Starts `node <bin> <args>` in the background (own session, output to `outFile`), records its
 * pid, and returns it. The process outlives this one.
 */
export async function startDetached(bin: string, args: string[], outFile: string, pidFile: string): Promise<number> {
  const fd = openSync(outFile, 'a');
  try {
    const child = spawn(process.execPath, [bin, ...args], { detached: true, stdio: ['ignore', fd, fd] });
    child.unref();
    if (!child.pid) throw new Error(`could not start ${bin}`);
    await writeFile(pidFile, `${child.pid}\n`);
    return child.pid;
  } finally {
    closeSync(fd);
  }
}

/** Options of {@link waitForReady}. */
export interface ReadyOptions {
  pid: number;
  logFile: string;
  /** Byte offset of `logFile` where this start's output begins. */
  from: number;
  outFile: string;
  timeoutMs: number;
  name: string;
  /** Which log line means ready (default: one with "msg":"ready"). */
  match?: (line: string) => boolean;
}

/** A daemon's readiness line: `"msg":"ready"`. */
export const isReadyLine = (line: string): boolean => line.includes('"msg":"ready"');

/**
 * Waits until `logFile` gets a line that `match`es (default: "msg":"ready") after byte `from`, and returns it parsed.
 * Fails at once if the process dies first (with the last lines of `outFile`), or at the deadline.
 */
export async function waitForReady(opts: ReadyOptions): Promise<Record<string, unknown>> {
  const deadline = Date.now() + opts.timeoutMs;
  const match = opts.match ?? isReadyLine;
  for (;;) {
    const line = await findLine(opts.logFile, opts.from, match);
    if (line) return line;
    if (!(await isAlive(opts.pid))) {
      const out = await readFile(opts.outFile, 'utf8').catch(() => '');
      const tail = out.trim().split('\n').slice(-3).join(' | ');
      throw new Error(`${opts.name} exited during start-up: ${tail || 'no output'} (see ${opts.outFile})`);
    }
    if (Date.now() > deadline) throw new Error(`${opts.name} was not ready after ${opts.timeoutMs} ms (see ${opts.logFile})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function findLine(logFile: string, from: number, match: (line: string) => boolean): Promise<Record<string, unknown> | undefined> {
  let fh;
  try {
    fh = await open(logFile, 'r');
  } catch {
    return undefined;
  }
  try {
    const size = (await fh.stat()).size;
    if (size <= from) return undefined;
    const buf = Buffer.alloc(size - from);
    await fh.read(buf, 0, buf.length, from);
    for (const l of buf.toString('utf8').split('\n')) {
      if (!match(l)) continue;
      try {
        return JSON.parse(l) as Record<string, unknown>;
      } catch {
        /* partial line; next poll */
      }
    }
    return undefined;
  } finally {
    await fh.close();
  }
}

/** Sends `signal` to the daemon of a pid file and waits for it to exit (SIGKILL after the deadline). */
export async function stopByPidFile(pidFile: string, signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 10_000): Promise<boolean> {
  const pid = await livePid(pidFile);
  if (!pid) {
    await rm(pidFile, { force: true });
    return false;
  }
  process.kill(pid, signal);
  const deadline = Date.now() + timeoutMs;
  while (await isAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGKILL');
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  await rm(pidFile, { force: true });
  return true;
}
