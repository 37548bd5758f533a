// Dentry and attribute cache with TTLs (tuneEntryCacheSecs / tuneAttrCacheSecs), invalidated by own mutations.
import { Recency, type Stamped } from '@hivefs/common';
import type { hivefs } from '@hivefs/protocol';

/** Options of a PathCache. */
export interface PathCacheInit {
  /** How long a name -> entry id mapping is trusted, seconds (0 = not cached). */
  entryTtlSecs: number;
  /** How long an entry's attributes are trusted, seconds (0 = not cached). */
  attrTtlSecs: number;
  /** Most entries kept per map; the oldest go first. */
  maxEntries?: number;
  /** Monotonic clock in ms; injectable for tests. */
  now?: () => number;
}

interface Timed<T> extends Stamped {
  value: T;
  expires: number;
  /** Set on a directory's attributes when own creates/removes changed its mtime, ctime, nlink and size. */
  timesStale?: boolean;
}

const DEFAULT_MAX_ENTRIES = 100_000;

/**
 * Dentries are keyed by (parent entry id, name), attributes by entry id, so renaming a
 * directory leaves its subtree's entries valid.
 */
export class PathCache {
  private readonly dentries = new Map<string, Timed<string>>();
  private readonly attrs = new Map<string, Timed<hivefs.IAttr>>();
  /** Entries known to have no extended attributes (files this client just created). */
  private readonly noXattrs = new Map<string, Timed<true>>();
  private readonly now: () => number;
  private readonly max: number;
  private readonly recency = new Recency(() => this.max);

  constructor(private readonly init: PathCacheInit) {
    this.now = init.now ?? (() => performance.now());
    this.max = init.maxEntries ?? DEFAULT_MAX_ENTRIES;
  }

  /** The entry id under `name` in directory `parentId`, if cached and fresh. */
  dentry(parentId: string, name: string): string | undefined {
    return this.fresh(this.dentries, dkey(parentId, name));
  }

  /** Cached fresh attributes of an entry (none when its times are stale: a stat must ask meta). */
  attr(entryId: string): hivefs.IAttr | undefined {
    const e = this.freshEntry(this.attrs, entryId);
    return e && !e.timesStale ? e.value : undefined;
  }

  /**
   * Cached attributes for walking a path through the entry: type, mode, owner and ids are right
   * also when its times, link count and size are stale (see {@link childrenChanged}).
   */
  walkAttr(entryId: string): hivefs.IAttr | undefined {
    return this.freshEntry(this.attrs, entryId)?.value;
  }

  /**
   * A directory got or lost a child through this client: its mtime, ctime, nlink and size changed
   * but not what a path walk needs, so its attributes stay for walking ({@link walkAttr}) and are
   * only no longer served as its stat ({@link attr}) until refreshed by a put.
   */
  childrenChanged(...dirIds: (string | null | undefined)[]): void {
    for (const id of dirIds) {
      const e = id ? this.attrs.get(id) : undefined;
      if (e) e.timesStale = true;
    }
  }

  /** Remembers a name -> entry mapping. */
  putDentry(parentId: string, name: string, entryId: string): void {
    this.put(this.dentries, dkey(parentId, name), entryId, this.init.entryTtlSecs);
  }

  /** Remembers attributes (keyed by their entry id). */
  putAttr(attr: hivefs.IAttr): void {
    if (attr.entryId) this.put(this.attrs, attr.entryId, attr, this.init.attrTtlSecs);
  }

  /**
   * Remembers a directory's attributes that meta sent back with a change made in it, unless the
   * cache holds attributes with a later ctime (replies to concurrent changes may arrive out of order).
   */
  putChangedDir(attr: hivefs.IAttr): void {
    const cur = attr.entryId ? this.attrs.get(attr.entryId)?.value : undefined;
    if (cur && ctimeNs(cur) > ctimeNs(attr)) return;
    this.putAttr(attr);
  }

  /** Remembers a looked-up entry: its dentry and its attributes. */
  putEntry(parentId: string, name: string, attr: hivefs.IAttr): void {
    if (!attr.entryId) return;
    this.putDentry(parentId, name, attr.entryId);
    this.putAttr(attr);
  }

  /** Forgets a dentry (unlink, rename source, replaced target). */
  dropDentry(parentId: string, name: string): void {
    this.dentries.delete(dkey(parentId, name));
  }

  /**
   * Notes that `entryId` has no extended attributes (this client just created it), trusted as
   * long as attributes are. The kernel asks for `security.capability` before the first write to
   * every file; answered from here, a new file's first write costs no meta request.
   */
  putNoXattrs(entryId: string): void {
    this.put(this.noXattrs, entryId, true, this.init.attrTtlSecs);
  }

  /** Whether `entryId` is known, and fresh, to have no extended attributes. */
  hasNoXattrs(entryId: string): boolean {
    return this.fresh(this.noXattrs, entryId) === true;
  }

  /** Forgets that `entryId` had no extended attributes (one is being set). */
  dropNoXattrs(entryId: string): void {
    this.noXattrs.delete(entryId);
  }

  /** Forgets the attributes of entries whose size, times, links or mode changed. */
  dropAttr(...entryIds: (string | null | undefined)[]): void {
    for (const id of entryIds) if (id) this.attrs.delete(id);
  }

  /** Forgets everything. */
  clear(): void {
    this.dentries.clear();
    this.attrs.clear();
    this.noXattrs.clear();
  }

  /** Number of cached dentries and attributes (for tests and stats). */
  get size(): { dentries: number; attrs: number } {
    return { dentries: this.dentries.size, attrs: this.attrs.size };
  }

  private fresh<T>(m: Map<string, Timed<T>>, key: string): T | undefined {
    return this.freshEntry(m, key)?.value;
  }

  private freshEntry<T>(m: Map<string, Timed<T>>, key: string): Timed<T> | undefined {
    const e = m.get(key);
    if (!e) return undefined;
    if (e.expires > this.now()) return e;
    m.delete(key);
    return undefined;
  }

  private put<T>(m: Map<string, Timed<T>>, key: string, value: T, ttlSecs: number): void {
    if (ttlSecs <= 0) return;
    // a key put again is updated where it stands and moves to the young end only when due (Recency)
    const old = m.get(key);
    const e: Timed<T> = { value, expires: this.now() + ttlSecs * 1000, seq: old?.seq ?? this.recency.stamp() };
    m.set(key, e);
    if (old) this.recency.touch(m, key, e);
    while (m.size > this.max) m.delete(m.keys().next().value as string);
  }
}

function ctimeNs(a: hivefs.IAttr): bigint {
  return BigInt(String(a.ctime?.sec ?? 0)) * 1_000_000_000n + BigInt(a.ctime?.nsec ?? 0);
}

function dkey(parentId: string, name: string): string {
  return `${parentId}/${name}`;
}
