import { constants } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ERROR_TABLE, ErrCode, HiveError, codeName, errorCode, fail, isRetryable, toErrno } from './errors.js';

const E = constants.errno;

/** [name, number] of every ErrCode member (numeric enums also carry reverse mappings). */
const CODES = Object.entries(ErrCode).filter(([, v]) => typeof v === 'number') as [string, number][];

describe('ErrCode table', () => {
  it('has a plausible number of codes', () => {
    expect(CODES.length).toBeGreaterThan(30);
  });

  it('every code has a table entry with an errno and a text', () => {
    for (const [name, code] of CODES) {
      const info = (ERROR_TABLE as Record<number, { errno: number; retryable: boolean; text: string }>)[code];
      expect(info, name).toBeDefined();
      expect(typeof info!.errno, name).toBe('number');
      expect(info!.text.length, name).toBeGreaterThan(0);
      if (code !== ErrCode.OK) expect(info!.errno, name).toBeGreaterThan(0);
    }
  });

  it('the table has no entry for a number that is not a code', () => {
    const codes = new Set(CODES.map(([, v]) => v));
    for (const k of Object.keys(ERROR_TABLE)) expect(codes.has(Number(k)), k).toBe(true);
  });

  it('numbers are distinct and in the documented ranges', () => {
    const numbers = CODES.map(([, v]) => v);
    expect(new Set(numbers).size).toBe(numbers.length);
    const ranges: Record<string, [number, number]> = {
      common: [1000, 1999],
      rpc: [2000, 2999],
      meta: [3000, 3999],
      storage: [4000, 4999],
      mgmtd: [5000, 5999],
    };
    const expectIn = (range: keyof typeof ranges, names: string[]): void => {
      const [lo, hi] = ranges[range]!;
      for (const n of names) {
        const v = (ErrCode as unknown as Record<string, number>)[n];
        expect(v, n).toBeDefined();
        expect(v!, `${n} in ${range}`).toBeGreaterThanOrEqual(lo);
        expect(v!, `${n} in ${range}`).toBeLessThanOrEqual(hi);
      }
    };
    expectIn('common', ['INTERNAL', 'INVALID_ARGUMENT', 'NOT_SUPPORTED', 'SHUTTING_DOWN', 'IO', 'NO_SPACE', 'BUSY']);
    expectIn('rpc', ['TIMEOUT', 'UNREACHABLE', 'CONNECTION_LOST', 'BAD_FRAME', 'UNKNOWN_MESSAGE', 'BAD_MESSAGE', 'FRAME_TOO_LARGE', 'AUTH_FAILED', 'STALE_MAP', 'ABORTED']);
    expectIn('meta', ['NOT_FOUND', 'EXISTS', 'NOT_DIR', 'IS_DIR', 'NOT_EMPTY', 'ACCESS_DENIED', 'NOT_PERMITTED', 'NAME_TOO_LONG']);
    expectIn('storage', ['BAD_ENTRY_ID', 'UNKNOWN_TARGET', 'TARGET_OFFLINE', 'CHUNK_IO', 'NOT_PRIMARY', 'NO_LEASE', 'NOT_SECONDARY', 'GROUP_DOWN']);
    expectIn('mgmtd', ['UNKNOWN_NODE', 'UNKNOWN_TARGET_ID', 'REGISTRATION_DISABLED', 'ID_CONFLICT', 'STATE_MISMATCH', 'UNKNOWN_GROUP']);
    // every code other than OK lies in one of the ranges
    for (const [name, v] of CODES) {
      if (v === ErrCode.OK) continue;
      expect(v >= 1000 && v <= 5999, `${name}=${v}`).toBe(true);
    }
    expect(ErrCode.OK).toBe(0);
  });

  it('codes fit the uint32 code field of ErrorResp', () => {
    for (const [, v] of CODES) expect(Number.isInteger(v) && v >= 0 && v <= 0xffffffff).toBe(true);
  });
});

