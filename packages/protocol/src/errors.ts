// The one table of HiveFS error codes: numbered ranges per service, each with its errno.
import { constants } from 'node:os';

const E = constants.errno;

/** Error codes that travel on the wire in ErrorResp.code. Numbers are never reused. */
export enum ErrCode {
  OK = 0,
  // 1xxx common
  INTERNAL = 1000,
  INVALID_ARGUMENT = 1001,
  NOT_SUPPORTED = 1002,
  SHUTTING_DOWN = 1003,
  IO = 1004,
  NO_SPACE = 1005,
  BUSY = 1006,
  INTERRUPTED = 1007,
  // 2xxx rpc
  TIMEOUT = 2000,
  UNREACHABLE = 2001,
  CONNECTION_LOST = 2002,
  BAD_FRAME = 2003,
  UNKNOWN_MESSAGE = 2004,
  BAD_MESSAGE = 2005,
  FRAME_TOO_LARGE = 2006,
  AUTH_FAILED = 2007,
  STALE_MAP = 2008,
  ABORTED = 2009,
  // 3xxx meta
  NOT_FOUND = 3000,
  EXISTS = 3001,
  NOT_DIR = 3002,
  IS_DIR = 3003,
  NOT_EMPTY = 3004,
  ACCESS_DENIED = 3005,
  NOT_PERMITTED = 3006,
  NAME_TOO_LONG = 3007,
  NO_XATTR = 3008,
  CROSS_DEVICE = 3009,
  TOO_MANY_LINKS = 3010,
  BAD_HANDLE = 3011,
  NO_TARGETS = 3012,
  INVALID_PATTERN = 3013,
  LOOP = 3014,
  XATTR_RANGE = 3015,
  FILE_TOO_BIG = 3016,
  INVALID_NAME = 3017,
  NO_DEVICE = 3018,
  // 4xxx storage
  BAD_ENTRY_ID = 4000,
  UNKNOWN_TARGET = 4001,
  TARGET_OFFLINE = 4002,
  CHUNK_IO = 4003,
  /** A mirrored request reached a target that is not (or no longer) its group's primary. */
  NOT_PRIMARY = 4004,
  /** The primary's lease from mgmtd ran out: it accepts no mirrored writes until renewed. */
  NO_LEASE = 4005,
  /** A forwarded or resync request reached a target that is not its group's secondary. */
  NOT_SECONDARY = 4006,
  /** Neither member of a buddy group can serve it now (primary down, secondary not Good). */
  GROUP_DOWN = 4007,
  // 5xxx mgmtd
  UNKNOWN_NODE = 5000,
  UNKNOWN_TARGET_ID = 5001,
  REGISTRATION_DISABLED = 5002,
  ID_CONFLICT = 5003,
  STATE_MISMATCH = 5004,
  UNKNOWN_GROUP = 5005,
}

interface CodeInfo { errno: number; retryable: boolean; text: string }

const T = (errno: number | undefined, text: string, retryable = false): CodeInfo => ({ errno: errno ?? E.EIO, retryable, text });

