// Exactly once, client side: a request id per mutating meta operation, kept across its resends, and the done_below mark.
import { Rpc, type AnyRpcDef, type hivefs } from '@hivefs/protocol';

/** The meta RPCs that change the namespace or sessions: their requests carry a RequestTag. */
export const TAGGED_RPCS: ReadonlySet<AnyRpcDef> = new Set<AnyRpcDef>([
  Rpc.mkdir, Rpc.rmdir, Rpc.create, Rpc.open, Rpc.close, Rpc.reportWrite, Rpc.unlink, Rpc.rename,
  Rpc.symlink, Rpc.link, Rpc.mknod, Rpc.setAttr, Rpc.setXattr, Rpc.removeXattr, Rpc.setPattern,
]);

/**
 * Allocates the request ids of one mount. Ids start at the wall-clock microsecond of the mount
 * (about 2^50.6 in 2026, so below 2^53) and count up, so a client id that mgmtd hands out again
 * (a remount) never reuses an id of an earlier run unless that run averaged over a thousand
 * mutations per millisecond. `doneBelow` is the lowest id still in flight: every id below it was
 * answered (or given up) and is never resent, so meta may drop its stored replies.
 */
export class RequestTags {
  private nextId: number;
  /** Ids in flight, in the order given out (= ascending): the first is the lowest. */
  private readonly inFlight = new Set<number>();

  /** `clientId`: this mount's node id at mgmtd (0 until registered: no tags then). */
  constructor(private readonly clientId: () => number, start: number = Date.now() * 1000) {
    this.nextId = Math.max(1, Math.floor(start));
  }

  /** The tag of a new operation (sent unchanged in every resend of it), or undefined without a client id. */
  begin(): hivefs.IRequestTag | undefined {
    const clientId = this.clientId();
    if (!clientId) return undefined;
    const requestId = this.nextId++;
    this.inFlight.add(requestId);
    return { clientId, requestId, doneBelow: this.lowestInFlight() };
  }

  /** The operation of `tag` is over (answered, failed or given up): it is never resent. */
  end(tag: hivefs.IRequestTag): void {
    this.inFlight.delete(Number(tag.requestId));
  }

  /** The lowest request id in flight, or the next one when none is. */
  lowestInFlight(): number {
    for (const id of this.inFlight) return id;
    return this.nextId;
  }
}
