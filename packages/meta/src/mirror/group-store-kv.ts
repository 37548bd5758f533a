// The key-value store a meta buddy group's primary serves its namespace from.
import { cachedStore, type KvStore } from '@hivefs/common';
import { indexPrefixes, META_INDEXED_PREFIXES, type IndexedStore } from '../store/prefix-index.js';

/**
 * The store a group's primary serves over its space, as the node's own: sessions, xattr names and
 * replies indexed in memory (answering the scans of every open, close and unlink), and read-only
 * sessions (with the replies of the opens that made them) volatile, as one node keeps them: they
 * cost no journal entry, and a failover forgets them as a crash of one node does. Everything else
 * goes to the journal; an unlink writes the sessions of the file it orphans, so a reader's
 * protection from it is journaled.
 */
export async function groupStoreKv(spaceKv: KvStore, cacheEntries: number): Promise<IndexedStore> {
  return indexPrefixes(cachedStore(spaceKv, { maxEntries: cacheEntries }), META_INDEXED_PREFIXES, { volatile: true });
}
