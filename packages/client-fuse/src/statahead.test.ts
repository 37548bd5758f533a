import type { hivefs } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import { Statahead } from './statahead.js';
import type { Cred } from './types.js';

const ROOT: Cred = { uid: 0, gid: 0, gids: [] };
const NAMES = Array.from({ length: 40 }, (_, i) => `f${String(i).padStart(3, '0')}`);

/** A directory of NAMES with manually completed page requests. */
function harness(entries = 8) {
  let t = 10_000;
  const requests: { after: string; resolve: () => void; reject: (e: Error) => void }[] = [];
  const stored: string[] = [];
  const errors: unknown[] = [];
  const sa = new Statahead({
    entries,
    now: () => t,
    readPage: (_dirId, after, limit) =>
      new Promise<hivefs.IDirEntry[]>((resolve, reject) => {
        const page = NAMES.filter((n) => n > after).slice(0, limit).map((name) => ({ name, entryId: `E-${name}`, attr: { entryId: `E-${name}` } }));
        requests.push({ after, resolve: () => resolve(page), reject });
      }),
    store: (_dirId, e) => void stored.push(e.name ?? ''),
    onError: (_d, e) => void errors.push(e),
  });
  const settle = async () => {
    for (const r of requests.splice(0)) r.resolve();
    await new Promise((r) => setImmediate(r));
  };
  return { sa, requests, stored, errors, settle, advance: (ms: number) => void (t += ms) };
}

describe('Statahead', () => {
  it('after two names found in a directory, fetches the page after the second and stores it', async () => {
    const h = harness();
    h.sa.found('D', 'f000', ROOT);
    expect(h.requests).toEqual([]);
    h.sa.found('D', 'f001', ROOT);
    expect(h.requests.map((r) => r.after)).toEqual(['f001']);
    await h.settle();
    expect(h.stored).toEqual(NAMES.slice(2, 10));
    expect(h.sa.pages).toBe(1);
  });

  it('does not trigger on finds more than a second apart, nor in another directory', () => {
    const h = harness();
    h.sa.found('D', 'f000', ROOT);
    h.advance(1500);
    h.sa.found('D', 'f001', ROOT);
    h.sa.found('E', 'f002', ROOT);
    expect(h.requests).toEqual([]);
  });

  it('skips a name a page in flight may hold; a name before that page gets its own page (two readers, two ranges)', async () => {
    const h = harness();
    h.sa.found('D', 'f010', ROOT);
    h.sa.found('D', 'f011', ROOT); // page after f011
    h.sa.found('D', 'f012', ROOT); // may be in that page: nothing
    h.sa.found('D', 'f001', ROOT); // another reader, earlier range
    expect(h.requests.map((r) => r.after)).toEqual(['f011', 'f001']);
    await h.settle();
    h.sa.found('D', 'f020', ROOT); // past the first page, which is done
    expect(h.requests.map((r) => r.after)).toEqual(['f020']);
  });

  it('leaves out of a page the names this client changed while it was in flight, and only those', async () => {
    const h = harness();
    h.sa.found('D', 'f000', ROOT);
    h.sa.found('D', 'f001', ROOT);
    h.sa.changed('D', 'f005'); // e.g. an unlink of f005 answered while the page was in flight
    h.sa.changed('E', 'f006'); // another directory
    await h.settle();
    expect(h.stored).toEqual(['f002', 'f003', 'f004', 'f006', 'f007', 'f008', 'f009']);
    h.sa.changed('D', 'f011'); // no page in flight: nothing to leave out later
    h.sa.found('D', 'f010', ROOT);
    await h.settle();
    expect(h.stored.slice(7)).toEqual(['f011', 'f012', 'f013', 'f014', 'f015', 'f016', 'f017', 'f018']);
  });

  it('is off with 0 entries, and a failed page is reported and does not stop later ones', async () => {
    const off = harness(0);
    off.sa.found('D', 'f000', ROOT);
    off.sa.found('D', 'f001', ROOT);
    expect(off.requests).toEqual([]);

    const h = harness();
    h.sa.found('D', 'f000', ROOT);
    h.sa.found('D', 'f001', ROOT);
    h.requests.splice(0)[0]!.reject(new Error('EACCES'));
    await new Promise((r) => setImmediate(r));
    expect(h.errors).toHaveLength(1);
    h.sa.found('D', 'f002', ROOT);
    expect(h.requests.map((r) => r.after)).toEqual(['f002']);
  });
});
