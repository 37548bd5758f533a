import { afterEach, describe, expect, it } from 'vitest';
import { MapView } from './map-view.js';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
let view: MapView | undefined;

afterEach(() => view?.close());

describe('MapView listeners', () => {
  it('takes a map listener per request in flight without a leak warning', async () => {
    const warnings: Error[] = [];
    const onWarning = (w: Error): void => void warnings.push(w);
    process.on('warning', onWarning);
    try {
      view = new MapView({ mgmtdHost: '127.0.0.1', mgmtdPort: 1, secret: null, log: quiet });
      const listeners = Array.from({ length: 64 }, () => () => undefined);
      for (const l of listeners) view.on('map', l);
      expect(view.listenerCount('map')).toBe(64);
      // Node reports the warning on a later tick
      await new Promise((r) => setTimeout(r, 20));
      expect(warnings.map((w) => w.name)).not.toContain('MaxListenersExceededWarning');
      for (const l of listeners) view.off('map', l);
      expect(view.listenerCount('map')).toBe(0);
    } finally {
      process.off('warning', onWarning);
    }
  });
});
