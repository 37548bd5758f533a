// The meta writer fixture on a local directory, and the comparison of its log with a walk:
// a clean run agrees; a lost, resurrected, duplicated or changed entry is reported as such.
import { spawn } from 'node:child_process';
import { mkdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { removeDir, tmpDir, waitFor } from '@hivefs/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareNamespace, opCounts, parseWriterLog, replay, type Namespace } from './meta-writer-log.js';

const WRITER = fileURLToPath(new URL('./fixtures/meta-writer.mjs', import.meta.url));

/** Runs the writer (or its --walk) to its exit. */
function writer(args: string[], onStart?: (pid: number) => void): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('spawn', () => onStart?.(child.pid!));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
const walk = async (dir: string): Promise<Namespace> => JSON.parse((await writer([`--walk=${dir}`])).stdout) as Namespace;

describe('meta writer fixture and its log comparison', () => {
  let base = '';
  beforeAll(async () => {
    base = await tmpDir('hivefs-meta-writer-');
  });
  afterAll(async () => {
    if (base) await removeDir(base);
  });

  it('a run of 300 operations logs each one, and its log replays to exactly what the directory holds', async () => {
    const dir = join(base, 'run');
    await mkdir(dir);
    const r = await writer([`--dir=${dir}`, `--log=${join(base, 'run.log')}`, '--max-ops=300', '--seed=7', '--tag=a']);
    expect(r.code, r.stderr).toBe(0);
    const log = parseWriterLog(await readFile(join(base, 'run.log'), 'utf8'));
    expect(log.stopped).toBe(true);
    expect(log.error).toBeUndefined();
    expect(log.ops).toHaveLength(300);
    const counts = opCounts(log.ops);
    for (const op of ['create', 'rename', 'unlink', 'mkdir'] as const) expect(counts[op], op).toBeGreaterThan(10);
    const walked = await walk(dir);
    expect(compareNamespace(log.ops, walked)).toEqual({ lost: [], resurrected: [], unexpected: [], changed: [] });
    expect(Object.keys(walked).length).toBe(Object.keys(replay(log.ops)).length);
  });

  it('stops after the operation in progress on SIGTERM and on its stop file, exiting 0', async () => {
    for (const how of ['signal', 'file'] as const) {
      const dir = join(base, how);
      const logFile = join(base, `${how}.log`);
      const stop = join(base, `${how}.stop`);
      await mkdir(dir);
      let pid = 0;
      const run = writer([`--dir=${dir}`, `--log=${logFile}`, `--stop=${stop}`], (p) => (pid = p));
      await waitFor(async () => (await readFile(logFile, 'utf8').catch(() => '')).split('\n').length > 50, { timeoutMs: 20_000, intervalMs: 20, what: `${how}: 50 logged operations` });
      if (how === 'signal') process.kill(pid, 'SIGTERM');
      else await writeFile(stop, '');
      const r = await run;
      expect(r.code, r.stderr).toBe(0);
      const log = parseWriterLog(await readFile(logFile, 'utf8'));
      expect(log.stopped).toBe(true);
      expect(compareNamespace(log.ops, await walk(dir))).toEqual({ lost: [], resurrected: [], unexpected: [], changed: [] });
    }
  });

  it('starts no operation while its pause file exists, and goes on when it is gone', async () => {
    const dir = join(base, 'pause');
    const logFile = join(base, 'pause.log');
    const pause = join(base, 'pause.flag');
    await mkdir(dir);
    let pid = 0;
    const run = writer([`--dir=${dir}`, `--log=${logFile}`, `--pause=${pause}`], (p) => (pid = p));
    const logged = async () => parseWriterLog(await readFile(logFile, 'utf8').catch(() => ''));
    await waitFor(async () => (await logged()).ops.length >= 20, { timeoutMs: 20_000, intervalMs: 20, what: '20 logged operations' });
    await writeFile(pause, '');
    await waitFor(async () => (await logged()).paused, { timeoutMs: 20_000, intervalMs: 20, what: 'the writer to log its pause' });
    const atPause = (await logged()).ops.length;
    const before = await walk(dir);
    expect(compareNamespace((await logged()).ops, before)).toEqual({ lost: [], resurrected: [], unexpected: [], changed: [] });
    expect((await logged()).ops.length).toBe(atPause); // nothing ran meanwhile
    await rm(pause);
    await waitFor(async () => (await logged()).ops.length >= atPause + 20, { timeoutMs: 20_000, intervalMs: 20, what: '20 more operations after the pause' });
    expect((await logged()).paused).toBe(false);
    process.kill(pid, 'SIGTERM');
    expect((await run).code).toBe(0);
    const log = await logged();
    expect(compareNamespace(log.ops, await walk(dir))).toEqual({ lost: [], resurrected: [], unexpected: [], changed: [] });
  });

  it('logs the first error and exits 2', async () => {
    const r = await writer([`--dir=${join(base, 'missing')}`, `--log=${join(base, 'missing.log')}`]);
    expect(r.code).toBe(2);
    const log = parseWriterLog(await readFile(join(base, 'missing.log'), 'utf8'));
    expect(log.ops).toEqual([]);
    expect(log.stopped).toBe(false);
    expect(log.error).toMatch(/^error create f1 w:1 ENOENT /);
  });

  it('reports lost, resurrected, unexpected and changed entries', async () => {
    const dir = join(base, 'bad');
    await mkdir(dir);
    const r = await writer([`--dir=${dir}`, `--log=${join(base, 'bad.log')}`, '--max-ops=200', '--seed=3']);
    expect(r.code, r.stderr).toBe(0);
    const { ops } = parseWriterLog(await readFile(join(base, 'bad.log'), 'utf8'));
    const want = replay(ops);
    const fileNames = Object.keys(want).filter((p) => want[p]!.type === 'file');
    const [lost, moved, changed] = fileNames;
    const unlinked = ops.find((o) => o.op === 'unlink')!.args[0]!;
    const renamedFrom = ops.find((o) => o.op === 'rename' && !want[o.args[0]!])!.args[0]!;
    await rm(join(dir, lost!));
    await writeFile(join(dir, unlinked), 'back'); // an unlink undone
    await writeFile(join(dir, renamedFrom), 'twice'); // a rename whose source came back
    await rename(join(dir, moved!), join(dir, 'zz-dup')); // a name nobody made
    await writeFile(join(dir, changed!), 'other');
    await unlink(join(dir, 'zz-dup'));
    await writeFile(join(dir, 'zz-dup'), 'x');
    const diff = compareNamespace(ops, await walk(dir));
    expect(diff.lost).toEqual([lost, moved].sort());
    expect(diff.resurrected).toEqual([unlinked, renamedFrom].sort());
    expect(diff.unexpected).toEqual(['zz-dup']);
    expect(diff.changed).toEqual([`${changed}: want ${JSON.stringify(want[changed!])} got {"type":"file","content":"other"}`]);
  });

  it('rejects logs that no successful run writes', () => {
    expect(() => parseWriterLog('1 create f1 w:1 3\n3 mkdir d3 1\n')).toThrow(/operation 3 follows 1/);
    expect(() => parseWriterLog('1 create f1\n')).toThrow(/not a writer log line/);
    expect(() => parseWriterLog('1 create f1 w:1 3\npaused 2\n')).toThrow(/not a writer log line/);
    expect(() => replay(parseWriterLog('1 create f1 w:1 3\n2 create f1 w:2 3\n').ops)).toThrow(/f1, which exists already/);
    expect(() => replay(parseWriterLog('1 unlink f1 3\n').ops)).toThrow(/f1, which the log does not have/);
    expect(() => replay(parseWriterLog('1 create d1/f1 w:1 3\n').ops)).toThrow(/in a directory the log does not have/);
  });
});
