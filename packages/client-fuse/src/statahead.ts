// Statahead: when the names of a directory are looked up one after another (ls -l, find, rsync,
// a build scanning sources), the entries that follow come in one readdir page with attributes
// instead of one lookup round trip each.
import type { hivefs } from '@hivefs/protocol';
import type { Cred } from './types.js';

/** What a Statahead needs. */
export interface StataheadInit {
  /** Entries per prefetched page (tuneStatAheadEntries); 0 turns statahead off. */
  entries: number;
  /** The entries of `dirId` after the name `after`, with attributes (a readdir page). */
  readPage: (dirId: string, after: string, limit: number, cred: Cred) => Promise<hivefs.IDirEntry[]>;
  /** Caches one prefetched entry (dentry and attributes). */
  store: (dirId: string, e: hivefs.IDirEntry) => void;
  /** Monotonic clock in ms; injectable for tests. */
  now?: () => number;
  /** Called when a page fails (statahead is best effort; the lookups go on as before). */
  onError?: (dirId: string, err: unknown) => void;
}

/** Names found by lookups in one directory, within {@link TRIGGER_MS}, before a page is fetched. */
export const TRIGGER_FOUND = 2;
const TRIGGER_MS = 1000;
/** A directory this client changed more recently than this gets no statahead (see {@link Statahead}). */
export const QUIET_MS = 1000;
const MAX_PAGES_IN_FLIGHT = 4;
const MAX_DIRS = 256;

interface DirState {
  found: number;
  lastFound: number;
  lastChange: number;
  /** Bumped by every own change; a page fetched across a change is dropped. */
  gen: number;
  /** `after` names of the pages in flight. */
  inflight: Set<string>;
}

/**
 * Watches lookups that had to ask meta and found the name. After {@link TRIGGER_FOUND} of them in
 * one directory within a second, a miss on name N fetches the page of entries after N, unless
 * a page in flight may hold N (it started before N in name order). Several processes walking
 * different name ranges of one directory each get their own pages. A page fetched while this
 * client changed the directory (create, unlink, rename) is dropped, so it cannot bring back a
 * name that is already gone; a directory changed within {@link QUIET_MS} gets no pages at all
 * (they would mostly be dropped). Pages only fill the caches, whose timeouts still apply.
 */
export class Statahead {
  private readonly dirs = new Map<string, DirState>();
  private readonly now: () => number;
  /** Pages fetched and stored (for tests and stats). */
  pages = 0;

  constructor(private readonly init: StataheadInit) {
    this.now = init.now ?? (() => performance.now());
  }

  /** A lookup of `name` in `dirId` went to meta and found it. */
  found(dirId: string, name: string, cred: Cred): void {
    if (this.init.entries <= 0) return;
    const s = this.state(dirId);
    const t = this.now();
    if (t - s.lastFound > TRIGGER_MS) s.found = 0;
    s.found++;
    s.lastFound = t;
    if (s.found < TRIGGER_FOUND || t - s.lastChange < QUIET_MS || s.inflight.size >= MAX_PAGES_IN_FLIGHT) return;
    for (const after of s.inflight) if (after < name) return;
    this.fetch(dirId, s, name, cred);
  }

  /** This client added or removed a name in `dirId`. */
  changed(dirId: string): void {
    const s = this.dirs.get(dirId);
    if (!s) return;
    s.gen++;
    s.lastChange = this.now();
  }

  private fetch(dirId: string, s: DirState, after: string, cred: Cred): void {
    const gen = s.gen;
    s.inflight.add(after);
    this.init
      .readPage(dirId, after, this.init.entries, cred)
      .then((entries) => {
        if (s.gen !== gen) return;
        for (const e of entries) this.init.store(dirId, e);
        this.pages++;
      })
      .catch((e: unknown) => this.init.onError?.(dirId, e))
      .finally(() => s.inflight.delete(after));
  }

  private state(dirId: string): DirState {
    let s = this.dirs.get(dirId);
    if (s) return s;
    s = { found: 0, lastFound: 0, lastChange: -Infinity, gen: 0, inflight: new Set() };
    this.dirs.set(dirId, s);
    if (this.dirs.size > MAX_DIRS) {
      for (const [id, d] of this.dirs) {
        if (d.inflight.size === 0) {
          this.dirs.delete(id);
          break;
        }
      }
    }
    return s;
  }
}
