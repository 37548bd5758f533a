import { EventEmitter } from 'node:events';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from './config.js';
import { notifySystemdReady, runDaemonOn, type DaemonHost } from './lifecycle.js';
import type { Logger } from './logger.js';
import { removeDir, tmpDir, waitFor } from './testing/index.js';

/** A fake `process`: records exit codes and stderr, emits signals on demand. */
class FakeHost extends EventEmitter implements DaemonHost {
  exits: number[] = [];
  errText = '';
  stderr = { write: (s: string): boolean => ((this.errText += s), true) };
  exit(code: number): void {
    this.exits.push(code);
  }
}

function memoryLogger(): { log: Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(String(chunk));
      cb();
    },
  });
  const log = pino({ level: 'debug' }, sink);
  return { log, lines: () => chunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l)) };
}

describe('runDaemonOn', () => {
  it('stops once on SIGTERM and exits 0', async () => {
    const host = new FakeHost();
    const { log, lines } = memoryLogger();
    let stops = 0;
    runDaemonOn(host, { name: 'meta', log, start: async () => ({ stop: async () => void stops++ }) });
    host.emit('SIGTERM', 'SIGTERM');
    await waitFor(() => host.exits.length > 0, { what: 'exit' });
    expect(host.exits).toEqual([0]);
    expect(stops).toBe(1);
    expect(lines().some((l) => l.msg === 'shutting down' && l.signal === 'SIGTERM')).toBe(true);
  });

  it('waits for a pending start before stopping', async () => {
    const host = new FakeHost();
    const { log } = memoryLogger();
    let release!: () => void;
    const events: string[] = [];
    runDaemonOn(host, {
      name: 'meta',
      log,
      start: () =>
        new Promise((resolve) => {
          release = () => resolve({ stop: async () => void events.push('stop') });
        }),
    });
    host.emit('SIGINT', 'SIGINT');
    events.push('released');
    release();
    await waitFor(() => host.exits.length > 0, { what: 'exit' });
    expect(events).toEqual(['released', 'stop']);
    expect(host.exits).toEqual([0]);
  });

  it('exits 1 at once on a second signal while stop hangs', async () => {
    const host = new FakeHost();
    const { log } = memoryLogger();
    let stops = 0;
    runDaemonOn(host, { name: 'meta', log, start: async () => ({ stop: () => (stops++, new Promise<void>(() => undefined)) }) });
    host.emit('SIGTERM', 'SIGTERM');
    await waitFor(() => stops === 1, { what: 'stop call' });
    host.emit('SIGTERM', 'SIGTERM');
    expect(host.exits).toEqual([1]);
    expect(stops).toBe(1);
  });

  it('exits with the code of a service that ended on its own, without calling stop', async () => {
    const host = new FakeHost();
    const { log, lines } = memoryLogger();
    let stops = 0;
    let end!: (code: number) => void;
    runDaemonOn(host, { name: 'client', log, start: async () => ({ stop: async () => void stops++, ended: new Promise<number>((r) => (end = r)) }) });
    await waitFor(() => end !== undefined, { what: 'start' });
    expect(host.exits).toEqual([]);
    end(3);
    await waitFor(() => host.exits.length > 0, { what: 'exit' });
    expect(host.exits).toEqual([3]);
    expect(stops).toBe(0);
    expect(lines().some((l) => l.msg === 'ended' && l.code === 3)).toBe(true);
    host.emit('SIGTERM', 'SIGTERM');
    expect(host.exits).toEqual([3]);
  });

  it('a service that ends while a signal\'s stop runs exits with the stop\'s outcome only', async () => {
    const host = new FakeHost();
    const { log } = memoryLogger();
    let end!: (code: number) => void;
    let finishStop!: () => void;
    runDaemonOn(host, {
      name: 'client', log,
      start: async () => ({ stop: () => new Promise<void>((r) => (finishStop = r)), ended: new Promise<number>((r) => (end = r)) }),
    });
    await waitFor(() => end !== undefined, { what: 'start' });
    host.emit('SIGTERM', 'SIGTERM');
    await waitFor(() => finishStop !== undefined, { what: 'stop call' });
    end(1);
    await new Promise((r) => setImmediate(r));
    expect(host.exits).toEqual([]);
    finishStop();
    await waitFor(() => host.exits.length > 0, { what: 'exit' });
    expect(host.exits).toEqual([0]);
  });

  it('a service whose end rejects is logged as fatal and exits 1', async () => {
    const host = new FakeHost();
    const { log, lines } = memoryLogger();
    runDaemonOn(host, { name: 'client', log, start: async () => ({ stop: async () => undefined, ended: Promise.reject(new Error('lost it')) }) });
    await waitFor(() => host.exits.length > 0, { what: 'exit' });
    expect(host.exits).toEqual([1]);
    expect(lines().some((l) => l.msg === 'the service failed' && l.level === 60)).toBe(true);
  });

  it('reports a failed start on stderr and exits 1', async () => {
    const host = new FakeHost();
    const { log, lines } = memoryLogger();
    const err = new ConfigError("unknown config key 'fooBar' in /etc/hivefs/hivefs-meta.conf line 3", { key: 'fooBar' });
    runDaemonOn(host, { name: 'meta', log, start: () => Promise.reject(err) });
    await waitFor(() => host.exits.length > 0, { what: 'exit' });
    expect(host.exits).toEqual([1]);
    expect(host.errText).toBe(`hivefs-meta: ${err.message}\n`);
    expect(lines().some((l) => l.level === 50 && (l.err as { message: string }).message === err.message)).toBe(true);
  });

  it('treats a synchronous throw in start as a failed start', async () => {
    const host = new FakeHost();
    const { log } = memoryLogger();
    runDaemonOn(host, {
      name: 'storage',
      log,
      start: () => {
        throw new Error('boom');
      },
    });
    await waitFor(() => host.exits.length > 0, { what: 'exit' });
    expect(host.exits).toEqual([1]);
    expect(host.errText).toBe('hivefs-storage: boom\n');
  });

  it('exits 1 when stop fails', async () => {
    const host = new FakeHost();
    const { log } = memoryLogger();
    runDaemonOn(host, { name: 'meta', log, start: async () => ({ stop: () => Promise.reject(new Error('stuck')) }) });
    host.emit('SIGTERM', 'SIGTERM');
    await waitFor(() => host.exits.length > 0, { what: 'exit' });
    expect(host.exits).toEqual([1]);
  });

  it.each(['uncaughtException', 'unhandledRejection'])('logs %s as fatal and exits 1', async (event) => {
    const host = new FakeHost();
    const { log, lines } = memoryLogger();
    runDaemonOn(host, { name: 'mgmtd', log, start: async () => ({ stop: async () => undefined }) });
    host.emit(event, new Error('kaboom'));
    expect(host.exits).toEqual([1]);
    expect(lines().some((l) => l.level === 60 && (l.err as { message: string }).message === 'kaboom')).toBe(true);
  });
});

