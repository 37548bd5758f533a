// A KV snapshot with memory-only entries laid over it, merged in key byte order.
import type { KvSnapshot } from './kv-store.js';

/** An entry held in memory only: raw key bytes and value bytes. */
export type OverlayEntry = [Uint8Array, Uint8Array];

/**
 * `base` with `overlay` merged in, in key byte order; an overlay entry replaces a base entry
 * with the same key. `overlay` is sorted here (it is taken as it is: pass copies).
 */
export function overlaySnapshot(base: KvSnapshot, overlay: OverlayEntry[]): KvSnapshot {
  const extra = overlay.slice().sort(([a], [b]) => Buffer.compare(a, b));
  if (extra.length === 0) return base;
  return {
    async *entries() {
      let i = 0;
      for await (const [k, v] of base.entries()) {
        while (i < extra.length && Buffer.compare(extra[i]![0], k) < 0) yield extra[i++]!;
        if (i < extra.length && Buffer.compare(extra[i]![0], k) === 0) yield extra[i++]!;
        else yield [k, v];
      }
      while (i < extra.length) yield extra[i++]!;
    },
    close: () => base.close(),
  };
}
