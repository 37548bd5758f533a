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
const MAX_PAGES_IN_FLIGHT = 4;
const MAX_DIRS = 256;

interface DirState {
  found: number;
  lastFound: number;
  /** Pages in flight by `after` name, each with the names this client changed meanwhile. */
  inflight: Map<string, Set<string>>;
}

/**
 * Watches lookups that had to ask meta and found the name. After {@link TRIGGER_FOUND} of them in
 * one directory within a second, a miss on name N fetches the page of entries after N, unless
 * a page in flight may hold N (it started before N in name order). Several processes walking
 * different name ranges of one directory each get their own pages. A page shows the directory
 * as meta saw it at some moment while it was in flight; the names this client created, removed
 * or renamed meanwhile are left out of it (their caches follow the replies of those changes),
 * so a page never brings back a name this client just removed. Pages only fill the caches,
 * whose timeouts still apply.
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
    if (s.found < TRIGGER_FOUND || s.inflight.size >= MAX_PAGES_IN_FLIGHT) return;
    for (const after of s.inflight.keys()) if (after < name) return;
    this.fetch(dirId, s, name, cred);
  }

  /** This client's change of `name` in `dirId` (added, removed, renamed) was answered. */
  changed(dirId: string, name: string): void {
    const s = this.dirs.get(dirId);
    if (s) for (const names of s.inflight.values()) names.add(name);
  }

  private fetch(dirId: string, s: DirState, after: string, cred: Cred): void {
    const changed = new Set<string>();
    s.inflight.set(after, changed);
    this.init
      .readPage(dirId, after, this.init.entries, cred)
      .then((entries) => {
        for (const e of entries) if (!changed.has(e.name ?? '')) this.init.store(dirId, e);
        this.pages++;
      })
      .catch((e: unknown) => this.init.onError?.(dirId, e))
      .finally(() => s.inflight.delete(after));
  }

  private state(dirId: string): DirState {
    let s = this.dirs.get(dirId);
    if (s) return s;
    s = { found: 0, lastFound: 0, inflight: new Map() };
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
