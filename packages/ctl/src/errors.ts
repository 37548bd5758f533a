// Exit codes of hivefs-ctl (beegfs-ctl's) and the error that carries one.
import { HiveError, codeName } from '@hivefs/protocol';

/** Process exit codes, as beegfs-ctl defines them (docs/design.md, section 8). */
export const ExitCode = {
  OK: 0,
  /** Invalid arguments or config. */
  INVALID_ARGS: 1,
  /** Cannot initialise: mgmtd unreachable, no map. */
  INIT_FAILED: 2,
  /** The operation failed (e.g. ENOENT). */
  OP_FAILED: 3,
  /** A server sent something that makes no sense. */
  INVALID_RESULT: 4,
  /** --errorcodes: a node of the listed targets is not reachable. */
  NODE_UNREACHABLE: 5,
  /** --errorcodes: a target is not Online. */
  TARGET_NOT_ONLINE: 6,
  /** --errorcodes: a target is not Good. */
  TARGET_NOT_GOOD: 7,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** An error that ends the command with a given exit code; the message is one line saying what and why. */
export class CtlError extends Error {
  override readonly name = 'CtlError';
  constructor(readonly exitCode: ExitCodeValue, message: string) {
    super(message);
  }
}

/** `what: reason (CODE)` for a HiveError, `what: message` for anything else. */
export function describeFailure(what: string, err: unknown): string {
  if (err instanceof HiveError) return `${what}: ${err.message} (${codeName(err.code)})`;
  return `${what}: ${err instanceof Error ? err.message : String(err)}`;
}

/** Wraps any failure of an operation as a CtlError (OP_FAILED unless it already is one). */
export function opFailed(what: string, err: unknown): CtlError {
  if (err instanceof CtlError) return err;
  return new CtlError(ExitCode.OP_FAILED, describeFailure(what, err));
}
