// Frames written to one socket in one turn of the event loop leave together, in one writev.
import type { Socket } from 'node:net';

const corked = new WeakSet<Socket>();

/**
 * Corks `sock` until the check phase of this turn of the event loop (setImmediate). Replies that
 * one LevelDB write completes, or requests that one batch of FUSE ops starts, are then a single
 * system call instead of one each: on loopback every send also runs the receiver's TCP input
 * and wakes it, which costs far more than the bytes. Adds no waiting beyond the current turn.
 */
export function corkForTurn(sock: Socket): void {
  if (corked.has(sock)) return;
  corked.add(sock);
  sock.cork();
  setImmediate(() => {
    corked.delete(sock);
    sock.uncork();
  });
}
