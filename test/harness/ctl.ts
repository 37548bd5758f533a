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

/** Runs any executable of bin/ with node. */
export function runBin(name: string, args: string[], timeoutMs = 30_000, env: Record<string, string> = {}): Promise<CtlResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO, 'bin', name), ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} ${args.join(' ')} did not finish in ${timeoutMs} ms`));
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
