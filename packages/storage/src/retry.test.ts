// Unit tests of waiting for mgmtd: backoff, which failures are retried, abort.
import { createLogger } from '@hivefs/common';
import { ErrCode, HiveError } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import { backoffMs, isTransient, untilAnswered } from './retry.js';

const log = createLogger({ service: 'storage-test', level: 'fatal' });

describe('retry', () => {
  it('backs off exponentially up to a cap that never undercuts the base interval', () => {
    expect([0, 1, 2, 3, 10].map((f) => backoffMs(200, f))).toEqual([200, 400, 800, 1600, 2000]);
    expect(backoffMs(5000, 3)).toBe(5000);
  });

  it('retries transport failures but not definite answers', () => {
    expect(isTransient(new HiveError(ErrCode.UNREACHABLE))).toBe(true);
    expect(isTransient(new HiveError(ErrCode.AUTH_FAILED))).toBe(true);
    expect(isTransient(new HiveError(ErrCode.TIMEOUT))).toBe(true);
    expect(isTransient(new HiveError(ErrCode.ID_CONFLICT))).toBe(false);
    expect(isTransient(new HiveError(ErrCode.REGISTRATION_DISABLED))).toBe(false);
  });

  it('calls until answered, throws a refusal at once and stops on abort', async () => {
    let calls = 0;
    const v = await untilAnswered('op', async () => {
      if (++calls < 3) throw new HiveError(ErrCode.UNREACHABLE, 'down');
      return 'ok';
    }, log);
    expect([v, calls]).toEqual(['ok', 3]);
    await expect(untilAnswered('registerNode', () => Promise.reject(new HiveError(ErrCode.ID_CONFLICT, 'id 1 taken')), log))
      .rejects.toThrow('registerNode refused by mgmtd: id 1 taken');
    const ac = new AbortController();
    const p = untilAnswered('op', () => {
      ac.abort();
      return Promise.reject(new HiveError(ErrCode.UNREACHABLE, 'down'));
    }, log, ac.signal);
    await expect(p).rejects.toThrow('stopped while waiting for mgmtd (op)');
  });
});