describe('notifySystemdReady', () => {
  const saved = { NOTIFY_SOCKET: process.env.NOTIFY_SOCKET, PATH: process.env.PATH };
  let dir: string | undefined;
  afterEach(async () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    if (dir) await removeDir(dir);
    dir = undefined;
  });

  it('runs systemd-notify --ready when NOTIFY_SOCKET is set', async () => {
    dir = await tmpDir('hivefs-notify-');
    const out = join(dir, 'args');
    const fake = join(dir, 'systemd-notify');
    await writeFile(fake, `#!/bin/sh\necho "$@ $NOTIFY_SOCKET" > '${out}'\n`);
    await chmod(fake, 0o755);
    process.env.PATH = `${dir}:${saved.PATH ?? ''}`;
    process.env.NOTIFY_SOCKET = '/run/fake.sock';
    notifySystemdReady();
    const text = await waitFor(() => readFile(out, 'utf8'), { what: 'fake systemd-notify to run' });
    expect(text.trim()).toBe('--ready /run/fake.sock');
  });

  it('ignores a missing systemd-notify binary', async () => {
    dir = await tmpDir('hivefs-notify-');
    process.env.PATH = dir;
    process.env.NOTIFY_SOCKET = '/run/fake.sock';
    expect(() => notifySystemdReady()).not.toThrow();
  });

  it('does nothing without NOTIFY_SOCKET', () => {
    delete process.env.NOTIFY_SOCKET;
    process.env.PATH = '/nonexistent';
    expect(() => notifySystemdReady()).not.toThrow();
  });
});
