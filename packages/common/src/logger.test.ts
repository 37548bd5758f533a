import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger, flushLogger } from './logger.js';
import { removeDir, tmpDir, waitFor } from './testing/index.js';

describe('createLogger', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tmpDir('hivefs-log-');
  });
  afterEach(() => removeDir(dir));

  const readLines = async (file: string): Promise<Record<string, unknown>[]> =>
    (await readFile(file, 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l));

  it('writes JSON lines with service and nodeId bindings to a file, creating directories', async () => {
    const file = join(dir, 'var', 'log', 'hivefs-meta.log');
    const log = createLogger({ service: 'meta', nodeId: 3, level: 'debug', file });
    log.debug('hidden?');
    log.child({ component: 'store' }).info({ port: 8005 }, 'listening');
    await waitFor(
      async () => {
        flushLogger(log);
        return (await readLines(file)).length === 2;
      },
      { what: 'two log lines' },
    );
    const [first, second] = await readLines(file);
    expect(first).toMatchObject({ service: 'meta', nodeId: 3, level: 20, msg: 'hidden?' });
    expect(second).toMatchObject({ service: 'meta', nodeId: 3, component: 'store', port: 8005, msg: 'listening' });
  });

  it('respects the level and omits nodeId when not given', async () => {
    const file = join(dir, 'svc.log');
    const log = createLogger({ service: 'storage', level: 'warn', file });
    log.info('dropped');
    log.warn('kept');
    await waitFor(
      async () => {
        flushLogger(log);
        return (await readLines(file)).length > 0;
      },
      { what: 'a log line' },
    );
    const lines = await readLines(file);
    expect(lines.map((l) => l.msg)).toEqual(['kept']);
    expect(lines[0]).not.toHaveProperty('nodeId');
    expect(lines[0]).toMatchObject({ service: 'storage' });
  });

  it('logs to stdout by default', () => {
    const log = createLogger({ service: 'ctl', level: 'error' });
    expect(log.level).toBe('error');
    expect(() => flushLogger(log)).not.toThrow();
  });
});
