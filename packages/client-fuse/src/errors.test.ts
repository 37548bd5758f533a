import { constants } from 'node:os';
import { ErrCode, HiveError } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import { VfsError, errnoName, errnoOf, toVfsError } from './errors.js';

describe('VfsError', () => {
  it('maps HiveErrors to positive errnos with symbolic codes', () => {
    const cases: [ErrCode, string][] = [
      [ErrCode.NOT_FOUND, 'ENOENT'], [ErrCode.EXISTS, 'EEXIST'], [ErrCode.ACCESS_DENIED, 'EACCES'], [ErrCode.NOT_PERMITTED, 'EPERM'],
      [ErrCode.NOT_EMPTY, 'ENOTEMPTY'], [ErrCode.NO_XATTR, 'ENODATA'], [ErrCode.TIMEOUT, 'ETIMEDOUT'], [ErrCode.IO, 'EIO'],
    ];
    for (const [code, name] of cases) {
      const v = toVfsError(new HiveError(code, 'what'), 'open /a');
      expect(v).toBeInstanceOf(VfsError);
      expect(v.code).toBe(name);
      expect(v.errno).toBe((constants.errno as Record<string, number>)[name]);
      expect(v.errno).toBeGreaterThan(0);
      expect(v.message).toContain('open /a: what');
    }
  });

  it('passes VfsErrors through and turns anything else into EIO', () => {
    const v = VfsError.of('EBADF', 'x');
    expect(toVfsError(v)).toBe(v);
    expect(toVfsError(new TypeError('boom')).code).toBe('EIO');
    expect(toVfsError('str').message).toBe('str');
  });

  it('names errnos both ways', () => {
    expect(errnoName(2)).toBe('ENOENT');
    expect(errnoOf('ENOTDIR')).toBe(constants.errno.ENOTDIR);
    expect(errnoName(99999)).toBe('E99999');
    expect(errnoName(constants.errno.EAGAIN)).toBe('EAGAIN');
    expect(errnoName(constants.errno.EOPNOTSUPP)).toBe('EOPNOTSUPP');
  });
});
