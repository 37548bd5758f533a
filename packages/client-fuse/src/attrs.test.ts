import { hivefs } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import { ACCESS, access, statfs } from './attrs.js';
import type { VfsContext } from './context.js';
import type { Cred } from './types.js';

const FILE: hivefs.IAttr = { entryId: 'f', type: hivefs.EntryType.REGULAR, mode: 0o640, uid: 10, gid: 20 };

/** A context whose resolver finds FILE at every path and records how it was asked. */
function ctx(seen: { follow?: boolean } = {}): VfsContext {
  return {
    resolver: {
      resolve: async (_p: string, _c: Cred, follow?: boolean) => ((seen.follow = follow), { entryId: 'f', attr: FILE }),
    },
  } as unknown as VfsContext;
}
const as = (uid: number, gid: number, gids: number[] = []): Cred => ({ uid, gid, gids });

describe('access', () => {
  it('checks the mask against owner, group (incl. supplementary) and other bits, following symlinks', async () => {
    const seen: { follow?: boolean } = {};
    await expect(access(ctx(seen), '/f', ACCESS.R_OK | ACCESS.W_OK, as(10, 1))).resolves.toBeUndefined();
    expect(seen.follow).toBe(true);
    await expect(access(ctx(), '/f', ACCESS.R_OK, as(11, 5, [20]))).resolves.toBeUndefined();
    await expect(access(ctx(), '/f', ACCESS.W_OK, as(11, 20))).rejects.toMatchObject({ code: 'EACCES' });
    await expect(access(ctx(), '/f', ACCESS.R_OK, as(11, 21))).rejects.toMatchObject({ code: 'EACCES' });
  });

  it('F_OK only needs the path to resolve; root may read and write but not execute without x bits', async () => {
    await expect(access(ctx(), '/f', ACCESS.F_OK, as(99, 99))).resolves.toBeUndefined();
    await expect(access(ctx(), '/f', ACCESS.R_OK | ACCESS.W_OK, as(0, 0))).resolves.toBeUndefined();
    await expect(access(ctx(), '/f', ACCESS.X_OK, as(0, 0))).rejects.toMatchObject({ code: 'EACCES' });
    await expect(access(ctx(), '/f', 8, as(0, 0))).rejects.toMatchObject({ code: 'EINVAL' });
  });
});

describe('statfs', () => {
  const withReply = (r: hivefs.IStatFsResp): VfsContext => ({ meta: { call: async () => r } }) as unknown as VfsContext;
  const B = 4096;

  it('shows what the file systems really use: bfree counts the root reserve, bavail does not', async () => {
    const s = await statfs(withReply({ totalBytes: 100 * B, freeBytes: 30 * B, usedBytes: 50 * B, totalInodes: 9, freeInodes: 4, numTargets: 4 }));
    expect(s).toMatchObject({ bsize: B, frsize: B, blocks: 100, bfree: 50, bavail: 30, files: 9, ffree: 4 });
  });

  it('without a used figure (older storage daemons), used is total - free', async () => {
    expect(await statfs(withReply({ totalBytes: 100 * B, freeBytes: 30 * B }))).toMatchObject({ blocks: 100, bfree: 30, bavail: 30 });
  });
});
