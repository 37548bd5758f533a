// Reads of an accepted socket into one buffer that every read reuses, as the `onread` option of
// net.connect does for a socket we open. net.Server has no such option: by default each read of
// an accepted socket is a new ArrayBuffer (up to 64 KiB), and a storage daemon receiving chunk
// writes made a major garbage collection every 30 MB or so of them (32 to 38 per GiB written,
// about a fifth of its CPU with the concurrent marking threads; see the README's benchmark notes).
import type { Socket } from 'node:net';

/** Called with the bytes of one read, `buf[0, n)`; valid only until it returns. False stops reading. */
export type ReadCallback = (n: number, buf: Buffer) => boolean;

interface UserBufferHandle {
  useUserBuffer?: (buf: Uint8Array) => void;
}

/** The private symbols under which net.Socket keeps its `onread` buffer and callback. */
function onreadSlots(sock: Socket): { buffer: symbol; callback: symbol } | undefined {
  let buffer: symbol | undefined;
  let callback: symbol | undefined;
  for (const s of Object.getOwnPropertySymbols(sock)) {
    if (s.description === 'kBuffer') buffer = s;
    else if (s.description === 'kBufferCb') callback = s;
  }
  return buffer && callback ? { buffer, callback } : undefined;
}

/**
 * Switches an accepted socket, before its first read arrived (in the server's 'connection'
 * event), to reads into `buffer`: `onRead` then gets every read and 'data' is no longer emitted
 * ('end', 'close' and 'error' are). This sets what net.connect's `onread` option sets, through
 * net.Socket's internals (Node 20 and later name them the same); when they are not there it
 * changes nothing and returns false, and the caller reads 'data' as usual.
 */
export function readIntoReusedBuffer(sock: Socket, buffer: Buffer, onRead: ReadCallback): boolean {
  const handle = (sock as unknown as { _handle?: UserBufferHandle | null })._handle;
  const slots = onreadSlots(sock);
  if (!slots || typeof handle?.useUserBuffer !== 'function') return false;
  const fields = sock as unknown as Record<symbol, unknown>;
  if (fields[slots.buffer] !== null || fields[slots.callback] !== null) return false; // already set up otherwise
  fields[slots.buffer] = buffer;
  fields[slots.callback] = onRead;
  handle.useUserBuffer(buffer);
  return true;
}
