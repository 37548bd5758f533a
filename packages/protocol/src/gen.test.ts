// The committed generated code (gen/proto.{js,d.ts}) must match proto/*.proto.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function run(args: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, out }));
  });
}

describe('generated protocol code', () => {
  it('is current (gen.mjs --check exits 0)', async () => {
    const r = await run(['packages/protocol/scripts/gen.mjs', '--check']);
    expect(r.out).toContain('generated protocol code is current');
    expect(r.code, r.out).toBe(0);
  }, 120_000);
});
