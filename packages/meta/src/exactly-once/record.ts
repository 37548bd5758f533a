// The reply ledger's record format: what a store operation returned (or how it failed) as a hivefs.LedgerRecord.
import { hivefs } from '@hivefs/protocol';

/** What a stored reply holds, decoded: the operation's result or its failure. */
export interface StoredReply {
  /** Message type of the request it answered. */
  rpc: number;
  /** Wall-clock milliseconds when it was stored. */
  atMs: number;
  /** The result's attributes (operations that return an Attr or an open result). */
  attr?: hivefs.IAttr;
  /** create/open: the handle of the session made (0: none). */
  handleId: number;
  /** create: whether the file was made. */
  created: boolean;
  /** A failure: its ErrCode and message (the request is answered with that error again). */
  error?: { code: number; message: string };
}

/** A store result as the ledger stores it: nothing, an Attr, or an open result. */
function resultFields(result: unknown): Pick<hivefs.ILedgerRecord, 'attr' | 'handleId' | 'created'> {
  if (result === undefined || result === null || typeof result !== 'object') return {};
  const r = result as { attr?: hivefs.IAttr; handleId?: number; created?: boolean; entryId?: string };
  if ('handleId' in r) return { attr: r.attr ?? null, handleId: r.handleId ?? 0, created: r.created ?? false };
  if ('entryId' in r) return { attr: r as hivefs.IAttr };
  return {};
}

/** Encodes the result of a store operation (undefined, an Attr, or {attr, handleId, created}). */
export function encodeResult(rpc: number, atMs: number, result: unknown): Uint8Array {
  return hivefs.LedgerRecord.encode({ rpc, atMs, ...resultFields(result) }).finish();
}

/** Encodes a failure. */
export function encodeFailure(rpc: number, atMs: number, code: number, message: string): Uint8Array {
  return hivefs.LedgerRecord.encode({ rpc, atMs, errorCode: code, errorMessage: message }).finish();
}

/** Decodes a stored record; throws on bytes that are not one. */
export function decodeReply(bytes: Uint8Array): StoredReply {
  const r = hivefs.LedgerRecord.decode(bytes);
  return {
    rpc: r.rpc,
    atMs: Number(r.atMs),
    ...(r.attr ? { attr: r.attr } : {}),
    handleId: Number(r.handleId),
    created: r.created,
    ...(r.errorCode ? { error: { code: r.errorCode, message: r.errorMessage } } : {}),
  };
}

/** The wall-clock time of a record without decoding the rest (0 when unreadable). */
export function recordTime(bytes: Uint8Array): number {
  try {
    return Number(hivefs.LedgerRecord.decode(bytes).atMs);
  } catch {
    return 0;
  }
}
