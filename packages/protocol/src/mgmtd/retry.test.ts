// Unit tests of waiting for mgmtd: backoff, which failures are retried, authentication refusals, abort.
import { describe, expect, it } from 'vitest';
import { ErrCode, HiveError } from '../errors.js';
import { recordingLog } from '../testing/helpers.js';
import { backoffMs, isTransient, mgmtdTrouble, untilAnswered } from './retry.js';

/** `level: msg` of every line a recording logger got. */
const texts = (log: ReturnType<typeof recordingLog>): string[] => log.lines.map((l) => `${l.level}: ${l.msg ?? ''}`);

describe('retry', () => {
  it('backs off exponentially up to a cap that never undercuts the base interval', () => {
    expect([0, 1, 2, 3, 10].map((f) => backoffMs(200, f))).toEqual([200, 400, 800, 1600, 2000]);
    expect(backoffMs(5000, 3)).toBe(5000);
  });

  it('retries transport failures but not definite answers nor a failed authentication', () => {
    expect(isTransient(new HiveError(ErrCode.UNREACHABLE))).toBe(true);
    expect(isTransient(new HiveError(ErrCode.TIMEOUT))).toBe(true);
    expect(isTransient(new HiveError(ErrCode.CONNECTION_LOST))).toBe(true);
    expect(isTransient(new HiveError(ErrCode.AUTH_FAILED))).toBe(false);
    expect(isTransient(new HiveError(ErrCode.ID_CONFLICT))).toBe(false);
    expect(isTransient(new HiveError(ErrCode.REGISTRATION_DISABLED))).toBe(false);
    expect(mgmtdTrouble(new HiveError(ErrCode.AUTH_FAILED))).toBe('authentication with mgmtd failed (wrong connAuthFile secret?)');
    expect(mgmtdTrouble(new HiveError(ErrCode.UNREACHABLE))).toBe('mgmtd not answering');
  });

  it('calls until answered, throws a refusal at once and stops on abort', async () => {
    const log = recordingLog();
    let calls = 0;
    const v = await untilAnswered('op', async () => {
      if (++calls < 3) throw new HiveError(ErrCode.UNREACHABLE, 'down');
      return 'ok';
    }, log);
    expect([v, calls]).toEqual(['ok', 3]);
    expect(texts(log)).toEqual(['warn: op: mgmtd not answering; retrying', 'warn: op: mgmtd not answering; retrying']);
    await expect(untilAnswered('registerNode', () => Promise.reject(new HiveError(ErrCode.ID_CONFLICT, 'id 1 taken')), log))
      .rejects.toThrow('registerNode refused by mgmtd: id 1 taken');
    const ac = new AbortController();
    const p = untilAnswered('op', () => {
      ac.abort();
      return Promise.reject(new HiveError(ErrCode.UNREACHABLE, 'down'));
    }, log, ac.signal);
    await expect(p).rejects.toThrow('stopped while waiting for mgmtd (op)');
  });

  it('gives up at the first failed authentication and says so, not "not answering"', async () => {
    const log = recordingLog();
    let calls = 0;
    const refused = untilAnswered('registerNode', () => {
      calls++;
      return Promise.reject(new HiveError(ErrCode.AUTH_FAILED, '127.0.0.1:8008: mgmtd refused the authentication (wrong connAuthFile secret?)'));
    }, log);
    await expect(refused).rejects.toMatchObject({
      code: ErrCode.AUTH_FAILED,
      message: 'registerNode: authentication with mgmtd failed: 127.0.0.1:8008: mgmtd refused the authentication (wrong connAuthFile secret?)',
    });
    expect(calls).toBe(1);
    expect(texts(log)).toEqual(['error: registerNode: authentication with mgmtd failed (wrong connAuthFile secret?); giving up']);
  });
});
