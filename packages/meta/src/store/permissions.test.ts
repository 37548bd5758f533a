import { describe, expect, it } from 'vitest';
import { ErrCode, hivefs } from '@hivefs/protocol';
import { afterChownMode, afterWriteMode, checkAccess, checkChown, checkOwner, checkSticky, checkTimes, chmodResult, createMode, hasAccess, R, W, X } from './permissions.js';
import type { Cred, Inode } from './types.js';

const ROOT: Cred = { uid: 0, gid: 0, gids: [] };
const alice: Cred = { uid: 1000, gid: 1000, gids: [] };
const bob: Cred = { uid: 1001, gid: 1001, gids: [50] };
const carol: Cred = { uid: 1002, gid: 1002, gids: [] };

type Owned = Pick<Inode, 'entryId' | 'type' | 'mode' | 'uid' | 'gid'>;
const file = (mode: number, uid = 1000, gid = 50): Owned => ({ entryId: '1-1-1', type: hivefs.EntryType.REGULAR, mode, uid, gid });
const dir = (mode: number, uid = 1000, gid = 50): Owned => ({ entryId: '2-1-1', type: hivefs.EntryType.DIRECTORY, mode, uid, gid });

describe('hasAccess', () => {
  it('uses the owner class for the owner, even when group bits would allow more', () => {
    const f = file(0o070);
    expect(hasAccess(alice, f, R)).toBe(false);
    expect(hasAccess({ ...alice, gids: [50] }, f, R)).toBe(false);
  });

  it('uses the group class for members (primary or supplementary) and other for the rest', () => {
    const f = file(0o640);
    expect(hasAccess(bob, f, R)).toBe(true);
    expect(hasAccess(bob, f, W)).toBe(false);
    expect(hasAccess({ uid: 7, gid: 50, gids: [] }, f, R)).toBe(true);
    expect(hasAccess(carol, f, R)).toBe(false);
  });

  it('needs every requested bit', () => {
    expect(hasAccess(carol, file(0o604), R | W)).toBe(false);
    expect(hasAccess(carol, file(0o606), R | W)).toBe(true);
  });

  it('lets root read and write anything and search any directory', () => {
    expect(hasAccess(ROOT, file(0o000), R | W)).toBe(true);
    expect(hasAccess(ROOT, dir(0o000), R | W | X)).toBe(true);
  });

  it('gives root execute on a file only when some x bit is set', () => {
    expect(hasAccess(ROOT, file(0o600), X)).toBe(false);
    expect(hasAccess(ROOT, file(0o001), X)).toBe(true);
  });

  it('checkAccess throws ACCESS_DENIED naming the missing bits', () => {
    expect(() => checkAccess(carol, dir(0o755), W | X, 'create')).toThrow(expect.objectContaining({ code: ErrCode.ACCESS_DENIED, message: expect.stringContaining('wx') }));
  });
});

describe('ownership rules', () => {
  it('checkOwner allows owner and root, refuses others with NOT_PERMITTED', () => {
    expect(() => checkOwner(alice, file(0o644), 'chmod')).not.toThrow();
    expect(() => checkOwner(ROOT, file(0o644), 'chmod')).not.toThrow();
    expect(() => checkOwner(bob, file(0o666), 'chmod')).toThrow(expect.objectContaining({ code: ErrCode.NOT_PERMITTED }));
  });

  it('chown: only root gives a file away; the owner may keep the uid', () => {
    expect(() => checkChown(alice, file(0o644), 1001, undefined, 'chown')).toThrow(expect.objectContaining({ code: ErrCode.NOT_PERMITTED }));
    expect(() => checkChown(alice, file(0o644), 1000, undefined, 'chown')).not.toThrow();
    expect(() => checkChown(ROOT, file(0o644), 1001, 7, 'chown')).not.toThrow();
  });

  it('chgrp: the owner may pick a group they belong to, nobody else may', () => {
    expect(() => checkChown({ ...alice, gids: [60] }, file(0o644), undefined, 60, 'chgrp')).not.toThrow();
    expect(() => checkChown(alice, file(0o644), undefined, 60, 'chgrp')).toThrow(expect.objectContaining({ code: ErrCode.NOT_PERMITTED }));
    expect(() => checkChown(bob, file(0o644), undefined, 50, 'chgrp')).toThrow(expect.objectContaining({ code: ErrCode.NOT_PERMITTED }));
  });

  it('chmod by a non-root owner outside the group drops S_ISGID; root keeps it', () => {
    expect(chmodResult(alice, file(0o644), 0o2755)).toBe(0o755);
    expect(chmodResult({ ...alice, gids: [50] }, file(0o644), 0o2755)).toBe(0o2755);
    expect(chmodResult(ROOT, file(0o644), 0o2755)).toBe(0o2755);
  });

  it('a non-root write drops S_ISUID, and S_ISGID only with group execute', () => {
    expect(afterWriteMode(alice, 0o6755)).toBe(0o755);
    expect(afterWriteMode(alice, 0o6745)).toBe(0o2745);
    expect(afterWriteMode(ROOT, 0o6755)).toBe(0o6755);
  });

  it('chown of a file drops set-id bits; directories keep them', () => {
    expect(afterChownMode(file(0o6755))).toBe(0o755);
    expect(afterChownMode(dir(0o2755))).toBe(0o2755);
  });

  it('createMode drops S_ISGID when the creator is not in the group', () => {
    expect(createMode(alice, 0o2755, 50)).toBe(0o755);
    expect(createMode(bob, 0o2755, 50)).toBe(0o2755);
  });
});

describe('sticky directories', () => {
  const sticky = dir(0o1777, 0);
  it('allow root, the directory owner and the entry owner', () => {
    expect(() => checkSticky(ROOT, sticky, file(0o644, 1000), 'unlink')).not.toThrow();
    expect(() => checkSticky(alice, sticky, file(0o644, 1000), 'unlink')).not.toThrow();
    expect(() => checkSticky(alice, dir(0o1777, 1000), file(0o644, 1001), 'unlink')).not.toThrow();
  });

  it('refuse everyone else with NOT_PERMITTED', () => {
    expect(() => checkSticky(bob, sticky, file(0o666, 1000), 'unlink')).toThrow(expect.objectContaining({ code: ErrCode.NOT_PERMITTED }));
  });

  it('do not apply without the sticky bit', () => {
    expect(() => checkSticky(bob, dir(0o777, 0), file(0o666, 1000), 'unlink')).not.toThrow();
  });
});

describe('checkTimes', () => {
  it('explicit times need owner or root', () => {
    expect(() => checkTimes(bob, file(0o666), true, 'utimes')).toThrow(expect.objectContaining({ code: ErrCode.NOT_PERMITTED }));
    expect(() => checkTimes(alice, file(0o400), true, 'utimes')).not.toThrow();
  });

  it('"now" also works with write permission, else ACCESS_DENIED', () => {
    expect(() => checkTimes(bob, file(0o666), false, 'utimes')).not.toThrow();
    expect(() => checkTimes(bob, file(0o644), false, 'utimes')).toThrow(expect.objectContaining({ code: ErrCode.ACCESS_DENIED }));
  });
});
