// FUSE tests' launcher: mounts of bin/hivefs-client as child processes, and a shell runner for the
// tools the tests drive. Everything here is asynchronous and runs in separate processes (never
// execSync/spawnSync), and everything started is tracked so that cleanupAll() can kill it by pid
// and lazily unmount what is left, even after a failed test.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, realpath, rmdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { removeDir, tmpDir, waitFor } from '@hivefs/common/testing';
import { REPO } from './ctl.js';

export { REPO };

/** The client binary the mounts run. */
export const CLIENT_BIN = join(REPO, 'bin', 'hivefs-client');

/**
 * The FUSE engine the suite's mounts use (HIVEFS_FUSE_ENGINE=native|lowlevel), so that the same
 * tests run on both; unset: the client's default.
 */
export const FUSE_ENGINE = process.env.HIVEFS_FUSE_ENGINE || undefined;

/** `--engine=` for a client command line, as {@link FUSE_ENGINE} says (empty when unset). */
export function engineArgs(): string[] {
  if (FUSE_ENGINE !== undefined && FUSE_ENGINE !== 'native' && FUSE_ENGINE !== 'lowlevel') throw new Error(`HIVEFS_FUSE_ENGINE=${FUSE_ENGINE}: expected native or lowlevel`);
  return FUSE_ENGINE ? [`--engine=${FUSE_ENGINE}`] : [];
}

const TAIL_BYTES = 256 * 1024;

/** Environment of every child: the test's, without Node options of the runner, C locale, UTC. */
function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C', LANG: 'C', TZ: 'UTC', ...extra };
  delete env.NODE_OPTIONS;
  return env;
}

/** Keeps the last `max` characters of a stream. */
class Tail {
  text = '';
  constructor(private readonly max = TAIL_BYTES) {}
  push(s: string): void {
    this.text += s;
    if (this.text.length > this.max * 2) this.text = this.text.slice(-this.max);
  }
  last(n = 4000): string {
    return this.text.slice(-n);
  }
}

// ---------------------------------------------------------------------------------------------
// /proc/mounts

function unescapeMountField(s: string): string {
  return s.replace(/\\([0-7]{3})/g, (_m, oct: string) => String.fromCharCode(parseInt(oct, 8)));
}

/** The /proc/mounts entry of `dir` (the last one, if stacked), or undefined. */
export async function mountEntry(dir: string): Promise<{ source: string; type: string; options: string } | undefined> {
  const text = await readFile('/proc/mounts', 'utf8');
  let found: { source: string; type: string; options: string } | undefined;
  for (const line of text.split('\n')) {
    const [source, target, type, options] = line.split(' ');
    if (target !== undefined && unescapeMountField(target) === dir) found = { source: source!, type: type!, options: options ?? '' };
  }
  return found;
}

/** Whether `dir` or anything below it is a mount point. */
export async function mountedUnder(dir: string): Promise<boolean> {
  const text = await readFile('/proc/mounts', 'utf8');
  return text.split('\n').some((line) => {
    const target = line.split(' ')[1];
    if (target === undefined) return false;
    const t = unescapeMountField(target);
    return t === dir || t.startsWith(`${dir}/`);
  });
}

