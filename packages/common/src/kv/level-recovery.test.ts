// When LevelRecovery reopens a database after a write's I/O error, against a stand-in database and free-space figure.
import { describe, expect, it } from 'vitest';
import { waitFor } from '../testing/index.js';
import { LevelRecovery, spaceAwareError } from './level-recovery.js';

const ioError = (msg: string) => Object.assign(new Error(msg), { code: 'LEVEL_IO_ERROR' });

function setup() {
  const fs = { free: 0 };
  const db = {
    status: 'open',
    opens: 0,
    failOpen: false,
    async close() {
      this.status = 'closed';
    },
    async open() {
      this.opens++;
      if (this.failOpen) throw Object.assign(new Error('Database failed to open'), { cause: ioError('IO error: MANIFEST: No space left on device') });
      this.status = 'open';
    },
  };
  const reopens: string[] = [];
  const rec = new LevelRecovery({ db, dir: '/db', minFreeBytes: 100, freeBytes: async () => fs.free, onReopen: (_c, err) => reopens.push(err ? 'failed' : 'ok') });
  return { fs, db, rec, reopens };
}

describe('LevelRecovery', () => {
  it('does nothing for errors that are not I/O errors', async () => {
    const { db, rec } = setup();
    rec.noteWriteError(new Error('bad key'));
    expect(rec.pending).toBe(false);
    await rec.beforeWrite();
    expect(db.opens).toBe(0);
  });

  it('keeps the database open while there is no room to reopen it, then reopens it before a write once there is', async () => {
    const { fs, db, rec, reopens } = setup();
    rec.noteWriteError(ioError('IO error: 000005.ldb: No space left on device'));
    await expect(rec.beforeWrite()).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(db.status).toBe('open');
    expect(rec.beforeRead()).toBeUndefined(); // reads go on
    fs.free = 1000;
    await expect(rec.beforeWrite()).rejects.toMatchObject({ code: 'ENOSPC' }); // within a second of the last try: not tried again
    expect(db.opens).toBe(0);
    await waitFor(() => rec.beforeWrite().then(() => true, () => false), { timeoutMs: 5000, intervalMs: 100 });
    expect(db.opens).toBe(1);
    expect(rec.pending).toBe(false);
    expect(reopens).toEqual(['ok']);
  });

  it('after a failed open, reads try to reopen too (failing with ENOSPC meanwhile) and wait for it', async () => {
    const { fs, db, rec, reopens } = setup();
    fs.free = 1000;
    db.failOpen = true;
    rec.noteWriteError(ioError('IO error: 000007.log: No space left on device'));
    await expect(rec.beforeWrite()).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(db.status).toBe('closed');
    await expect(rec.beforeRead()).rejects.toMatchObject({ code: 'ENOSPC' });
    db.failOpen = false;
    await waitFor(async () => {
      const wait = rec.beforeRead();
      return wait === undefined || (await wait.then(() => true, () => false));
    }, { timeoutMs: 5000, intervalMs: 100 });
    expect(db.status).toBe('open');
    expect(reopens).toEqual(['failed', 'ok']);
  });

  it('spaceAwareError names a full file system with code ENOSPC and leaves other errors alone', () => {
    expect(spaceAwareError(ioError('IO error: x.log: No space left on device'))).toMatchObject({ code: 'ENOSPC', message: expect.stringMatching(/file system is full/) });
    const other = ioError('IO error: x.log: Input/output error');
    expect(spaceAwareError(other)).toBe(other);
  });
});
