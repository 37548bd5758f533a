// VfsError: the one error type the VFS rejects with, errno-coded, made from any thrown value.
import { constants } from 'node:os';
import { HiveError, codeName, toErrno } from '@hivefs/protocol';

const ERRNO: Readonly<Record<string, number>> = constants.errno;

/** Names preferred where two share a number (Linux: EWOULDBLOCK = EAGAIN, ENOTSUP = EOPNOTSUPP). */
const PREFERRED: readonly string[] = ['EAGAIN', 'EOPNOTSUPP'];

/** The symbolic name of a positive errno (`ENOENT`), or `E<n>` when unknown. */
export function errnoName(errno: number): string {
  for (const name of PREFERRED) if (ERRNO[name] === errno) return name;
  for (const [name, n] of Object.entries(ERRNO)) if (n === errno) return name;
  return `E${errno}`;
}

/** The errno number of a symbolic name (`'ENOENT'` -> 2); EIO for unknown names. */
export function errnoOf(name: string): number {
  return ERRNO[name] ?? ERRNO.EIO!;
}

/** An errno-coded failure of a VFS operation. */
export class VfsError extends Error {
  override readonly name = 'VfsError';
  /** Symbolic errno name, e.g. `ENOENT`. */
  readonly code: string;

  /** `errno` is positive, as FUSE handlers negate it. */
  constructor(readonly errno: number, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = errnoName(errno);
  }

  /** Shorthand: `VfsError.of('ENOENT', 'no such file: /a')`. */
  static of(code: string, message: string): VfsError {
    return new VfsError(errnoOf(code), message);
  }
}

/**
 * Converts anything thrown below the VFS surface into a VfsError: a HiveError keeps its errno
 * (via toErrno) and message, a VfsError passes through, anything else becomes EIO.
 * `op` (e.g. `'open /a/b'`) prefixes the message.
 */
export function toVfsError(err: unknown, op?: string): VfsError {
  if (err instanceof VfsError) return err;
  const prefix = op ? `${op}: ` : '';
  if (err instanceof HiveError) {
    return new VfsError(toErrno(err.code), `${prefix}${err.message} (${codeName(err.code)})`, { cause: err });
  }
  const msg = err instanceof Error ? err.message : String(err);
  return new VfsError(errnoOf('EIO'), `${prefix}${msg}`, { cause: err });
}