/** errno, retry policy and a short description for every code. */
export const ERROR_TABLE: Readonly<Record<ErrCode, CodeInfo>> = {
  [ErrCode.OK]: T(0, 'success'),
  [ErrCode.INTERNAL]: T(E.EIO, 'internal error'),
  [ErrCode.INVALID_ARGUMENT]: T(E.EINVAL, 'invalid argument'),
  [ErrCode.NOT_SUPPORTED]: T(E.EOPNOTSUPP, 'operation not supported'),
  [ErrCode.SHUTTING_DOWN]: T(E.EAGAIN, 'service is shutting down', true),
  [ErrCode.IO]: T(E.EIO, 'input/output error'),
  [ErrCode.NO_SPACE]: T(E.ENOSPC, 'no space left on target'),
  [ErrCode.BUSY]: T(E.EBUSY, 'resource busy', true),
  [ErrCode.INTERRUPTED]: T(E.EINTR, 'interrupted by a signal'),
  [ErrCode.TIMEOUT]: T(E.ETIMEDOUT, 'request timed out', true),
  [ErrCode.UNREACHABLE]: T(E.EHOSTUNREACH, 'peer unreachable', true),
  [ErrCode.CONNECTION_LOST]: T(E.ECONNRESET, 'connection lost', true),
  [ErrCode.BAD_FRAME]: T(E.EPROTO, 'malformed frame'),
  [ErrCode.UNKNOWN_MESSAGE]: T(E.EPROTO, 'unknown message type'),
  [ErrCode.BAD_MESSAGE]: T(E.EBADMSG, 'undecodable message'),
  [ErrCode.FRAME_TOO_LARGE]: T(E.EMSGSIZE, 'frame too large'),
  [ErrCode.AUTH_FAILED]: T(E.EACCES, 'authentication failed'),
  [ErrCode.STALE_MAP]: T(E.EAGAIN, 'request routed by a stale cluster map', true),
  [ErrCode.ABORTED]: T(E.EINTR, 'request aborted'),
  [ErrCode.NOT_FOUND]: T(E.ENOENT, 'no such file or directory'),
  [ErrCode.EXISTS]: T(E.EEXIST, 'entry exists'),
  [ErrCode.NOT_DIR]: T(E.ENOTDIR, 'not a directory'),
  [ErrCode.IS_DIR]: T(E.EISDIR, 'is a directory'),
  [ErrCode.NOT_EMPTY]: T(E.ENOTEMPTY, 'directory not empty'),
  [ErrCode.ACCESS_DENIED]: T(E.EACCES, 'permission denied'),
  [ErrCode.NOT_PERMITTED]: T(E.EPERM, 'operation not permitted'),
  [ErrCode.NAME_TOO_LONG]: T(E.ENAMETOOLONG, 'name too long'),
  [ErrCode.NO_XATTR]: T(E.ENODATA, 'no such attribute'),
  [ErrCode.CROSS_DEVICE]: T(E.EXDEV, 'cross-device link'),
  [ErrCode.TOO_MANY_LINKS]: T(E.EMLINK, 'too many links'),
  [ErrCode.BAD_HANDLE]: T(E.EBADF, 'bad file handle'),
  [ErrCode.NO_TARGETS]: T(E.ENOSPC, 'no storage targets available'),
  [ErrCode.INVALID_PATTERN]: T(E.EINVAL, 'invalid stripe pattern'),
  [ErrCode.LOOP]: T(E.ELOOP, 'too many levels of symbolic links'),
  [ErrCode.XATTR_RANGE]: T(E.ERANGE, 'attribute value too large'),
  [ErrCode.FILE_TOO_BIG]: T(E.EFBIG, 'file too large'),
  [ErrCode.INVALID_NAME]: T(E.EINVAL, 'invalid name'),
  [ErrCode.NO_DEVICE]: T(E.ENXIO, 'no such device or address'),
  [ErrCode.BAD_ENTRY_ID]: T(E.EINVAL, 'invalid entry id'),
  [ErrCode.UNKNOWN_TARGET]: T(E.ENXIO, 'target not served here'),
  [ErrCode.TARGET_OFFLINE]: T(E.EIO, 'target offline', true),
  [ErrCode.CHUNK_IO]: T(E.EIO, 'chunk file i/o error'),
  [ErrCode.NOT_PRIMARY]: T(E.EAGAIN, 'target is not the primary of its buddy group', true),
  [ErrCode.NO_LEASE]: T(E.EAGAIN, 'primary has no lease from mgmtd', true),
  [ErrCode.NOT_SECONDARY]: T(E.EAGAIN, 'target is not the secondary of its buddy group', true),
  [ErrCode.GROUP_DOWN]: T(E.EIO, 'buddy group has no usable member', true),
  [ErrCode.UNKNOWN_NODE]: T(E.ENOENT, 'unknown node'),
  [ErrCode.UNKNOWN_TARGET_ID]: T(E.ENOENT, 'unknown target'),
  [ErrCode.REGISTRATION_DISABLED]: T(E.EPERM, 'registration of new servers is disabled'),
  [ErrCode.ID_CONFLICT]: T(E.EEXIST, 'id already in use'),
  [ErrCode.STATE_MISMATCH]: T(E.EAGAIN, 'state changed meanwhile (compare-and-swap failed)'),
  [ErrCode.UNKNOWN_GROUP]: T(E.ENOENT, 'unknown buddy group'),
};

/** An error with a HiveFS code; the message says what failed and why. */
export class HiveError extends Error {
  override readonly name = 'HiveError';
  constructor(readonly code: ErrCode, message?: string, readonly mapVersion = 0) {
    super(message ?? ERROR_TABLE[code]?.text ?? `error ${code}`);
  }
  /** The errno (positive) the client answers with. */
  get errno(): number { return toErrno(this.code); }
  get retryable(): boolean { return isRetryable(this.code); }
}

/** Positive errno for a code; unknown codes map to EIO. */
export function toErrno(code: number): number {
  return (ERROR_TABLE as Record<number, CodeInfo>)[code]?.errno ?? E.EIO;
}

/** Whether a request that failed with this code may be retried as is. */
export function isRetryable(code: number): boolean {
  return (ERROR_TABLE as Record<number, CodeInfo>)[code]?.retryable ?? false;
}

/** The symbolic name of a code (`NOT_FOUND`), or `E<code>` for unknown ones. */
export function codeName(code: number): string {
  return (ErrCode as unknown as Record<number, string>)[code] ?? `E${code}`;
}

/** Throws a HiveError; shorthand for handlers. */
export function fail(code: ErrCode, message?: string): never {
  throw new HiveError(code, message);
}

/** Errno codes of plain errors (from the file system or a store on it) that have a code of their own. */
const CODE_BY_ERRNO: ReadonlyMap<unknown, ErrCode> = new Map([['ENOSPC', ErrCode.NO_SPACE], ['EDQUOT', ErrCode.NO_SPACE]]);

/** The code of any thrown value: HiveError's own, NO_SPACE for ENOSPC/EDQUOT, INTERNAL otherwise. */
export function errorCode(err: unknown): ErrCode {
  if (err instanceof HiveError) return err.code;
  return CODE_BY_ERRNO.get((err as { code?: unknown } | undefined)?.code) ?? ErrCode.INTERNAL;
}