/** Whether `dir` is a mount point in /proc/mounts. */
export async function isMounted(dir: string): Promise<boolean> {
  return (await mountEntry(dir)) !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Shell commands as separate processes

export interface ShOptions {
  /** Run as this user (name or number) through setpriv; default: the test's user (root). */
  uid?: number | string;
  /** Group with `uid`; default: `nogroup` for nobody, else the same as uid. */
  gid?: number | string;
  cwd?: string;
  /** Kill the process group and reject after this long; default 60 s. */
  timeoutMs?: number;
  env?: Record<string, string | undefined>;
  /** Written to stdin, then stdin is closed (default: stdin closed at once). */
  input?: string | Buffer;
}

export interface ShResult {
  code: number;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall time of the command. */
  ms: number;
}

/** A running shell command (see {@link startSh}). */
export interface ShProcess {
  pid: number;
  child: ChildProcess;
  /** Everything printed on stdout so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the stdout so far once `re` matches it; rejects if the process ends first or after timeoutMs. */
  waitForOutput(re: RegExp, timeoutMs?: number): Promise<string>;
  /** Writes to its stdin. */
  send(text: string): void;
  /** Closes its stdin. */
  endInput(): void;
  /** Signals its whole process group. */
  kill(signal?: NodeJS.Signals): void;
  /** Settles when it exits (never rejects; a timeout kills it and resolves with signal SIGKILL and `timedOut`). */
  result: Promise<ShResult & { timedOut: boolean }>;
}

const liveShells = new Set<ShProcess>();

function shArgv(cmd: string, opts: ShOptions): [string, string[]] {
  if (opts.uid === undefined) return ['sh', ['-c', cmd]];
  const gid = opts.gid ?? (opts.uid === 'nobody' || opts.uid === 65534 ? 'nogroup' : opts.uid);
  return ['setpriv', [`--reuid=${opts.uid}`, `--regid=${gid}`, '--clear-groups', 'sh', '-c', cmd]];
}

/** Starts `sh -c cmd` in its own process group and returns at once. */
export function startSh(cmd: string, opts: ShOptions = {}): ShProcess {
  const [file, args] = shArgv(cmd, opts);
  const t0 = Date.now();
  const child = spawn(file, args, { cwd: opts.cwd, env: childEnv(opts.env), stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  let stdout = '';
  let stderr = '';
  let exited = false;
  const waiters = new Set<() => void>();
  const notify = (): void => {
    for (const w of [...waiters]) w();
  };
  child.stdout!.setEncoding('utf8');
  child.stderr!.setEncoding('utf8');
  child.stdout!.on('data', (d: string) => ((stdout += d), notify()));
  child.stderr!.on('data', (d: string) => ((stderr += d), notify()));
  child.stdin!.on('error', () => {}); // EPIPE when it exits without reading
  const killGroup = (signal: NodeJS.Signals): void => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      try {
        child.kill(signal);
      } catch {
        /* already gone */
      }
    }
  };
  let timedOut = false;
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const timer = setTimeout(() => ((timedOut = true), killGroup('SIGKILL')), timeoutMs);
  let handle: ShProcess;
  const result = new Promise<ShResult & { timedOut: boolean }>((resolve) => {
    let spawnError = '';
    child.on('error', (e) => (spawnError = `${e.message}\n`));
    child.on('close', (code, signal) => {
      exited = true;
      clearTimeout(timer);
      liveShells.delete(handle);
      notify();
      resolve({ code: code ?? -1, signal, stdout, stderr: spawnError + stderr, ms: Date.now() - t0, timedOut });
    });
  });
  if (opts.input !== undefined) child.stdin!.end(opts.input);
  handle = {
    pid: child.pid ?? -1,
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    waitForOutput: (re, waitMs = 30_000) =>
      new Promise<string>((resolve, reject) => {
        const check = (): void => {
          if (re.test(stdout)) done(() => resolve(stdout));
          else if (exited) done(() => reject(new Error(`'${cmd}' exited before printing ${re}; stdout: ${stdout.slice(-2000)}; stderr: ${stderr.slice(-2000)}`)));
        };
        const t = setTimeout(() => done(() => reject(new Error(`'${cmd}' did not print ${re} in ${waitMs} ms; stdout: ${stdout.slice(-2000)}; stderr: ${stderr.slice(-2000)}`))), waitMs);
        const done = (f: () => void): void => {
          clearTimeout(t);
          waiters.delete(check);
          f();
        };
        waiters.add(check);
        check();
      }),
    send: (text) => void child.stdin!.write(text),
    endInput: () => void child.stdin!.end(),
    kill: (signal = 'SIGKILL') => killGroup(signal),
    result,
  };
  liveShells.add(handle);
  return handle;
}

/** Runs `sh -c cmd` (optionally as another user) and resolves with its exit code and output; rejects only on timeout. */
export async function sh(cmd: string, opts: ShOptions = {}): Promise<ShResult> {
  const p = startSh(cmd, opts);
  if (opts.input === undefined) p.endInput();
  const r = await p.result;
  if (r.timedOut) {
    throw new Error(`sh timed out after ${opts.timeoutMs ?? 60_000} ms: ${cmd}\nstdout: ${r.stdout.slice(-2000)}\nstderr: ${r.stderr.slice(-2000)}`);
  }
  return { code: r.code, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms: r.ms };
}

/** Like {@link sh} but rejects unless the command exits 0; resolves with its stdout. */
export async function shOk(cmd: string, opts: ShOptions = {}): Promise<string> {
  const r = await sh(cmd, opts);
  if (r.code !== 0) {
    throw new Error(`command failed (exit ${r.code}${r.signal ? `, ${r.signal}` : ''}): ${cmd}\nstdout: ${r.stdout.slice(-3000)}\nstderr: ${r.stderr.slice(-3000)}`);
  }
  return r.stdout;
}

/** Hex SHA-256 of bytes. */
export function sha256(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex');
}

/** Hex SHA-256 of what `cmd` writes to stdout, computed by sha256sum in the same shell. */
export async function sha256Of(cmd: string, opts: ShOptions = {}): Promise<string> {
  return (await shOk(`${cmd} | sha256sum`, opts)).trim().split(/\s+/)[0]!;
}

/** Quotes a string for sh. */
export function q(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

// ---------------------------------------------------------------------------------------------
// Mounts

export interface MountOptions {
  clientConf: string;
  /** Mount point; default: a fresh temporary directory, removed again by unmount/cleanup. */
  mountDir?: string;
  /** `--mode=`; omitted: the conf's sysFailureMode. */
  mode?: 'failover' | 'failout';
  extraArgs?: string[];
  /** HIVEFS_RUN_DIR of the client (mount registry); default: one temporary dir per test process. */
  runDir?: string;
  /** How long to wait for the `mounted` line; default 30 s. */
  timeoutMs?: number;
}

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface Mount {
  /** Absolute, resolved mount point. */
  mountDir: string;
  pid: number;
  runDir: string;
  /** The `mounted` log line. */
  mountedLine: Record<string, unknown>;
  /** Settles when the client process exits. */
  exited: Promise<ExitStatus>;
  alive(): boolean;
  /** Tail of the client's stdout and stderr. */
  output(): string;
  /** SIGTERM, wait for the exit and for the mount to leave /proc/mounts; resolves with the exit status. */
  unmount(timeoutMs?: number): Promise<ExitStatus>;
  /** Sends a signal to the client process. */
  kill(signal?: NodeJS.Signals): void;
  /** Never throws: SIGKILL if alive, `umount -l` if still mounted, remove the mount dir if we made it. */
  cleanup(): Promise<void>;
}

const liveMounts = new Set<Mount>();
const tempDirs = new Set<string>();
let sharedRunDir: string | undefined;

async function defaultRunDir(): Promise<string> {
  if (!sharedRunDir) {
    sharedRunDir = await tmpDir('hivefs-run-');
    tempDirs.add(sharedRunDir);
  }
  return sharedRunDir;
}

/** A temporary directory removed by {@link cleanupAll}. */
export async function tempDir(prefix = 'hivefs-fuse-'): Promise<string> {
  const d = await realpath(await tmpDir(prefix));
  tempDirs.add(d);
  return d;
}

/** Lazily unmounts `dir` (umount -l, then fusermount -uz) until it is gone from /proc/mounts; never throws. */
export async function forceUnmount(dir: string): Promise<void> {
  for (const cmd of [`umount -l ${q(dir)}`, `fusermount -uz ${q(dir)}`]) {
    if (!(await isMounted(dir).catch(() => false))) return;
    await sh(cmd, { timeoutMs: 10_000 }).catch(() => undefined);
  }
}

function waitExit(child: ChildProcess, exited: Promise<ExitStatus>, ms: number): Promise<ExitStatus | undefined> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  let t: NodeJS.Timeout;
  return Promise.race([exited, new Promise<undefined>((r) => (t = setTimeout(() => r(undefined), ms)))]).finally(() => clearTimeout(t));
}

/** Starts `node bin/hivefs-client --mount=DIR --cfgFile=FILE [--mode=..] [extraArgs]` and waits for its `mounted` line. */
export async function mountHivefs(opts: MountOptions): Promise<Mount> {
  const madeDir = opts.mountDir === undefined;
  const mountDir = madeDir ? await realpath(await tmpDir('hivefs-mnt-')) : resolve(opts.mountDir!); // (no realpath: it would stat a possibly dead mount)
  const runDir = opts.runDir ?? (await defaultRunDir());
  const args = [CLIENT_BIN, `--mount=${mountDir}`, `--cfgFile=${opts.clientConf}`];
  if (opts.mode) args.push(`--mode=${opts.mode}`);
  args.push(...engineArgs(), ...(opts.extraArgs ?? []));
  const child = spawn(process.execPath, args, { env: childEnv({ HIVEFS_RUN_DIR: runDir }), stdio: ['ignore', 'pipe', 'pipe'] });
  const out = new Tail();
  const err = new Tail();
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const exited = new Promise<ExitStatus>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
    child.on('error', (e) => {
      err.push(`spawn error: ${e.message}\n`);
      resolve({ code: -1, signal: null });
    });
  });
  const output = (): string => `--- stdout (tail) ---\n${out.last()}\n--- stderr (tail) ---\n${err.last()}`;
  let mountedLine: Record<string, unknown> | undefined;
  let onMounted: (() => void) | undefined;
  let partial = '';
  child.stdout!.setEncoding('utf8');
  child.stderr!.setEncoding('utf8');
  // Always drain both pipes: a full pipe would block the daemon.
  child.stdout!.on('data', (d: string) => {
    out.push(d);
    if (mountedLine) return;
    partial += d;
    const lines = partial.split('\n');
    partial = lines.pop()!;
    for (const line of lines) {
      if (!line.includes('"msg":"mounted"')) continue;
      try {
        mountedLine = JSON.parse(line) as Record<string, unknown>;
      } catch {
        mountedLine = { raw: line };
      }
      partial = '';
      onMounted?.();
      return;
    }
  });
  child.stderr!.on('data', (d: string) => err.push(d));

  // Where the kernel mounted it: the client follows a symlinked mount point to its target.
  let mountedAt = mountDir;
  let removed = false;
  const removeMadeDir = async (): Promise<void> => {
    if (!madeDir || removed) return;
    if (await isMounted(mountDir).catch(() => true)) return; // never remove a live mount's contents
    await rmdir(mountDir).then(() => (removed = true), () => undefined);
  };
  const alive = (): boolean => child.exitCode === null && child.signalCode === null;
  const kill = (signal: NodeJS.Signals = 'SIGTERM'): void => {
    if (alive() && child.pid !== undefined) process.kill(child.pid, signal);
  };
  const cleanup = async (): Promise<void> => {
    try {
      if (alive()) kill('SIGKILL');
      await waitExit(child, exited, 10_000);
      await forceUnmount(mountedAt);
      await removeMadeDir();
    } catch (e) {
      console.warn(`cleanup of mount ${mountDir}: ${(e as Error).message}`);
    } finally {
      liveMounts.delete(mount);
    }
  };
  const unmount = async (timeoutMs = 30_000): Promise<ExitStatus> => {
    kill('SIGTERM');
    const status = await waitExit(child, exited, timeoutMs);
    if (!status) {
      await cleanup();
      throw new Error(`hivefs-client (pid ${child.pid}) did not exit within ${timeoutMs} ms of SIGTERM\n${output()}`);
    }
    try {
      await waitFor(async () => !(await isMounted(mountedAt)), { timeoutMs: 10_000, what: `${mountedAt} to leave /proc/mounts` });
    } catch (e) {
      await cleanup();
      throw e;
    }
    await removeMadeDir();
    liveMounts.delete(mount);
    return status;
  };
  const mount: Mount = {
    mountDir,
    pid: child.pid ?? -1,
    runDir,
    mountedLine: {},
    exited,
    alive,
    output,
    unmount,
    kill,
    cleanup,
  };
  liveMounts.add(mount);

  const timeoutMs = opts.timeoutMs ?? 30_000;
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`hivefs-client did not log "mounted" within ${timeoutMs} ms (${args.join(' ')})\n${output()}`)), timeoutMs);
      onMounted = () => (clearTimeout(timer), resolve());
      if (mountedLine) onMounted();
      void exited.then(async (s) => {
        clearTimeout(timer);
        await Promise.race([closed, new Promise((r) => setTimeout(r, 1000))]); // the rest of its output
        reject(new Error(`hivefs-client exited (code ${s.code}, signal ${s.signal}) before mounting (${args.join(' ')})\n${output()}`));
      });
    });
    mount.mountedLine = mountedLine!;
    // the engine asked for (HIVEFS_FUSE_ENGINE or the test's own --engine=, the last one wins) is the one that serves
    const asked = args.filter((a) => a.startsWith('--engine=')).pop()?.slice('--engine='.length);
    if (asked !== undefined && mountedLine!.engine !== asked) throw new Error(`asked for --engine=${asked}, the client mounted with engine ${String(mountedLine!.engine)}`);
    if (typeof mountedLine!.mountpoint === 'string') mountedAt = mountedLine!.mountpoint;
    await waitFor(() => isMounted(mountedAt), { timeoutMs: 5000, what: `${mountedAt} in /proc/mounts after "mounted"` });
  } catch (e) {
    await cleanup();
    throw e;
  }
  return mount;
}