describe('toErrno', () => {
  it('maps the main codes to their errno', () => {
    expect(toErrno(ErrCode.NOT_FOUND)).toBe(E.ENOENT);
    expect(toErrno(ErrCode.EXISTS)).toBe(E.EEXIST);
    expect(toErrno(ErrCode.ACCESS_DENIED)).toBe(E.EACCES);
    expect(toErrno(ErrCode.NOT_PERMITTED)).toBe(E.EPERM);
    expect(toErrno(ErrCode.NO_SPACE)).toBe(E.ENOSPC);
    expect(toErrno(ErrCode.NOT_DIR)).toBe(E.ENOTDIR);
    expect(toErrno(ErrCode.IS_DIR)).toBe(E.EISDIR);
    expect(toErrno(ErrCode.NOT_EMPTY)).toBe(E.ENOTEMPTY);
    expect(toErrno(ErrCode.NAME_TOO_LONG)).toBe(E.ENAMETOOLONG);
    expect(toErrno(ErrCode.INVALID_ARGUMENT)).toBe(E.EINVAL);
    expect(toErrno(ErrCode.CROSS_DEVICE)).toBe(E.EXDEV);
    expect(toErrno(ErrCode.NO_XATTR)).toBe(E.ENODATA);
    expect(toErrno(ErrCode.FILE_TOO_BIG)).toBe(E.EFBIG);
    expect(toErrno(ErrCode.INTERNAL)).toBe(E.EIO);
    expect(toErrno(ErrCode.TIMEOUT)).toBe(E.ETIMEDOUT);
    expect(toErrno(ErrCode.OK)).toBe(0);
  });

  it('unknown codes map to EIO', () => {
    for (const c of [-1, 1, 999, 1999, 6000, 65535, 0xffffffff, 1.5, NaN]) expect(toErrno(c), String(c)).toBe(E.EIO);
  });

  it('HiveError.errno and .retryable follow the table', () => {
    const e = new HiveError(ErrCode.NOT_FOUND, 'no such entry x in y');
    expect(e.errno).toBe(E.ENOENT);
    expect(e.retryable).toBe(false);
    expect(new HiveError(ErrCode.TIMEOUT).retryable).toBe(true);
  });
});

describe('retryable set', () => {
  it('contains the transient codes', () => {
    for (const c of [ErrCode.TIMEOUT, ErrCode.UNREACHABLE, ErrCode.CONNECTION_LOST, ErrCode.STALE_MAP, ErrCode.SHUTTING_DOWN, ErrCode.BUSY, ErrCode.TARGET_OFFLINE]) {
      expect(isRetryable(c), codeName(c)).toBe(true);
    }
  });

  it('excludes permanent and caller errors', () => {
    for (const c of [
      ErrCode.OK,
      ErrCode.INTERNAL,
      ErrCode.INVALID_ARGUMENT,
      ErrCode.NOT_FOUND,
      ErrCode.EXISTS,
      ErrCode.ACCESS_DENIED,
      ErrCode.AUTH_FAILED,
      ErrCode.BAD_FRAME,
      ErrCode.BAD_MESSAGE,
      ErrCode.UNKNOWN_MESSAGE,
      ErrCode.FRAME_TOO_LARGE,
      ErrCode.ABORTED,
      ErrCode.NO_SPACE,
      ErrCode.BAD_ENTRY_ID,
    ]) {
      expect(isRetryable(c), codeName(c)).toBe(false);
    }
    expect(isRetryable(123456)).toBe(false);
  });
});

describe('codeName / HiveError / fail / errorCode', () => {
  it('codeName gives the symbolic name, E<n> for unknown codes', () => {
    expect(codeName(ErrCode.NOT_FOUND)).toBe('NOT_FOUND');
    expect(codeName(ErrCode.STALE_MAP)).toBe('STALE_MAP');
    expect(codeName(ErrCode.OK)).toBe('OK');
    expect(codeName(4242)).toBe('E4242');
    for (const [name, v] of CODES) expect(codeName(v)).toBe(name);
  });

  it('HiveError carries code, message, map version and defaults its message to the table text', () => {
    const e = new HiveError(ErrCode.STALE_MAP, 'map 3 is older than 5', 5);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('HiveError');
    expect(e.code).toBe(ErrCode.STALE_MAP);
    expect(e.message).toBe('map 3 is older than 5');
    expect(e.mapVersion).toBe(5);
    const d = new HiveError(ErrCode.NOT_EMPTY);
    expect(d.message).toBe(ERROR_TABLE[ErrCode.NOT_EMPTY].text);
    expect(d.mapVersion).toBe(0);
    expect(new HiveError(7777 as ErrCode).message).toBe('error 7777');
  });

  it('fail throws a HiveError; errorCode reads it back, INTERNAL for other throws', () => {
    let caught: unknown;
    try {
      fail(ErrCode.EXISTS, 'x exists');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(HiveError);
    expect((caught as HiveError).message).toBe('x exists');
    expect(errorCode(caught)).toBe(ErrCode.EXISTS);
    expect(errorCode(new Error('boom'))).toBe(ErrCode.INTERNAL);
    expect(errorCode('string')).toBe(ErrCode.INTERNAL);
    expect(errorCode(undefined)).toBe(ErrCode.INTERNAL);
  });

  it('errorCode gives NO_SPACE for plain errors of a full file system (ENOSPC, EDQUOT), INTERNAL for other errnos', () => {
    const errno = (code: string) => Object.assign(new Error(code), { code });
    expect(errorCode(errno('ENOSPC'))).toBe(ErrCode.NO_SPACE);
    expect(errorCode(errno('EDQUOT'))).toBe(ErrCode.NO_SPACE);
    expect(errorCode(errno('EIO'))).toBe(ErrCode.INTERNAL);
    expect(errorCode(errno('toString'))).toBe(ErrCode.INTERNAL);
  });
});
