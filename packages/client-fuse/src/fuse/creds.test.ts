import { describe, expect, it } from 'vitest';
import { CallerCreds, parseGroups } from './creds.js';

describe('parseGroups', () => {
  it('reads the Groups: line of /proc/<pid>/status', () => {
    expect(parseGroups('Name:\tsh\nUid:\t1 1 1 1\nGroups:\t4 24 27 \nNgid:\t0\n')).toEqual([4, 24, 27]);
    expect(parseGroups('Groups:\t\n')).toEqual([]);
    expect(parseGroups('Name:\tsh\n')).toEqual([]);
  });
});

describe('CallerCreds', () => {
  it('reads the groups of a pid once within the TTL and again after it', async () => {
    let t = 0;
    const reads: number[] = [];
    const creds = new CallerCreds({ now: () => t, ttlMs: 1000, readStatus: async (pid) => (reads.push(pid), `Groups:\t${pid} 7\n`) });
    const a = { uid: 1000, gid: 1000, pid: 42 };
    expect(await creds.of(a)).toEqual({ uid: 1000, gid: 1000, gids: [42, 7] });
    await Promise.all([creds.of(a), creds.of(a)]);
    expect(reads).toEqual([42]);
    t = 1001;
    await creds.of(a);
    expect(reads).toEqual([42, 42]);
  });

  it('needs no groups for root or the kernel (pid 0), and gives none for a process that is gone', async () => {
    const reads: number[] = [];
    const creds = new CallerCreds({ readStatus: async (pid) => (reads.push(pid), Promise.reject(new Error('ENOENT'))) });
    expect(await creds.of({ uid: 0, gid: 0, pid: 5 })).toEqual({ uid: 0, gid: 0, gids: [] });
    expect(await creds.of({ uid: 9, gid: 9, pid: 0 })).toEqual({ uid: 9, gid: 9, gids: [] });
    expect(await creds.of({ uid: 9, gid: 9, pid: 77 })).toEqual({ uid: 9, gid: 9, gids: [] });
    expect(reads).toEqual([77]);
  });

  it('reads its own process status for real', async () => {
    const me = await new CallerCreds().of({ uid: 1, gid: 1, pid: process.pid });
    expect(Array.isArray(me.gids)).toBe(true);
  });
});