/** Writes a copy of `clientConf` with `key = value` lines appended (later keys win) into `dir`. */
export async function clientConfWith(clientConf: string, dir: string, values: Record<string, string | number>, name = 'client-extra.conf'): Promise<string> {
  const base = await readFile(clientConf, 'utf8');
  const file = join(dir, name);
  await writeFile(file, `${base.replace(/\n*$/, '\n')}${Object.entries(values).map(([k, v]) => `${k} = ${v}`).join('\n')}\n`);
  return file;
}

/**
 * Mounts one cluster `count` times with a client conf (written to `dir`) whose entry and
 * attribute caches last the given seconds.
 */
export async function mountsWithCacheSecs(clientConf: string, dir: string, secs: { entry: number; attr: number }, count = 2): Promise<Mount[]> {
  const conf = await clientConfWith(clientConf, dir, { tuneEntryCacheSecs: secs.entry, tuneAttrCacheSecs: secs.attr });
  return Promise.all(Array.from({ length: count }, () => mountHivefs({ clientConf: conf })));
}

/**
 * For afterAll: kills every shell still running (SIGKILL, by process group), unmounts every client
 * still alive (SIGTERM; SIGKILL by pid and `umount -l` when that fails), lazily unmounts what is left, and removes the temporary directories. Never throws.
 */
