// Runs bin/hivefs-ctl as a child process (never execSync) and collects its output.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

export interface CtlResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `hivefs-ctl <args>`; resolves with its exit code and output. */
export function runCtl(args: string[], timeoutMs = 30_000, env: Record<string, string> = {}): Promise<CtlResult> {
  return runBin('hivefs-ctl', args, timeoutMs, env);
}

/** Runs any executable of bin/ with node (in `cwd`, default the current directory). */
export function runBin(name: string, args: string[], timeoutMs = 30_000, env: Record<string, string> = {}, cwd?: string): Promise<CtlResult> {
  return runNode([join(REPO, 'bin', name), ...args], `${name} ${args.join(' ')}`, { timeoutMs, env, cwd });
}

/**
 * Runs a node snippet (`node -e code args...`) in a separate process, so that the test process
 * never touches a mount itself; resolves with its stdout, rejects on a non-zero exit.
 */
export async function nodeEval(code: string, ...args: string[]): Promise<string> {
  const r = await runNode(['-e', code, ...args], 'node -e', {});
  if (r.code !== 0) throw new Error(`node -e exited ${r.code}: ${r.stderr}`);
  return r.stdout;
}

/** Runs node with `args`; kills it and rejects after `timeoutMs`. */
function runNode(args: string[], what: string, opts: { timeoutMs?: number; env?: Record<string, string>; cwd?: string }): Promise<CtlResult> {
  const timeoutMs = opts.timeoutMs ?? 30_000;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...opts.env }, ...(opts.cwd ? { cwd: opts.cwd } : {}) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${what} did not finish in ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

/** Parses a `--listtargets --state` table into rows. */
export function parseStateTable(out: string): { targetId: number; reachability: string; consistency: string; nodeId: number }[] {
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const [t, r, c, n] = l.trim().split(/\s+/);
      return { targetId: Number(t), reachability: r!, consistency: c!, nodeId: Number(n) };
    });
}
