// Maps file-system errors of chunk operations to HiveErrors naming the operation, path and target.
import { ErrCode, HiveError } from '@hivefs/protocol';

const CODE_BY_ERRNO: ReadonlyMap<string, ErrCode> = new Map([
  ['ENOSPC', ErrCode.NO_SPACE],
  ['EDQUOT', ErrCode.NO_SPACE],
  ['EFBIG', ErrCode.FILE_TOO_BIG],
  ['EMFILE', ErrCode.BUSY],
  ['ENFILE', ErrCode.BUSY],
  ['EAGAIN', ErrCode.BUSY],
]);

/**
 * Converts an error thrown by the file system into a HiveError: ENOSPC/EDQUOT -> NO_SPACE,
 * EFBIG -> FILE_TOO_BIG, EMFILE/ENFILE -> BUSY, everything else (EIO, EROFS, ...) -> CHUNK_IO.
 * HiveErrors pass through unchanged.
 */
export function chunkIoError(err: unknown, op: string, path: string, targetId: number): HiveError {
  if (err instanceof HiveError) return err;
  const errno = (err as NodeJS.ErrnoException)?.code ?? 'EIO';
  const code = CODE_BY_ERRNO.get(errno) ?? ErrCode.CHUNK_IO;
  const why = errno === 'ENOSPC' ? 'no space left on device' : (err as Error)?.message ?? String(err);
  return new HiveError(code, `${op} of chunk ${path} on target ${targetId} failed (${errno}): ${why}`);
}