export async function cleanupAll(): Promise<void> {
  for (const p of [...liveShells]) p.kill('SIGKILL');
  await Promise.all([...liveShells].map((p) => Promise.race([p.result, new Promise((r) => setTimeout(r, 5000))])));
  // Unmount what still runs the normal way first (SIGTERM), then force whatever is left.
  await Promise.all([...liveMounts].map((m) => (m.alive() ? m.unmount(15_000).then(() => undefined, (e: Error) => console.warn(e.message)) : undefined)));
  await Promise.all([...liveMounts].map((m) => m.cleanup()));
  for (const d of [...tempDirs]) {
    tempDirs.delete(d);
    if (await mountedUnder(d).catch(() => true)) {
      console.warn(`not removing ${d}: something is still mounted in it`);
      continue;
    }
    await removeDir(d).catch((e: Error) => console.warn(`removing ${d}: ${e.message}`));
  }
  sharedRunDir = undefined;
}

/** Lines only in `want` (`- `) and only in `got` (`+ `), at most `max` of each, after a count; '' when both hold the same lines. */
export function lineDiff(want: string, got: string, max = 10): string {
  const a = new Set(want.split('\n'));
  const b = new Set(got.split('\n'));
  const missing = [...a].filter((l) => !b.has(l));
  const extra = [...b].filter((l) => !a.has(l));
  if (missing.length === 0 && extra.length === 0) return '';
  return [`${missing.length} lines only in the first, ${extra.length} only in the second`, ...missing.slice(0, max).map((l) => `- ${l}`), ...extra.slice(0, max).map((l) => `+ ${l}`)].join('\n');
}
